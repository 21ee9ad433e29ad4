/** Tab completion: command names, paths, and commands' own completers. */
import { describe, expect, it } from 'vitest';
import { createRegistry, type CommandDefinition, type CompletionContext } from '../cli/command.ts';
import { MemoryFs } from '../fs/memory-fs.ts';
import { World } from '../world/world.ts';
import { commonPrefix, complete } from './completion.ts';

const command = (name: string, extra: Partial<CommandDefinition> = {}): CommandDefinition => ({ name, summary: '', help: '', run: () => 0, ...extra });

function setup() {
  const fs = new MemoryFs();
  fs.load({ 'pod.yaml': '', 'policy.yaml': '', '.env': '', 'manifests/web.yaml': '', 'manifests/db.yaml': '', 'my dir': null }, '/home/learner');
  const seen: string[][] = [];
  const registry = createRegistry([
    command('cat'),
    command('cd'),
    command('clear'),
    command('kubectl', {
      complete: (words) => {
        seen.push(words);
        return words.length === 2 && words[0] === 'get' ? ['pods', 'services', 'deployments'] : [];
      },
    }),
  ]);
  const ctx: CompletionContext = { cwd: '/home/learner', fs, world: new World(), env: new Map([['HOME', '/home/learner']]) };
  const at = (line: string) => complete(line, line.length, registry, ctx);
  return { at, seen, ctx, registry };
}

describe('complete', () => {
  it('completes the first word from command names', () => {
    const { at } = setup();
    expect(at('c')).toEqual({ start: 0, candidates: ['cat', 'cd', 'clear'] });
    expect(at('ku')).toEqual({ start: 0, candidates: ['kubectl'] });
    expect(at('zz').candidates).toEqual([]);
  });

  it('completes a command after a pipe or ; from command names too', () => {
    expect(setup().at('ls | ca')).toEqual({ start: 5, candidates: ['cat'] });
    expect(setup().at('true; ku').candidates).toEqual(['kubectl']);
  });

  it('completes later words as paths, directories with a slash, dot files only when asked', () => {
    const { at } = setup();
    expect(at('cat p')).toEqual({ start: 4, candidates: ['pod.yaml', 'policy.yaml'] });
    expect(at('cat ma')).toEqual({ start: 4, candidates: ['manifests/'] });
    expect(at('cat manifests/')).toEqual({ start: 4, candidates: ['manifests/db.yaml', 'manifests/web.yaml'] });
    expect(at('cat .e').candidates).toEqual(['.env']);
    expect(at('cat ~/po').candidates).toEqual(['~/pod.yaml', '~/policy.yaml']);
    expect(at('cat /home/l').candidates).toEqual(['/home/learner/']);
    expect(at('cat nope/x').candidates).toEqual([]);
  });

  it('offers only directories to cd', () => {
    expect(setup().at('cd ').candidates).toEqual(['manifests/', 'my\\ dir/']);
  });

  it("asks the command's own completer, with the words after the command name", () => {
    const { at, seen } = setup();
    expect(at('kubectl get po').candidates).toEqual(['pods']);
    expect(seen.at(-1)).toEqual(['get', 'po']);
    expect(at('kubectl get ').candidates).toEqual(['pods', 'services', 'deployments']);
  });

  it('completes alias names, and an alias\'s arguments as its command would', () => {
    const { registry, ctx, seen } = setup();
    const aliases = new Map([['k', 'kubectl'], ['ll', 'ls -l']]);
    expect(complete('k', 1, registry, ctx, aliases).candidates).toEqual(['k', 'kubectl']);
    expect(complete('k get se', 8, registry, ctx, aliases).candidates).toEqual(['services']);
    expect(seen.at(-1)).toEqual(['get', 'se']);
  });

  it('falls back to paths when the completer has nothing that fits', () => {
    expect(setup().at('kubectl apply -f ma').candidates).toEqual(['manifests/']);
  });

  it('reads quoted and escaped words as one word, and writes candidates back the same way', () => {
    expect(setup().at('cat "my d').candidates).toEqual(['"my dir/']);
    expect(setup().at('cat my\\ d').candidates).toEqual(['my\\ dir/']);
    expect(setup().at('cat my').candidates).toEqual(['my\\ dir/']);
  });
});

describe('commonPrefix', () => {
  it('finds the longest shared start', () => {
    expect(commonPrefix(['alpha', 'alpine', 'alps'])).toBe('alp');
    expect(commonPrefix(['x'])).toBe('x');
    expect(commonPrefix([])).toBe('');
  });
});
