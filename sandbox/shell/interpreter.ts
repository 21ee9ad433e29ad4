/**
 * Executes the syntax tree: and-or lists, pipelines (stage by stage, each stage's
 * output buffered into the next — deterministic), compound commands and simple
 * commands, which it expands, redirects and hands to the command registry.
 */
import type { CommandContext } from '../cli/command.ts';
import type { AndOrList, Command, CompoundCommand, Pipeline, Redirect, Script, SimpleCommand } from './ast.ts';
import { ArithmeticError, evaluateArithmetic } from './arithmetic.ts';
import { expandToString, expandWord, type ExpansionContext } from './expand.ts';
import { parseHeredocBody, parseScript } from './parser.ts';
import { applyRedirects, RedirectError, type Streams } from './redirect.ts';
import type { RunIo, Shell } from './shell.ts';
import { bufferedOutput, emptyTerminalInput, textInput } from './streams.ts';

/** `break` and `continue` unwind to the loop `levels` up. */
class LoopControl {
  constructor(
    readonly kind: 'break' | 'continue',
    readonly levels: number,
  ) {}
}

/** Loops hand the event loop a turn now and then, so a Ctrl-C can arrive. */
const ITERATIONS_PER_YIELD = 50;

export class Interpreter {
  private loopDepth = 0;
  /** Aliases being expanded, so `alias ls='ls -F'` does not expand itself forever. */
  private readonly expandingAliases = new Set<string>();

  constructor(private readonly shell: Shell) {}

  /** Run lists in order; at the top level a virtual second passes after each line. */
  async runScript(script: Script, io: RunIo, topLevel = false): Promise<number> {
    for (const list of script.lists) {
      if (io.signal?.aborted || this.shell.exited) break;
      this.shell.lastStatus = await this.runAndOr(list, io);
      if (topLevel && list.endsLine) this.shell.world.tick();
    }
    return this.shell.lastStatus;
  }

