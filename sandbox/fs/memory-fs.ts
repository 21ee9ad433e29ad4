/**
 * The in-memory file system shared by the shell, every command, the editor and
 * (later) git. Paths are absolute; callers resolve relative paths against their cwd.
 *
 * Why not memfs: in a Web Worker it needs polyfills for Node's buffer, events,
 * stream, path and url modules. The sandbox needs a small, synchronous,
 * deterministic tree with change notifications and snapshots, which this is.
 */
import { basename, dirname, normalizePath } from './path.ts';

export type FsErrorCode = 'ENOENT' | 'EEXIST' | 'EISDIR' | 'ENOTDIR' | 'ENOTEMPTY' | 'EINVAL';

const errorText: Record<FsErrorCode, string> = {
  ENOENT: 'No such file or directory',
  EEXIST: 'File exists',
  EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory',
  ENOTEMPTY: 'Directory not empty',
  EINVAL: 'Invalid argument',
};

/** An error with a POSIX code; `reason` is the strerror text tools print. */
export class FsError extends Error {
  readonly code: FsErrorCode;
  readonly path: string;
  readonly reason: string;
  constructor(code: FsErrorCode, path: string) {
    super(`${code}: ${errorText[code]}, '${path}'`);
    this.code = code;
    this.path = path;
    this.reason = errorText[code];
  }
}

export interface FileStat {
  type: 'file' | 'dir';
  size: number;
  /** Virtual-clock milliseconds of the last write. */
  mtimeMs: number;
  mode: number;
  isFile(): boolean;
  isDirectory(): boolean;
}

interface FileNode { type: 'file'; data: Uint8Array; mtimeMs: number; mode: number }
interface DirNode { type: 'dir'; children: Map<string, FsNode>; mtimeMs: number; mode: number }
type FsNode = FileNode | DirNode;

export type FsChange = { kind: 'write' | 'delete' | 'mkdir'; path: string };
export type FsListener = (change: FsChange) => void;

