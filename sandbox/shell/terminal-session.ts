/**
 * An interactive terminal on a Shell: prompt, line editing, continuation lines,
 * history, Ctrl-C, and output with CRLF line ends. The browser (xterm.js) and
 * `lab shell` (a raw-mode TTY) both drive it with raw keystrokes.
 */
import type { OutputStream } from '../cli/command.ts';
import { complete } from './completion.ts';
import { LineEditor } from './line-editor.ts';
import { isIncomplete } from './parser.ts';
import type { Shell } from './shell.ts';

export interface TerminalOptions {
  /** Receives everything to display: text with ANSI sequences and CRLF line ends. */
  write(data: string): void;
  color?: boolean;
  columns?: number;
  rows?: number;
  /** The shell exited (`exit`, or Ctrl-D on an empty line). */
  onExit?(code: number): void;
  /** A prompt was drawn and the terminal waits for input. */
  onPrompt?(): void;
  /** A command line finished (after its output, before the next prompt). */
  onCommandDone?(line: string, status: number): void;
}

const CLEAR_SCREEN = '\x1b[H\x1b[2J\x1b[3J';

export class TerminalSession {
  private readonly editor: LineEditor;
  private columns: number;
  private pending: string[] = [];
  private running: AbortController | null = null;
  private typedAhead = '';
  private disposed = false;

  constructor(
    private readonly shell: Shell,
    private readonly options: TerminalOptions,
  ) {
    this.columns = options.columns ?? 80;
    this.editor = new LineEditor({
      write: (data) => this.write(data),
      history: shell.history,
      columns: this.columns,
      complete: (line, cursor) => complete(line, cursor, shell.registry, { cwd: shell.cwd, fs: shell.fs, world: shell.world, env: shell.env }, shell.aliases),
    });
  }

  get busy(): boolean {
    return this.running !== null;
  }

  start(): void {
    this.showPrompt();
  }

  input(data: string): void {
    if (this.disposed) return;
    if (this.running) {
      const interrupt = data.indexOf('\x03');
      if (interrupt >= 0) {
        this.running.abort();
        this.typedAhead = '';
      } else {
        this.typedAhead += data;
      }
      return;
    }
    for (const action of this.editor.feed(data)) {
      if (action.type === 'submit') void this.submit(action.line);
      else if (action.type === 'interrupt') {
        this.pending = [];
        this.shell.lastStatus = 130;
        this.showPrompt();
      } else if (action.type === 'eof') {
        if (this.pending.length === 0) {
          this.write('exit\r\n');
          this.options.onExit?.(this.shell.lastStatus);
        } else {
          // Ctrl-D inside an unfinished command: bash reports the unexpected end of file.
          const script = this.pending.join('\n');
          this.pending = [];
          void this.execute(script);
        }
      } else if (action.type === 'clear') {
        this.write(CLEAR_SCREEN);
        this.editor.redraw();
      }
    }
  }

  /** Draw the prompt and the line being edited again, after the host printed something. */
  redraw(): void {
    if (!this.running) this.editor.redraw();
  }

  resize(columns: number, _rows: number): void {
    this.columns = columns;
    this.editor.resize(columns);
  }

  dispose(): void {
    this.disposed = true;
    this.running?.abort();
  }

  private write(data: string): void {
    if (!this.disposed) this.options.write(data);
  }

  private prompt(): string {
    if (this.pending.length > 0) return '> ';
    const home = this.shell.env.get('HOME') ?? '';
    const cwd = this.shell.cwd;
    const where = cwd === home ? '~' : home && cwd.startsWith(home + '/') ? '~' + cwd.slice(home.length) : cwd;
    const user = `${this.shell.env.get('USER') ?? 'learner'}@${this.shell.env.get('HOSTNAME') ?? 'workstation'}`;
    if (!this.options.color) return `${user}:${where}$ `;
    return `\x1b[1;32m${user}\x1b[0m:\x1b[1;34m${where}\x1b[0m$ `;
  }

  private showPrompt(): void {
    this.editor.begin(this.prompt());
    this.options.onPrompt?.();
    const ahead = this.editor.queued + this.typedAhead;
    this.editor.queued = '';
    this.typedAhead = '';
    if (ahead) this.input(ahead);
  }

  private terminalStream(): OutputStream {
    return {
      isTTY: true,
      columns: this.columns,
      write: (text) => this.write(text.replace(/\r?\n/g, '\r\n')),
    };
  }

  private async submit(line: string): Promise<void> {
    this.pending.push(line);
    const script = this.pending.join('\n');
    if (isIncomplete(script)) {
      this.showPrompt();
      return;
    }
    this.pending = [];
    if (script.trim() === '') {
      this.showPrompt();
      return;
    }
    this.shell.history.push(script);
    await this.execute(script);
  }

  /** Run a complete script with the terminal as its output, then show the next prompt. */
  private async execute(script: string): Promise<void> {
    this.running = new AbortController();
    const stream = this.terminalStream();
    let exited: number | null = null;
    const status = await this.shell.run(script, {
      stdout: stream,
      stderr: stream,
      signal: this.running.signal,
      clearScreen: () => this.write(CLEAR_SCREEN),
      onExit: (code) => {
        exited = code;
      },
    });
    const aborted = this.running.signal.aborted;
    this.running = null;
    if (aborted) {
      this.write('^C\r\n');
      this.shell.lastStatus = 130;
    }
    this.options.onCommandDone?.(script, aborted ? 130 : status);
    if (exited !== null) {
      this.options.onExit?.(exited);
      return;
    }
    this.showPrompt();
  }
}
