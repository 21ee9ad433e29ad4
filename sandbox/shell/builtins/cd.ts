/** `cd` and `pwd`: the shell's working directory. */
import type { CommandDefinition } from '../../cli/command.ts';
import { resolvePath } from '../../fs/path.ts';

export const cd: CommandDefinition = {
  name: 'cd',
  builtin: true,
  summary: 'change the working directory',
  help: 'cd: cd [dir]\n    Change the shell working directory to DIR (default $HOME). `cd -` returns to the previous one.',
  run({ argv, env, cwd, fs, stdout, stderr, shell }) {
    const args = argv.slice(1);
    if (args.length > 1) {
      stderr.write('bash: cd: too many arguments\n');
      return 1;
    }
    let target = args[0] ?? env.get('HOME') ?? '/';
    if (target === '-') {
      target = env.get('OLDPWD') ?? cwd;
      stdout.write(target + '\n');
    }
    const path = resolvePath(cwd, target);
    if (!fs.exists(path)) {
      stderr.write(`bash: cd: ${target}: No such file or directory\n`);
      return 1;
    }
    if (!fs.isDirectory(path)) {
      stderr.write(`bash: cd: ${target}: Not a directory\n`);
      return 1;
    }
    shell.chdir(path);
    return 0;
  },
};

export const pwd: CommandDefinition = {
  name: 'pwd',
  builtin: true,
  summary: 'print the working directory',
  help: 'pwd: pwd\n    Print the name of the current working directory.',
  run({ cwd, stdout }) {
    stdout.write(cwd + '\n');
    return 0;
  },
};
