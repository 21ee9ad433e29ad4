/**
 * Pathname expansion (`*`, `?`, `[…]`) against the sandbox file system, as bash does
 * it: sorted matches, hidden files only when the pattern starts with a dot, and
 * a pattern with no match is left as it is.
 */
import type { MemoryFs } from '../fs/memory-fs.ts';
import { resolvePath } from '../fs/path.ts';

/** A pattern in which quoted characters are escaped with a backslash. */
export function hasGlobChars(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if ('*?['.includes(pattern[i])) return true;
  }
  return false;
}

export function unescapeGlob(pattern: string): string {
  return pattern.replace(/\\(.)/g, '$1');
}

function segmentToRegExp(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '\\') source += escapeRegExp(segment[++i] ?? '');
    else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const end = segment.indexOf(']', i + 2);
      if (end < 0) source += '\\[';
      else {
        const body = segment.slice(i + 1, end).replace(/^!/, '^');
        source += `[${body.replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else source += escapeRegExp(c);
  }
  return new RegExp(`^${source}$`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export function expandGlob(pattern: string, cwd: string, fs: MemoryFs): string[] {
  // `*/` matches directories only, and keeps its slash.
  if (pattern.length > 1 && pattern.endsWith('/')) {
    const stem = pattern.replace(/\/+$/, '');
    return expandGlob(stem, cwd, fs)
      .filter((path) => fs.isDirectory(resolvePath(cwd, path)))
      .map((path) => path + '/');
  }
  const absolute = pattern.startsWith('/');
  const segments = pattern.split('/').filter((s, i) => s !== '' || i === 0);
  let candidates: string[] = [absolute ? '' : '.'];
  for (const [index, segment] of segments.entries()) {
    if (segment === '' && index === 0) continue;
    const next: string[] = [];
    for (const base of candidates) {
      const dir = resolvePath(cwd, base === '' ? '/' : base);
      if (!hasGlobChars(segment)) {
        const path = base === '.' ? unescapeGlob(segment) : `${base}/${unescapeGlob(segment)}`;
        if (fs.exists(resolvePath(cwd, path))) next.push(path);
        continue;
      }
      if (!fs.isDirectory(dir)) continue;
      const regexp = segmentToRegExp(segment);
      const showHidden = segment.startsWith('.') || segment.startsWith('\\.');
      for (const name of fs.readdir(dir)) {
        if (name.startsWith('.') && !showHidden) continue;
        if (regexp.test(name)) next.push(base === '.' ? name : `${base}/${name}`);
      }
    }
    candidates = next;
  }
  return candidates.sort();
}