  private async runAndOr(list: AndOrList, io: RunIo): Promise<number> {
    let status = await this.runPipeline(list.first, io);
    for (const { operator, pipeline } of list.rest) {
      if (io.signal?.aborted || this.shell.exited) return io.signal?.aborted ? 130 : status;
      if ((operator === '&&' && status === 0) || (operator === '||' && status !== 0)) {
        this.shell.lastStatus = status;
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
      const stdin = input === undefined ? (index === 0 ? emptyTerminalInput : textInput('')) : textInput(input);
      status = await this.runCommand(command, { stdin, stdout, stderr: io.stderr }, io);
      if (!last) input = (stdout as ReturnType<typeof bufferedOutput>).text();
    }
    return pipeline.negated ? (status === 0 ? 1 : 0) : status;
  }

  private runCommand(command: Command, streams: Streams, io: RunIo): Promise<number> {
    return command.type === 'simple' ? this.runSimple(command, streams, io) : this.runCompound(command, streams, io);
  }

  /** `substitutions` records the status of each `$(…)`: an assignment-only command returns the last. */
  private expansionContext(io: RunIo, substitutions: number[] = []): ExpansionContext {
    const shell = this.shell;
    return {
      env: shell.env,
      lastStatus: shell.lastStatus,
      cwd: shell.cwd,
      fs: shell.fs,
      substitute: async (script) => {
        const out = bufferedOutput();
        const child = shell.child();
        await child.run(script, { stdout: out, stderr: io.stderr, signal: io.signal });
        substitutions.push(child.lastStatus);
        return out.text();
      },
      arithmetic: (expression) => evaluateArithmetic(expression, shell.env),
    };
  }

  /** Apply redirections; on failure print bash's message and return null. */
  private async redirect(redirects: Redirect[], streams: Streams, ctx: ExpansionContext, io: RunIo): Promise<Streams | null> {
    try {
      return await applyRedirects(redirects, streams, this.shell.fs, this.shell.cwd, async (redirect) => {
        if (redirect.heredoc) return redirect.heredoc.expand ? expandToString(parseHeredocBody(redirect.heredoc.body), ctx) : redirect.heredoc.body;
        const text = await expandToString(redirect.target, ctx);
        return redirect.operator === '<<<' ? text + '\n' : text;
      });
    } catch (error) {
      if (!(error instanceof RedirectError)) throw error;
      io.stderr.write(`bash: ${error.message}\n`);
      return null;
    }
  }

  private async runSimple(command: SimpleCommand, baseStreams: Streams, io: RunIo): Promise<number> {
    const shell = this.shell;
    const alias = this.aliasOf(command);
    if (alias !== undefined) return this.runAlias(alias, command, baseStreams, io);
    const substitutions: number[] = [];
    const ctx = this.expansionContext(io, substitutions);
    const argv: string[] = [];
    const assignments: [string, string][] = [];
    try {
      for (const word of command.words) argv.push(...(await expandWord(word, ctx)));
      for (const { name, value } of command.assignments) assignments.push([name, await expandToString(value, ctx)]);
    } catch (error) {
      if (!(error instanceof ArithmeticError)) throw error;
      io.stderr.write(`bash: ${error.message}\n`);
      return 1;
    }

    const streams = await this.redirect(command.redirects, baseStreams, ctx, io);
    if (!streams) return 1;
    if (argv.length === 0) {
      for (const [name, value] of assignments) shell.env.set(name, value);
      return substitutions.at(-1) ?? 0;
    }
    if (argv[0] === 'break' || argv[0] === 'continue') return this.loopControl(argv, streams);
    const env = assignments.length > 0 ? new Map([...shell.env, ...assignments]) : shell.env;
    const status = await this.invoke(argv, streams, env, io);
    shell.world.reconcile();
    return status;
  }

  /** The alias the command's name stands for: a plain unquoted word, not already being expanded. */
  private aliasOf(command: SimpleCommand): string | undefined {
    const [first] = command.words;
    if (first?.length !== 1 || first[0].type !== 'literal' || first[0].quoted) return undefined;
    if (this.expandingAliases.has(first[0].text)) return undefined;
    return this.shell.aliases.get(first[0].text);
  }

  /**
   * `alias k=kubectl`, then `k get pods`: the alias text is parsed, the rest of the
   * command line (words and redirections) joins its last command, and it runs.
   */
  private async runAlias(name: string, command: SimpleCommand, streams: Streams, outer: RunIo): Promise<number> {
    const aliasName = (command.words[0][0] as { text: string }).text;
    let script: Script;
    try {
      script = parseScript(name);
    } catch {
      outer.stderr.write(`bash: ${aliasName}: alias does not parse\n`);
      return 2;
    }
    const lastList = script.lists.at(-1);
    const lastPipeline = lastList ? (lastList.rest.at(-1)?.pipeline ?? lastList.first) : undefined;
    const last = lastPipeline?.commands.at(-1);
    const firstCommand = script.lists[0]?.first.commands[0];
    if (!last || last.type !== 'simple' || firstCommand?.type !== 'simple') return this.runSimple({ ...command, words: command.words.slice(1) }, streams, outer);
    firstCommand.assignments.unshift(...command.assignments);
    last.words.push(...command.words.slice(1));
    last.redirects.push(...command.redirects);
    const stdin = streams.stdin.isTTY ? undefined : await streams.stdin.readAll();
    this.expandingAliases.add(aliasName);
    try {
      return await this.runScript(script, { ...outer, stdin, stdout: streams.stdout, stderr: streams.stderr });
    } finally {
      this.expandingAliases.delete(aliasName);
    }
  }

  private loopControl(argv: string[], streams: Streams): number {
    const levels = argv[1] === undefined ? 1 : Number(argv[1]);
    if (!Number.isInteger(levels) || levels < 1) {
      streams.stderr.write(`bash: ${argv[0]}: ${argv[1]}: loop count out of range\n`);
      return 1;
    }
    if (this.loopDepth === 0) {
      streams.stderr.write(`bash: ${argv[0]}: only meaningful in a \`for', \`while', or \`until' loop\n`);
      return 0;
    }
    throw new LoopControl(argv[0] as 'break' | 'continue', Math.min(levels, this.loopDepth));
  }

  private async invoke(argv: string[], streams: Streams, env: Map<string, string>, io: RunIo): Promise<number> {
    const shell = this.shell;
    const name = argv[0];
    const definition = shell.registry.get(name.replace(/^(\/usr)?\/s?bin\//, ''));
    if (!definition) {
      if (name.includes('/')) {
        const exists = shell.fs.exists(name.startsWith('/') ? name : `${shell.cwd}/${name}`);
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
      cwd: shell.cwd,
      fs: shell.fs,
      world: shell.world,
      signal: io.signal ?? new AbortController().signal,
      shell: shell.services(io),
    };
    try {
      return await definition.run(context);
    } catch (error) {
      // A bug in one command must never take the learner's shell down.
      const message = error instanceof Error ? error.message : String(error);
      streams.stderr.write(`bash: ${name}: internal error: ${message}\n`);
      return 1;
    }
  }

  private async runCompound(command: CompoundCommand, baseStreams: Streams, outer: RunIo): Promise<number> {
    const ctx = this.expansionContext(outer);
    const streams = await this.redirect(command.redirects, baseStreams, ctx, outer);
    if (!streams) return 1;
    const stdin = streams.stdin.isTTY ? undefined : await streams.stdin.readAll();
    const io: RunIo = { ...outer, stdin, stdout: streams.stdout, stderr: streams.stderr };
    switch (command.type) {
      case 'group': {
        if (!command.subshell) return this.runScript(command.body, io);
        // A subshell: cd, variables and exit stay inside it.
        const child = this.shell.child();
        await child.interpreter.runScript(command.body, io);
        return child.lastStatus;
      }
      case 'if': {
        for (const { condition, body } of command.clauses) {
          if ((await this.runScript(condition, io)) === 0) return this.runScript(body, io);
        }
        return command.otherwise ? this.runScript(command.otherwise, io) : 0;
      }
      case 'for': {
        const items: string[] = [];
        for (const word of command.items) items.push(...(await expandWord(word, ctx)));
        let index = 0;
        return this.loop(io, async () => {
          if (index >= items.length) return false;
          this.shell.env.set(command.name, items[index++]);
          return true;
        }, command.body);
      }
      case 'while':
        return this.loop(io, async () => ((await this.runScript(command.condition, io)) === 0) !== command.until, command.body);
    }
  }

  /** Run `body` while `next()` says so; handles break/continue, Ctrl-C and exit. */
  private async loop(io: RunIo, next: () => Promise<boolean>, body: Script): Promise<number> {
    let status = 0;
    this.loopDepth++;
    try {
      for (let iteration = 1; await next(); iteration++) {
        if (io.signal?.aborted || this.shell.exited) break;
        try {
          status = await this.runScript(body, io);
        } catch (error) {
          if (!(error instanceof LoopControl)) throw error;
          status = 0;
          if (error.levels > 1) throw new LoopControl(error.kind, error.levels - 1);
          if (error.kind === 'break') break;
        }
        if (io.signal?.aborted) return 130;
        if (iteration % ITERATIONS_PER_YIELD === 0) await new Promise((resolve) => setTimeout(resolve, 0));
      }
    } finally {
      this.loopDepth--;
    }
    return io.signal?.aborted ? 130 : status;
  }
}
