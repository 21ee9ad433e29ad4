/** `ls`: list directory contents, in columns on a terminal and one per line otherwise. */
import type { CommandContext, CommandDefinition } from '../command.ts';
import { resolvePath } from '../../fs/path.ts';

const BLUE = '\x1b[1;34m';
const RESET = '\x1b[0m';

function formatColumns(names: string[], width: number, display: (name: string) => string): string {
  if (names.length === 0) return '';
  // GNU ls fills columns top to bottom with two spaces between them.
  for (let rows = 1; rows <= names.length; rows++) {
    const cols = Math.ceil(names.length / rows);
    const widths = Array.from({ length: cols }, (_, c) => Math.max(...names.slice(c * rows, c * rows + rows).map((n) => n.length)));
    const total = widths.reduce((sum, w) => sum + w, 0) + 2 * (cols - 1);
    if (total <= width || rows === names.length) {
      const lines: string[] = [];
      for (let r = 0; r < rows; r++) {
        const cells: string[] = [];
        for (let c = 0; c < cols; c++) {
          const name = names[c * rows + r];
          if (name === undefined) continue;
          const isLast = c === cols - 1 || names[(c + 1) * rows + r] === undefined;
          cells.push(display(name) + (isLast ? '' : ' '.repeat(widths[c] - name.length + 2)));
        }
        lines.push(cells.join(''));
      }
      return lines.join('\n') + '\n';
    }
  }
  return '';
}

function longFormat(ctx: CommandContext, dir: string, names: string[], display: (name: string, path: string) => string): string {
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
  return `total ${blocks}\n` + lines.map((l) => l + '\n').join('');
}

export const ls: CommandDefinition = {
  name: 'ls',
  summary: 'list directory contents',
  help: `Usage: ls [OPTION]... [FILE]...
List information about the FILEs (the current directory by default).

  -a, --all                  do not ignore entries starting with .
  -l                         use a long listing format
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
      else if (arg.startsWith('--')) {
        ctx.stderr.write(`ls: unrecognized option '${arg}'\nTry 'ls --help' for more information.\n`);
        return 2;
      } else if (arg.startsWith('-') && arg.length > 1) {
        for (const flag of arg.slice(1)) {
          if (!'alR1FAh'.includes(flag)) {
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
    const list = (dir: string, names: string[]) => {
      if (flags.has('l')) return longFormat(ctx, dir, names, display);
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
      } else if (ctx.fs.isDirectory(path)) dirs.push(target);
      else files.push(target);
    }
    let out = '';
    if (files.length > 0) out += list(ctx.cwd, files);
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


