/** `sort` and `uniq`: order lines, and collapse adjacent repeats. */
import type { CommandDefinition } from '../command.ts';
import { parseOrReport, readInputs, splitLines } from './options.ts';

/** One `-k` key: fields FROM..TO (1-based, TO inclusive, open when absent) and its own modifiers. */
interface SortKey {
  from: number;
  to?: number;
  numeric: boolean;
  reverse: boolean;
  fold: boolean;
}

function parseKey(spec: string, defaults: Omit<SortKey, 'from' | 'to'>): SortKey | null {
  const match = /^(\d+)(?:\.\d+)?([bfnr]*)(?:,(\d+)(?:\.\d+)?([bfnr]*))?$/.exec(spec);
  if (!match || Number(match[1]) === 0) return null;
  const modifiers = (match[2] ?? '') + (match[4] ?? '');
  const own = modifiers.replace(/b/g, '') !== '';
  return {
    from: Number(match[1]),
    to: match[3] ? Number(match[3]) : undefined,
    numeric: own ? modifiers.includes('n') : defaults.numeric,
    reverse: own ? modifiers.includes('r') : defaults.reverse,
    fold: own ? modifiers.includes('f') : defaults.fold,
  };
}

/** The text of fields FROM..TO; without -t, fields are runs of non-blanks. */
function keyText(line: string, key: SortKey, separator: string | undefined): string {
  const fields = separator === undefined ? line.trim().split(/[ \t]+/) : line.split(separator);
  return fields.slice(key.from - 1, key.to).join(separator ?? ' ');
}

function compareText(a: string, b: string, key: Pick<SortKey, 'numeric' | 'fold'>): number {
  if (key.numeric) return (Number.parseFloat(a) || 0) - (Number.parseFloat(b) || 0);
  const x = key.fold ? a.toUpperCase() : a;
  const y = key.fold ? b.toUpperCase() : b;
  return x < y ? -1 : x > y ? 1 : 0;
}

export const sort: CommandDefinition = {
  name: 'sort',
  summary: 'sort lines of text files',
  help: `Usage: sort [OPTION]... [FILE]...
Write sorted concatenation of all FILE(s) to standard output.

With no FILE, or when FILE is -, read standard input.

  -f, --ignore-case           fold lower case to upper case characters
  -n, --numeric-sort          compare according to string numerical value
  -r, --reverse               reverse the result of comparisons
  -k, --key=KEYDEF            sort via a key; KEYDEF gives location and type
  -t, --field-separator=SEP   use SEP instead of non-blank to blank transition
  -u, --unique                output only the first of an equal run

KEYDEF is F[,F2][OPTS]: fields F to F2 (default: end of line), counted from 1,
with OPTS from 'fnr' overriding the global ordering for that key.`,
  async run(ctx) {
    const options = parseOrReport(ctx, {
      flags: 'nrufbs',
      values: 'kt',
      long: { 'numeric-sort': 'n', reverse: 'r', unique: 'u', key: 'k', 'field-separator': 't', 'ignore-case': 'f', stable: 's' },
    });
    if (typeof options === 'number') return options;
    const defaults = { numeric: options.flags.has('n'), reverse: options.flags.has('r'), fold: options.flags.has('f') };
    const keys: SortKey[] = [];
    for (const spec of options.lists.get('k') ?? []) {
      const key = parseKey(spec, defaults);
      if (!key) {
        ctx.stderr.write(`sort: invalid number at field start: invalid count at start of '${spec}'\n`);
        return 2;
      }
      keys.push(key);
    }
    const separator = options.values.get('t');
    if (separator !== undefined && separator.length !== 1) {
      ctx.stderr.write(`sort: multi-character tab '${separator}'\n`);
      return 2;
    }
    const { inputs, failed } = await readInputs(ctx, options.operands, (name, reason) => `sort: cannot read: ${name}: ${reason}`);
    if (failed) return 2;
    const byKeys = (a: string, b: string): number => {
      for (const key of keys.length > 0 ? keys : [{ from: 1, ...defaults }]) {
        const diff = keys.length > 0 ? compareText(keyText(a, key, separator), keyText(b, key, separator), key) : compareText(a, b, key);
        if (diff !== 0) return key.reverse ? -diff : diff;
      }
      return 0;
    };
    // Like GNU sort: lines whose keys tie are compared whole, byte by byte (unless -u or -s).
    const lastResort = (a: string, b: string) => (options.flags.has('s') ? 0 : compareText(a, b, { numeric: false, fold: false }) * (defaults.reverse ? -1 : 1));
    let lines = inputs.flatMap(({ text }) => splitLines(text));
    lines.sort((a, b) => byKeys(a, b) || lastResort(a, b));
    if (options.flags.has('u')) lines = lines.filter((line, i) => i === 0 || byKeys(lines[i - 1], line) !== 0);
    if (lines.length > 0) ctx.stdout.write(lines.join('\n') + '\n');
    return 0;
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
    const options = parseOrReport(ctx, { flags: 'cdui', long: { count: 'c', repeated: 'd', unique: 'u', 'ignore-case': 'i' } }, 1);
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
