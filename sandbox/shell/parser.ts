/**
 * A hand-written recursive-descent parser for the POSIX shell subset learners use:
 * quoting, parameter and command substitution, pipelines, && || ; and newlines,
 * redirections and heredocs. Throws IncompleteInput when more lines are needed.
 */
import type { AndOrList, Pipeline, Redirect, RedirectOperator, Script, SimpleCommand, Word, WordPart } from './ast.ts';
import { IncompleteInput, ShellSyntaxError } from './errors.ts';

const METACHARS = new Set([' ', '\t', '\n', ';', '&', '|', '<', '>', '(', ')']);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

export function parseScript(source: string): Script {
  return new Parser(source).script();
}

/** A heredoc body as one quoted word, with `$…` and backquote expansions (quotes are literal). */
export function parseHeredocBody(body: string): Word {
  return new Parser(body).heredocWord();
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

class Parser {
  private pos = 0;
  private pendingHeredocs: { redirect: Redirect; delimiter: string; stripTabs: boolean }[] = [];

  constructor(private readonly src: string) {}

  script(): Script {
    const lists: AndOrList[] = [];
    for (;;) {
      this.skipBlankAndNewlines();
      if (this.atEnd()) break;
      const list = this.andOr();
      this.skipSpaces();
      const c = this.peek();
      if (c === ';' || c === '&') {
        this.pos++;
        this.skipSpaces();
        list.endsLine = this.peek() === '\n' || this.peek() === '#' || this.atEnd();
      } else if (c === '\n' || this.atEnd()) {
        list.endsLine = true;
      } else if (c === '#') {
        list.endsLine = true;
      } else {
        throw this.unexpected();
      }
      lists.push(list);
    }
    if (this.pendingHeredocs.length > 0) throw new IncompleteInput('here-document');
    return { lists };
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
    const commands = [this.simpleCommand()];
    for (;;) {
      this.skipSpaces();
      if (this.peek() !== '|' || this.src[this.pos + 1] === '|') break;
      this.pos++;
      this.skipBlankAndNewlines();
      if (this.atEnd()) throw new IncompleteInput('|');
      commands.push(this.simpleCommand());
    }
    return { commands, negated };
  }

  private simpleCommand(): SimpleCommand {
    const command: SimpleCommand = { assignments: [], words: [], redirects: [] };
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

  /** Read one word up to an unquoted metacharacter. */
  private word(): Word {
    const parts: WordPart[] = [];
    let literal = '';
    const flush = () => {
      if (literal !== '') parts.push({ type: 'literal', text: literal, quoted: false });
      literal = '';
    };
    while (!this.atEnd()) {
      const c = this.peek();
      if (METACHARS.has(c)) break;
      if (c === '\\') {
        const next = this.src[this.pos + 1];
        if (next === undefined) throw new IncompleteInput('\\');
        this.pos += 2;
        if (next === '\n') continue;
        flush();
        parts.push({ type: 'literal', text: next, quoted: true });
      } else if (c === "'") {
        const end = this.src.indexOf("'", this.pos + 1);
        if (end < 0) throw new IncompleteInput("'");
        flush();
        parts.push({ type: 'literal', text: this.src.slice(this.pos + 1, end), quoted: true });
        this.pos = end + 1;
      } else if (c === '"') {
        flush();
        this.pos++;
        parts.push(...this.doubleQuoted());
        if (parts.length === 0 || this.src[this.pos - 1] !== '"') throw new IncompleteInput('"');
      } else if (c === '$' || c === '`') {
        const expansion = this.expansion(false);
        if (expansion) {
          flush();
          parts.push(expansion);
        } else {
          literal += c;
          this.pos++;
        }
      } else {
        literal += c;
        this.pos++;
      }
    }
    flush();
    return parts;
  }

  /** Body of "…" after the opening quote; consumes the closing quote. */
  private doubleQuoted(): WordPart[] {
    const parts: WordPart[] = [{ type: 'literal', text: '', quoted: true }];
    let text = '';
    const flush = () => {
      if (text !== '') parts.push({ type: 'literal', text, quoted: true });
      text = '';
    };
    for (;;) {
      if (this.atEnd()) throw new IncompleteInput('"');
      const c = this.peek();
      if (c === '"') {
        this.pos++;
        break;
      }
      if (c === '\\') {
        const next = this.src[this.pos + 1];
        if (next === undefined) throw new IncompleteInput('"');
        if ('$`"\\'.includes(next)) text += next;
        else if (next !== '\n') text += c + next;
        this.pos += 2;
        continue;
      }
      if (c === '$' || c === '`') {
        const expansion = this.expansion(true);
        if (expansion) {
          flush();
          parts.push(expansion);
          continue;
        }
      }
      text += c;
      this.pos++;
    }
    flush();
    return parts;
  }

  /** $NAME, ${…}, $(…), `…` — or null when the `$` is literal. */
  private expansion(quoted: boolean): WordPart | null {
    const c = this.peek();
    if (c === '`') {
      const end = this.findClosingBacktick(this.pos + 1);
      const script = this.src.slice(this.pos + 1, end).replace(/\\([`$\\])/g, '$1');
      this.pos = end + 1;
      return { type: 'command', script, quoted };
    }
    const next = this.src[this.pos + 1];
    if (next === '(') {
      const end = this.findClosingParen(this.pos + 2);
      const script = this.src.slice(this.pos + 2, end);
      this.pos = end + 1;
      return { type: 'command', script, quoted };
    }
    if (next === '{') return this.braceParameter(quoted);
    if (next !== undefined && '?$#@*!0123456789'.includes(next)) {
      this.pos += 2;
      return { type: 'parameter', name: next, quoted };
    }
    const name = NAME.exec(this.src.slice(this.pos + 1));
    if (!name) return null;
    this.pos += 1 + name[0].length;
    return { type: 'parameter', name: name[0], quoted };
  }

  private braceParameter(quoted: boolean): WordPart {
    const close = this.findClosingBrace(this.pos + 2);
    const inner = this.src.slice(this.pos + 2, close);
    this.pos = close + 1;
    if (inner.startsWith('#') && NAME.test(inner.slice(1))) {
      return { type: 'parameter', name: inner.slice(1), quoted, operator: '#' };
    }
    const match = /^([A-Za-z_][A-Za-z0-9_]*|[?$#@*!0-9])(?:(:-|-|:=|:\+)([\s\S]*))?$/.exec(inner);
    if (!match) throw new ShellSyntaxError(`\${${inner}}: bad substitution`);
    const [, name, operator, argument] = match;
    if (!operator) return { type: 'parameter', name, quoted };
    const argWord = new Parser(argument).wordForArgument();
    return { type: 'parameter', name, quoted, operator: operator as ':-' | '-' | ':=' | ':+', argument: argWord };
  }

  heredocWord(): Word {
    const parts: WordPart[] = [];
    let text = '';
    while (!this.atEnd()) {
      const c = this.peek();
      const escaped = this.src[this.pos + 1];
      if (c === '\\' && escaped !== undefined && '$`\\\n'.includes(escaped)) {
        if (this.src[this.pos + 1] !== '\n') text += this.src[this.pos + 1];
        this.pos += 2;
        continue;
      }
      if (c === '$' || c === '`') {
        const expansion = this.expansion(true);
        if (expansion) {
          if (text !== '') parts.push({ type: 'literal', text, quoted: true });
          text = '';
          parts.push(expansion);
          continue;
        }
      }
      text += c;
      this.pos++;
    }
    if (text !== '') parts.push({ type: 'literal', text, quoted: true });
    return parts;
  }

  /** The whole rest of the input as one word (for ${VAR:-word}), spaces included. */
  wordForArgument(): Word {
    const parts: WordPart[] = [];
    while (!this.atEnd()) {
      const c = this.peek();
      if (c === ' ' || c === '\t') {
        parts.push({ type: 'literal', text: c, quoted: true });
        this.pos++;
        continue;
      }
      parts.push(...this.word());
      if (!this.atEnd() && METACHARS.has(this.peek()) && this.peek() !== ' ' && this.peek() !== '\t') {
        parts.push({ type: 'literal', text: this.peek(), quoted: true });
        this.pos++;
      }
    }
    return parts;
  }

  private findClosingParen(from: number): number {
    let depth = 1;
    for (let i = from; i < this.src.length; i++) {
      const c = this.src[i];
      if (c === '\\') i++;
      else if (c === "'") {
        const end = this.src.indexOf("'", i + 1);
        if (end < 0) break;
        i = end;
      } else if (c === '"') {
        i = this.skipDoubleQuotes(i);
      } else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return i;
    }
    throw new IncompleteInput('$(');
  }

  private skipDoubleQuotes(from: number): number {
    for (let i = from + 1; i < this.src.length; i++) {
      if (this.src[i] === '\\') i++;
      else if (this.src[i] === '"') return i;
    }
    throw new IncompleteInput('"');
  }

  private findClosingBrace(from: number): number {
    const end = this.src.indexOf('}', from);
    if (end < 0) throw new IncompleteInput('${');
    return end;
  }

  private findClosingBacktick(from: number): number {
    for (let i = from; i < this.src.length; i++) {
      if (this.src[i] === '\\') i++;
      else if (this.src[i] === '`') return i;
    }
    throw new IncompleteInput('`');
  }

  private skipSpaces(): void {
    for (;;) {
      const c = this.peek();
      if (c === ' ' || c === '\t') this.pos++;
      else if (c === '\\' && this.src[this.pos + 1] === '\n') this.pos += 2;
      else if (c === '#' && this.isWordStart()) this.skipComment();
      else break;
    }
  }

  private isWordStart(): boolean {
    const before = this.src[this.pos - 1];
    return before === undefined || METACHARS.has(before);
  }

  private skipComment(): void {
    while (!this.atEnd() && this.peek() !== '\n') this.pos++;
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

  private peek(): string {
    return this.src[this.pos] ?? '';
  }

  private atEnd(): boolean {
    return this.pos >= this.src.length;
  }

  private unexpected(): ShellSyntaxError {
    const rest = this.src.slice(this.pos);
    const token = /^(&&|\|\||;;|[;&|<>()])/.exec(rest)?.[0] ?? (rest.startsWith('\n') || rest === '' ? 'newline' : rest.split(/\s/)[0]);
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
