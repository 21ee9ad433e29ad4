/**
 * Tab completion: command names for the first word, then the command's own
 * completer (kubectl resource names…) and paths in the sandbox fs.
 */
import type { CommandRegistry, CompletionContext } from '../cli/command.ts';
import { resolvePath } from '../fs/path.ts';

export interface Completion {
  /** Where in the line the word being completed starts. */
  start: number;
  /** Full replacements for the word; directories end with `/`. */
  candidates: string[];
}

/** Split the text before the cursor into words (simple quoting is enough here). */
function wordsBefore(text: string): { words: string[]; start: number } {
  const words: string[] = [];
  let current = '';
  let start = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
      else current += c;
    } else if (c === "'" || c === '"') {
      quote = c;
    } else if (c === ' ' || c === '\t') {
      if (current !== '') words.push(current);
      current = '';
      start = i + 1;
    } else if (c === '|' || c === ';' || c === '&') {
      words.length = 0;
      current = '';
      start = i + 1;
    } else {
      current += c;
    }
  }
  words.push(current);
  return { words, start };
}

export function completePath(word: string, ctx: CompletionContext): string[] {
  const slash = word.lastIndexOf('/');
  const dirPart = slash >= 0 ? word.slice(0, slash + 1) : '';
  const prefix = word.slice(slash + 1);
  const expandedDir = dirPart.startsWith('~') ? (ctx.env.get('HOME') ?? '/') + dirPart.slice(1) : dirPart;
  const dir = resolvePath(ctx.cwd, expandedDir === '' ? '.' : expandedDir);
  if (!ctx.fs.isDirectory(dir)) return [];
  return ctx.fs
    .readdir(dir)
    .filter((name) => name.startsWith(prefix) && (prefix.startsWith('.') || !name.startsWith('.')))
    .map((name) => dirPart + name + (ctx.fs.isDirectory(`${dir}/${name}`) ? '/' : ''));
}

export function complete(line: string, cursor: number, registry: CommandRegistry, ctx: CompletionContext): Completion {
  const { words, start } = wordsBefore(line.slice(0, cursor));
  const word = words[words.length - 1];
  if (words.length === 1 && !word.includes('/')) {
    return { start, candidates: registry.names().filter((name) => name.startsWith(word)) };
  }
  const command = registry.get(words[0]);
  const own = command?.complete?.(words.slice(1), ctx) ?? [];
  const candidates = own.length > 0 ? own.filter((c) => c.startsWith(word)) : completePath(word, ctx);
  return { start, candidates: [...new Set(candidates)] };
}

export function commonPrefix(values: string[]): string {
  if (values.length === 0) return '';
  let prefix = values[0];
  for (const value of values) while (!value.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}
