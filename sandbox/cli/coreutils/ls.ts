/** `ls`: list directory contents, in columns on a terminal and one per line otherwise. */
import type { CommandContext, CommandDefinition } from '../command.ts';
import { resolvePath } from '../../fs/path.ts';

const BLUE = '\x1b[1;34m';
const RESET = '\x1b[0m';

/**
 * GNU ls's column layout: the most columns that fit, filled top to bottom; every
 * column but the last is its widest name plus two spaces, each at least 3 wide,
 * and the line must stay shorter than the terminal. (GNU pads with tabs, which a
 * terminal shows the same as these spaces.)
 */
function formatColumns(names: string[], width: number, display: (name: string) => string): string {
  if (names.length === 0) return '';
  let layout = { rows: names.length, widths: [Math.max(...names.map((n) => n.length))] };
  for (let cols = Math.min(names.length, Math.floor(width / 3)); cols > 1; cols--) {
    const rows = Math.ceil(names.length / cols);
    const widths = Array.from({ length: cols }, (_, c) => {
      const longest = Math.max(0, ...names.slice(c * rows, c * rows + rows).map((n) => n.length));
      return Math.max(3, longest + (c === cols - 1 ? 0 : 2));
    });
    if (widths.reduce((sum, w) => sum + w, 0) < width) {
      layout = { rows, widths };
      break;
    }
  }
  const { rows, widths } = layout;
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    let line = '';
    for (let c = 0; c * rows + r < names.length; c++) {
      const name = names[c * rows + r];
      const isLast = (c + 1) * rows + r >= names.length;
      line += display(name) + (isLast ? '' : ' '.repeat(widths[c] - name.length));
    }
    lines.push(line);
  }
  return lines.join('\n') + '\n';
}

function longFormat(ctx: CommandContext, dir: string, names: string[], display: (name: string, path: string) => string, withTotal: boolean): string {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const stats = names.map((name) => ({ name, path: name.startsWith('/') ? name : resolvePath(dir, name) })).map((entry) => ({ ...entry, stat: ctx.fs.stat(entry.path) }));
  const sizeWidth = Math.max(1, ...stats.map(({ stat }) => String(stat.size).length));
  const lines = stats.map(({ name, path, stat }) => {
    const date = new Date(stat.mtimeMs);
    const when = `${months[date.getUTCMonth()]} ${String(date.getUTCDate()).padStart(2)} ${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')}`;
    const mode = (stat.isDirectory() ? 'd' : '-') + (stat.isDirectory() ? 'rwxr-xr-x' : 'rw-r--r--');
    return `${mode} 1 learner learner ${String(stat.size).padStart(sizeWidth)} ${when} ${display(name, path)}`;
  });
  const blocks = stats.reduce((sum, { stat }) => sum + Math.ceil(stat.size / 4096) * 4, 0);
  // Listing a directory starts with its block total; listing files named on the command line does not.
  return (withTotal ? `total ${blocks}\n` : '') + lines.map((l) => l + '\n').join('');
}

export const ls: CommandDefinition = {
  name: 'ls',
  summary: 'list directory contents',
  help: `Usage: ls [OPTION]... [FILE]...
List information about the FILEs (the current directory by default).

  -a, --all                  do not ignore entries starting with .
  -l                         use a long listing format
  -d, --directory            list directories themselves, not their contents
  -1                         list one file per line
  -R, --recursive            list subdirectories recursively
  -F, --classify             append / to directories`,
  run(ctx) {
    const args = ctx.argv.slice(1);
    const flags = new Set<string>();
    const operands: string[] = [];
    for (const arg of args) {
      if (arg === '--all') flags.add('a');
      else if (arg === '--recursive') flags.add('R');
      else if (arg === '--classify') flags.add('F');
      else if (arg === '--directory') flags.add('d');
      else if (arg.startsWith('--')) {
        ctx.stderr.write(`ls: unrecognized option '${arg}'\nTry 'ls --help' for more information.\n`);
        return 2;
      } else if (arg.startsWith('-') && arg.length > 1) {
        for (const flag of arg.slice(1)) {
          if (!'alR1FAhd'.includes(flag)) {
            ctx.stderr.write(`ls: invalid option -- '${flag}'\nTry 'ls --help' for more information.\n`);
            return 2;
          }
          flags.add(flag);
        }
      } else operands.push(arg);
    }
    const color = ctx.stdout.isTTY;
    const display = (name: string, path: string) => {
      const dir = ctx.fs.isDirectory(path);
      const shown = name + (flags.has('F') && dir ? '/' : '');
      return color && dir ? `${BLUE}${shown}${RESET}` : shown;
    };
    const list = (dir: string, names: string[], isDirectory = true) => {
      if (flags.has('l')) return longFormat(ctx, dir, names, display, isDirectory);
      if (!ctx.stdout.isTTY || flags.has('1')) return names.map((n) => display(n, resolvePath(dir, n)) + '\n').join('');
      const shownNames = names.map((n) => n + (flags.has('F') && ctx.fs.isDirectory(resolvePath(dir, n)) ? '/' : ''));
      return formatColumns(shownNames, ctx.stdout.columns, (n) => display(n.replace(/\/$/, ''), resolvePath(dir, n.replace(/\/$/, ''))) + (n.endsWith('/') && !flags.has('F') ? '' : ''));
    };
    const entriesOf = (path: string) => {
      const names = ctx.fs.readdir(path).filter((n) => flags.has('a') || flags.has('A') || !n.startsWith('.'));
      return flags.has('a') ? ['.', '..', ...names] : names;
    };

    let status = 0;
    const targets = operands.length > 0 ? operands : ['.'];
    const files: string[] = [];
    const dirs: string[] = [];
    for (const target of targets) {
      const path = resolvePath(ctx.cwd, target);
      if (!ctx.fs.exists(path)) {
        ctx.stderr.write(`ls: cannot access '${target}': No such file or directory\n`);
        status = 2;
      } else if (ctx.fs.isDirectory(path) && !flags.has('d')) dirs.push(target);
      else files.push(target);
    }
    let out = '';
    if (files.length > 0) out += list(ctx.cwd, files, false);
    const showHeaders = targets.length > 1 || flags.has('R');
    const visit = (target: string, first: boolean) => {
      const path = resolvePath(ctx.cwd, target);
      const names = entriesOf(path);
      if (showHeaders) out += `${first && files.length === 0 ? '' : '\n'}${target}:\n`;
      out += list(path, names);
      if (flags.has('R')) {
        for (const name of names) {
          if (name === '.' || name === '..') continue;
          if (ctx.fs.isDirectory(resolvePath(path, name))) visit(target === '.' ? `./${name}` : `${target.replace(/\/$/, '')}/${name}`, false);
        }
      }
    };
    dirs.forEach((dir, i) => visit(dir, i === 0));
    ctx.stdout.write(out);
    return status;
  },
};


