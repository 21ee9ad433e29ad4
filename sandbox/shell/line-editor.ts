/**
 * The line editor behind the terminal prompt: raw keystrokes in (as xterm.js or a
 * raw-mode TTY sends them), edits and the escape sequences that draw them out.
 * Pure logic: it writes through a callback and reports what the user did.
 */
import { commonPrefix, type Completion } from './completion.ts';

export type EditorAction = { type: 'submit'; line: string } | { type: 'interrupt' } | { type: 'eof' } | { type: 'clear' };

export interface LineEditorOptions {
  write(data: string): void;
  history: string[];
  complete(line: string, cursor: number): Completion;
  columns?: number;
}

const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;

export function visibleWidth(text: string): number {
  return [...text.replace(ANSI, '')].length;
}

export class LineEditor {
  private buffer = '';
  private cursor = 0;
  private prompt = '';
  private historyIndex = 0;
  private draft = '';
  private lastKeyWasTab = false;
  /** Row of the terminal cursor relative to the prompt's first row. */
  private cursorRow = 0;
  private columns: number;
  private pendingEscape = '';

  constructor(private readonly options: LineEditorOptions) {
    this.columns = options.columns ?? 80;
  }

  get line(): string {
    return this.buffer;
  }

  resize(columns: number): void {
    this.columns = Math.max(10, columns);
  }

  /** Start a fresh line after `prompt` (already positioned at column 0). */
  begin(prompt: string): void {
    this.prompt = prompt;
    this.buffer = '';
    this.cursor = 0;
    this.cursorRow = 0;
    this.historyIndex = this.options.history.length;
    this.draft = '';
    this.options.write(prompt);
  }

  /** Redraw the prompt and the line, e.g. after the screen was cleared. */
  redraw(): void {
    this.cursorRow = 0;
    this.render(true);
  }

