/** `wc`: count lines, words and bytes, aligned the way GNU wc aligns them. */
import type { CommandDefinition } from '../command.ts';
import { parseOrReport, readInputs } from './options.ts';

export const wc: CommandDefinition = {
  name: 'wc',
  summary: 'print newline, word, and byte counts',
  help: `Usage: wc [OPTION]... [FILE]...
Print newline, word, and byte counts for each FILE, and a total line if
more than one FILE is specified.

  -c, --bytes            print the byte counts
  -m, --chars            print the character counts
  -l, --lines            print the newline counts
  -w, --words            print the word counts`,
  async run(ctx) {
    const options = parseOrReport(ctx, { flags: 'clmw', long: { bytes: 'c', chars: 'm', lines: 'l', words: 'w' } }, 1);
    if (typeof options === 'number') return options;
    const { inputs, failed } = await readInputs(ctx, options.operands);
    const chosen = ['l', 'w', 'm', 'c'].filter((flag) => options.flags.has(flag));
    const columns = chosen.length > 0 ? chosen : ['l', 'w', 'c'];
    const count = (text: string): Record<string, number> => ({
      l: (text.match(/\n/g) ?? []).length,
      w: text.split(/\s+/).filter(Boolean).length,
      m: [...text].length,
      c: new TextEncoder().encode(text).byteLength,
    });
    const rows = inputs.map(({ name, text }) => ({ name: options.operands.length > 0 ? name : '', counts: count(text) }));
    if (options.operands.length > 1) {
      const total: Record<string, number> = { l: 0, w: 0, m: 0, c: 0 };
      for (const row of rows) for (const key of Object.keys(total)) total[key] += row.counts[key];
      rows.push({ name: 'total', counts: total });
    }
    // GNU's width: 1 for a single count of a single input; otherwise the digits of the
    // total size of the regular files, and at least 7 when reading a pipe.
    const single = columns.length === 1 && inputs.length === 1;
    const fileBytes = inputs.reduce((sum, input) => sum + (input.file ? count(input.text).c : 0), 0);
    const width = single ? 1 : Math.max(String(fileBytes).length, inputs.some((input) => !input.file) ? 7 : 1);
    for (const row of rows) {
      const numbers = columns.map((key) => String(row.counts[key]).padStart(width)).join(' ');
      ctx.stdout.write(row.name ? `${numbers} ${row.name}\n` : `${numbers}\n`);
    }
    return failed ? 1 : 0;
  },
};
