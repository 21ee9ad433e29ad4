/** The parser's syntax trees for the inputs that trip up naive shells. */
import { describe, expect, it } from 'vitest';
import type { Command, SimpleCommand, Word } from './ast.ts';
import { ShellSyntaxError } from './errors.ts';
import { isIncomplete, parseScript } from './parser.ts';

const lit = (text: string, quoted = false) => ({ type: 'literal', text, quoted }) as const;

/** The first command of the first list. */
function first(source: string): Command {
  return parseScript(source).lists[0].first.commands[0];
}

function simple(source: string): SimpleCommand {
  const command = first(source);
  if (command.type !== 'simple') throw new Error(`not a simple command: ${command.type}`);
  return command;
}

function syntaxError(source: string): string {
  try {
    parseScript(source);
  } catch (error) {
    if (error instanceof ShellSyntaxError) return error.message;
    throw error;
  }
  throw new Error(`no syntax error in ${JSON.stringify(source)}`);
}

describe('words and quoting', () => {
  it('keeps quoted and unquoted pieces of one word apart', () => {
    expect(simple(`echo a"b"'c'\\ d`).words[1]).toEqual<Word>([lit('a'), lit('', true), lit('b', true), lit('c', true), lit(' ', true), lit('d')]);
  });

  it('parses parameters, defaults, command and arithmetic substitutions', () => {
    const [, param, sub, back, arith] = simple('echo ${X:-a b} "$(echo ")")" `date` $((1 + 2))').words;
    expect(param).toEqual([{ type: 'parameter', name: 'X', quoted: false, operator: ':-', argument: [lit('a'), lit(' ', true), lit('b')] }]);
    expect(sub).toEqual([lit('', true), { type: 'command', script: 'echo ")"', quoted: true }]);
    expect(back).toEqual([{ type: 'command', script: 'date', quoted: false }]);
    expect(arith).toEqual([{ type: 'arithmetic', expression: '1 + 2', quoted: false }]);
  });

  it('treats $ without a name, and # inside a word, as literal text', () => {
    expect(simple('echo $ a$ hi#not # comment').words.map((w) => w.map((p) => (p.type === 'literal' ? p.text : '?')).join(''))).toEqual(['echo', '$', 'a$', 'hi#not']);
  });

  it('reads leading NAME=value words as assignments, later ones as arguments', () => {
    const command = simple('A=1 B="x y" C= cmd D=4');
    expect(command.assignments.map((a) => a.name)).toEqual(['A', 'B', 'C']);
    expect(command.assignments[2].value).toEqual([]);
    expect(command.words).toEqual([[lit('cmd')], [lit('D=4')]]);
  });

  it('joins lines ended by a backslash', () => {
    expect(simple('echo a\\\nb').words[1]).toEqual([lit('ab')]);
  });
});

describe('redirections', () => {
  it('records fds and operators in order', () => {
    const { redirects } = simple('cmd 2>&1 >out 2>>err <in &>all 1>&2');
    expect(redirects.map((r) => [r.fd, r.operator])).toEqual([[2, '>&'], [1, '>'], [2, '>>'], [0, '<'], [1, '&>'], [1, '>&']]);
    expect(redirects[0].target).toEqual([lit('1')]);
  });

  it('turns |& into 2>&1 on the left-hand command', () => {
    const [left, right] = parseScript('a |& b').lists[0].first.commands as SimpleCommand[];
    expect(left.redirects).toEqual([{ fd: 2, operator: '>&', target: [lit('1')] }]);
    expect(right.redirects).toEqual([]);
  });

  it('reads heredoc bodies after the line, expanding unless the delimiter is quoted', () => {
    const script = parseScript("cat <<A <<'B'; echo next\none $X\nA\ntwo $X\nB\necho last");
    const [a, b] = (script.lists[0].first.commands[0] as SimpleCommand).redirects;
    expect(a.heredoc).toEqual({ body: 'one $X\n', expand: true });
    expect(b.heredoc).toEqual({ body: 'two $X\n', expand: false });
    expect(script.lists).toHaveLength(3);
  });

  it('strips leading tabs with <<-', () => {
    expect(simple('cat <<-EOF\n\tindented\n\tEOF\n').redirects[0].heredoc).toEqual({ body: 'indented\n', expand: true });
  });
});

describe('lists and compound commands', () => {
  it('splits lists, pipelines and and-or chains, and marks line ends', () => {
    const script = parseScript('a | b && c || d; e\nf # comment');
    expect(script.lists).toHaveLength(3);
    expect(script.lists[0].first.commands).toHaveLength(2);
    expect(script.lists[0].rest.map((r) => r.operator)).toEqual(['&&', '||']);
    expect(script.lists.map((l) => l.endsLine)).toEqual([false, true, true]);
  });

  it('continues a pipeline or && on the next line', () => {
    expect(parseScript('a |\nb &&\nc').lists).toHaveLength(1);
  });

  it('parses if/elif/else, for, while, until, groups and subshells', () => {
    const ifCommand = first('if a; then b; elif c; then d; else e; fi');
    expect(ifCommand.type === 'if' && [ifCommand.clauses.length, ifCommand.otherwise?.lists.length]).toEqual([2, 1]);
    const forCommand = first('for x in 1 "2 3"\ndo echo $x; done > out');
    expect(forCommand.type === 'for' && [forCommand.name, forCommand.items.length, forCommand.redirects[0].operator]).toEqual(['x', 2, '>']);
    const loop = first('until false; do :; done');
    expect(loop.type === 'while' && loop.until).toBe(true);
    const group = first('{ a; b; } | c');
    expect(group.type === 'group' && [group.subshell, group.body.lists.length]).toEqual([false, 2]);
    const subshell = first('(cd /; ls)');
    expect(subshell.type === 'group' && subshell.subshell).toBe(true);
  });

  it('treats reserved words as ordinary arguments after the command name', () => {
    expect(simple('echo if then fi done }').words).toHaveLength(6);
  });
});

describe('errors and incomplete input', () => {
  it('words syntax errors like bash', () => {
    expect(syntaxError('| echo')).toBe("syntax error near unexpected token `|'");
    expect(syntaxError('echo a;; b')).toBe("syntax error near unexpected token `;;'");
    expect(syntaxError('echo >')).toBe("syntax error near unexpected token `newline'");
    expect(syntaxError('echo > | x')).toBe("syntax error near unexpected token `|'");
    expect(syntaxError('fi')).toBe("syntax error near unexpected token `fi'");
    expect(syntaxError('done;')).toBe("syntax error near unexpected token `done'");
    expect(syntaxError('echo (')).toBe("syntax error near unexpected token `('");
  });

  it('knows when more lines are needed', () => {
    for (const source of ['echo "open', "echo 'open", 'ls |', 'true &&', 'false ||', 'cat <<EOF\nbody', 'echo a\\', 'echo $(ls', 'if true; then', 'for i in 1; do echo', '{ echo', '( echo']) {
      expect(isIncomplete(source), source).toBe(true);
    }
    for (const source of ['echo done', 'cat <<EOF\nbody\nEOF', 'if true; then :; fi', '', '# just a comment', '| x']) {
      expect(isIncomplete(source), source).toBe(false);
    }
  });
});
