/** Word expansion (parameters, substitution, splitting, globbing, tilde) and arithmetic, in isolation. */
import { describe, expect, it } from 'vitest';
import { MemoryFs } from '../fs/memory-fs.ts';
import { ArithmeticError, evaluateArithmetic } from './arithmetic.ts';
import { expandBraceText } from './brace.ts';
import { expandWord, type ExpansionContext } from './expand.ts';
import { expandGlob } from './glob.ts';
import { parseScript } from './parser.ts';

function context(env: Record<string, string> = {}): ExpansionContext & { scripts: string[] } {
  const fs = new MemoryFs();
  fs.load({ 'a.yaml': '', 'b.yaml': '', 'c.txt': '', '.hidden.yaml': '', 'dir/x.yaml': '', 'dir2': null }, '/work');
  const scripts: string[] = [];
  const envMap = new Map(Object.entries({ HOME: '/home/learner', ...env }));
  return {
    env: envMap,
    lastStatus: 3,
    cwd: '/work',
    fs,
    scripts,
    substitute: async (script) => {
      scripts.push(script);
      return `out of ${script}\n\n`;
    },
    arithmetic: (expression) => evaluateArithmetic(expression, envMap),
  };
}

/** Expand every argument of `echo …` into fields. */
async function fields(line: string, ctx = context()): Promise<string[]> {
  const command = parseScript(line).lists[0].first.commands[0];
  if (command.type !== 'simple') throw new Error('not simple');
  const out: string[] = [];
  for (const word of command.words.slice(1)) out.push(...(await expandWord(word, ctx)));
  return out;
}

describe('expandWord', () => {
  it('expands parameters, $? and ${#…}, leaving unset ones empty', async () => {
    expect(await fields('echo $X "${X}y" $? ${#X} "$UNSET"', context({ X: 'val' }))).toEqual(['val', 'valy', '3', '3', '']);
  });

  it('applies :- - := and :+', async () => {
    const ctx = context({ EMPTY: '' });
    expect(await fields('echo ${EMPTY:-d1} "${EMPTY-d2}" ${UNSET-d3} ${EMPTY:+alt} ${HOME:+alt} ${NEW:=made}', ctx)).toEqual(['d1', '', 'd3', 'alt', 'made']);
    expect(ctx.env.get('NEW')).toBe('made');
  });

  it('splits unquoted results on blanks but keeps quoted ones whole', async () => {
    const ctx = context({ LIST: ' one  two\tthree ' });
    expect(await fields('echo $LIST', ctx)).toEqual(['one', 'two', 'three']);
    expect(await fields('echo "$LIST"', ctx)).toEqual([' one  two\tthree ']);
    expect(await fields('echo pre$LIST', ctx)).toEqual(['pre', 'one', 'two', 'three']);
  });

  it('drops empty unquoted expansions but keeps "" as an empty argument', async () => {
    expect(await fields('echo $UNSET "" $UNSET')).toEqual(['']);
  });

  it('runs command substitutions and strips trailing newlines', async () => {
    const ctx = context();
    expect(await fields('echo "$(ls -l)" `pwd`', ctx)).toEqual(['out of ls -l', 'out', 'of', 'pwd']);
    expect(ctx.scripts).toEqual(['ls -l', 'pwd']);
  });

  it('evaluates arithmetic after expanding parameters inside it', async () => {
    expect(await fields('echo $((N * 2 + 1)) $(($N-10))', context({ N: '4' }))).toEqual(['9', '-6']);
  });

  it('expands ~ at the start of a word only', async () => {
    expect(await fields('echo ~ ~/x a~ "~"')).toEqual(['/home/learner', '/home/learner/x', 'a~', '~']);
  });

  it('globs sorted matches, hides dot files, and leaves a pattern without matches as is', async () => {
    expect(await fields('echo *.yaml ?.txt dir/* *.none "*.yaml" \\*.yaml')).toEqual(['a.yaml', 'b.yaml', 'c.txt', 'dir/x.yaml', '*.none', '*.yaml', '*.yaml']);
    expect(await fields('echo .*.yaml */')).toEqual(['.hidden.yaml', 'dir/', 'dir2/']);
  });

  it('globs the result of an unquoted expansion, not a quoted one', async () => {
    const ctx = context({ P: '*.yaml' });
    expect(await fields('echo $P "$P"', ctx)).toEqual(['a.yaml', 'b.yaml', '*.yaml']);
  });
});

describe('brace expansion', () => {
  it('expands lists, ranges, nesting and products, but not quoted or lone braces', async () => {
    expect(expandBraceText('f.{yaml,json}')).toEqual(['f.yaml', 'f.json']);
    expect(expandBraceText('{a,{b,c}}d')).toEqual(['ad', 'bd', 'cd']);
    expect(expandBraceText('{1..3}{x,y}')).toEqual(['1x', '1y', '2x', '2y', '3x', '3y']);
    expect(expandBraceText('{c..a}')).toEqual(['c', 'b', 'a']);
    expect(expandBraceText('{a} {} {a..}')).toEqual(['{a} {} {a..}']);
    expect(await fields('echo "{a,b}" $HOME/{x,y}')).toEqual(['{a,b}', '/home/learner/x', '/home/learner/y']);
  });
});

describe('expandGlob', () => {
  it('matches character classes and absolute paths', () => {
    const fs = context().fs;
    expect(expandGlob('[ab].yaml', '/work', fs)).toEqual(['a.yaml', 'b.yaml']);
    expect(expandGlob('[!a].yaml', '/work', fs)).toEqual(['b.yaml']);
    expect(expandGlob('/work/d*/*.yaml', '/', fs)).toEqual(['/work/dir/x.yaml']);
  });
});

describe('evaluateArithmetic', () => {
  const env = new Map([['X', '7'], ['WORD', 'abc']]);
  it.each([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['10 / 3', 3],
    ['-7 / 2', -3],
    ['10 % 4', 2],
    ['2 ** 3 ** 2', 512],
    ['X * 2', 14],
    ['UNSET + WORD', 0],
    ['1 < 2 && 2 >= 3', 0],
    ['2 < 2', 0],
    ['3 <= 3', 1],
    ['!0 || 0', 1],
    ['X == 7 ? 100 : 200', 100],
    ['', 0],
  ] as const)('%s = %d', (expression, value) => {
    expect(evaluateArithmetic(expression, env)).toBe(value);
  });

  it('reports errors in bash words', () => {
    expect(() => evaluateArithmetic('1 / 0', env)).toThrow(new ArithmeticError('1 / 0: division by 0 (error token is "0")'));
    expect(() => evaluateArithmetic('1 +', env)).toThrow(/operand expected/);
    expect(() => evaluateArithmetic('2 $ 3', env)).toThrow(/invalid arithmetic operator/);
  });
});
