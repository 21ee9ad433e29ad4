/**
 * A hand-written recursive-descent parser for the POSIX shell subset learners use:
 * lists joined by ; and newlines, && and ||, pipelines (| and |&), simple commands
 * with assignments and redirections, compound commands ({ } ( ) if for while
 * until), and heredocs read after the line that opens them. Words come from the lexer. Throws IncompleteInput when more lines are needed.
 */
import type { AndOrList, Command, ForCommand, IfCommand, Pipeline, Redirect, RedirectOperator, Script, SimpleCommand, Word, WordPart } from './ast.ts';
import { IncompleteInput, ShellSyntaxError } from './errors.ts';
import { Lexer, METACHARS } from './lexer.ts';

export { parseHeredocBody } from './lexer.ts';

export function parseScript(source: string): Script {
  return new Parser(source).script();
}

/** True when `source` needs more lines before it can run (open quote, trailing |, heredoc). */
export function isIncomplete(source: string): boolean {
  try {
    parseScript(source);
    return false;
  } catch (error) {
    return error instanceof IncompleteInput;
  }
}

class Parser extends Lexer {
  private pendingHeredocs: { redirect: Redirect; delimiter: string; stripTabs: boolean }[] = [];

  script(): Script {
    const script = this.list([]);
    if (this.pendingHeredocs.length > 0) throw new IncompleteInput('here-document');
    return script;
  }

  /**
   * And-or lists up to one of the reserved words in `terminators` (which is left
   * unread), or to the end of input at the top level.
   */
  private list(terminators: string[]): Script {
    const lists: AndOrList[] = [];
    for (;;) {
      this.skipBlankAndNewlines();
      if (this.atEnd()) {
        if (terminators.length > 0) throw new IncompleteInput(terminators[0]);
        break;
      }
      const reserved = this.reservedWord();
      if (reserved && terminators.includes(reserved)) break;
      const list = this.andOr();
      this.skipSpaces();
      const c = this.peek();
      if (this.src.startsWith(';;', this.pos)) throw this.unexpected();
      if (c === ';' || c === '&') {
        this.pos++;
        this.skipSpaces();
        list.endsLine = this.peek() === '\n' || this.peek() === '#' || this.atEnd();
      } else if (c === '\n' || this.atEnd()) {
        list.endsLine = true;
      } else if (c === '#') {
        list.endsLine = true;
      } else if (!(c === ')' && terminators.includes(')')) && !terminators.includes(this.reservedWord() ?? '')) {
        throw this.unexpected();
      }
      lists.push(list);
    }
    return { lists };
  }

  /** A reserved word (`if`, `do`, `}` …) at the current position, not consumed. */
  private reservedWord(): string | null {
    if (this.peek() === ')') return ')';
    return /^(if|then|elif|else|fi|for|in|do|done|while|until|\{|\})(?=$|[\s;&|<>()])/.exec(this.src.slice(this.pos))?.[1] ?? null;
  }

  private expectReserved(word: string): void {
    this.skipBlankAndNewlines();
    if (this.atEnd()) throw new IncompleteInput(word);
    if (this.reservedWord() !== word) throw this.unexpected();
    this.pos += word.length;
  }

  private andOr(): AndOrList {
    const first = this.pipeline();
    const rest: AndOrList['rest'] = [];
    for (;;) {
      this.skipSpaces();
      const op = this.src.startsWith('&&', this.pos) ? '&&' : this.src.startsWith('||', this.pos) ? '||' : null;
      if (!op) break;
      this.pos += 2;
      this.skipBlankAndNewlines();
      if (this.atEnd()) throw new IncompleteInput(op);
      rest.push({ operator: op, pipeline: this.pipeline() });
    }
    return { first, rest, endsLine: false };
  }

