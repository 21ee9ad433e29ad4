/** `sort` and `uniq`: order lines, and collapse adjacent repeats. */
import type { CommandDefinition } from '../command.ts';
import { parseOrReport, readInputs, splitLines } from './options.ts';

function sortKey(line: string, field: number | undefined): string {
  if (field === undefined) return line;
  return line.trim().split(/\s+/).slice(field - 1).join(' ');
}

export const sort: CommandDefinition = {
  name: 'sort',
  summary: 'sort lines of text files',
  help: `Usage: sort [OPTION]... [FILE]...
Write sorted concatenation of all FILE(s) to standard output.

  -n, --numeric-sort          compare according to string numerical value
  -r, --reverse               reverse the result of comparisons
  -u, --unique                output only the first of an equal run
  -k, --key=N                 sort via the N-th blank-separated field
  -f, --ignore-case           fold lower case to upper case characters`,
  async run(ctx) {
    const options = parseOrReport(ctx, { flags: 'nruf', values: 'kt', long: { 'numeric-sort': 'n', reverse: 'r', unique: 'u', key: 'k', 'ignore-case': 'f' } });
    if (typeof options === 'number') return options;
    const { inputs, failed } = await readInputs(ctx, options.operands);
    const field = options.values.has('k') ? Number.parseInt(options.values.get('k')!, 10) : undefined;
    const numeric = options.flags.has('n');
    const fold = options.flags.has('f');
    const compare = (a: string, b: string): number => {
      const ka = sortKey(a, field);
      const kb = sortKey(b, field);
      if (numeric) {
        const diff = (Number.parseFloat(ka) || 0) - (Number.parseFloat(kb) || 0);
        if (diff !== 0) return diff;
      } else {
        const x = fold ? ka.toUpperCase() : ka;
        const y = fold ? kb.toUpperCase() : kb;
        if (x !== y) return x < y ? -1 : 1;
      }
      return a < b ? -1 : a > b ? 1 : 0;
    };
    let lines = inputs.flatMap(({ text }) => splitLines(text)).sort(compare);
    if (options.flags.has('r')) lines.reverse();
    if (options.flags.has('u')) lines = lines.filter((line, i) => i === 0 || compare(lines[i - 1], line) !== 0);
    if (lines.length > 0) ctx.stdout.write(lines.join('\n') + '\n');
    return failed ? 2 : 0;
  },
};

export const uniq: CommandDefinition = {
  name: 'uniq',
  summary: 'report or omit repeated lines',
  help: `Usage: uniq [OPTION]... [INPUT]
Filter adjacent matching lines from INPUT (or standard input), writing to standard output.

  -c, --count           prefix lines by the number of occurrences
  -d, --repeated        only print duplicate lines, one for each group
  -u, --unique          only print unique lines
  -i, --ignore-case     ignore differences in case when comparing`,
  async run(ctx) {
    const options = parseOrReport(ctx, { flags: 'cdui', long: { count: 'c', repeated: 'd', unique: 'u', 'ignore-case': 'i' } });
    if (typeof options === 'number') return options;
    const { inputs, failed } = await readInputs(ctx, options.operands.slice(0, 1));
    const lines = inputs.flatMap(({ text }) => splitLines(text));
    const same = (a: string, b: string) => (options.flags.has('i') ? a.toLowerCase() === b.toLowerCase() : a === b);
    const groups: { line: string; count: number }[] = [];
    for (const line of lines) {
      const last = groups[groups.length - 1];
      if (last && same(last.line, line)) last.count++;
      else groups.push({ line, count: 1 });
    }
    for (const { line, count } of groups) {
      if (options.flags.has('d') && count < 2) continue;
      if (options.flags.has('u') && count > 1) continue;
      ctx.stdout.write(options.flags.has('c') ? `${String(count).padStart(7)} ${line}\n` : `${line}\n`);
    }
    return failed ? 1 : 0;
  },
};
