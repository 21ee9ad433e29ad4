/** The shell end to end: parsing, expansion, redirections, pipelines, status and the virtual clock. */
import { describe, expect, it } from 'vitest';
import { parseScript, isIncomplete } from './parser.ts';
import { bufferedOutput } from './streams.ts';
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

  it('prints --help for every command (echo and test treat --help as an argument, so `help NAME`)', async () => {
    const shell = testShell();
    for (const name of shell.registry.names()) {
      const result = await shell.run(shell.registry.get(name)!.handlesHelp ? `help ${name}` : `${name} --help`);
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

  it('reconciles the world after every simple command, and ticks once per top-level line', async () => {
    const t = testShell();
    let reconciles = 0;
    const reconcile = t.world.reconcile.bind(t.world);
    t.world.reconcile = () => {
      reconciles++;
      reconcile();
    };
    const start = t.world.clock.now();
    await t.run('true | true && echo $(true)\nfor i in 1 2 3; do true; done');
    // true, true, echo, the substitution's true, three loop iterations, and each line's tick.
    expect(reconciles).toBe(7 + 2);
    expect(t.world.clock.now() - start).toBe(2000);
  });

  it('stops a script, and an endless loop, when the signal aborts', async () => {
    const t = testShell();
    const controller = new AbortController();
    const stdout = bufferedOutput();
    const running = t.shell.run('while true; do :; done; echo after', { stdout, stderr: bufferedOutput(), signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    expect(await running).toBe(130);
    expect(stdout.text()).toBe('');
  });

  it('runs pipelines stage by stage, each stage reading the previous one\'s output', async () => {
    const t = testShell({ 'list.txt': 'b\na\nc\na\n' });
    expect((await t.run('cat list.txt | sort | uniq -c | sort -rn | head -n 1')).stdout).toBe('      2 a\n');
    expect((await t.run('echo unused | echo second')).stdout).toBe('second\n');
  });

  it('gives a compound command its redirections and piped input', async () => {
    const t = testShell();
    expect((await t.run('{ echo a; nosuch; } 2>/dev/null | wc -l')).stdout).toBe('1\n');
    expect((await t.run('echo piped | { cat; echo done; }')).stdout).toBe('piped\ndone\n');
    expect((await t.run('for i in 1 2; do echo $i; done > out; cat out')).stdout).toBe('1\n2\n');
  });

  it('passes --help to commands that parse it themselves', async () => {
    const t = testShell();
    const seen: string[][] = [];
    t.registry.register({ name: 'own', summary: '', help: 'generic', handlesHelp: true, run: ({ argv }) => (seen.push(argv), 0) });
    expect((await t.run('own --help')).stdout).toBe('');
    expect(seen).toEqual([['own', '--help']]);
    expect((await t.run('cat --help')).stdout).toMatch(/^Usage: cat \[OPTION\]\.\.\. \[FILE\]\.\.\./);
  });
});
