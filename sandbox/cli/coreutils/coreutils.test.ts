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
});
