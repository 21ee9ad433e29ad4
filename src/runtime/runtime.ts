/**
 * The Runtime: the small interface the UI talks to, whatever runs the sandbox (a Web
 * Worker today, a WebContainer later). Everything crosses a message boundary, so
 * methods are async and events arrive through callbacks registered at start.
 */
import type { CheckResult, RunResult } from '../../sandbox/checks/types.ts';

export type { CheckResult, RunResult };

/** What the UI learns about a lesson once the runtime has started it. */
export interface LessonInfo {
  id: string;
  title: string;
  /** Workspace files, relative to the learner's home directory, sorted. */
  files: string[];
  steps: { slug: string; title: string; checks: string[] }[];
}

export interface RuntimeEvents {
  /** Bytes for the terminal (ANSI colours, CRLF line ends). */
  onTerminalOutput(data: string): void;
  /** The shell printed a prompt and waits for input. */
  onPrompt(): void;
  /** Workspace files were written, created or deleted by anything but `writeFile`. */
  onFilesChanged(change: FilesChange): void;
}

export interface FilesChange {
  /** All workspace files after the change, relative to home, sorted. */
  files: string[];
  /** The files whose content changed or that disappeared. */
  changed: string[];
}

export interface TerminalSize {
  columns: number;
  rows: number;
}

export interface Runtime {
  /** Create the lesson's sandbox and open a terminal on it; the first prompt follows. */
  startLesson(lessonId: string, size: TerminalSize): Promise<LessonInfo>;
  /** Raw keystrokes for the terminal; the shell does its own line editing. */
  terminalInput(data: string): void;
  resizeTerminal(size: TerminalSize): void;
  listFiles(): Promise<string[]>;
  readFile(path: string): Promise<string>;
  /** Write a workspace file; does not raise onFilesChanged for this path. */
  writeFile(path: string, content: string): Promise<void>;
  /** Run the checks of one step, or of the whole lesson when `stepSlug` is omitted. */
  runChecks(stepSlug?: string): Promise<CheckResult[]>;
  /** Back to the lesson's starting state: files, world and a fresh terminal. */
  reset(): Promise<void>;
  /** Apply the lesson's solution; the terminal shows what was run. */
  solve(): Promise<RunResult>;
  dispose(): void;
}
