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

/**
 * Split the text before the cursor into words, unquoting them; `quote` is the
 * quote left open in the last word, so candidates can be written back the same way.
 */
function wordsBefore(text: string): { words: string[]; start: number; quote: string | null } {
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
    } else if (c === '\\' && i + 1 < text.length) {
      current += text[++i];
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
  return { words, start, quote };
}

/** Write a candidate back into the line: inside the open quote, or with backslashes. */
function requote(candidate: string, quote: string | null): string {
  if (quote) return quote + candidate;
  return candidate.replace(/[ \t'"\\$`!&;|<>()*?#]/g, '\\$&');
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

export function complete(line: string, cursor: number, registry: CommandRegistry, ctx: CompletionContext, aliases: ReadonlyMap<string, string> = new Map()): Completion {
  const { words, start, quote } = wordsBefore(line.slice(0, cursor));
  const word = words[words.length - 1];
  if (words.length === 1 && !word.includes('/')) {
    const names = [...new Set([...registry.names(), ...aliases.keys()])].sort();
    return { start, candidates: names.filter((name) => name.startsWith(word)).map((c) => requote(c, quote)) };
  }
  // `alias k=kubectl`: complete `k get po` as kubectl would.
  const command = registry.get(aliases.get(words[0])?.trim().split(/\s+/)[0] ?? words[0]);
  // The command's own candidates (kubectl: resource names) first; paths when it has none.
  const own = (command?.complete?.(words.slice(1), ctx) ?? []).filter((c) => c.startsWith(word));
  let candidates = own.length > 0 ? own : completePath(word, ctx);
  if (words[0] === 'cd') candidates = candidates.filter((c) => c.endsWith('/'));
  return { start, candidates: [...new Set(candidates)].map((c) => requote(c, quote)) };
}

export function commonPrefix(values: string[]): string {
  if (values.length === 0) return '';
  let prefix = values[0];
  for (const value of values) while (!value.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}
