/**
 * The learner's shell: its state (cwd, environment, history, last status) and the
 * entry point that parses a script (parser.ts) and hands the tree to the
 * interpreter. After every simple command the world reconciles; after every
 * top-level line, one virtual second passes.
 */
import type { CommandRegistry, OutputStream, ShellServices } from '../cli/command.ts';
import type { MemoryFs } from '../fs/memory-fs.ts';
import type { World } from '../world/world.ts';
import { IncompleteInput, ShellSyntaxError } from './errors.ts';
import { Interpreter } from './interpreter.ts';
import { isIncomplete, parseScript } from './parser.ts';

export interface ShellOptions {
  fs: MemoryFs;
  world: World;
  registry: CommandRegistry;
  cwd: string;
  env: Record<string, string>;
}

export interface RunIo {
  stdin?: string;
  stdout: OutputStream;
  stderr: OutputStream;
  signal?: AbortSignal;
  /** Clears the terminal, when there is one. */
  clearScreen?: () => void;
  /** Called by `exit`; the script stops after the current command. */
  onExit?: (code: number) => void;
}

/** What this shell offers its builtins beyond the contract: `exit` needs `$?`, `alias` the aliases. */
const DEFAULT_PATH = '/usr/local/bin:/usr/bin:/bin';

export class Shell {
  cwd: string;
  env: Map<string, string>;
  history: string[] = [];
  lastStatus = 0;
  /** `alias NAME=TEXT` definitions, inherited by child shells. */
  aliases = new Map<string, string>();
  readonly fs: MemoryFs;
  readonly world: World;
  readonly registry: CommandRegistry;
  /** Set by `exit`: the rest of the script does not run. */
  exited = false;
  readonly interpreter: Interpreter = new Interpreter(this);
  /** Child shells (for `$(…)`) don't move the clock; only the top-level shell's lines do. */
  private readonly ticks: boolean;

  constructor(options: ShellOptions, ticks = true) {
    this.fs = options.fs;
    this.world = options.world;
    this.registry = options.registry;
    this.cwd = options.cwd;
    this.env = new Map(Object.entries({ PATH: DEFAULT_PATH, SHELL: '/bin/bash', TERM: 'xterm-256color', ...options.env }));
    this.env.set('PWD', options.cwd);
    this.ticks = ticks;
  }

  /** A shell that inherits cwd and environment, for substitutions and `bash -c`. */
  child(): Shell {
    const child = new Shell({ fs: this.fs, world: this.world, registry: this.registry, cwd: this.cwd, env: {} }, false);
    child.env = new Map(this.env);
    child.lastStatus = this.lastStatus;
    child.aliases = new Map(this.aliases);
    return child;
  }

  /** True when `source` needs more lines (open quote, trailing | or &&, unfinished heredoc or loop). */
  isIncomplete(source: string): boolean {
    return isIncomplete(source);
  }

  async run(script: string, io: RunIo): Promise<number> {
    let parsed;
    try {
      parsed = parseScript(script);
    } catch (error) {
      if (error instanceof ShellSyntaxError) io.stderr.write(`bash: ${error.message}\n`);
      else if (error instanceof IncompleteInput) {
        io.stderr.write(error.quote ? `bash: unexpected EOF while looking for matching \`${error.quote}'\n` : 'bash: syntax error: unexpected end of file\n');
      } else throw error;
      this.lastStatus = 2;
      return 2;
    }
    this.exited = false;
    try {
      return await this.interpreter.runScript(parsed, io, this.ticks);
    } catch (error) {
      // Commands' own errors are caught where they run; this is the last line of defence.
      io.stderr.write(`bash: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      this.lastStatus = 1;
      return 1;
    }
  }

  /** What a command may ask of this shell (see ShellServices). */
  services(io: RunIo): ShellServices {
    const shell = this;
    return {
      registry: this.registry,
      get lastStatus() {
        return shell.lastStatus;
      },
      aliases: this.aliases,
      history: this.history,
      chdir: (path) => {
        this.env.set('OLDPWD', this.cwd);
        this.cwd = path;
        this.env.set('PWD', path);
      },
      clearScreen: () => io.clearScreen?.(),
      exit: (code) => {
        this.exited = true;
        io.onExit?.(code);
      },
      run: (line, runIo) => this.child().run(line, { ...runIo, signal: io.signal }),
    };
  }
}
