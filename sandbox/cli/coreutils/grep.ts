/** `grep`: print lines that match a pattern, with GNU grep's flags and exit codes. */
import type { CommandContext, CommandDefinition } from '../command.ts';
import { resolvePath } from '../../fs/path.ts';
import { parseOrReport, readInputs, splitLines } from './options.ts';

/** POSIX basic regular expressions: `\|`, `\+`, `\?`, `\(…\)` are the operators; bare ones are literal. */
function basicToExtended(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) {
      const next = pattern[++i];
      out += '|+?(){}'.includes(next) ? next : '\\' + next;
    } else if ('|+?(){}'.includes(c)) out += '\\' + c;
    else out += c;
  }
  return out;
}

function filesUnder(ctx: CommandContext, operand: string): string[] {
  const path = resolvePath(ctx.cwd, operand);
  if (!ctx.fs.isDirectory(path)) return [operand];
  const prefix = operand.endsWith('/') ? operand : operand + '/';
  return ctx.fs.walkFiles(path).map((file) => prefix + file.slice(path.length + 1));
}

export const grep: CommandDefinition = {
  name: 'grep',
  summary: 'print lines that match patterns',
  help: `Usage: grep [OPTION]... PATTERNS [FILE]...
Search for PATTERNS in each FILE.

  -E, --extended-regexp     PATTERNS are extended regular expressions
  -F, --fixed-strings       PATTERNS are strings
  -i, --ignore-case         ignore case distinctions in patterns and data
  -w, --word-regexp         match only whole words
  -v, --invert-match        select non-matching lines
  -c, --count               print only a count of selected lines per FILE
  -l, --files-with-matches  print only names of FILEs with selected lines
  -n, --line-number         print line number with output lines
  -o, --only-matching       show only nonempty parts of lines that match
  -q, --quiet, --silent     suppress all normal output
  -r, --recursive           search directories recursively
  -h, --no-filename         suppress the file name prefix on output
  -e, --regexp=PATTERNS     use PATTERNS for matching

Exit status is 0 if any line is selected, 1 otherwise; if any error occurs, 2.`,
  async run(ctx) {
    const options = parseOrReport(ctx, {
      flags: 'EFiwvclnoqrRhsH',
      values: 'e',
      long: { 'extended-regexp': 'E', 'fixed-strings': 'F', 'ignore-case': 'i', 'word-regexp': 'w', 'invert-match': 'v', count: 'c', 'files-with-matches': 'l', 'line-number': 'n', 'only-matching': 'o', quiet: 'q', silent: 'q', recursive: 'r', 'no-filename': 'h', regexp: 'e' },
    });
    if (typeof options === 'number') return options;
    const has = (flag: string) => options.flags.has(flag);
    const operands = [...options.operands];
    const patterns = options.lists.get('e') ?? (operands.length > 0 ? [operands.shift()!] : []);
    if (patterns.length === 0) {
      ctx.stderr.write("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n");
      return 2;
    }
    const translate = (pattern: string) => (has('F') ? pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : has('E') ? pattern : basicToExtended(pattern));
    // A pattern may hold several, one per line, like several -e options.
    let source = patterns.flatMap((p) => p.split('\n')).map(translate).join('|');
    if (has('w')) source = `(?<![\\w])(?:${source})(?![\\w])`;
    let regexp: RegExp;
    try {
      regexp = new RegExp(source, has('i') ? 'gi' : 'g');
    } catch {
      ctx.stderr.write(`grep: Invalid regular expression\n`);
      return 2;
    }
    const recursive = has('r') || has('R');
    let directoryError = false;
    const files: string[] = [];
    for (const operand of recursive && operands.length === 0 ? ['.'] : operands) {
      if (recursive) files.push(...filesUnder(ctx, operand));
      else if (ctx.fs.isDirectory(resolvePath(ctx.cwd, operand))) {
        ctx.stderr.write(`grep: ${operand}: Is a directory\n`);
        directoryError = true;
      } else files.push(operand);
    }
    const searchStdin = operands.length === 0 && !recursive;
    const { inputs, failed } = searchStdin || files.length > 0 ? await readInputs(ctx, files) : { inputs: [], failed: false };
    const withNames = (files.length > 1 || recursive || has('H')) && !has('h');
    let selectedAny = false;
    for (const { name, text } of inputs) {
      let count = 0;
      const lines = splitLines(text);
      for (const [index, line] of lines.entries()) {
        regexp.lastIndex = 0;
        const matches = regexp.test(line) !== has('v');
        if (!matches) continue;
        count++;
        selectedAny = true;
        if (has('q') || has('l') || has('c')) continue;
        const prefix = (withNames ? `${name}:` : '') + (has('n') ? `${index + 1}:` : '');
        if (has('o') && !has('v')) {
          regexp.lastIndex = 0;
          for (const match of line.matchAll(regexp)) if (match[0] !== '') ctx.stdout.write(prefix + match[0] + '\n');
        } else ctx.stdout.write(prefix + line + '\n');
      }
      if (has('q')) continue;
      if (has('l') && count > 0) ctx.stdout.write(name + '\n');
      else if (has('c')) ctx.stdout.write((withNames ? `${name}:` : '') + count + '\n');
    }
    if (has('q') && selectedAny) return 0;
    if (failed || directoryError) return 2;
    return selectedAny ? 0 : 1;
  },
};
