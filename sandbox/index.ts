/**
 * createSandbox(): the one entry point to the simulated world, used by the Web
 * Worker runtime, the headless `lab` CLI, the tests and (later) WebContainer.
 * Nothing here touches the DOM or Node built-ins.
 */
import { MemoryFs, type FsSnapshot } from './fs/memory-fs.ts';
import { World } from './world/world.ts';
import { buildScenario } from './scenarios/index.ts';
import { createCommandRegistry } from './cli/index.ts';
import { Shell } from './shell/shell.ts';
import { TerminalSession, type TerminalOptions } from './shell/terminal-session.ts';
import { bufferedOutput } from './shell/streams.ts';
import type { Check, CheckResult, RunResult } from './checks/types.ts';
import { runChecks } from './checks/run-checks.ts';

export const HOME = '/home/learner';

export interface SandboxOptions {
  /** Name of the starting world (see sandbox/scenarios). */
  scenario?: string;
  /** Starting workspace files, relative to the home directory. */
  files?: FsSnapshot;
  /** Seed for everything random in the world. */
  seed?: number;
}

export interface Sandbox {
  readonly fs: MemoryFs;
  readonly world: World;
  readonly home: string;
  /** The learner's shell: cwd, environment and history persist between calls. */
  readonly shell: Shell;
  /** Run a script (one or more lines) in the learner's shell, capturing its output. */
  run(script: string, options?: { stdin?: string }): Promise<RunResult>;
  /** An interactive terminal (line editing, prompt) on the learner's shell. */
  openTerminal(options: TerminalOptions): TerminalSession;
  runChecks(checks: readonly Check[]): Promise<CheckResult[]>;
}

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const world = new World({ seed: options.seed });
  const fs = new MemoryFs();
  fs.now = () => world.clock.now();
  buildScenario(options.scenario ?? 'single-cluster', world);
  fs.mkdir(HOME, { recursive: true });
  fs.mkdir('/tmp', { recursive: true });
  fs.mkdir('/dev', { recursive: true });
  fs.writeFile('/dev/null', '');
  if (options.files) fs.load(options.files, HOME);

  const registry = createCommandRegistry();
  const shell = new Shell({ fs, world, registry, cwd: HOME, env: { HOME, USER: 'learner', HOSTNAME: 'workstation' } });

  const run = async (script: string, runOptions: { stdin?: string } = {}): Promise<RunResult> => {
    const stdout = bufferedOutput();
    const stderr = bufferedOutput();
    const exitCode = await shell.run(script, { stdin: runOptions.stdin, stdout, stderr });
    return { exitCode, stdout: stdout.text(), stderr: stderr.text() };
  };

  return {
    fs,
    world,
    home: HOME,
    shell,
    run,
    openTerminal: (terminalOptions) => new TerminalSession(shell, terminalOptions),
    runChecks: (checks) => runChecks(checks, { world, fs, home: HOME, registry }),
  };
}

export type { Check, CheckResult, CheckOutcome, CheckContext, RunResult } from './checks/types.ts';
export type { FsSnapshot } from './fs/memory-fs.ts';
export type { TerminalOptions } from './shell/terminal-session.ts';
