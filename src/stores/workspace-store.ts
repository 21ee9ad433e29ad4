/**
 * Workspace state: the files under the learner's home, which one is open in the
 * editor, and a revision per file that goes up whenever something other than the
 * editor changed it (so the editor knows to reload that model).
 */
import { create } from 'zustand';
import type { FilesChange } from '../runtime/runtime.ts';

interface WorkspaceState {
  files: string[];
  openPath?: string;
  /** Bumped for a path each time it changes outside the editor. */
  revisions: Record<string, number>;
  setFiles(files: string[]): void;
  applyChange(change: FilesChange): void;
  open(path: string): void;
}

export const useWorkspace = create<WorkspaceState>()((set) => ({
  files: [],
  openPath: undefined,
  revisions: {},
  setFiles: (files) =>
    set((state) => ({
      files,
      openPath: state.openPath && files.includes(state.openPath) ? state.openPath : undefined,
    })),
  applyChange: ({ files, changed }) =>
    set((state) => {
      const revisions = { ...state.revisions };
      for (const path of changed) revisions[path] = (revisions[path] ?? 0) + 1;
      const openPath = state.openPath && files.includes(state.openPath) ? state.openPath : undefined;
      return { files, revisions, openPath };
    }),
  open: (path) => set({ openPath: path }),
}));
