/**
 * GNU-style option parsing shared by the coreutils: bundled short flags (`-rf`),
 * values (`-n 5`, `-n5`, `--lines=5`), `--`, and GNU's error wording.
 */
import type { CommandContext } from '../command.ts';
import { FsError } from '../../fs/memory-fs.ts';
import { resolvePath } from '../../fs/path.ts';

export interface OptionSpec {
  /** Short flags without a value, e.g. 'rfv'. */
  flags?: string;
  /** Short options taking a value, e.g. 'n'. */
  values?: string;
  /** Long names mapped to their short letter. */
  long?: Record<string, string>;
}

export interface ParsedOptions {
  flags: Set<string>;
  /** The last value of each option. */
  values: Map<string, string>;
  /** Every value of each option, in order (`grep -e a -e b`). */
  lists: Map<string, string[]>;
  operands: string[];
}

export class UsageError extends Error {}

export function parseOptions(command: string, args: string[], spec: OptionSpec): ParsedOptions {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const lists = new Map<string, string[]>();
  const setValue = (letter: string, value: string) => {
    values.set(letter, value);
    lists.set(letter, [...(lists.get(letter) ?? []), value]);
  };
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--') && arg.length > 2) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
      const letter = spec.long?.[name];
      if (!letter) throw new UsageError(`${command}: unrecognized option '${arg}'`);
      if (spec.values?.includes(letter)) {
        const value = inline ?? args[++i];
        if (value === undefined) throw new UsageError(`${command}: option '--${name}' requires an argument`);
        setValue(letter, value);
      } else flags.add(letter);
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1) {
      for (let j = 1; j < arg.length; j++) {
        const letter = arg[j];
        if (spec.values?.includes(letter)) {
          const value = arg.slice(j + 1) || args[++i];
          if (value === undefined) throw new UsageError(`${command}: option requires an argument -- '${letter}'`);
          setValue(letter, value);
          break;
        }
        if (!spec.flags?.includes(letter)) throw new UsageError(`${command}: invalid option -- '${letter}'`);
        flags.add(letter);
      }
      continue;
    }
    operands.push(arg);
  }
  return { flags, values, lists, operands };
}

/** Parse, or print GNU's usage error and return its exit status (2 for most tools). */
export function parseOrReport(ctx: CommandContext, spec: OptionSpec, status = 2): ParsedOptions | number {
  try {
    return parseOptions(ctx.argv[0], ctx.argv.slice(1), spec);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    ctx.stderr.write(`${error.message}\nTry '${ctx.argv[0]} --help' for more information.\n`);
    return status;
  }
}

/** How a tool words a file it cannot read; most print `TOOL: NAME: REASON`. */
export type ReadErrorFormat = (name: string, reason: string) => string;

/** The text of each named file (or stdin for none or `-`), reporting missing ones GNU-style. */
export async function readInputs(
  ctx: CommandContext,
  files: string[],
  describeError: ReadErrorFormat = (name, reason) => `${ctx.argv[0]}: ${name}: ${reason}`,
): Promise<{ inputs: { name: string; text: string; file: boolean }[]; failed: boolean }> {
  const inputs: { name: string; text: string; file: boolean }[] = [];
  let failed = false;
  for (const name of files.length > 0 ? files : ['-']) {
    if (name === '-') {
      inputs.push({ name: '(standard input)', text: await ctx.stdin.readAll(), file: false });
      continue;
    }
    try {
      inputs.push({ name, text: ctx.fs.readFile(resolvePath(ctx.cwd, name)), file: true });
    } catch (error) {
      if (!(error instanceof FsError)) throw error;
      ctx.stderr.write(describeError(name, error.reason) + '\n');
      failed = true;
    }
  }
  return { inputs, failed };
}

/** Lines of a text without the empty string after a final newline. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}
