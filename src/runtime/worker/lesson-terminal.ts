/**
 * The learner's terminal inside the worker: a TerminalSession on the sandbox shell,
 * with its output batched per microtask before it crosses to the page, the first
 * prompt reported, and scripted runs (Solve) echoed as if they had been typed.
 * Every assumption about TerminalSession's API lives in this file.
 */
import type { Sandbox, TerminalOptions } from '../../../sandbox/index.ts';
import type { RunResult, RuntimeEvents, TerminalSize } from '../runtime.ts';

const CYAN = '\x1b[36m';
const DIM = '\x1b[2m';
const RED = '\x1b[31m';
const RESET = '\x1b[0m';

/** The terminal's line discipline wants CRLF; command output uses LF. */
const toTerminalText = (text: string) => text.replace(/\r?\n/g, '\r\n');

export interface LessonTerminal {
  input(data: string): void;
  resize(size: TerminalSize): void;
  /** Run `action` outside the line editor, showing the files it writes and the script it runs. */
  showScripted(files: string[], script: string, action: () => Promise<RunResult>): Promise<RunResult>;
  dispose(): void;
}

type Session = ReturnType<Sandbox['openTerminal']>;

export function openLessonTerminal(sandbox: Sandbox, size: TerminalSize, events: RuntimeEvents): LessonTerminal {
  let buffer = '';
  let disposed = false;
  let prompted = false;
  const flush = () => {
    if (!buffer || disposed) return;
    const data = buffer;
    buffer = '';
    events.onTerminalOutput(data);
  };
  const write = (data: string) => {
    if (disposed) return;
    if (!buffer) queueMicrotask(flush);
    buffer += data;
  };
  // For a session without onPrompt: its first output is taken to be the prompt.
  const sessionWrite = (data: string) => {
    write(data);
    if (!prompted) onPrompt();
  };
  const onPrompt = () => {
    if (prompted || disposed) return;
    prompted = true;
    // Let the prompt's bytes reach the page before the event does.
    queueMicrotask(() => {
      flush();
      events.onPrompt();
    });
  };

  // Clear the page's terminal (after a reset) before the new session prints anything.
  write('\x1bc');
  let columns = size.columns;
  let rows = size.rows;
  let session: Session;
  /** Open a shell session; when the learner types `exit`, a new one takes its place. */
  const spawn = () => {
    const options: TerminalOptions & { onPrompt?: () => void } = {
      write: sessionWrite,
      color: true,
      columns,
      rows,
      onPrompt,
      onExit: () => {
        if (disposed) return;
        session.dispose();
        write(`${DIM}[shell exited — starting a new one]${RESET}\r\n`);
        spawn();
      },
    };
    session = sandbox.openTerminal(options);
    session.start();
  };
  spawn();

  return {
    input(data) {
      // A crash in a command must not kill the terminal: show it like a shell would.
      const reportCrash = (error: unknown) =>
        write(`\r\n${RED}internal error: ${error instanceof Error ? error.message : String(error)}${RESET}\r\n`);
      try {
        void Promise.resolve(session.input(data)).catch(reportCrash);
      } catch (error) {
        reportCrash(error);
      }
    },
    resize(next) {
      columns = next.columns;
      rows = next.rows;
      session.resize(columns, rows);
    },
    async showScripted(files, script, action) {
      write(`\r\n${CYAN}# Solve: applying the lesson's solution${RESET}\r\n`);
      for (const file of files) write(`${DIM}# wrote ${file}${RESET}\r\n`);
      const result = await action();
      const lines = script.split('\n').filter((line) => line.trim() !== '');
      for (const line of lines) write(`${CYAN}$${RESET} ${line}\r\n`);
      if (result.stdout) write(toTerminalText(result.stdout));
      if (result.stderr) write(`${RED}${toTerminalText(result.stderr)}${RESET}`);
      session.redraw?.();
      return result;
    },
    dispose() {
      flush();
      disposed = true;
      session.dispose();
    },
  };
}