/** A plain-object copy of a tree, used for reset, persistence and tests. */
export type FsSnapshot = Record<string, string | Uint8Array | null>;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class MemoryFs {
  private root: DirNode = { type: 'dir', children: new Map(), mtimeMs: 0, mode: 0o755 };
  private listeners = new Set<FsListener>();
  /** Supplies modification times; the sandbox wires it to the virtual clock. */
  now: () => number = () => 0;

  onChange(listener: FsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(change: FsChange): void {
    for (const listener of this.listeners) listener(change);
  }

  private lookup(path: string): FsNode | undefined {
    let node: FsNode = this.root;
    for (const part of normalizePath(path).split('/').filter(Boolean)) {
      if (node.type !== 'dir') return undefined;
      const next = node.children.get(part);
      if (!next) return undefined;
      node = next;
    }
    return node;
  }

  private parentDir(path: string): DirNode {
    const parent = this.lookup(dirname(path));
    if (!parent) throw new FsError('ENOENT', path);
    if (parent.type !== 'dir') throw new FsError('ENOTDIR', path);
    return parent;
  }

  exists(path: string): boolean {
    return this.lookup(path) !== undefined;
  }

  isDirectory(path: string): boolean {
    return this.lookup(path)?.type === 'dir';
  }

  isFile(path: string): boolean {
    return this.lookup(path)?.type === 'file';
  }

  stat(path: string): FileStat {
    const node = this.lookup(path);
    if (!node) throw new FsError('ENOENT', path);
    const type = node.type;
    return {
      type,
      size: node.type === 'file' ? node.data.byteLength : 4096,
      mtimeMs: node.mtimeMs,
      mode: node.mode,
      isFile: () => type === 'file',
      isDirectory: () => type === 'dir',
    };
  }

  readFileBytes(path: string): Uint8Array {
    const node = this.lookup(path);
    if (!node) throw new FsError('ENOENT', path);
    if (node.type === 'dir') throw new FsError('EISDIR', path);
    return node.data;
  }

  readFile(path: string): string {
    return decoder.decode(this.readFileBytes(path));
  }

  writeFile(path: string, content: string | Uint8Array, options: { mode?: number } = {}): void {
    const normal = normalizePath(path);
    const parent = this.parentDir(normal);
    const name = basename(normal);
    const existing = parent.children.get(name);
    if (existing?.type === 'dir') throw new FsError('EISDIR', normal);
    const data = typeof content === 'string' ? encoder.encode(content) : content;
    parent.children.set(name, {
      type: 'file',
      data,
      mtimeMs: this.now(),
      mode: options.mode ?? existing?.mode ?? 0o644,
    });
    this.emit({ kind: 'write', path: normal });
  }

  appendFile(path: string, content: string): void {
    const previous = this.exists(path) ? this.readFile(path) : '';
    this.writeFile(path, previous + content);
  }

  mkdir(path: string, options: { recursive?: boolean } = {}): void {
    const normal = normalizePath(path);
    const existing = this.lookup(normal);
    if (existing) {
      if (options.recursive && existing.type === 'dir') return;
      throw new FsError('EEXIST', normal);
    }
    if (options.recursive && normal !== '/') this.mkdir(dirname(normal), { recursive: true });
    const parent = this.parentDir(normal);
    parent.children.set(basename(normal), { type: 'dir', children: new Map(), mtimeMs: this.now(), mode: 0o755 });
    this.emit({ kind: 'mkdir', path: normal });
  }

  /** Names in a directory, sorted the way `ls` sorts them in the C locale. */
  readdir(path: string): string[] {
    const node = this.lookup(path);
    if (!node) throw new FsError('ENOENT', path);
    if (node.type !== 'dir') throw new FsError('ENOTDIR', path);
    return [...node.children.keys()].sort();
  }

  /** Remove a file, or a directory when `recursive` (or when empty and `dir` is set). */
  remove(path: string, options: { recursive?: boolean; dir?: boolean } = {}): void {
    const normal = normalizePath(path);
    if (normal === '/') throw new FsError('EINVAL', normal);
    const node = this.lookup(normal);
    if (!node) throw new FsError('ENOENT', normal);
    if (node.type === 'dir') {
      if (!options.recursive && !options.dir) throw new FsError('EISDIR', normal);
      if (!options.recursive && node.children.size > 0) throw new FsError('ENOTEMPTY', normal);
    }
    this.parentDir(normal).children.delete(basename(normal));
    this.emit({ kind: 'delete', path: normal });
  }

  rename(from: string, to: string): void {
    const source = normalizePath(from);
    const target = normalizePath(to);
    const node = this.lookup(source);
    if (!node) throw new FsError('ENOENT', source);
    if (target === source) return;
    if (target.startsWith(source + '/')) throw new FsError('EINVAL', target);
    const targetParent = this.parentDir(target);
    const existing = targetParent.children.get(basename(target));
    if (existing?.type === 'dir' && node.type !== 'dir') throw new FsError('EISDIR', target);
    if (existing?.type === 'file' && node.type === 'dir') throw new FsError('ENOTDIR', target);
    if (existing?.type === 'dir' && existing.children.size > 0) throw new FsError('ENOTEMPTY', target);
    this.parentDir(source).children.delete(basename(source));
    targetParent.children.set(basename(target), node);
    this.emit({ kind: 'delete', path: source });
    this.emit({ kind: node.type === 'dir' ? 'mkdir' : 'write', path: target });
  }

  /** Every file under `dir` (absolute paths), depth first, sorted. */
  walkFiles(dir = '/'): string[] {
    const node = this.lookup(dir);
    if (!node || node.type !== 'dir') return [];
    const out: string[] = [];
    const base = normalizePath(dir) === '/' ? '' : normalizePath(dir);
    for (const name of [...node.children.keys()].sort()) {
      const child = node.children.get(name)!;
      const path = `${base}/${name}`;
      if (child.type === 'dir') out.push(...this.walkFiles(path));
      else out.push(path);
    }
    return out;
  }

  /** Files (as text where they decode cleanly) and empty directories (`null`) under `dir`. */
  snapshot(dir = '/'): FsSnapshot {
    const out: FsSnapshot = {};
    const visit = (path: string, node: FsNode) => {
      if (node.type === 'file') {
        out[path] = node.data;
        return;
      }
      if (node.children.size === 0 && path !== '') out[path] = null;
      for (const [name, child] of node.children) visit(`${path}/${name}`, child);
    };
    const start = this.lookup(dir);
    if (start) visit(normalizePath(dir) === '/' ? '' : normalizePath(dir), start);
    return out;
  }

  /** Write every entry of a snapshot (relative keys are taken relative to `dir`). */
  load(snapshot: FsSnapshot, dir = '/'): void {
    for (const [key, value] of Object.entries(snapshot)) {
      const path = key.startsWith('/') ? key : normalizePath(`${dir}/${key}`);
      if (value === null) {
        this.mkdir(path, { recursive: true });
      } else {
        this.mkdir(dirname(path), { recursive: true });
        this.writeFile(path, value);
      }
    }
  }
}
