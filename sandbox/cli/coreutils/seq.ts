/** `seq`: print a sequence of numbers, e.g. to drive `for i in $(seq 1 10)`. */
import type { CommandDefinition } from '../command.ts';
import { parseOrReport } from './options.ts';

export const seq: CommandDefinition = {
  name: 'seq',
  summary: 'print a sequence of numbers',
  help: `Usage: seq [OPTION]... LAST
  or:  seq [OPTION]... FIRST LAST
  or:  seq [OPTION]... FIRST INCREMENT LAST
Print numbers from FIRST to LAST, in steps of INCREMENT.

  -s, --separator=STRING   use STRING to separate numbers (default: \\n)
  -w, --equal-width        equalize width by padding with leading zeroes`,
  run(ctx) {
    // Negative numbers are operands, not options.
    const args = ctx.argv.slice(1);
    const options = parseOrReport({ ...ctx, argv: [ctx.argv[0], ...args.map((a) => (/^-\d/.test(a) ? `\0${a}` : a))] }, { flags: 'w', values: 's', long: { separator: 's', 'equal-width': 'w' } }, 1);
    if (typeof options === 'number') return options;
    const operands = options.operands.map((a) => a.replace(/^\0/, ''));
    if (operands.length === 0 || operands.length > 3) {
      ctx.stderr.write(`seq: ${operands.length === 0 ? 'missing operand' : `extra operand '${operands[3]}'`}\nTry 'seq --help' for more information.\n`);
      return 1;
    }
    for (const operand of operands) {
      if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(operand)) {
        ctx.stderr.write(`seq: invalid floating point argument: '${operand}'\nTry 'seq --help' for more information.\n`);
        return 1;
      }
    }
    const [first, step, last] = operands.length === 1 ? ['1', '1', operands[0]] : operands.length === 2 ? [operands[0], '1', operands[1]] : operands;
    const decimals = Math.max(...[first, step].map((n) => (n.includes('.') ? n.split('.')[1].length : 0)));
    const [from, by, to] = [first, step, last].map(Number);
    if (by === 0) {
      ctx.stderr.write(`seq: invalid Zero increment value: '${step}'\nTry 'seq --help' for more information.\n`);
      return 1;
    }
    const numbers: string[] = [];
    for (let i = 0; by > 0 ? from + i * by <= to + 1e-9 : from + i * by >= to - 1e-9; i++) numbers.push((from + i * by).toFixed(decimals));
    const width = Math.max(0, ...numbers.map((n) => n.replace('-', '').length));
    const shown = options.flags.has('w') ? numbers.map((n) => (n.startsWith('-') ? '-' + n.slice(1).padStart(width, '0') : n.padStart(width, '0'))) : numbers;
    if (shown.length > 0) ctx.stdout.write(shown.join(options.values.get('s') ?? '\n') + '\n');
    return 0;
  },
};
