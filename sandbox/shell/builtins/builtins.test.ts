/** The shell builtins, each against what bash (or GNU) prints. */
import { describe, expect, it } from 'vitest';
import { bufferedOutput } from '../streams.ts';
import { testShell } from '../test-shell.ts';

describe('cd and pwd', () => {
  it('goes home with no argument or ~, back with cd -, and keeps PWD/OLDPWD', async () => {
    const t = testShell({ 'k8s/x': '' });
    expect((await t.run('cd k8s; cd; pwd; cd /tmp; cd ~; pwd')).stdout).toBe('/home/learner\n/home/learner\n');
    expect((await t.run('cd /tmp; cd -; echo $PWD $OLDPWD')).stdout).toBe('/home/learner\n/home/learner /tmp\n');
    expect(t.shell.cwd).toBe('/home/learner');
  });

  it('reports bad targets and too many arguments', async () => {
    const t = testShell({ 'file.txt': '' });
    expect(await t.run('cd nope')).toEqual({ status: 1, stdout: '', stderr: 'bash: cd: nope: No such file or directory\n' });
    expect((await t.run('cd file.txt')).stderr).toBe('bash: cd: file.txt: Not a directory\n');
    expect((await t.run('cd a b')).stderr).toBe('bash: cd: too many arguments\n');
  });
});

describe('echo and printf', () => {
  it('echo handles -n, -e and \\c, and prints --help as text', async () => {
    const t = testShell();
    expect((await t.run("echo -n a; echo -e 'b\\tc\\x41'; echo -e 'd\\ce'; echo; echo --help")).stdout).toBe('ab\tcA\nd\n--help\n');
  });

  it('printf reuses the format for extra arguments and pads like C', async () => {
    const t = testShell();
    expect((await t.run("printf '%s=%d\\n' a 1 b 2 c")).stdout).toBe('a=1\nb=2\nc=0\n');
    expect((await t.run("printf '[%5s][%-4s][%03d][%.2f][%x][%%]\\n' ab cd 7 3.14159 255")).stdout).toBe('[   ab][cd  ][007][3.14][ff][%]\n');
    expect((await t.run("printf '%b|%s\\n' 'a\\nb' 'a\\nb'")).stdout).toBe('a\nb|a\\nb\n');
  });

  it('printf complains about numbers and a missing format', async () => {
    const t = testShell();
    expect(await t.run("printf '%d\\n' x")).toEqual({ status: 1, stdout: '0\n', stderr: 'bash: printf: x: invalid number\n' });
    expect((await t.run('printf')).status).toBe(2);
  });
});

describe('environment', () => {
  it('export sets and lists; export NAME alone does not create a value', async () => {
    const t = testShell();
    await t.run('export GREETING="hi there" LONELY');
    expect(t.shell.env.get('GREETING')).toBe('hi there');
    expect(t.shell.env.has('LONELY')).toBe(false);
    expect((await t.run('export -p | grep GREETING')).stdout).toBe('declare -x GREETING="hi there"\n');
    expect((await t.run('export | grep -c "^declare -x"')).stdout).not.toBe('0\n');
    expect(await t.run('export 1x=2')).toEqual({ status: 1, stdout: '', stderr: "bash: export: `1x=2': not a valid identifier\n" });
  });

  it('unset removes variables; env prints and runs with extra variables', async () => {
    const t = testShell();
    expect((await t.run('X=1; unset X; echo "[$X]"')).stdout).toBe('[]\n');
    expect((await t.run('env | grep ^HOME=')).stdout).toBe('HOME=/home/learner\n');
    expect((await t.run('env A=1 B="x y" printf "%s|%s\\n" one two; echo "[$A]"')).stdout).toBe('one|two\n[]\n');
    expect((await t.run('env A=1 env | grep ^A=')).stdout).toBe('A=1\n');
  });
});

