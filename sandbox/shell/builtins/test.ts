/**
 * `test` and `[`: evaluate a condition for `if`, `while` and `&&`. Supports the
 * file tests (-e -f -d -s), string tests (-z -n = !=), integer comparisons
 * (-eq -ne -lt -le -gt -ge), `!`, and `-a`/`-o`, as POSIX test does.
 */
import type { CommandContext, CommandDefinition } from '../../cli/command.ts';
import { resolvePath } from '../../fs/path.ts';

class TestError extends Error {}

const INTEGER_OPERATORS: Record<string, (a: number, b: number) => boolean> = {
  '-eq': (a, b) => a === b,
  '-ne': (a, b) => a !== b,
  '-lt': (a, b) => a < b,
  '-le': (a, b) => a <= b,
  '-gt': (a, b) => a > b,
  '-ge': (a, b) => a >= b,
};

function integer(text: string): number {
  if (!/^\s*[-+]?\d+\s*$/.test(text)) throw new TestError(`${text}: integer expression expected`);
  return Number(text);
}

function evaluate(args: string[], ctx: CommandContext): boolean {
  // -o binds loosest, then -a, then !, as in POSIX test.
  const or = args.indexOf('-o', 1);
  if (or > 0 && or < args.length - 1) return evaluate(args.slice(0, or), ctx) || evaluate(args.slice(or + 1), ctx);
  const and = args.indexOf('-a', 1);
  if (and > 0 && and < args.length - 1 && args.length > 3) return evaluate(args.slice(0, and), ctx) && evaluate(args.slice(and + 1), ctx);
  if (args[0] === '!' && args.length > 1) return !evaluate(args.slice(1), ctx);
  if (args[0] === '(' && args.at(-1) === ')') return evaluate(args.slice(1, -1), ctx);
  if (args.length === 0) return false;
  if (args.length === 1) return args[0] !== '';
  if (args.length === 2) {
    const [operator, operand] = args;
    const path = resolvePath(ctx.cwd, operand);
    switch (operator) {
      case '-z': return operand === '';
      case '-n': return operand !== '';
      case '-e': return ctx.fs.exists(path);
      case '-f': return ctx.fs.isFile(path);
      case '-d': return ctx.fs.isDirectory(path);
      case '-s': return ctx.fs.isFile(path) && ctx.fs.stat(path).size > 0;
      case '-r': case '-w': return ctx.fs.exists(path);
      case '-x': return ctx.fs.isDirectory(path);
      default: throw new TestError(`${operator}: unary operator expected`);
    }
  }
  if (args.length === 3) {
    const [left, operator, right] = args;
    if (operator === '=' || operator === '==') return left === right;
    if (operator === '!=') return left !== right;
    if (operator in INTEGER_OPERATORS) return INTEGER_OPERATORS[operator](integer(left), integer(right));
    throw new TestError(`${operator}: binary operator expected`);
  }
  throw new TestError('too many arguments');
}

function runTest(ctx: CommandContext): number {
  let args = ctx.argv.slice(1);
  if (ctx.argv[0] === '[') {
    if (args.at(-1) !== ']') {
      ctx.stderr.write("bash: [: missing `]'\n");
      return 2;
    }
    args = args.slice(0, -1);
  }
  try {
    return evaluate(args, ctx) ? 0 : 1;
  } catch (error) {
    if (!(error instanceof TestError)) throw error;
    ctx.stderr.write(`bash: ${ctx.argv[0]}: ${error.message}\n`);
    return 2;
  }
}

const help = `test: test [expr]
    Evaluate conditional expression; exit 0 (true) or 1 (false).

    File operators:   -e FILE  exists     -f FILE  is a regular file
                      -d FILE  is a directory      -s FILE  is not empty
    String operators: -z STRING  is empty  -n STRING  is not empty
                      STRING1 = STRING2    STRING1 != STRING2
    Integers:         ARG1 OP ARG2 with OP one of -eq -ne -lt -le -gt -ge
    Other:            ! EXPR   EXPR1 -a EXPR2   EXPR1 -o EXPR2   ( EXPR )

    \`[ EXPR ]' is the same as \`test EXPR'; the last argument must be \`]'.`;

export const test: CommandDefinition = { name: 'test', builtin: true, summary: 'evaluate a conditional expression', help, handlesHelp: true, run: runTest };
export const bracket: CommandDefinition = { name: '[', builtin: true, summary: 'evaluate a conditional expression (same as test)', help, handlesHelp: true, run: runTest };
