/** `mkdir`, `rm`, `cp`, `mv`, `touch`: change the file tree, with GNU's messages. */
import type { CommandContext, CommandDefinition } from '../command.ts';
import { FsError } from '../../fs/memory-fs.ts';
import { basename, dirname, resolvePath } from '../../fs/path.ts';
import { parseOrReport } from './options.ts';

function missingOperand(ctx: CommandContext): number {
  ctx.stderr.write(`${ctx.argv[0]}: missing operand\nTry '${ctx.argv[0]} --help' for more information.\n`);
  return 1;
}

export const mkdir: CommandDefinition = {
  name: 'mkdir',
  summary: 'make directories',
  help: `Usage: mkdir [OPTION]... DIRECTORY...
Create the DIRECTORY(ies), if they do not already exist.

  -p, --parents     no error if existing, make parent directories as needed`,
  run(ctx) {
    const options = parseOrReport(ctx, { flags: 'pv', long: { parents: 'p', verbose: 'v' } }, 1);
    if (typeof options === 'number') return options;
    if (options.operands.length === 0) return missingOperand(ctx);
    let status = 0;
    for (const operand of options.operands) {
      const path = resolvePath(ctx.cwd, operand);
      try {
        ctx.fs.mkdir(path, { recursive: options.flags.has('p') });
      } catch (error) {
        if (!(error instanceof FsError)) throw error;
        ctx.stderr.write(`mkdir: cannot create directory '${operand}': ${error.reason}\n`);
        status = 1;
      }
    }
    return status;
  },
};

export const rm: CommandDefinition = {
  name: 'rm',
  summary: 'remove files or directories',
  help: `Usage: rm [OPTION]... [FILE]...
Remove (unlink) the FILE(s).

  -f, --force           ignore nonexistent files and arguments, never prompt
  -r, -R, --recursive   remove directories and their contents recursively
  -d, --dir             remove empty directories`,
  run(ctx) {
    const options = parseOrReport(ctx, { flags: 'frRdvi', long: { force: 'f', recursive: 'r', dir: 'd', verbose: 'v' } }, 1);
    if (typeof options === 'number') return options;
    if (options.operands.length === 0) return options.flags.has('f') ? 0 : missingOperand(ctx);
    const recursive = options.flags.has('r') || options.flags.has('R');
    let status = 0;
    for (const operand of options.operands) {
      const path = resolvePath(ctx.cwd, operand);
      if (!ctx.fs.exists(path)) {
        if (!options.flags.has('f')) {
          ctx.stderr.write(`rm: cannot remove '${operand}': No such file or directory\n`);
          status = 1;
        }
        continue;
      }
      if (ctx.fs.isDirectory(path) && !recursive && !options.flags.has('d')) {
        ctx.stderr.write(`rm: cannot remove '${operand}': Is a directory\n`);
        status = 1;
        continue;
      }
      try {
        ctx.fs.remove(path, { recursive, dir: options.flags.has('d') });
      } catch (error) {
        if (!(error instanceof FsError)) throw error;
        ctx.stderr.write(`rm: cannot remove '${operand}': ${error.reason}\n`);
        status = 1;
      }
    }
    return status;
  },
};

function copyTree(ctx: CommandContext, from: string, to: string): void {
  if (ctx.fs.isDirectory(from)) {
    ctx.fs.mkdir(to, { recursive: true });
    for (const name of ctx.fs.readdir(from)) copyTree(ctx, `${from}/${name}`, `${to}/${name}`);
  } else {
    ctx.fs.writeFile(to, ctx.fs.readFileBytes(from));
  }
}

