/** `head` and `tail`: the first or last lines of files. */
import type { CommandContext, CommandDefinition } from '../command.ts';
import { parseOrReport, readInputs, splitLines } from './options.ts';

function lineCountArg(ctx: CommandContext): string[] {
  // `head -5` is `head -n 5` (but in `head -n -5` the -5 is the value of -n).
  const args = ctx.argv.slice(1);
  return args.map((arg, i) => (/^-\d+$/.test(arg) && args[i - 1] !== '-n' && args[i - 1] !== '--lines' ? `-n${arg.slice(1)}` : arg));
}

async function headOrTail(ctx: CommandContext, which: 'head' | 'tail'): Promise<number> {
  const options = parseOrReport({ ...ctx, argv: [ctx.argv[0], ...lineCountArg(ctx)] }, { flags: 'qv', values: 'n', long: { lines: 'n', quiet: 'q' } }, 1);
  if (typeof options === 'number') return options;
  const raw = options.values.get('n') ?? '10';
  const fromStart = which === 'tail' && raw.startsWith('+');
  const count = Number(raw.replace(/^[+-]/, ''));
  if (!Number.isInteger(count)) {
    ctx.stderr.write(`${which}: invalid number of lines: '${raw}'\n`);
    return 1;
  }
  const { inputs, failed } = await readInputs(ctx, options.operands, (name, reason) => `${which}: cannot open '${name}' for reading: ${reason}`);
  inputs.forEach(({ name, text }, index) => {
    if (inputs.length > 1 && !options.flags.has('q')) ctx.stdout.write(`${index > 0 ? '\n' : ''}==> ${name} <==\n`);
    const lines = splitLines(text);
    let selected: string[];
    if (which === 'head') selected = raw.startsWith('-') ? lines.slice(0, Math.max(0, lines.length - count)) : lines.slice(0, count);
    else if (fromStart) selected = lines.slice(Math.max(0, count - 1));
    else selected = count === 0 ? [] : lines.slice(-count);
    if (selected.length > 0) ctx.stdout.write(selected.join('\n') + '\n');
  });
  return failed ? 1 : 0;
}

export const head: CommandDefinition = {
  name: 'head',
  summary: 'output the first part of files',
  help: `Usage: head [OPTION]... [FILE]...
Print the first 10 lines of each FILE to standard output.

  -n, --lines=[-]NUM       print the first NUM lines instead of the first 10;
                             with the leading '-', print all but the last NUM lines
  -q, --quiet              never print headers giving file names`,
  run: (ctx) => headOrTail(ctx, 'head'),
};

export const tail: CommandDefinition = {
  name: 'tail',
  summary: 'output the last part of files',
  help: `Usage: tail [OPTION]... [FILE]...
Print the last 10 lines of each FILE to standard output.

  -n, --lines=[+]NUM       output the last NUM lines, instead of the last 10;
                             or use -n +NUM to skip NUM-1 lines at the start
  -q, --quiet              never output headers giving file names`,
  run: (ctx) => headOrTail(ctx, 'tail'),
};
