/**
 * Brace expansion, the first expansion bash does: `file.{yaml,json}` becomes two
 * words, `{1..3}` and `{a..c}` become sequences. Only unquoted text takes part;
 * a brace without a top-level comma or a valid range stays as it is.
 */
import type { Word } from './ast.ts';

/** Where the first expandable `{…}` in `text` is, and what it expands to. */
function firstBrace(text: string): { start: number; end: number; items: string[] } | null {
  for (let start = text.indexOf('{'); start >= 0; start = text.indexOf('{', start + 1)) {
    let depth = 0;
    const commas: number[] = [];
    for (let i = start; i < text.length; i++) {
      const c = text[i];
      if (c === '{') depth++;
      else if (c === ',' && depth === 1) commas.push(i);
      else if (c === '}' && --depth === 0) {
        const body = text.slice(start + 1, i);
        if (commas.length > 0) {
          const bounds = [start, ...commas, i];
          return { start, end: i, items: bounds.slice(0, -1).map((from, k) => text.slice(from + 1, bounds[k + 1])) };
        }
        const range = sequence(body);
        if (range) return { start, end: i, items: range };
        break;
      }
    }
  }
  return null;
}

function sequence(body: string): string[] | null {
  const numeric = /^(-?\d+)\.\.(-?\d+)$/.exec(body);
  if (numeric) {
    const [from, to] = [Number(numeric[1]), Number(numeric[2])];
    const step = from <= to ? 1 : -1;
    return Array.from({ length: Math.abs(to - from) + 1 }, (_, i) => String(from + i * step));
  }
  const letters = /^([a-zA-Z])\.\.([a-zA-Z])$/.exec(body);
  if (letters) {
    const [from, to] = [letters[1].charCodeAt(0), letters[2].charCodeAt(0)];
    const step = from <= to ? 1 : -1;
    return Array.from({ length: Math.abs(to - from) + 1 }, (_, i) => String.fromCharCode(from + i * step));
  }
  return null;
}

/** Expand the braces in one piece of unquoted text into its alternatives. */
export function expandBraceText(text: string): string[] {
  const brace = firstBrace(text);
  if (!brace) return [text];
  const prefix = text.slice(0, brace.start);
  const suffix = text.slice(brace.end + 1);
  return brace.items.flatMap((item) => expandBraceText(prefix + item + suffix));
}

/** A word becomes one word per alternative (braces within one unquoted piece of text). */
export function expandBraces(word: Word): Word[] {
  for (const [index, part] of word.entries()) {
    if (part.type !== 'literal' || part.quoted || !part.text.includes('{')) continue;
    const texts = expandBraceText(part.text);
    if (texts.length === 1) continue;
    const rest = word.slice(index + 1);
    return texts.flatMap((text) => expandBraces([...word.slice(0, index), { ...part, text }, ...rest]));
  }
  return [word];
}
