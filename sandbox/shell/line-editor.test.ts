/** The line editor as pure logic: keystrokes in, the edited line, actions and escape sequences out. */
import { describe, expect, it } from 'vitest';
import type { Completion } from './completion.ts';
import { LineEditor, visibleWidth } from './line-editor.ts';

const LEFT = '\x1b[D';
const RIGHT = '\x1b[C';
const UP = '\x1b[A';
const DOWN = '\x1b[B';
const HOME = '\x1b[H';
const END = '\x1b[F';
const DELETE = '\x1b[3~';
const BACKSPACE = '\x7f';

function editor(options: { history?: string[]; complete?: (line: string, cursor: number) => Completion; columns?: number } = {}) {
  let written = '';
  const ed = new LineEditor({
    write: (data) => (written += data),
    history: options.history ?? [],
    complete: options.complete ?? (() => ({ start: 0, candidates: [] })),
    columns: options.columns,
  });
  ed.begin('$ ');
  return {
    ed,
    feed: (data: string) => ed.feed(data),
    cursor: () => (ed as unknown as { cursor: number }).cursor,
    output: () => written,
    reset: () => (written = ''),
  };
}

describe('line editor', () => {
  it('draws the prompt and echoes typed characters as they are', () => {
    const e = editor();
    expect(e.feed('ls -l')).toEqual([]);
    expect(e.ed.line).toBe('ls -l');
    expect(e.output()).toBe('$ ls -l');
  });

  it('inserts in the middle and redraws the line with the cursor in place', () => {
    const e = editor();
    e.feed('ac');
    e.reset();
    e.feed(LEFT);
    expect(e.output()).toBe('\r\x1b[J$ ac\r\x1b[3C');
    e.feed('b');
    expect(e.ed.line).toBe('abc');
    expect(e.cursor()).toBe(2);
  });

  it('moves with Home/End, Ctrl-A/Ctrl-E and the arrows without leaving the line', () => {
    const e = editor();
    e.feed('middle');
    e.feed(HOME + '[' + END + ']');
    expect(e.ed.line).toBe('[middle]');
    e.feed('\x01<\x05>');
    expect(e.ed.line).toBe('<[middle]>');
    e.feed(LEFT.repeat(50) + RIGHT);
    expect(e.cursor()).toBe(1);
  });

  it('deletes with Backspace, Delete and Ctrl-D inside the line', () => {
    const e = editor();
    e.feed('abcdef' + BACKSPACE + LEFT + LEFT + DELETE + HOME + '\x04');
    expect(e.ed.line).toBe('bce');
    e.feed(HOME + BACKSPACE);
    expect(e.ed.line).toBe('bce');
  });

  it('kills with Ctrl-U (before), Ctrl-K (after) and Ctrl-W / Alt-Backspace (previous word)', () => {
    const e = editor();
    e.feed('kubectl get pods' + LEFT.repeat(5) + '\x0b');
    expect(e.ed.line).toBe('kubectl get');
    e.feed('\x17');
    expect(e.ed.line).toBe('kubectl ');
    e.feed('x y\x1b\x7f');
    expect(e.ed.line).toBe('kubectl x ');
    e.feed(LEFT + '\x15');
    expect(e.ed.line).toBe(' ');
    expect(e.cursor()).toBe(0);
  });

  it('submits on Enter (CR, LF or a pasted CRLF) and keeps the rest of a paste for later', () => {
    const e = editor();
    expect(e.feed('echo a\r')).toEqual([{ type: 'submit', line: 'echo a' }]);
    expect(e.output().endsWith('\r\n')).toBe(true);
    e.ed.begin('$ ');
    expect(e.feed('one\r\ntwo\rthree')).toEqual([{ type: 'submit', line: 'one' }]);
    expect(e.ed.queued).toBe('two\rthree');
  });

  it('walks history with ↑/↓ and gives back the line being edited', () => {
    const e = editor({ history: ['first', 'second'] });
    e.feed('draft');
    e.feed(UP);
    expect(e.ed.line).toBe('second');
    e.feed(UP + UP + UP);
    expect(e.ed.line).toBe('first');
    e.feed(DOWN + DOWN);
    expect(e.ed.line).toBe('draft');
    e.feed(DOWN);
    expect(e.ed.line).toBe('draft');
  });

  it('reports Ctrl-C, Ctrl-L and Ctrl-D on an empty line as actions', () => {
    const e = editor();
    e.feed('half');
    expect(e.feed('\x03')).toEqual([{ type: 'interrupt' }]);
    expect(e.output().endsWith('half^C\r\n')).toBe(true);
    e.ed.begin('$ ');
    expect(e.feed('\x0c')).toEqual([{ type: 'clear' }]);
    expect(e.feed('\x04')).toEqual([{ type: 'eof' }]);
  });

  it('waits for the rest of an escape sequence split across chunks, and ignores unknown ones', () => {
    const e = editor();
    e.feed('ab\x1b');
    e.feed('[');
    e.feed('D');
    expect(e.cursor()).toBe(1);
    e.feed('\x1b[200~x\x1b[201~\x1b[15~');
    expect(e.ed.line).toBe('axb');
  });

  it('completes a single candidate inline with a space, a directory with its slash', () => {
    const candidates: Record<string, string[]> = { 'cat po': ['pod.yaml'], 'ls ma': ['manifests/'] };
    const e = editor({ complete: (line) => ({ start: line.lastIndexOf(' ') + 1, candidates: candidates[line] ?? [] }) });
    e.feed('cat po\t');
    expect(e.ed.line).toBe('cat pod.yaml ');
    e.feed('\x15ls ma\t');
    expect(e.ed.line).toBe('ls manifests/');
  });

  it('completes the common prefix; when there is none to add, rings the bell, then lists on a second Tab', () => {
    const e = editor({ complete: () => ({ start: 4, candidates: ['alpha.yaml', 'alpine.yaml'] }) });
    e.feed('cat a\t');
    expect(e.ed.line).toBe('cat alp');
    e.feed('\x15cat alp');
    e.reset();
    e.feed('\t');
    expect(e.output()).toBe('\x07');
    e.reset();
    e.feed('\t');
    expect(e.output()).toContain('\r\nalpha.yaml   alpine.yaml\r\n');
    expect(e.output()).toMatch(/\$ cat alp\r\x1b\[9C$/);
  });

  it('moves the terminal cursor across wrapped rows', () => {
    const e = editor({ columns: 10 });
    e.feed('0123456789abc');
    e.reset();
    e.feed(HOME);
    // Up one row from the end (row 1) to the prompt row, then to column 2.
    expect(e.output()).toBe('\x1b[1A\r\x1b[J$ 0123456789abc\x1b[1A\r\x1b[2C');
  });

  it('lists many candidates in columns, top to bottom', () => {
    const names = ['a1', 'a2', 'a3', 'a4', 'a5'];
    const e = editor({ columns: 12, complete: () => ({ start: 0, candidates: names }) });
    e.feed('a\t');
    e.reset();
    e.feed('\t');
    expect(e.output()).toContain('\r\na1  a3  a5\r\na2  a4\r\n');
  });

  it('measures prompts without their colour codes', () => {
    expect(visibleWidth('\x1b[1;32muser\x1b[0m:~$ ')).toBe(8);
  });
});
