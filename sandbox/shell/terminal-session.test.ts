/** The interactive terminal: prompt, line editing through the session, continuation, Ctrl-C, typed-ahead keys. */
import { describe, expect, it } from 'vitest';
import { TerminalSession } from './terminal-session.ts';
import { testShell } from './test-shell.ts';

/** Strip ANSI sequences and carriage returns: what a person would read. */
function visible(text: string): string {
  return text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').replace(/\r/g, '');
}

function session(files: Record<string, string> = {}, options: { color?: boolean } = {}) {
  const t = testShell(files);
  let out = '';
  let prompts = 0;
  let exitCode: number | null = null;
  const term = new TerminalSession(t.shell, {
    write: (data) => (out += data),
    onPrompt: () => prompts++,
    onExit: (code) => (exitCode = code),
    color: options.color,
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

  it('colours the prompt and shows the working directory relative to ~', async () => {
    const s = session({ 'k8s/x': '' }, { color: true });
    expect(s.output()).toBe('\x1b[1;32mlearner@workstation\x1b[0m:\x1b[1;34m~\x1b[0m$ ');
    await s.type('cd k8s\r');
    expect(s.lastLine()).toBe('learner@workstation:~/k8s$ ');
    await s.type('cd /tmp\r');
    expect(s.lastLine()).toBe('learner@workstation:/tmp$ ');
  });

  it('writes command output with CRLF line ends', async () => {
    const s = session({ 'two.txt': 'a\nb\n' });
    s.clear();
    await s.type('cat two.txt\r');
    expect(s.output()).toContain('a\r\nb\r\n');
    expect(s.output()).not.toMatch(/[^\r]\n/);
  });

  it('Ctrl-C aborts a running command: ^C, status 130, and typed-ahead keys are dropped', async () => {
    const s = session();
    s.registry.register({
      name: 'block',
      summary: '',
      help: 'block',
      run: ({ signal }) => new Promise((resolve) => signal.addEventListener('abort', () => resolve(0))),
    });
    await s.type('block\r');
    expect(s.term.busy).toBe(true);
    await s.type('echo typed ahead');
    await s.type('\x03');
    expect(s.term.busy).toBe(false);
    expect(visible(s.output())).toMatch(/block\n\^C\nlearner@workstation:~\$ $/);
    await s.type('echo $?\r');
    expect(visible(s.output())).toContain('\n130\n');
  });

  it('runs keys typed while a command runs once it has finished', async () => {
    const s = session();
    let finish: () => void = () => {};
    s.registry.register({ name: 'slow', summary: '', help: 'slow', run: () => new Promise<number>((resolve) => (finish = () => resolve(0))) });
    await s.type('slow\r');
    await s.type('echo later\r');
    expect(visible(s.output())).not.toContain('later\n');
    finish();
    await s.type('');
    expect(visible(s.output())).toMatch(/slow\nlearner@workstation:~\$ echo later\nlater\n/);
  });

  it('sleep moves the virtual clock and can be interrupted', async () => {
    const s = session();
    const start = s.world.clock.now();
    await s.type('sleep 2m\r');
    while (s.term.busy) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(s.world.clock.now() - start).toBe(121_000);
    s.term.input('sleep 3600\r');
    s.term.input('\x03');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(s.world.clock.now() - start).toBeLessThan(121_000 + 3_600_000);
    expect(visible(s.output())).toContain('sleep 3600\n^C\n');
  });

  it('reports each prompt, and each finished command with its status', async () => {
    const t = testShell();
    const done: [string, number][] = [];
    let prompts = 0;
    const term = new TerminalSession(t.shell, { write: () => {}, onPrompt: () => prompts++, onCommandDone: (line, status) => done.push([line, status]) });
    term.start();
    term.input('false\r');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(done).toEqual([['false', 1]]);
    expect(prompts).toBe(2);
    expect(t.shell.history).toEqual(['false']);
  });

  it('Ctrl-D in a continuation line reports the unexpected end of file, like bash', async () => {
    const s = session();
    await s.type('echo "open\r');
    await s.type('\x04');
    expect(visible(s.output())).toContain("> bash: unexpected EOF while looking for matching `\"'\nlearner@workstation:~$ ");
    expect(s.exitCode()).toBe(null);
  });

  it('runs a multi-line paste with a heredoc and a loop', async () => {
    const s = session();
    await s.type('cat <<EOF > list\rb\ra\rEOF\rfor f in $(sort list); do\recho "item $f"\rdone\r');
    expect(visible(s.output())).toContain('item a\nitem b\n');
    expect(s.shell.isIncomplete('for f in 1; do')).toBe(true);
  });
});