  private pipeline(): Pipeline {
    this.skipSpaces();
    let negated = false;
    if (this.peek() === '!' && METACHARS.has(this.src[this.pos + 1] ?? ' ')) {
      negated = true;
      this.pos++;
    }
    const commands = [this.command()];
    for (;;) {
      this.skipSpaces();
      if (this.peek() !== '|' || this.src[this.pos + 1] === '|') break;
      this.pos++;
      if (this.peek() === '&') {
        // `a |& b` is `a 2>&1 | b`.
        this.pos++;
        commands[commands.length - 1].redirects.push({ fd: 2, operator: '>&', target: [{ type: 'literal', text: '1', quoted: false }] });
      }
      this.skipBlankAndNewlines();
      if (this.atEnd()) throw new IncompleteInput('|');
      commands.push(this.command());
    }
    return { commands, negated };
  }

  private command(): Command {
    this.skipSpaces();
    if (this.peek() === '(') {
      this.pos++;
      const body = this.list([')']);
      this.expectReserved(')');
      return { type: 'group', subshell: true, body, redirects: this.trailingRedirects() };
    }
    const reserved = this.reservedWord();
    if (reserved === '{') {
      this.pos++;
      const body = this.list(['}']);
      this.expectReserved('}');
      return { type: 'group', subshell: false, body, redirects: this.trailingRedirects() };
    }
    if (reserved === 'if') return this.ifCommand();
    if (reserved === 'for') return this.forCommand();
    if (reserved === 'while' || reserved === 'until') {
      this.pos += reserved.length;
      const condition = this.list(['do']);
      const body = this.doGroup();
      return { type: 'while', until: reserved === 'until', condition, body, redirects: this.trailingRedirects() };
    }
    if (reserved && reserved !== 'in') throw this.unexpected();
    return this.simpleCommand();
  }

  private ifCommand(): IfCommand {
    this.pos += 2;
    const clauses: IfCommand['clauses'] = [];
    let otherwise: Script | undefined;
    for (;;) {
      const condition = this.list(['then']);
      this.expectReserved('then');
      clauses.push({ condition, body: this.list(['elif', 'else', 'fi']) });
      const next = this.reservedWord()!;
      this.pos += next.length;
      if (next === 'elif') continue;
      if (next === 'else') {
        otherwise = this.list(['fi']);
        this.expectReserved('fi');
      }
      break;
    }
    return { type: 'if', clauses, otherwise, redirects: this.trailingRedirects() };
  }

