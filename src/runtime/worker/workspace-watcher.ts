/**
 * Watches the sandbox file system under the home directory and reports workspace
 * changes to the page, batched per task. Writes that came from the editor are made
 * `quietly` so the editor is not told about its own edits.
 */
import type { MemoryFs } from '../../../sandbox/fs/memory-fs.ts';
import type { FilesChange } from '../runtime.ts';

/** Dotfiles and dot-directories (shell history, kubeconfig) stay out of the file tree. */
function isWorkspaceFile(relative: string): boolean {
  return !relative.split('/').some((part) => part.startsWith('.'));
}

export class WorkspaceWatcher {
  private pending = new Set<string>();
  private scheduled = false;
  private quiet = false;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly fs: MemoryFs,
    private readonly home: string,
    private readonly report: (change: FilesChange) => void,
  ) {
    this.unsubscribe = fs.onChange((change) => {
      if (this.quiet || change.kind === 'mkdir') return;
      if (!change.path.startsWith(`${home}/`)) return;
      this.pending.add(change.path.slice(home.length + 1));
      this.schedule();
    });
  }

  files(): string[] {
    return this.fs
      .walkFiles(this.home)
      .map((path) => path.slice(this.home.length + 1))
      .filter(isWorkspaceFile);
  }

  quietly(write: () => void): void {
    this.quiet = true;
    try {
      write();
    } finally {
      this.quiet = false;
    }
  }

  /** Report every file as changed (after a reset). */
  announceAll(): void {
    for (const file of this.files()) this.pending.add(file);
    this.schedule();
  }

  dispose(): void {
    this.unsubscribe();
    this.pending.clear();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setTimeout(() => {
      this.scheduled = false;
      const changed = [...this.pending].filter(isWorkspaceFile).sort();
      this.pending.clear();
      // A directory removal reports only the directory; the full file list covers its files.
      if (changed.length > 0) this.report({ files: this.files(), changed });
    }, 0);
  }
}
