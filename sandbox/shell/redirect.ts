/**
 * Applies a simple command's redirections: decides where its stdin comes from and
 * where stdout and stderr go (files in the sandbox fs, or each other), in order.
 */
import type { InputStream, OutputStream } from '../cli/command.ts';
import type { MemoryFs } from '../fs/memory-fs.ts';
import { FsError } from '../fs/memory-fs.ts';
import { resolvePath } from '../fs/path.ts';
import type { Redirect } from './ast.ts';
import { textInput } from './streams.ts';

export interface Streams {
  stdin: InputStream;
  stdout: OutputStream;
  stderr: OutputStream;
}

export class RedirectError extends Error {}

const DEV_NULL = '/dev/null';

function fileOutput(fs: MemoryFs, path: string, append: boolean): OutputStream {
  if (path === DEV_NULL) return { isTTY: false, columns: 80, write: () => {} };
  if (fs.isDirectory(path)) throw new FsError('EISDIR', path);
  if (!append || !fs.exists(path)) fs.writeFile(path, '');
  return { isTTY: false, columns: 80, write: (text) => fs.appendFile(path, text) };
}

export async function applyRedirects(
  redirects: Redirect[],
  streams: Streams,
  fs: MemoryFs,
  cwd: string,
  expandTarget: (redirect: Redirect) => Promise<string>,
): Promise<Streams> {
  const out = { ...streams };
  for (const redirect of redirects) {
    const target = await expandTarget(redirect);
    const path = resolvePath(cwd, target);
    try {
      switch (redirect.operator) {
        case '<':
          out.stdin = textInput(path === DEV_NULL ? '' : fs.readFile(path));
          break;
        case '<<':
        case '<<-':
        case '<<<':
          out.stdin = textInput(target);
          break;
        case '>':
        case '>>': {
          const stream = fileOutput(fs, path, redirect.operator === '>>');
          if (redirect.fd === 2) out.stderr = stream;
          else out.stdout = stream;
          break;
        }
        case '&>':
        case '&>>': {
          const stream = fileOutput(fs, path, redirect.operator === '&>>');
          out.stdout = stream;
          out.stderr = stream;
          break;
        }
        case '>&': {
          if (target === '1') out[redirect.fd === 2 ? 'stderr' : 'stdout'] = out.stdout;
          else if (target === '2') out[redirect.fd === 2 ? 'stderr' : 'stdout'] = out.stderr;
          else {
            const stream = fileOutput(fs, path, false);
            out.stdout = stream;
            out.stderr = stream;
          }
          break;
        }
      }
    } catch (error) {
      if (error instanceof FsError) throw new RedirectError(`${target}: ${error.reason}`);
      throw error;
    }
  }
  return out;
}
