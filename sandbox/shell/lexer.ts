/**
 * The shell's lexer: turns characters into words. A word keeps its structure
 * (quoted and unquoted literals, parameter and command substitutions) so that
 * expansion can tell `"$X"` from `$X`. The grammar lives in parser.ts.
 */
import type { Word, WordPart } from './ast.ts';
import { IncompleteInput, ShellSyntaxError } from './errors.ts';

/** Characters that end an unquoted word. */
export const METACHARS = new Set([' ', '\t', '\n', ';', '&', '|', '<', '>', '(', ')']);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/** A heredoc body as one quoted word, with `$…` and backquote expansions (quotes are literal). */
export function parseHeredocBody(body: string): Word {
  return new Lexer(body).heredocWord();
}

export class Lexer {
  protected pos = 0;

  constructor(protected readonly src: string) {}

  /** Read one word up to an unquoted metacharacter. */
  protected word(): Word {
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
  protected doubleQuoted(): WordPart[] {
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

  /** $NAME, ${…}, $(…), $((…)), `…` — or null when the `$` is literal. */
  protected expansion(quoted: boolean): WordPart | null {
    const c = this.peek();
    if (c === '`') {
      const end = this.findClosingBacktick(this.pos + 1);
      const script = this.src.slice(this.pos + 1, end).replace(/\\([`$\\])/g, '$1');
      this.pos = end + 1;
      return { type: 'command', script, quoted };
    }
    const next = this.src[this.pos + 1];
    if (next === '(' && this.src[this.pos + 2] === '(') {
      const end = this.findClosingParen(this.pos + 3);
      if (this.src[end + 1] === ')') {
        const expression = this.src.slice(this.pos + 3, end);
        this.pos = end + 2;
        return { type: 'arithmetic', expression, quoted };
      }
    }
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

  protected braceParameter(quoted: boolean): WordPart {
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
    const argWord = new Lexer(argument).wordForArgument();
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

  protected findClosingParen(from: number): number {
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

  protected skipDoubleQuotes(from: number): number {
    for (let i = from + 1; i < this.src.length; i++) {
      if (this.src[i] === '\\') i++;
      else if (this.src[i] === '"') return i;
    }
    throw new IncompleteInput('"');
  }

  protected findClosingBrace(from: number): number {
    const end = this.src.indexOf('}', from);
    if (end < 0) throw new IncompleteInput('${');
    return end;
  }

  protected findClosingBacktick(from: number): number {
    for (let i = from; i < this.src.length; i++) {
      if (this.src[i] === '\\') i++;
      else if (this.src[i] === '`') return i;
    }
    throw new IncompleteInput('`');
  }

  protected skipSpaces(): void {
    for (;;) {
      const c = this.peek();
      if (c === ' ' || c === '\t') this.pos++;
      else if (c === '\\' && this.src[this.pos + 1] === '\n') this.pos += 2;
      else if (c === '#' && this.isWordStart()) this.skipComment();
      else break;
    }
  }

  protected isWordStart(): boolean {
    const before = this.src[this.pos - 1];
    return before === undefined || METACHARS.has(before);
  }

  protected skipComment(): void {
    while (!this.atEnd() && this.peek() !== '\n') this.pos++;
  }

  protected peek(): string {
    return this.src[this.pos] ?? '';
  }

  protected atEnd(): boolean {
    return this.pos >= this.src.length;
  }
}
