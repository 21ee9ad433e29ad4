import { describe, expect, it } from 'vitest';
import { parseScript, isIncomplete } from './parser.ts';
import { testShell } from './test-shell.ts';

describe('parser', () => {
  it('splits lists, pipelines and and-or chains', () => {
    const script = parseScript('a | b && c || d; e\nf');
    expect(script.lists).toHaveLength(3);
    expect(script.lists[0].first.commands).toHaveLength(2);
    expect(script.lists[0].rest.map((r) => r.operator)).toEqual(['&&', '||']);
    expect(script.lists.map((l) => l.endsLine)).toEqual([false, true, true]);
  });

  it('reads heredoc bodies after the line that opens them', () => {
    const [list] = parseScript("cat <<'EOF' > out\nline $X\nEOF\n").lists;
    const redirect = list.first.commands[0].redirects[0];
    expect(redirect.heredoc).toEqual({ body: 'line $X\n', expand: false });
  });

  it('knows when input is incomplete', () => {
    expect(isIncomplete('echo "open')).toBe(true);
    expect(isIncomplete("echo 'open")).toBe(true);
    expect(isIncomplete('ls |')).toBe(true);
    expect(isIncomplete('true &&')).toBe(true);
    expect(isIncomplete('cat <<EOF\nbody')).toBe(true);
    expect(isIncomplete('echo done')).toBe(false);
    expect(isIncomplete('echo a\\')).toBe(true);
  });
});

describe('shell', () => {
  const cases: [string, string, number?][] = [
    ['echo hello | wc -c', '6\n'],
    ['echo "a  b"   c', 'a  b c\n'],
    ["echo 'single $HOME' \"double $HOME\"", 'single $HOME double /home/learner\n'],
    ['X=1; echo $X ${X} ${Y:-fallback} ${#HOME}', '1 1 fallback 13\n'],
    ['echo $(echo inner) `echo back`', 'inner back\n'],
    ['false; echo $?', '1\n'],
    ['true && echo yes || echo no', 'yes\n'],
    ['false && echo yes || echo no', 'no\n'],
    ['! false && echo negated', 'negated\n'],
    ['V="a b"; for_word() { :; }', '', 2],
    ['echo one # a comment', 'one\n'],
    ['Y=2 env | grep ^Y=', 'Y=2\n'],
    ['cat <<EOF\nhello $USER\nEOF', 'hello learner\n'],
    ["cat <<'EOF'\nhello $USER\nEOF", 'hello $USER\n'],
    ['cat <<< "here string"', 'here string\n'],
    ['echo a > f; echo b >> f; cat f', 'a\nb\n'],
    ['nosuch 2>&1 | wc -l', '1\n'],
    ['echo err 1>&2 2>/dev/null', ''],
    ['cd /tmp && pwd', '/tmp\n'],
    ['echo ~ ~/x', '/home/learner /home/learner/x\n'],
  ];
  it.each(cases)('%j', async (script, stdout, status = 0) => {
    const result = await testShell().run(script);
    expect(result.stdout).toBe(stdout);
    expect(result.status).toBe(status);
  });

  it('reports unknown commands like bash, with status 127', async () => {
    const result = await testShell().run('foo --bar');
    expect(result).toEqual({ status: 127, stdout: '', stderr: 'bash: foo: command not found\n' });
  });

  it('reports syntax errors like bash', async () => {
    expect((await testShell().run('echo |')).stderr).toBe('bash: syntax error: unexpected end of file\n');
    expect((await testShell().run('| echo')).stderr).toBe("bash: syntax error near unexpected token `|'\n");
    expect((await testShell().run('echo "x')).stderr).toContain("unexpected EOF while looking for matching `\"'");
  });

  it('globs against the file system and leaves unmatched patterns alone', async () => {
    const shell = testShell({ 'a.yaml': '', 'b.yaml': '', 'c.txt': '', '.hidden.yaml': '' });
    expect((await shell.run('echo *.yaml')).stdout).toBe('a.yaml b.yaml\n');
    expect((await shell.run('echo *.json')).stdout).toBe('*.json\n');
    expect((await shell.run('echo "*.yaml"')).stdout).toBe('*.yaml\n');
    expect((await shell.run('echo ?.txt')).stdout).toBe('c.txt\n');
  });

  it('splits unquoted expansions into fields but not quoted ones', async () => {
    const shell = testShell();
    await shell.run('LIST="one two  three"');
    expect((await shell.run('printf "[%s]" $LIST')).stdout).toBe('[one][two][three]');
    expect((await shell.run('printf "[%s]" "$LIST"')).stdout).toBe('[one two  three]');
    expect((await shell.run('printf "[%s]" $EMPTY ""')).stdout).toBe('[]');
  });

  it('keeps cwd and variables between runs, and exports to children', async () => {
    const shell = testShell({ 'dir/file': 'x' });
    await shell.run('cd dir; export GREETING=hi');
    expect((await shell.run('pwd; echo $GREETING; bash -c "echo \\$GREETING"')).stdout).toBe('/home/learner/dir\nhi\nhi\n');
  });

  it('redirection errors do not run the command', async () => {
    const result = await testShell().run('cat < missing.txt; echo after');
    expect(result.stderr).toBe('bash: missing.txt: No such file or directory\n');
    expect(result.stdout).toBe('after\n');
  });

  it('prints --help for every command (bash\'s echo prints its arguments, so `help echo`)', async () => {
    const shell = testShell();
    for (const name of shell.registry.names()) {
      const result = await shell.run(name === 'echo' ? 'help echo' : `${name} --help`);
      expect(result.status, name).toBe(0);
      expect(result.stdout.length, name).toBeGreaterThan(10);
    }
  });

  it('a command that throws does not take the shell down', async () => {
    const shell = testShell();
    shell.registry.register({ name: 'boom', summary: '', help: 'boom', run: () => { throw new Error('kaput'); } });
    const result = await shell.run('boom; echo still here');
    expect(result.stderr).toBe('bash: boom: internal error: kaput\n');
    expect(result.stdout).toBe('still here\n');
  });

  it('moves the virtual clock one second per line, and sleep moves it further', async () => {
    const shell = testShell();
    const start = shell.world.clock.now();
    await shell.run('true; true\ntrue');
    expect(shell.world.clock.now() - start).toBe(2000);
    await shell.run('sleep 1.5');
    expect(shell.world.clock.now() - start).toBe(4500);
  });
});