describe('session builtins', () => {
  it('history numbers the lines entered so far', async () => {
    const t = testShell();
    t.shell.history.push('ls', 'pwd', 'history');
    expect((await t.run('history')).stdout).toBe('    1  ls\n    2  pwd\n    3  history\n');
    expect((await t.run('history 1')).stdout).toBe('    3  history\n');
  });

  it('help lists builtins and commands with their summaries, or one command in full', async () => {
    const t = testShell();
    const all = (await t.run('help')).stdout;
    expect(all).toMatch(/^Shell builtins:\n[\s\S]*  cd +change the working directory\n[\s\S]*\nCommands:\n[\s\S]*  grep +print lines that match patterns\n/m);
    expect((await t.run('help cd')).stdout).toContain('cd: cd [dir]');
    expect(await t.run('help nope')).toMatchObject({ status: 1, stderr: expect.stringContaining("no help topics match `nope'") });
  });

  it('which finds commands as /usr/bin/NAME, not bash-only builtins', async () => {
    const t = testShell();
    expect(await t.run('which ls echo')).toEqual({ status: 0, stdout: '/usr/bin/ls\n/usr/bin/echo\n', stderr: '' });
    expect(await t.run('which cd nope')).toEqual({ status: 1, stdout: '', stderr: '' });
  });

  it('exit stops the script with a status (default: the last one)', async () => {
    const t = testShell();
    expect(await t.run('echo a; exit 4; echo b')).toEqual({ status: 4, stdout: 'a\n', stderr: '' });
    expect((await t.run('false; exit')).status).toBe(1);
    expect((await t.run('(exit 5); echo $?')).stdout).toBe('5\n');
    expect((await t.run('exit nope')).stderr).toBe('bash: exit: nope: numeric argument required\n');
  });

  it('clear asks the terminal to clear the screen', async () => {
    const t = testShell();
    let cleared = 0;
    await t.shell.run('clear', { stdout: bufferedOutput(), stderr: bufferedOutput(), clearScreen: () => cleared++ });
    expect(cleared).toBe(1);
  });

  it('sleep advances the virtual clock, with fractions and suffixes', async () => {
    const t = testShell();
    const start = t.world.clock.now();
    await t.shell.run('sleep 0.25 1m', { stdout: bufferedOutput(), stderr: bufferedOutput() });
    // 60.25 s of sleep plus the one second every command line takes.
    expect(t.world.clock.now() - start).toBe(61_250);
    expect(await t.run('sleep 5x')).toEqual({ status: 1, stdout: '', stderr: "sleep: invalid time interval '5x'\nTry 'sleep --help' for more information.\n" });
  });

  it('sleep stops when the signal is aborted', async () => {
    const t = testShell();
    const controller = new AbortController();
    const start = t.world.clock.now();
    const running = t.shell.run('sleep 100000; echo after', { stdout: bufferedOutput(), stderr: bufferedOutput(), signal: controller.signal });
    controller.abort();
    await running;
    expect(t.world.clock.now() - start).toBeLessThan(100_000_000);
  });

  it('true and false', async () => {
    const t = testShell();
    expect((await t.run('true; echo $?; false; echo $?')).stdout).toBe('0\n1\n');
  });
});

describe('alias and unalias', () => {
  it('defines, lists, uses and removes aliases', async () => {
    const t = testShell({ 'k8s/a.yaml': '' });
    expect(await t.run("alias ll='ls -1' e=echo; alias")).toEqual({ status: 0, stdout: "alias e='echo'\nalias ll='ls -1'\n", stderr: '' });
    expect((await t.run('ll k8s; e one two > out; cat out')).stdout).toBe('a.yaml\none two\n');
    expect((await t.run("alias ls='ls -1'; ls k8s")).stdout).toBe('a.yaml\n');
    expect((await t.run('echo $(e inner)')).stdout).toBe('inner\n');
    expect(await t.run('unalias e; e x')).toMatchObject({ status: 127, stderr: 'bash: e: command not found\n' });
    expect(await t.run('alias nope')).toEqual({ status: 1, stdout: '', stderr: 'bash: alias: nope: not found\n' });
    expect((await t.run("'ll'")).stderr).toBe('bash: ll: command not found\n');
  });
});

describe('test and [', () => {
  it.each([
    ['[ -f a.txt ]', 0],
    ['[ -d a.txt ]', 1],
    ['[ -d dir ]', 0],
    ['[ -e nope ]', 1],
    ['[ -s empty ]', 1],
    ['[ -s a.txt ]', 0],
    ['[ x = x ]', 0],
    ['[ x != x ]', 1],
    ['[ -z "" ]', 0],
    ['[ -n "" ]', 1],
    ['[ 10 -gt 9 ]', 0],
    ['[ 10 -le 9 ]', 1],
    ['[ ! -e nope ]', 0],
    ['[ -e a.txt -a -e nope ]', 1],
    ['[ -e a.txt -o -e nope ]', 0],
    ['test abc', 0],
    ['test', 1],
    ['[ ]', 1],
  ] as const)('%s → %d', async (script, status) => {
    expect((await testShell({ 'a.txt': 'x', empty: '', 'dir/f': '' }).run(script)).status).toBe(status);
  });

  it('reports misuse like bash', async () => {
    const t = testShell();
    expect(await t.run('[ 1 -eq 1')).toEqual({ status: 2, stdout: '', stderr: "bash: [: missing `]'\n" });
    expect(await t.run('[ a -eq 1 ]')).toEqual({ status: 2, stdout: '', stderr: 'bash: [: a: integer expression expected\n' });
  });
});
