/**
 * Evaluates a lesson's checks against the world. Each check gets a context whose
 * `run` uses a throwaway shell, so a check never changes the learner's cwd, env or
 * history. A check that throws is reported as failing, never crashes the sandbox.
 */
import type { MemoryFs } from '../fs/memory-fs.ts';
import type { World } from '../world/world.ts';
import type { CommandRegistry } from '../cli/command.ts';
import { Shell } from '../shell/shell.ts';
import { bufferedOutput } from '../shell/streams.ts';
import type { Check, CheckContext, CheckResult } from './types.ts';

export interface CheckEnvironment {
  world: World;
  fs: MemoryFs;
  home: string;
  registry: CommandRegistry;
}

export async function runChecks(checks: readonly Check[], env: CheckEnvironment): Promise<CheckResult[]> {
  const context: CheckContext = {
    world: env.world,
    fs: env.fs,
    home: env.home,
    async run(line) {
      const shell = new Shell({ fs: env.fs, world: env.world, registry: env.registry, cwd: env.home, env: { HOME: env.home, USER: 'learner', HOSTNAME: 'workstation' } });
      const stdout = bufferedOutput();
      const stderr = bufferedOutput();
      const exitCode = await shell.run(line, { stdout, stderr });
      return { exitCode, stdout: stdout.text(), stderr: stderr.text() };
    },
  };
  const results: CheckResult[] = [];
  for (const check of checks) {
    try {
      const outcome = await check.run(context);
      results.push({ id: check.id, title: check.title, ...outcome });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      results.push({ id: check.id, title: check.title, pass: false, message: `This check could not run: ${reason}` });
    }
  }
  return results;
}
