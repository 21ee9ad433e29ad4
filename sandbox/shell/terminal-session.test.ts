import { describe, expect, it } from 'vitest';
import { TerminalSession } from './terminal-session.ts';
import { testShell } from './test-shell.ts';

/** Strip ANSI sequences and carriage returns: what a person would read. */
function visible(text: string): string {
  return text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').replace(/\r/g, '');
}

function session(files: Record<string, string> = {}) {
  const t = testShell(files);
  let out = '';
  let prompts = 0;
  let exitCode: number | null = null;
  const term = new TerminalSession(t.shell, {
    write: (data) => (out += data),
    onPrompt: () => prompts++,
    onExit: (code) => (exitCode = code),
  });
  term.start();
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    ...t,
    term,
    async type(data: string) {
      term.input(data);
      await settle();
      await settle();
    },
    output: () => out,
    lastLine: () => visible(out).split('\n').at(-1) ?? '',
    prompts: () => prompts,
    exitCode: () => exitCode,
    clear: () => (out = ''),
  };
}

describe('terminal session', () => {
  it('shows a prompt, runs a line and shows the next prompt', async () => {
    const s = session();
    expect(s.lastLine()).toBe('learner@workstation:~$ ');
    await s.type('echo hello\r');
    expect(visible(s.output())).toContain('echo hello\nhello\nlearner@workstation:~$ ');
    expect(s.output()).toContain('hello\r\n');
    expect(s.prompts()).toBe(2);
  });

  it('edits the line: cursor moves, backspace, Ctrl-U, Ctrl-W, Ctrl-A/E', async () => {
    const s = session();
    await s.type('echo wrld\x1b[D\x1b[D\x1b[Do\r');
    expect(visible(s.output())).toContain('\nworld\n');
    await s.type('garbage\x15echo ok\r');
    expect(visible(s.output())).toContain('\nok\n');
    await s.type('echo one two\x17three\r');
    expect(visible(s.output())).toContain('\none three\n');
    await s.type('cho front\x01e\x05!\r');
    expect(visible(s.output())).toContain('\nfront!\n');
    await s.type('echo abcd\x7f\x7f\r');
    expect(visible(s.output())).toContain('\nab\n');
  });

  it('walks history with the arrows and keeps the draft', async () => {
    const s = session();
    await s.type('echo first\r');
    await s.type('echo second\r');
    await s.type('draft\x1b[A\x1b[A\x1b[B');
    s.clear();
    await s.type('\r');
    expect(visible(s.output())).toContain('second\n');
    await s.type('\x1b[A\x1b[A\x1b[A\x1b[B\x1b[B\x1b[B');
    expect(s.term['editor'].line).toBe('');
  });

  it('Ctrl-C abandons the line and sets $? to 130', async () => {
    const s = session();
    await s.type('echo never\x03');
    expect(visible(s.output())).toContain('echo never^C\n');
    s.clear();
    await s.type('echo $?\r');
    expect(visible(s.output())).toContain('130\n');
  });

  it('continues an unfinished line with a > prompt', async () => {
    const s = session();
    await s.type('echo "one\r');
    expect(s.lastLine()).toBe('> ');
    await s.type('two"\r');
    expect(visible(s.output())).toContain('one\ntwo\n');
    await s.type('cat <<EOF\r');
    await s.type('body\rEOF\r');
    expect(visible(s.output())).toContain('\nbody\n');
  });

  it('runs every line of a paste in order', async () => {
    const s = session();
    await s.type('echo a\recho b\r');
    expect(visible(s.output())).toMatch(/a\n[\s\S]*b\n/);
  });

  it('completes commands and paths with Tab', async () => {
    const s = session({ 'namespace.yaml': '', 'pod.yaml': 'kind: Pod\n', manifests: null as unknown as string });
    await s.type('ku');
    await s.type('\t');
    expect(s.term['editor'].line).toBe('ku');
    s.term.input('\x15');
    await s.type('ca\t');
    expect(s.term['editor'].line).toBe('cat ');
    await s.type('po\t');
    expect(s.term['editor'].line).toBe('cat pod.yaml ');
    await s.type('\x15ls ma\t');
    expect(s.term['editor'].line).toBe('ls manifests/');
  });

  it('lists candidates on a second Tab', async () => {
    const s = session({ 'alpha.yaml': '', 'alpine.yaml': '' });
    await s.type('cat al\t');
    expect(s.term['editor'].line).toBe('cat alp');
    s.clear();
    await s.type('\t\t');
    expect(visible(s.output())).toMatch(/alpha\.yaml +alpine\.yaml/);
  });

  it('clears the screen with Ctrl-L and clear', async () => {
    const s = session();
    s.clear();
    await s.type('\x0c');
    expect(s.output()).toContain('\x1b[2J');
    s.clear();
    await s.type('clear\r');
    expect(s.output()).toContain('\x1b[2J');
  });

  it('exits on exit and on Ctrl-D at an empty line', async () => {
    const s = session();
    await s.type('exit 3\r');
    expect(s.exitCode()).toBe(3);
    const t = session();
    await t.type('\x04');
    expect(t.exitCode()).toBe(0);
  });
});
