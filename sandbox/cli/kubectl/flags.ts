/**
 * kubectl's flag parsing (pflag rules): `-n shop`, `-nshop`, `--namespace=shop`,
 * `--namespace shop`, bundled booleans, repeatable `-f`, and its error messages.
 */

export interface FlagSpec {
  long: string;
  short?: string;
  /** Boolean flags take no value. */
  boolean?: boolean;
  /** May be given several times (values accumulate). */
  repeat?: boolean;
}

export interface ParsedFlags {
  values: Map<string, string[]>;
  positionals: string[];
  /** Everything after `--`, for exec-like commands. */
  rest: string[];
}

export class FlagError extends Error {}

export const GLOBAL_FLAGS: FlagSpec[] = [
  { long: 'namespace', short: 'n' },
  { long: 'context' },
  { long: 'help', short: 'h', boolean: true },
];

export function parseFlags(args: string[], specs: FlagSpec[]): ParsedFlags {
  const all = [...specs, ...GLOBAL_FLAGS];
  const values = new Map<string, string[]>();
  const positionals: string[] = [];
  const set = (spec: FlagSpec, value: string) => {
    const list = values.get(spec.long) ?? [];
    values.set(spec.long, spec.repeat ? [...list, value] : [value]);
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') return { values, positionals, rest: args.slice(i + 1) };
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
      const spec = all.find((s) => s.long === name);
      if (!spec) throw new FlagError(`unknown flag: --${name}`);
      if (spec.boolean) set(spec, inline ?? 'true');
      else {
        const value = inline ?? args[++i];
        if (value === undefined) throw new FlagError(`flag needs an argument: --${name}`);
        set(spec, value);
      }
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1) {
      for (let j = 1; j < arg.length; j++) {
        const letter = arg[j];
        const spec = all.find((s) => s.short === letter);
        if (!spec) throw new FlagError(`unknown shorthand flag: '${letter}' in ${arg}`);
        if (spec.boolean) {
          set(spec, 'true');
          continue;
        }
        let value = arg.slice(j + 1);
        if (value.startsWith('=')) value = value.slice(1);
        if (value === '') value = args[++i];
        if (value === undefined) throw new FlagError(`flag needs an argument: '${letter}' in -${letter}`);
        set(spec, value);
        break;
      }
      continue;
    }
    positionals.push(arg);
  }
  return { values, positionals, rest: [] };
}

export function flag(parsed: ParsedFlags, name: string): string | undefined {
  return parsed.values.get(name)?.at(-1);
}

export function flagList(parsed: ParsedFlags, name: string): string[] {
  return parsed.values.get(name) ?? [];
}

export function boolFlag(parsed: ParsedFlags, name: string): boolean {
  const value = flag(parsed, name);
  return value !== undefined && value !== 'false';
}
