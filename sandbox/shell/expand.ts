/**
 * Word expansion in bash's order: braces, tilde, parameters, arithmetic and command substitution, then
 * field splitting of unquoted results, then pathname expansion.
 */
import type { MemoryFs } from '../fs/memory-fs.ts';
import type { Word, WordPart } from './ast.ts';
import { expandBraces } from './brace.ts';
import { expandGlob, hasGlobChars, unescapeGlob } from './glob.ts';
import { parseHeredocBody } from './lexer.ts';

export interface ExpansionContext {
  env: Map<string, string>;
  lastStatus: number;
  cwd: string;
  fs: MemoryFs;
  /** Runs `$(…)` and returns its standard output. */
  substitute(script: string): Promise<string>;
  /** Evaluates `$((…))` once its parameters are expanded; throws ArithmeticError. */
  arithmetic(expression: string): number;
}

/** A field being built: its text, and the same text with quoted glob chars escaped. */
interface Field {
  text: string;
  pattern: string;
  /** A quoted part, even empty, makes the field exist (`""` is one empty argument). */
  real: boolean;
}

const GLOB_SPECIAL = /[*?[\]\\]/g;

async function parameterValue(part: Extract<WordPart, { type: 'parameter' }>, ctx: ExpansionContext): Promise<string> {
  const value = part.name === '?' ? String(ctx.lastStatus) : part.name === '$' ? '4242' : part.name === '#' ? '0' : ctx.env.get(part.name);
  if (part.operator === '#') return String((value ?? '').length);
  if (!part.operator) return value ?? '';
  const unset = value === undefined;
  const empty = unset || value === '';
  const argument = async () => (await expandWord(part.argument ?? [], ctx, { split: false })).join(' ');
  switch (part.operator) {
    case ':-':
      return empty ? argument() : value!;
    case '-':
      return unset ? argument() : value!;
    case ':=': {
      if (!empty) return value!;
      const assigned = await argument();
      ctx.env.set(part.name, assigned);
      return assigned;
    }
    case ':+':
      return empty ? '' : argument();
  }
}

/** Expand one word into zero or more fields. */
export async function expandWord(word: Word, ctx: ExpansionContext, options: { split?: boolean; glob?: boolean } = {}): Promise<string[]> {
  const split = options.split ?? true;
  if (split) {
    const words = expandBraces(word);
    if (words.length > 1) {
      const out: string[] = [];
      for (const each of words) out.push(...(await expandWord(each, ctx, options)));
      return out;
    }
  }
  const fields: Field[] = [];
  let current: Field = { text: '', pattern: '', real: false };
  const append = (text: string, quoted: boolean) => {
    current.text += text;
    current.pattern += quoted ? text.replace(GLOB_SPECIAL, '\\$&') : text;
    if (quoted || text !== '') current.real = true;
  };

  for (const [index, part] of word.entries()) {
    if (part.type === 'literal') {
      let text = part.text;
      if (index === 0 && !part.quoted && (text === '~' || text.startsWith('~/'))) {
        text = (ctx.env.get('HOME') ?? '/') + text.slice(1);
        append(text, true);
        continue;
      }
      append(text, part.quoted);
      continue;
    }
    let value: string;
    if (part.type === 'parameter') value = await parameterValue(part, ctx);
    else if (part.type === 'arithmetic') value = String(ctx.arithmetic(await expandToString(parseHeredocBody(part.expression), ctx)));
    else value = (await ctx.substitute(part.script)).replace(/\n+$/, '');
    if (part.quoted || !split) {
      append(value, true);
      if (part.quoted) current.real = true;
      continue;
    }
    // Unquoted: split on blanks; each break starts a new field.
    const pieces = value.split(/[ \t\n]+/);
    value = '';
    pieces.forEach((piece, i) => {
      if (i > 0 && (current.real || current.text !== '')) {
        fields.push(current);
        current = { text: '', pattern: '', real: false };
      }
      append(piece, false);
    });
  }
  if (current.real || current.text !== '') fields.push(current);

  const out: string[] = [];
  for (const field of fields) {
    if (options.glob !== false && hasGlobChars(field.pattern)) {
      const matches = expandGlob(field.pattern, ctx.cwd, ctx.fs);
      out.push(...(matches.length > 0 ? matches : [unescapeGlob(field.pattern)]));
    } else {
      out.push(field.text);
    }
  }
  return out;
}

/** Expand a word to exactly one string (assignments, redirection targets, heredocs). */
export async function expandToString(word: Word, ctx: ExpansionContext): Promise<string> {
  return (await expandWord(word, ctx, { split: false, glob: false })).join('');
}

/** Expand `$VAR`, `${…}`, `$(…)` inside heredoc text (no splitting, no globbing). */
export async function expandHeredoc(body: string, ctx: ExpansionContext, parse: (text: string) => Word): Promise<string> {
  return expandToString(parse(body), ctx);
}
