/**
 * The sandbox's own terminal session wired to the real terminal (raw mode), so
 * `npm run lab -- shell` behaves like the browser terminal: same line editor,
 * same prompt, same completion.
 */
import type { Sandbox } from '../sandbox/index.ts';

export function runInteractiveShell(sandbox: Sandbox): Promise<number> {
  return new Promise((resolve) => {
    const stdin = process.stdin;
    const session = sandbox.openTerminal({
      write: (data) => process.stdout.write(data),
      color: Boolean(process.stdout.isTTY),
      columns: process.stdout.columns ?? 80,
      rows: process.stdout.rows ?? 24,
      onExit: (code) => {
        if (stdin.isTTY) stdin.setRawMode(false);
        stdin.pause();
        session.dispose();
        resolve(code);
      },
    });
    if (stdin.isTTY) stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    stdin.on('data', (data: string) => session.input(data));
    stdin.on('end', () => session.input('\x04'));
    process.stdout.on('resize', () => session.resize(process.stdout.columns, process.stdout.rows));
    session.start();
  });
}
