/**
 * The learner's shell: runs scripts (parsed by parser.ts) against the registry of
 * commands, with its own cwd, environment, history and last status. After every
 * simple command the world reconciles; after every line, one virtual second passes.
 */
import type { CommandContext, CommandRegistry, OutputStream, ShellServices } from '../cli/command.ts';
import type { MemoryFs } from '../fs/memory-fs.ts';
import type { World } from '../world/world.ts';
import type { AndOrList, Pipeline, SimpleCommand } from './ast.ts';
import { IncompleteInput, ShellSyntaxError } from './errors.ts';
import { expandToString, expandWord, type ExpansionContext } from './expand.ts';
import { parseHeredocBody, parseScript } from './parser.ts';
import { applyRedirects, RedirectError, type Streams } from './redirect.ts';
import { bufferedOutput, emptyTerminalInput, textInput } from './streams.ts';

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

const DEFAULT_PATH = '/usr/local/bin:/usr/bin:/bin';

export class Shell {
  cwd: string;
  env: Map<string, string>;
  history: string[] = [];
  lastStatus = 0;
  readonly fs: MemoryFs;
  readonly world: World;
  readonly registry: CommandRegistry;
  /** Set by `exit`: the rest of the script does not run. */
  private exited = false;
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
    return child;
  }

  async run(script: string, io: RunIo): Promise<number> {
    let parsed;
    try {
      parsed = parseScript(script);
    } catch (error) {
      if (error instanceof ShellSyntaxError) io.stderr.write(`bash: ${error.message}\n`);
      else if (error instanceof IncompleteInput) {
        if (error.quote) io.stderr.write(`bash: unexpected EOF while looking for matching \`${error.quote}'\n`);
        io.stderr.write('bash: syntax error: unexpected end of file\n');
      }
      else throw error;
      this.lastStatus = 2;
      return 2;
    }
    this.exited = false;
    for (const list of parsed.lists) {
      if (io.signal?.aborted || this.exited) break;
      this.lastStatus = await this.runAndOr(list, io);
      if (this.ticks && list.endsLine) this.world.tick();
    }
    return this.lastStatus;
  }

  private async runAndOr(list: AndOrList, io: RunIo): Promise<number> {
    let status = await this.runPipeline(list.first, io);
    for (const { operator, pipeline } of list.rest) {
      if (io.signal?.aborted || this.exited) return io.signal?.aborted ? 130 : status;
      if ((operator === '&&' && status === 0) || (operator === '||' && status !== 0)) {
        this.lastStatus = status;
        status = await this.runPipeline(pipeline, io);
      }
    }
    return status;
  }

  private async runPipeline(pipeline: Pipeline, io: RunIo): Promise<number> {
    let input: string | undefined = io.stdin;
    let status = 0;
    for (const [index, command] of pipeline.commands.entries()) {
      const last = index === pipeline.commands.length - 1;
      const stdout = last ? io.stdout : bufferedOutput();
      const stdin = input === undefined ? (index === 0 && io.stdin === undefined ? emptyTerminalInput : textInput('')) : textInput(input);
      status = await this.runSimple(command, { stdin, stdout, stderr: io.stderr }, io);
      if (!last) input = (stdout as ReturnType<typeof bufferedOutput>).text();
    }
    return pipeline.negated ? (status === 0 ? 1 : 0) : status;
  }

  private expansionContext(io: RunIo): ExpansionContext {
    return {
      env: this.env,
      lastStatus: this.lastStatus,
      cwd: this.cwd,
      fs: this.fs,
      substitute: async (script) => {
        const out = bufferedOutput();
        const child = this.child();
        await child.run(script, { stdout: out, stderr: io.stderr, signal: io.signal });
        this.lastStatus = child.lastStatus;
        return out.text();
      },
    };
  }

  private async runSimple(command: SimpleCommand, baseStreams: Streams, io: RunIo): Promise<number> {
    const ctx = this.expansionContext(io);
    const argv: string[] = [];
    for (const word of command.words) argv.push(...(await expandWord(word, ctx)));
    const assignments: [string, string][] = [];
    for (const { name, value } of command.assignments) assignments.push([name, await expandToString(value, ctx)]);

    let streams: Streams;
    try {
      streams = await applyRedirects(command.redirects, baseStreams, this.fs, this.cwd, async (redirect) => {
        if (redirect.heredoc) return redirect.heredoc.expand ? expandToString(parseHeredocBody(redirect.heredoc.body), ctx) : redirect.heredoc.body;
        const text = await expandToString(redirect.target, ctx);
        return redirect.operator === '<<<' ? text + '\n' : text;
      });
    } catch (error) {
      if (!(error instanceof RedirectError)) throw error;
      io.stderr.write(`bash: ${error.message}\n`);
      return 1;
    }

    if (argv.length === 0) {
      for (const [name, value] of assignments) this.env.set(name, value);
      return 0;
    }
    const env = assignments.length > 0 ? new Map([...this.env, ...assignments]) : this.env;
    const status = await this.invoke(argv, streams, env, io);
    this.world.reconcile();
    return status;
  }

  private async invoke(argv: string[], streams: Streams, env: Map<string, string>, io: RunIo): Promise<number> {
    const name = argv[0];
    const definition = this.registry.get(name.replace(/^(\/usr)?\/s?bin\//, ''));
    if (!definition) {
      if (name.includes('/')) {
        const exists = this.fs.exists(name.startsWith('/') ? name : `${this.cwd}/${name}`);
        streams.stderr.write(`bash: ${name}: ${exists ? 'Permission denied' : 'No such file or directory'}\n`);
        return exists ? 126 : 127;
      }
      streams.stderr.write(`bash: ${name}: command not found\n`);
      return 127;
    }
    if (argv[1] === '--help' && !definition.handlesHelp) {
      streams.stdout.write(definition.help.endsWith('\n') ? definition.help : definition.help + '\n');
      return 0;
    }
    const context: CommandContext = {
      argv,
      ...streams,
      env,
      cwd: this.cwd,
      fs: this.fs,
      world: this.world,
      signal: io.signal ?? new AbortController().signal,
      shell: this.services(io),
    };
    try {
      return await definition.run(context);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      streams.stderr.write(`bash: ${name}: internal error: ${message}\n`);
      return 1;
    }
  }

  private services(io: RunIo): ShellServices {
    return {
      registry: this.registry,
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
