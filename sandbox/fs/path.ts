/**
 * POSIX path arithmetic for the sandbox's file system. Pure functions, no state:
 * every path the fs stores is absolute and normalised by `resolvePath`.
 */

/** Collapse `.`, `..` and repeated slashes; keeps a leading `/`. */
export function normalizePath(path: string): string {
  const absolute = path.startsWith('/');
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
      else if (!absolute) parts.push('..');
      continue;
    }
    parts.push(part);
  }
  const joined = parts.join('/');
  if (absolute) return '/' + joined;
  return joined === '' ? '.' : joined;
}

/** Resolve `path` against the directory `cwd` (which must be absolute). */
export function resolvePath(cwd: string, path: string): string {
  if (path.startsWith('/')) return normalizePath(path);
  return normalizePath(cwd + '/' + path);
}

export function joinPath(...parts: string[]): string {
  return normalizePath(parts.filter((p) => p !== '').join('/'));
}

export function dirname(path: string): string {
  const normal = normalizePath(path);
  if (normal === '/') return '/';
  const index = normal.lastIndexOf('/');
  if (index < 0) return '.';
  if (index === 0) return '/';
  return normal.slice(0, index);
}

export function basename(path: string): string {
  const normal = normalizePath(path);
  if (normal === '/') return '/';
  return normal.slice(normal.lastIndexOf('/') + 1);
}

/** `relativePath('/home/learner', '/home/learner/a/b.yaml')` → `a/b.yaml`. */
export function relativePath(from: string, to: string): string {
  const fromParts = normalizePath(from).split('/').filter(Boolean);
  const toParts = normalizePath(to).split('/').filter(Boolean);
  let common = 0;
  while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) common++;
  const up = fromParts.slice(common).map(() => '..');
  const rest = toParts.slice(common);
  const joined = [...up, ...rest].join('/');
  return joined === '' ? '.' : joined;
}
