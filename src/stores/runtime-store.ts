/**
 * The runtime connection: starts the worker runtime for a lesson, routes its events
 * to the terminal pipe and the workspace store, and offers the lesson actions the
 * toolbar and check panel call (check, reset, solve).
 */
import { create } from 'zustand';
import type { LessonInfo, Runtime, TerminalSize } from '../runtime/runtime.ts';
import { createWorkerRuntime } from '../runtime/worker/worker-runtime.ts';
import { terminalOutput } from '../runtime/terminal-output.ts';
import { useWorkspace } from './workspace-store.ts';
import { useChecks } from './checks-store.ts';

type Status = 'idle' | 'starting' | 'ready' | 'error';

interface RuntimeState {
  status: Status;
  error?: string;
  lesson?: LessonInfo;
  runtime?: Runtime;
  /** The shell has printed its first prompt. */
  terminalReady: boolean;
  /** A reset or solve is running. */
  busy: boolean;
  start(lessonId: string, size: TerminalSize): Promise<void>;
  runChecks(stepSlug: string): Promise<void>;
  reset(): Promise<void>;
  solve(): Promise<void>;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export const useRuntime = create<RuntimeState>()((set, get) => ({
  status: 'idle',
  terminalReady: false,
  busy: false,

  async start(lessonId, size) {
    if (get().status !== 'idle') return;
    const runtime = createWorkerRuntime({
      onTerminalOutput: (data) => terminalOutput.write(data),
      onPrompt: () => {
        if (get().terminalReady) return;
        performance.mark('terminal-ready');
        set({ terminalReady: true });
      },
      onFilesChanged: (change) => useWorkspace.getState().applyChange(change),
    });
    set({ status: 'starting', runtime });
    try {
      const lesson = await runtime.startLesson(lessonId, size);
      useWorkspace.getState().setFiles(lesson.files);
      set({ status: 'ready', lesson });
    } catch (error) {
      set({ status: 'error', error: message(error) });
    }
  },

  async runChecks(stepSlug) {
    const { runtime } = get();
    if (!runtime) return;
    useChecks.getState().setRunning(true);
    try {
      useChecks.getState().record(stepSlug, { results: await runtime.runChecks(stepSlug) });
    } catch (error) {
      useChecks.getState().record(stepSlug, { results: [], error: message(error) });
    }
  },

  async reset() {
    const { runtime } = get();
    if (!runtime) return;
    set({ busy: true });
    try {
      await runtime.reset();
      useChecks.getState().clear();
    } finally {
      set({ busy: false });
    }
  },

  async solve() {
    const { runtime } = get();
    if (!runtime) return;
    set({ busy: true });
    try {
      await runtime.solve();
    } finally {
      set({ busy: false });
    }
  },
}));
