/** `cat`: concatenate files to standard output. */
import type { CommandDefinition } from '../command.ts';
import { parseOrReport, readInputs, splitLines } from './options.ts';

export const cat: CommandDefinition = {
  name: 'cat',
  summary: 'concatenate files and print them',
  help: `Usage: cat [OPTION]... [FILE]...
Concatenate FILE(s) to standard output.

With no FILE, or when FILE is -, read standard input.

  -n, --number             number all output lines
      --help               display this help and exit`,
  async run(ctx) {
    const options = parseOrReport(ctx, { flags: 'n', long: { number: 'n' } }, 1);
    if (typeof options === 'number') return options;
    const { inputs, failed } = await readInputs(ctx, options.operands);
    let number = 1;
    for (const { text } of inputs) {
      if (!options.flags.has('n')) {
        ctx.stdout.write(text);
        continue;
      }
      const lines = splitLines(text);
      const out = lines.map((line) => `${String(number++).padStart(6)}\t${line}`).join('\n');
      ctx.stdout.write(out + (text.endsWith('\n') && lines.length > 0 ? '\n' : ''));
    }
    return failed ? 1 : 0;
  },
};
