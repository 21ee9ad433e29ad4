/** The headless CLI as a user runs it: a child process, its stdout and exit status. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));

async function lab(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = run(tsx, ['bin/lab.ts', ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
  if (input !== undefined) {
    child.child.stdin!.end(input);
  } else {
    child.child.stdin!.end();
  }
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('lab CLI', { timeout: 30_000 }, () => {
  it('runs -c commands and prints what the terminal would', async () => {
    expect(await lab(['-c', 'echo hello | wc -c'])).toEqual({ code: 0, stdout: '6\n', stderr: '' });
  });

  it('exits with the last command status', async () => {
    const result = await lab(['-c', 'echo out; nosuch']);
    expect(result).toEqual({ code: 127, stdout: 'out\n', stderr: 'bash: nosuch: command not found\n' });
  });

  it('reads commands from standard input', async () => {
    const result = await lab([], 'kubectl get nodes -o name\n');
    expect(result.stdout).toBe('node/lab-control-plane\nnode/lab-worker\nnode/lab-worker2\n');
  });

  it('checks a lesson: failing at the start, passing after --solve', async () => {
    const start = await lab(['--lesson', '00-welcome', '--check']);
    expect(start.code).toBe(1);
    expect(start.stdout).toMatch(/^FAIL namespace-shop: /m);
    const solved = await lab(['--lesson', '00-welcome', '--solve', '--check']);
    expect(solved.code).toBe(0);
    expect(solved.stdout).toMatch(/4\/4 checks pass\n$/);
  });

  it('starts a lesson with its files in the working directory', async () => {
    const result = await lab(['--lesson', '00-welcome', '-c', 'ls']);
    expect(result.stdout).toBe('namespace.yaml\npod.yaml\n');
  });

  it('explains bad usage', async () => {
    const unknown = await lab(['--lesson', 'nope', '--check']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('lab: unknown lesson "nope" (known: 00-welcome');
    const scenario = await lab(['--scenario', 'nope', '-c', 'true']);
    expect(scenario.stderr).toContain('lab: unknown scenario "nope" (known: single-cluster');
    const flagged = await lab(['--frobnicate']);
    expect(flagged.code).toBe(2);
    expect(flagged.stderr).toContain("Try 'npm run lab -- --help'");
  });
});
