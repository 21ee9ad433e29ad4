import { describe, expect, it } from 'vitest';
import { FsError, MemoryFs } from './memory-fs.ts';
import { basename, dirname, normalizePath, relativePath, resolvePath } from './path.ts';

describe('path', () => {
  it('normalises and resolves like POSIX', () => {
    expect(normalizePath('/a//b/./c/../d/')).toBe('/a/b/d');
    expect(normalizePath('/../..')).toBe('/');
    expect(normalizePath('a/../../b')).toBe('../b');
    expect(resolvePath('/home/learner', '../x')).toBe('/home/x');
    expect(resolvePath('/home/learner', '/etc')).toBe('/etc');
    expect(dirname('/a/b.yaml')).toBe('/a');
    expect(dirname('/a')).toBe('/');
    expect(basename('/a/b.yaml')).toBe('b.yaml');
    expect(relativePath('/home/learner', '/home/learner/k8s/pod.yaml')).toBe('k8s/pod.yaml');
    expect(relativePath('/home/learner/k8s', '/home/learner')).toBe('..');
  });
});

describe('MemoryFs', () => {
  it('writes, reads and lists files', () => {
    const fs = new MemoryFs();
    fs.mkdir('/home/learner', { recursive: true });
    fs.writeFile('/home/learner/b.txt', 'bee');
    fs.writeFile('/home/learner/a.txt', 'ay');
    expect(fs.readdir('/home/learner')).toEqual(['a.txt', 'b.txt']);
    expect(fs.readFile('/home/learner/a.txt')).toBe('ay');
    expect(fs.stat('/home/learner/b.txt').size).toBe(3);
    fs.appendFile('/home/learner/a.txt', '!');
    expect(fs.readFile('/home/learner/a.txt')).toBe('ay!');
  });

  it('reports POSIX errors with their codes', () => {
    const fs = new MemoryFs();
    fs.mkdir('/d');
    const code = (action: () => unknown) => {
      try {
        action();
      } catch (error) {
        return (error as FsError).code;
      }
      return 'no error';
    };
    expect(code(() => fs.readFile('/nope'))).toBe('ENOENT');
    expect(code(() => fs.readFile('/d'))).toBe('EISDIR');
    expect(code(() => fs.writeFile('/missing/x', ''))).toBe('ENOENT');
    expect(code(() => fs.mkdir('/d'))).toBe('EEXIST');
    fs.writeFile('/d/f', 'x');
    expect(code(() => fs.remove('/d', { dir: true }))).toBe('ENOTEMPTY');
    expect(code(() => fs.remove('/d'))).toBe('EISDIR');
    expect(code(() => fs.readdir('/d/f'))).toBe('ENOTDIR');
    expect(code(() => fs.rename('/d', '/d/inside'))).toBe('EINVAL');
  });

  it('renames, removes recursively and emits changes', () => {
    const fs = new MemoryFs();
    const changes: string[] = [];
    fs.onChange((change) => changes.push(`${change.kind} ${change.path}`));
    fs.load({ 'k8s/pod.yaml': 'kind: Pod', 'empty': null }, '/home');
    fs.rename('/home/k8s', '/home/manifests');
    expect(fs.readFile('/home/manifests/pod.yaml')).toBe('kind: Pod');
    expect(fs.walkFiles('/home')).toEqual(['/home/manifests/pod.yaml']);
    fs.remove('/home/manifests', { recursive: true });
    expect(fs.exists('/home/manifests')).toBe(false);
    expect(changes).toContain('write /home/k8s/pod.yaml');
    expect(changes).toContain('delete /home/manifests');
  });

  it('snapshots and restores a tree', () => {
    const fs = new MemoryFs();
    fs.load({ 'a/b.txt': 'one', 'c': null }, '/w');
    const snapshot = fs.snapshot('/w');
    const copy = new MemoryFs();
    copy.load(snapshot);
    expect(copy.readFile('/w/a/b.txt')).toBe('one');
    expect(copy.isDirectory('/w/c')).toBe(true);
  });

  it('stamps modification times from the clock it is given', () => {
    const fs = new MemoryFs();
    let now = 1000;
    fs.now = () => now;
    fs.writeFile('/x', '1');
    now = 5000;
    fs.writeFile('/y', '2');
    expect(fs.stat('/x').mtimeMs).toBe(1000);
    expect(fs.stat('/y').mtimeMs).toBe(5000);
  });
});
