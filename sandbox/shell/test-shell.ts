/** Test helper: a shell over a fresh fs and world with the builtins and coreutils. */
import { createRegistry } from '../cli/command.ts';
import { coreutils } from '../cli/coreutils/index.ts';
import { MemoryFs } from '../fs/memory-fs.ts';
import { World } from '../world/world.ts';
import { shellBuiltins } from './builtins/index.ts';
import { Shell } from './shell.ts';
import { bufferedOutput } from './streams.ts';

export function testShell(files: Record<string, string> = {}) {
  const fs = new MemoryFs();
  const world = new World();
  fs.mkdir('/home/learner', { recursive: true });
  fs.mkdir('/tmp');
  fs.load(files, '/home/learner');
  const registry = createRegistry([...shellBuiltins, ...coreutils]);
  const shell = new Shell({ fs, world, registry, cwd: '/home/learner', env: { HOME: '/home/learner', USER: 'learner', HOSTNAME: 'workstation' } });
  const run = async (script: string, stdin?: string) => {
    const stdout = bufferedOutput();
    const stderr = bufferedOutput();
    const status = await shell.run(script, { stdout, stderr, stdin });
    return { status, stdout: stdout.text(), stderr: stderr.text() };
  };
  return { fs, world, registry, shell, run };
}