  /** `for NAME [in WORD…] ; do LIST done` */
  private forCommand(): ForCommand {
    this.pos += 3;
    this.skipSpaces();
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.src.slice(this.pos))?.[0];
    if (!name) throw this.unexpected();
    this.pos += name.length;
    const items: Word[] = [];
    this.skipBlankAndNewlines();
    if (this.reservedWord() === 'in') {
      this.pos += 2;
      for (;;) {
        this.skipSpaces();
        if (this.atEnd()) throw new IncompleteInput('do');
        if (this.peek() === ';' || this.peek() === '\n') break;
        if (METACHARS.has(this.peek())) throw this.unexpected();
        items.push(this.word());
      }
    }
    if (this.peek() === ';') this.pos++;
    return { type: 'for', name, items, body: this.doGroup(), redirects: this.trailingRedirects() };
  }

  private doGroup(): Script {
    this.expectReserved('do');
    const body = this.list(['done']);
    this.expectReserved('done');
    return body;
  }

  private trailingRedirects(): Redirect[] {
    const redirects: Redirect[] = [];
    for (;;) {
      this.skipSpaces();
      const redirect = this.redirect();
      if (!redirect) return redirects;
      redirects.push(redirect);
    }
  }

  private simpleCommand(): SimpleCommand {
    const command: SimpleCommand = { type: 'simple', assignments: [], words: [], redirects: [] };
    for (;;) {
      this.skipSpaces();
      if (this.atEnd()) break;
      const c = this.peek();
      if (c === '#') break;
      const redirect = this.redirect();
      if (redirect) {
        command.redirects.push(redirect);
        continue;
      }
      if (c === '\n' || c === ';' || c === '&' || c === '|' || c === ')') break;
      if (c === '(') throw new ShellSyntaxError("syntax error near unexpected token `('");
      const start = this.pos;
      const word = this.word();
      if (command.words.length === 0) {
        const assignment = asAssignment(word, this.src.slice(start, this.pos));
        if (assignment) {
          command.assignments.push(assignment);
          continue;
        }
      }
      command.words.push(word);
    }
    if (command.words.length === 0 && command.assignments.length === 0 && command.redirects.length === 0) {
      throw this.unexpected();
    }
    return command;
  }

  private redirect(): Redirect | null {
    const match = /^(\d*)(&>>|&>|>>|>&|>\||<<<|<<-|<<|<&|>|<)/.exec(this.src.slice(this.pos));
    if (!match) return null;
    const [whole, digits, rawOp] = match;
    this.pos += whole.length;
    const operator = (rawOp === '>|' ? '>' : rawOp === '<&' ? '>&' : rawOp) as RedirectOperator;
    const fd = digits !== '' ? Number(digits) : operator.startsWith('<') ? 0 : 1;
    this.skipSpaces();
    if (this.atEnd() || METACHARS.has(this.peek())) {
      if (this.atEnd() || this.peek() === '\n') throw new ShellSyntaxError("syntax error near unexpected token `newline'");
      throw this.unexpected();
    }
    const start = this.pos;
    const target = this.word();
    const redirect: Redirect = { fd, operator, target };
    if (operator === '<<' || operator === '<<-') {
      const raw = this.src.slice(start, this.pos);
      const quoted = /['"\\]/.test(raw);
      const delimiter = raw.replace(/['"\\]/g, '');
      redirect.heredoc = { body: '', expand: !quoted };
      this.pendingHeredocs.push({ redirect, delimiter, stripTabs: operator === '<<-' });
    }
    return redirect;
  }

  private skipBlankAndNewlines(): void {
    for (;;) {
      this.skipSpaces();
      if (this.peek() === '\n') {
        this.pos++;
        this.readHeredocBodies();
      } else break;
    }
  }

  /** After a newline: read the bodies of heredocs opened on the line just ended. */
  private readHeredocBodies(): void {
    while (this.pendingHeredocs.length > 0) {
      const { redirect, delimiter, stripTabs } = this.pendingHeredocs.shift()!;
      const lines: string[] = [];
      for (;;) {
        if (this.atEnd()) throw new IncompleteInput('here-document');
        let end = this.src.indexOf('\n', this.pos);
        const lastLine = end < 0;
        if (lastLine) end = this.src.length;
        let line = this.src.slice(this.pos, end);
        this.pos = lastLine ? end : end + 1;
        if (stripTabs) line = line.replace(/^\t+/, '');
        if (line === delimiter) break;
        if (lastLine) throw new IncompleteInput('here-document');
        lines.push(line);
      }
      redirect.heredoc!.body = lines.length > 0 ? lines.join('\n') + '\n' : '';
    }
  }

  private unexpected(): ShellSyntaxError {
    const rest = this.src.slice(this.pos);
    const token = /^(&&|\|\||;;|[;&|<>()])/.exec(rest)?.[0] ?? (rest.startsWith('\n') || rest === '' ? 'newline' : /^[^\s;&|<>()]+/.exec(rest)![0]);
    return new ShellSyntaxError(`syntax error near unexpected token \`${token}'`);
  }
}

/** `NAME=value` as the leading word of a command is an assignment. */
function asAssignment(word: Word, raw: string): SimpleCommand['assignments'][number] | null {
  const first = word[0];
  if (!first || first.type !== 'literal' || first.quoted) return null;
  const match = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(first.text);
  if (!match || !raw.startsWith(match[0])) return null;
  const valueFirst: WordPart = { type: 'literal', text: first.text.slice(match[0].length), quoted: false };
  const value = [valueFirst, ...word.slice(1)].filter((part) => part.type !== 'literal' || part.text !== '' || part.quoted);
  return { name: match[1], value };
}
