/** Golden outputs for the coreutils, matched against GNU coreutils 9 / grep 3 behaviour. */
import { describe, expect, it } from 'vitest';
import { testShell } from '../../shell/test-shell.ts';

const files = {
  'fruit.txt': 'pear\napple\nbanana\napple\ncherry\n',
  'numbers.txt': '10\n9\n100\n',
  'k8s/pod.yaml': 'kind: Pod\nmetadata:\n  name: web\n',
  'k8s/ns.yaml': 'kind: Namespace\n',
};

async function run(script: string) {
  return testShell(files).run(script);
}

describe('coreutils', () => {
  const golden: [string, string][] = [
    ['cat -n numbers.txt', '     1\t10\n     2\t9\n     3\t100\n'],
    ['head -n 2 fruit.txt', 'pear\napple\n'],
    ['head -2 fruit.txt', 'pear\napple\n'],
    ['tail -n 2 fruit.txt', 'apple\ncherry\n'],
    ['tail -n +4 fruit.txt', 'apple\ncherry\n'],
    ['wc -l fruit.txt', '5 fruit.txt\n'],
    ['wc fruit.txt', ' 5  5 31 fruit.txt\n'],
    ['cat fruit.txt | wc', '      5       5      31\n'],
    ['echo hello | wc -c', '6\n'],
    ['sort fruit.txt | uniq -c', '      2 apple\n      1 banana\n      1 cherry\n      1 pear\n'],
    ['sort -n numbers.txt', '9\n10\n100\n'],
    ['sort -rn numbers.txt | head -1', '100\n'],
    ['sort -u fruit.txt', 'apple\nbanana\ncherry\npear\n'],
    ['grep -c apple fruit.txt', '2\n'],
    ['grep -n an fruit.txt', '3:banana\n'],
    ['grep -v a fruit.txt', 'cherry\n'],
    ['grep -i APPLE fruit.txt', 'apple\napple\n'],
    ['grep -E "^(pear|cherry)$" fruit.txt', 'pear\ncherry\n'],
    ['grep -o "an" fruit.txt', 'an\nan\n'],
    ['grep -r name k8s', 'k8s/pod.yaml:  name: web\n'],
    ['grep -l kind k8s/*.yaml', 'k8s/ns.yaml\nk8s/pod.yaml\n'],
    ['grep -w app fruit.txt; echo $?', '1\n'],
    ['ls', 'fruit.txt\nk8s\nnumbers.txt\n'],
    ['ls k8s', 'ns.yaml\npod.yaml\n'],
    ['mkdir -p a/b/c && touch a/b/c/x && ls -R a', 'a:\nb\n\na/b:\nc\n\na/b/c:\nx\n'],
    ['cp fruit.txt copy.txt && cat copy.txt | head -1', 'pear\n'],
    ['cp -r k8s backup && ls backup', 'ns.yaml\npod.yaml\n'],
    ['mv numbers.txt k8s && ls k8s', 'ns.yaml\nnumbers.txt\npod.yaml\n'],
    ['rm -r k8s && ls', 'fruit.txt\nnumbers.txt\n'],
  ];
  it.each(golden)('%s', async (script, stdout) => {
    const result = await run(script);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(stdout);
  });

  const errors: [string, string, number][] = [
    ['cat nope.txt', 'cat: nope.txt: No such file or directory\n', 1],
    ['cat k8s', 'cat: k8s: Is a directory\n', 1],
    ['ls nope', "ls: cannot access 'nope': No such file or directory\n", 2],
    ['ls -z', "ls: invalid option -- 'z'\nTry 'ls --help' for more information.\n", 2],
    ['rm nope', "rm: cannot remove 'nope': No such file or directory\n", 1],
    ['rm k8s', "rm: cannot remove 'k8s': Is a directory\n", 1],
    ['mkdir k8s', "mkdir: cannot create directory 'k8s': File exists\n", 1],
    ['mkdir x/y', "mkdir: cannot create directory 'x/y': No such file or directory\n", 1],
    ['cp k8s elsewhere', "cp: cannot copy 'k8s': -r not specified; omitting directory 'k8s'\n", 1],
    ['mv nope x', "mv: cannot stat 'nope': No such file or directory\n", 1],
    ['grep x nope.txt', 'grep: nope.txt: No such file or directory\n', 2],
    ['grep', "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n", 2],
    ['head --bogus', "head: unrecognized option '--bogus'\nTry 'head --help' for more information.\n", 1],
    ['touch', "touch: missing operand\nTry 'touch --help' for more information.\n", 1],
  ];
  it.each(errors)('%s fails like GNU', async (script, stderr, status) => {
    const result = await run(script);
    expect(result.stderr).toBe(stderr);
    expect(result.status).toBe(status);
  });

  it('lays ls out in columns on a terminal, coloured directories', async () => {
    const t = testShell(files);
    let out = '';
    await t.shell.run('ls', { stdout: { isTTY: true, columns: 80, write: (s) => (out += s) }, stderr: { isTTY: true, columns: 80, write: () => {} } });
    expect(out).toBe('fruit.txt  \x1b[1;34mk8s\x1b[0m  numbers.txt\n');
  });

  it('fills ls columns top to bottom like GNU ls, as many as fit the terminal', async () => {
    const names = ['alpha.yaml', 'b', 'charlie-long-name.txt', 'd.md', 'echo', 'foxtrot.json', 'g'];
    const t = testShell(Object.fromEntries(names.map((n) => [n, ''])));
    const at = async (columns: number) => {
      let out = '';
      await t.shell.run('ls', { stdout: { isTTY: true, columns, write: (s) => (out += s) }, stderr: { isTTY: true, columns, write: () => {} } });
      return out;
    };
    expect(await at(80)).toBe('alpha.yaml  b  charlie-long-name.txt  d.md  echo  foxtrot.json  g\n');
    // Three columns would need exactly 40 (GNU wants the line shorter than the terminal).
    expect(await at(40)).toBe('alpha.yaml             echo\nb                      foxtrot.json\ncharlie-long-name.txt  g\nd.md\n');
    expect(await at(10)).toBe(names.join('\n') + '\n');
  });

  it('ls -l prints mode, owner, size and the virtual-clock time', async () => {
    const t = testShell(files);
    expect((await t.run('ls -l k8s')).stdout).toBe(
      'total 8\n-rw-r--r-- 1 learner learner 16 Jan  1 00:00 ns.yaml\n-rw-r--r-- 1 learner learner 32 Jan  1 00:00 pod.yaml\n',
    );
    expect((await t.run('ls -ld k8s numbers.txt')).stdout).toBe(
      'drwxr-xr-x 1 learner learner 4096 Jan  1 00:00 k8s\n-rw-r--r-- 1 learner learner    9 Jan  1 00:00 numbers.txt\n',
    );
  });

  const more: [string, string][] = [
    ['sort -k2 -t: <<EOF\na:3\nb:1\nc:2\nEOF', 'b:1\nc:2\na:3\n'],
    ['sort -k2,2n -k1r <<EOF\nx 10\ny 9\nz 9\nEOF', 'z 9\ny 9\nx 10\n'],
    ['sort -u -k2,2 <<EOF\na 1\nb 1\nc 2\nEOF', 'a 1\nc 2\n'],
    ['seq 3; seq -s " " 2 2 8; seq -w 9 11', '1\n2\n3\n2 4 6 8\n09\n10\n11\n'],
    ['seq 3 -1 1 | sort -n | head -1', '1\n'],
    ['grep -e pear -e cherry fruit.txt', 'pear\ncherry\n'],
    ['grep -H pear fruit.txt; grep -h kind k8s/pod.yaml k8s/ns.yaml', 'fruit.txt:pear\nkind: Pod\nkind: Namespace\n'],
    ['grep -q pear fruit.txt && echo found', 'found\n'],
    ['grep -c kind k8s/pod.yaml k8s/ns.yaml', 'k8s/pod.yaml:1\nk8s/ns.yaml:1\n'],
    ['wc -l fruit.txt numbers.txt', ' 5 fruit.txt\n 3 numbers.txt\n 8 total\n'],
    ['cat fruit.txt | wc -l', '5\n'],
    ['cat numbers.txt | wc -lc', '      3       9\n'],
    ['head -n -3 fruit.txt', 'pear\napple\n'],
    ['tail -n +2 numbers.txt', '9\n100\n'],
    ['uniq -d <<EOF\na\na\nb\nEOF', 'a\n'],
    ['cat - numbers.txt <<< first | head -2', 'first\n10\n'],
    ['mkdir -p k8s/new && ls -d k8s/new', 'k8s/new\n'],
    ['cp fruit.txt numbers.txt k8s && ls k8s', 'fruit.txt\nns.yaml\nnumbers.txt\npod.yaml\n'],
    ['touch k8s/ns.yaml new.txt && cat k8s/ns.yaml new.txt', 'kind: Namespace\n'],
  ];
  it.each(more)('%s', async (script, stdout) => {
    const result = await run(script);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(stdout);
  });

  it.each(['cat', 'ls', 'grep', 'head', 'tail', 'wc', 'sort', 'uniq', 'mkdir', 'rm', 'cp', 'mv', 'touch', 'seq'])('%s rejects an unknown option GNU-style', async (name) => {
    const result = await run(`${name} -Z x`);
    expect(result.stderr).toBe(`${name}: invalid option -- 'Z'\nTry '${name} --help' for more information.\n`);
    expect(result.status).toBe(['ls', 'grep', 'sort'].includes(name) ? 2 : 1);
  });

  it('reports unreadable files in each tool\'s own words', async () => {
    expect((await run('head nope')).stderr).toBe("head: cannot open 'nope' for reading: No such file or directory\n");
    expect((await run('tail nope')).stderr).toBe("tail: cannot open 'nope' for reading: No such file or directory\n");
    expect(await run('sort nope')).toEqual({ status: 2, stdout: '', stderr: 'sort: cannot read: nope: No such file or directory\n' });
    expect((await run('wc nope fruit.txt')).stdout).toBe(' 5  5 31 fruit.txt\n 5  5 31 total\n');
    expect((await run('cp a b c')).stderr).toBe("cp: target 'c': No such file or directory\n");
  });
});