/** Shared by cp and mv: SOURCE... DEST, where DEST may be a directory. */
function transfer(ctx: CommandContext, verb: 'cp' | 'mv', flags: string, move: (from: string, to: string, operand: string, options: Set<string>) => void): number {
  const options = parseOrReport(ctx, { flags, long: { recursive: 'r', force: 'f', verbose: 'v' } }, 1);
  if (typeof options === 'number') return options;
  const operands = options.operands;
  if (operands.length === 0) return missingOperand(ctx);
  if (operands.length === 1) {
    ctx.stderr.write(`${verb}: missing destination file operand after '${operands[0]}'\nTry '${verb} --help' for more information.\n`);
    return 1;
  }
  const target = operands[operands.length - 1];
  const targetPath = resolvePath(ctx.cwd, target);
  const sources = operands.slice(0, -1);
  const intoDir = ctx.fs.isDirectory(targetPath);
  if (sources.length > 1 && !intoDir) {
    const problem = ctx.fs.exists(targetPath) ? ' is not a directory' : ': No such file or directory';
    ctx.stderr.write(`${verb}: target '${target}'${problem}\n`);
    return 1;
  }
  let status = 0;
  for (const source of sources) {
    const from = resolvePath(ctx.cwd, source);
    const to = intoDir ? `${targetPath}/${basename(from)}` : targetPath;
    if (!ctx.fs.exists(from)) {
      ctx.stderr.write(`${verb}: cannot stat '${source}': No such file or directory\n`);
      status = 1;
      continue;
    }
    if (!ctx.fs.isDirectory(dirname(to))) {
      ctx.stderr.write(`${verb}: cannot create regular file '${target}': No such file or directory\n`);
      status = 1;
      continue;
    }
    try {
      move(from, to, source, options.flags);
    } catch (error) {
      if (!(error instanceof FsError)) throw error;
      ctx.stderr.write(`${verb}: cannot ${verb === 'cp' ? 'copy' : 'move'} '${source}': ${error.reason}\n`);
      status = 1;
    }
  }
  return status;
}

export const cp: CommandDefinition = {
  name: 'cp',
  summary: 'copy files and directories',
  help: `Usage: cp [OPTION]... SOURCE... DEST
Copy SOURCE to DEST, or multiple SOURCE(s) to DIRECTORY.

  -r, -R, --recursive          copy directories recursively
  -f, --force                  overwrite without asking`,
  run(ctx) {
    return transfer(ctx, 'cp', 'rRfv', (from, to, source, flags) => {
      if (ctx.fs.isDirectory(from) && !flags.has('r') && !flags.has('R')) {
        throw Object.assign(new FsError('EISDIR', from), { reason: `-r not specified; omitting directory '${source}'` });
      }
      copyTree(ctx, from, to);
    });
  },
};

export const mv: CommandDefinition = {
  name: 'mv',
  summary: 'move (rename) files',
  help: `Usage: mv [OPTION]... SOURCE... DEST
Rename SOURCE to DEST, or move SOURCE(s) to DIRECTORY.

  -f, --force                  do not prompt before overwriting`,
  run: (ctx) => transfer(ctx, 'mv', 'fv', (from, to) => ctx.fs.rename(from, to)),
};

export const touch: CommandDefinition = {
  name: 'touch',
  summary: 'change file timestamps, creating empty files',
  help: `Usage: touch [OPTION]... FILE...
Update the modification time of each FILE to the current time.
A FILE argument that does not exist is created empty.`,
  run(ctx) {
    const options = parseOrReport(ctx, { flags: 'c', long: { 'no-create': 'c' } }, 1);
    if (typeof options === 'number') return options;
    if (options.operands.length === 0) return missingOperand(ctx);
    let status = 0;
    for (const operand of options.operands) {
      const path = resolvePath(ctx.cwd, operand);
      if (ctx.fs.isDirectory(path)) continue;
      if (!ctx.fs.isDirectory(dirname(path))) {
        ctx.stderr.write(`touch: cannot touch '${operand}': No such file or directory\n`);
        status = 1;
        continue;
      }
      if (ctx.fs.exists(path)) ctx.fs.writeFile(path, ctx.fs.readFileBytes(path));
      else if (!options.flags.has('c')) ctx.fs.writeFile(path, '');
    }
    return status;
  },
};