  feed(data: string): EditorAction[] {
    const actions: EditorAction[] = [];
    let input = this.pendingEscape + data;
    this.pendingEscape = '';
    while (input.length > 0) {
      const match = /^\x1b(\[[0-9;]*[A-Za-z~]|O[A-Za-z]|[bfd]|\x7f)/.exec(input);
      if (input[0] === '\x1b' && !match) {
        if (input.length < 6 && /^\x1b(\[[0-9;]*|O)?$/.test(input)) {
          this.pendingEscape = input;
          break;
        }
        input = input.slice(1);
        continue;
      }
      // A pasted CRLF is one Enter, not an Enter and an empty line.
      const key = match ? match[0] : input.startsWith('\r\n') ? '\r\n' : input[0];
      input = input.slice(key.length);
      const action = this.key(key);
      if (key !== '\t') this.lastKeyWasTab = false;
      if (action) actions.push(action);
      if (action?.type === 'submit' || action?.type === 'interrupt' || action?.type === 'eof') {
        if (input.length > 0) actions.push(...this.replayAfterSubmit(input));
        break;
      }
    }
    return actions;
  }

  /** Keys that arrive after Enter in the same chunk (a paste) wait for the next prompt. */
  private replayAfterSubmit(rest: string): EditorAction[] {
    this.queued = rest;
    return [];
  }

  /** Text typed ahead of the prompt; the terminal session feeds it back after the prompt. */
  queued = '';

  private key(key: string): EditorAction | null {
    switch (key) {
      case '\r':
      case '\n':
      case '\r\n': {
        const line = this.buffer;
        this.moveToEnd();
        this.options.write('\r\n');
        return { type: 'submit', line };
      }
      case '\x03':
        this.moveToEnd();
        this.options.write('^C\r\n');
        return { type: 'interrupt' };
      case '\x04':
        if (this.buffer === '') return { type: 'eof' };
        this.deleteForward();
        return null;
      case '\x0c':
        return { type: 'clear' };
      case '\x7f':
      case '\b':
        if (this.cursor > 0) this.edit(this.buffer.slice(0, this.cursor - 1) + this.buffer.slice(this.cursor), this.cursor - 1);
        return null;
      case '\x1b[3~':
        this.deleteForward();
        return null;
      case '\x01':
      case '\x1b[H':
      case '\x1bOH':
      case '\x1b[1~':
        this.edit(this.buffer, 0);
        return null;
      case '\x05':
      case '\x1b[F':
      case '\x1bOF':
      case '\x1b[4~':
        this.edit(this.buffer, this.buffer.length);
        return null;
      case '\x02':
      case '\x1b[D':
      case '\x1bOD':
        this.edit(this.buffer, Math.max(0, this.cursor - 1));
        return null;
      case '\x06':
      case '\x1b[C':
      case '\x1bOC':
        this.edit(this.buffer, Math.min(this.buffer.length, this.cursor + 1));
        return null;
      case '\x1bb':
      case '\x1b[1;5D':
        this.edit(this.buffer, this.wordStart(this.cursor));
        return null;
      case '\x1bf':
      case '\x1b[1;5C': {
        const rest = /^\s*\S*/.exec(this.buffer.slice(this.cursor))![0];
        this.edit(this.buffer, this.cursor + rest.length);
        return null;
      }
      case '\x15':
        this.edit(this.buffer.slice(this.cursor), 0);
        return null;
      case '\x0b':
        this.edit(this.buffer.slice(0, this.cursor), this.cursor);
        return null;
      case '\x17':
      case '\x1b\x7f': {
        const start = this.wordStart(this.cursor);
        this.edit(this.buffer.slice(0, start) + this.buffer.slice(this.cursor), start);
        return null;
      }
      case '\x10':
      case '\x1b[A':
      case '\x1bOA':
        this.historyStep(-1);
        return null;
      case '\x0e':
      case '\x1b[B':
      case '\x1bOB':
        this.historyStep(1);
        return null;
      case '\t':
        this.tab();
        this.lastKeyWasTab = true;
        return null;
      default:
        if (key.length === 1 && key >= ' ' && key !== '\x7f') {
          this.edit(this.buffer.slice(0, this.cursor) + key + this.buffer.slice(this.cursor), this.cursor + 1);
        }
        return null;
    }
  }

  private wordStart(from: number): number {
    let i = from;
    while (i > 0 && this.buffer[i - 1] === ' ') i--;
    while (i > 0 && this.buffer[i - 1] !== ' ') i--;
    return i;
  }

  private deleteForward(): void {
    if (this.cursor < this.buffer.length) this.edit(this.buffer.slice(0, this.cursor) + this.buffer.slice(this.cursor + 1), this.cursor);
  }

  private historyStep(direction: number): void {
    const history = this.options.history;
    const next = this.historyIndex + direction;
    if (next < 0 || next > history.length) return;
    if (this.historyIndex === history.length) this.draft = this.buffer;
    this.historyIndex = next;
    const line = next === history.length ? this.draft : history[next];
    this.edit(line, line.length);
  }

  private tab(): void {
    const { start, candidates } = this.options.complete(this.buffer, this.cursor);
    if (candidates.length === 0) {
      this.options.write('\x07');
      return;
    }
    const word = this.buffer.slice(start, this.cursor);
    if (candidates.length === 1) {
      const [only] = candidates;
      const suffix = only.endsWith('/') ? '' : ' ';
      this.replaceWord(start, only + suffix);
      return;
    }
    const prefix = commonPrefix(candidates);
    if (prefix.length > word.length) {
      this.replaceWord(start, prefix);
      return;
    }
    if (!this.lastKeyWasTab) {
      this.options.write('\x07');
      return;
    }
    this.moveToEnd();
    // List names as bash does: without their directory, quotes or backslashes.
    const names = candidates.map((c) => c.replace(/^["']/, '').replace(/\\(.)/g, '$1').replace(/.*\/(?=.)/, ''));
    this.options.write('\r\n' + this.columnsOf(names) + '\r\n');
    this.cursorRow = 0;
    this.render(true);
  }

  private replaceWord(start: number, replacement: string): void {
    this.edit(this.buffer.slice(0, start) + replacement + this.buffer.slice(this.cursor), start + replacement.length);
  }

  /** Candidates in columns, filled top to bottom like bash lists them. */
  private columnsOf(items: string[]): string {
    const width = Math.max(...items.map((i) => i.length)) + 2;
    const perRow = Math.max(1, Math.floor(this.columns / width));
    const rowCount = Math.ceil(items.length / perRow);
    const rows: string[] = [];
    for (let r = 0; r < rowCount; r++) {
      const cells: string[] = [];
      for (let i = r; i < items.length; i += rowCount) cells.push(items[i].padEnd(width));
      rows.push(cells.join('').trimEnd());
    }
    return rows.join('\r\n');
  }

  private edit(buffer: string, cursor: number): void {
    const appended = buffer.length === this.buffer.length + 1 && buffer.startsWith(this.buffer) && this.cursor === this.buffer.length && cursor === buffer.length;
    const width = visibleWidth(this.prompt) + buffer.length;
    this.buffer = buffer;
    this.cursor = cursor;
    // Typing at the end of a line that does not wrap: just echo the character.
    if (appended && width % this.columns !== 0) {
      this.cursorRow = Math.floor(width / this.columns);
      this.options.write(buffer[buffer.length - 1]);
      return;
    }
    this.render(false);
  }

  private moveToEnd(): void {
    if (this.cursor === this.buffer.length) return;
    this.cursor = this.buffer.length;
    this.render(false);
  }

  /** Redraw prompt + buffer and put the terminal cursor where the edit cursor is. */
  private render(fresh: boolean): void {
    let out = '';
    if (!fresh && this.cursorRow > 0) out += `\x1b[${this.cursorRow}A`;
    out += '\r\x1b[J' + this.prompt + this.buffer;
    const promptWidth = visibleWidth(this.prompt);
    const total = promptWidth + this.buffer.length;
    let endRow = Math.floor(total / this.columns);
    if (total > 0 && total % this.columns === 0) out += '\r\n';
    const target = promptWidth + this.cursor;
    const targetRow = Math.floor(target / this.columns);
    const targetCol = target % this.columns;
    if (endRow > targetRow) out += `\x1b[${endRow - targetRow}A`;
    endRow = targetRow;
    out += '\r' + (targetCol > 0 ? `\x1b[${targetCol}C` : '');
    this.cursorRow = targetRow;
    this.options.write(out);
  }
}
