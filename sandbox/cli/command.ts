/**
 * The contract between the shell and every command, builtin or CLI.
 *
 * A command receives everything it may touch in its context and returns an exit
 * code; nothing reaches for a singleton, so a test builds a world, runs a command
 * line and reads stdout.
 */
import type { MemoryFs } from '../fs/memory-fs.ts';
import type { World } from '../world/world.ts';

/** Where a command writes. `isTTY` is true when the text goes to a terminal (colour allowed). */
export interface OutputStream {
  write(text: string): void;
  readonly isTTY: boolean;
  /** Terminal width for tools that wrap or truncate (80 when not a terminal). */
  readonly columns: number;
}

/** Where a command reads. Pipelines and redirections hand over text. */
export interface InputStream {
  readAll(): Promise<string>;
  readonly isTTY: boolean;
}

/** Shell services a builtin may need; plain commands rarely use them. */
export interface ShellServices {
  readonly registry: CommandRegistry;
  /** Lines entered so far, oldest first. */
  readonly history: readonly string[];
  /** Exit status of the last command (`$?`), for `exit` with no argument. */
  readonly lastStatus: number;
  /** `alias NAME=TEXT` definitions of this shell. */
  readonly aliases: Map<string, string>;
  /** Change the shell's working directory (absolute path). */
  chdir(path: string): void;
  /** Clear the terminal screen, if there is one. */
  clearScreen(): void;
  /** Leave the shell (the `exit` builtin); the terminal closes or the script stops. */
  exit(code: number): void;
  /** Run a command line in a child shell that inherits cwd and env. */
  run(line: string, io: { stdin?: string; stdout: OutputStream; stderr: OutputStream }): Promise<number>;
}

export interface CommandContext {
  /** argv[0] is the name the command was invoked as. */
  argv: string[];
  stdin: InputStream;
  stdout: OutputStream;
  stderr: OutputStream;
  /** The environment; builtins such as `export` change it in place. */
  env: Map<string, string>;
  /** Absolute working directory. */
  cwd: string;
  fs: MemoryFs;
  world: World;
  /** Aborted by Ctrl-C. Long-running commands should stop when it fires. */
  signal: AbortSignal;
  shell: ShellServices;
}

/** Candidates for completing `words[words.length - 1]` (words after the command name). */
export type Completer = (words: string[], ctx: CompletionContext) => string[];

export interface CompletionContext {
  cwd: string;
  fs: MemoryFs;
  world: World;
  env: Map<string, string>;
}

export interface CommandDefinition {
  name: string;
  /** One line for `help` and completion menus. */
  summary: string;
  /** The full text `NAME --help` prints. */
  help: string;
  /** Set when the command parses `--help` itself (e.g. per subcommand, like kubectl). */
  handlesHelp?: boolean;
  /** Builtins run in the shell and are listed by `help`. */
  builtin?: boolean;
  run(ctx: CommandContext): Promise<number> | number;
  complete?: Completer;
}

export interface CommandRegistry {
  get(name: string): CommandDefinition | undefined;
  has(name: string): boolean;
  names(): string[];
  register(command: CommandDefinition): void;
}

export function createRegistry(commands: CommandDefinition[] = []): CommandRegistry {
  const byName = new Map<string, CommandDefinition>();
  const registry: CommandRegistry = {
    get: (name) => byName.get(name),
    has: (name) => byName.has(name),
    names: () => [...byName.keys()].sort(),
    register(command) {
      if (byName.has(command.name)) throw new Error(`command ${command.name} registered twice`);
      byName.set(command.name, command);
    },
  };
  for (const command of commands) registry.register(command);
  return registry;
}
