/** Builtins about the session itself: clear, history, help, exit, true, false, :, sleep, which, bash. */
import type { CommandDefinition } from '../../cli/command.ts';
import { resolvePath } from '../../fs/path.ts';

export const clear: CommandDefinition = {
  name: 'clear',
  builtin: true,
  summary: 'clear the terminal screen',
  help: 'Usage: clear\nClear the terminal screen and its scrollback.',
  run({ shell }) {
    shell.clearScreen();
    return 0;
  },
};

export const history: CommandDefinition = {
  name: 'history',
  builtin: true,
  summary: 'show the command history',
  help: 'history: history [n]\n    Display the command history list with line numbers; with N, only the last N entries.',
  run({ argv, shell, stdout, stderr }) {
    const entries = shell.history;
    let from = 0;
    if (argv[1] !== undefined) {
      const count = Number(argv[1]);
      if (!Number.isInteger(count) || count < 0) {
        stderr.write(`bash: history: ${argv[1]}: numeric argument required\n`);
        return 1;
      }
      from = Math.max(0, entries.length - count);
    }
    entries.slice(from).forEach((line, i) => stdout.write(`${String(from + i + 1).padStart(5)}  ${line}\n`));
    return 0;
  },
};

export const help: CommandDefinition = {
  name: 'help',
  builtin: true,
  summary: 'list the commands you can use',
  help: 'help: help [command]\n    List the available commands, or show the help of one (same as COMMAND --help).',
  run({ argv, shell, stdout, stderr }) {
    const name = argv[1];
    if (name) {
      const command = shell.registry.get(name);
      if (!command) {
        stderr.write(`bash: help: no help topics match \`${name}'.  Try \`help help' or \`man -k ${name}' or \`info ${name}'.\n`);
        return 1;
      }
      stdout.write(command.help.endsWith('\n') ? command.help : command.help + '\n');
      return 0;
    }
    const commands = shell.registry.names().map((n) => shell.registry.get(n)!);
    const width = Math.max(...commands.map((c) => c.name.length)) + 2;
    const section = (title: string, list: typeof commands) => {
      stdout.write(`${title}\n`);
      for (const command of list) stdout.write(`  ${command.name.padEnd(width)}${command.summary}\n`);
    };
    stdout.write('VPNception sandbox shell. Every command accepts --help.\n\n');
    section('Shell builtins:', commands.filter((c) => c.builtin));
    stdout.write('\n');
    section('Commands:', commands.filter((c) => !c.builtin));
    return 0;
  },
};

export const exit: CommandDefinition = {
  name: 'exit',
  builtin: true,
  summary: 'exit the shell',
  help: 'exit: exit [n]\n    Exit the shell with a status of N (default: the last status).',
  run({ argv, shell, stderr }) {
    const last = shell.lastStatus;
    const code = argv[1] === undefined ? last : Number(argv[1]);
    if (!Number.isInteger(code)) {
      stderr.write(`bash: exit: ${argv[1]}: numeric argument required\n`);
      shell.exit(2);
      return 2;
    }
    shell.exit(code & 255);
    return code & 255;
  },
};

export const trueCommand: CommandDefinition = {
  name: 'true',
  builtin: true,
  summary: 'do nothing, successfully',
  help: 'true: true\n    Return a successful result.',
  run: () => 0,
};

export const colon: CommandDefinition = {
  name: ':',
  builtin: true,
  summary: 'do nothing, successfully (the null command)',
  help: ':: :\n    Null command. No effect; the command does nothing. Exit Status: always succeeds.',
  run: () => 0,
};

export const falseCommand: CommandDefinition = {
  name: 'false',
  builtin: true,
  summary: 'do nothing, unsuccessfully',
  help: 'false: false\n    Return an unsuccessful result.',
  run: () => 1,
};

export const sleep: CommandDefinition = {
  name: 'sleep',
  builtin: true,
  summary: 'let virtual time pass',
  help: 'Usage: sleep NUMBER[SUFFIX]...\nPause for NUMBER seconds (suffix s, m, h or d). In the sandbox, time is virtual:\nthe cluster sees the time pass at once.',
  async run({ argv, world, stderr, signal }) {
    const args = argv.slice(1);
    if (args.length === 0) {
      stderr.write("sleep: missing operand\nTry 'sleep --help' for more information.\n");
      return 1;
    }
    let total = 0;
    for (const arg of args) {
      const match = /^(\d+(?:\.\d+)?|\.\d+)([smhd]?)$/.exec(arg);
      if (!match) {
        stderr.write(`sleep: invalid time interval '${arg}'\nTry 'sleep --help' for more information.\n`);
        return 1;
      }
      total += Number(match[1]) * { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[match[2] as '' | 's' | 'm' | 'h' | 'd'];
    }
    // Advance in one-second steps so controllers see every moment they care about,
    // and now and then let the host deliver a Ctrl-C (the clock stays virtual).
    let remaining = Math.round(total * 1000);
    for (let steps = 1; remaining > 0; steps++) {
      if (signal.aborted) return 130;
      const step = Math.min(1000, remaining);
      world.advance(step);
      remaining -= step;
      if (steps % 60 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return signal.aborted ? 130 : 0;
  },
};

/** Builtins that exist only inside bash: `which` (which searches $PATH) does not find them. */
const SHELL_ONLY = new Set(['cd', 'export', 'unset', 'exit', 'history', 'help', ':', 'alias', 'unalias']);

export const which: CommandDefinition = {
  name: 'which',
  builtin: true,
  summary: 'locate a command',
  help: 'Usage: which [-a] COMMAND...\nPrint the path of each COMMAND that would be run; exit 1 if one is not found.',
  run({ argv, shell, stdout }) {
    let status = 0;
    for (const name of argv.slice(1).filter((arg) => !arg.startsWith('-'))) {
      if (shell.registry.has(name) && !SHELL_ONLY.has(name)) stdout.write(`/usr/bin/${name}\n`);
      else status = 1;
    }
    return status;
  },
};

export const bash: CommandDefinition = {
  name: 'bash',
  summary: 'run a shell script or command string',
  help: 'Usage: bash [-c COMMANDS | FILE]\nRun COMMANDS, or the script in FILE, in a child shell.',
  async run({ argv, fs, cwd, stdin, stdout, stderr, shell }) {
    const args = argv.slice(1);
    if (args[0] === '-c') {
      if (args[1] === undefined) {
        stderr.write(`${argv[0]}: -c: option requires an argument\n`);
        return 2;
      }
      return shell.run(args[1], { stdout, stderr });
    }
    if (args.length === 0) return shell.run(await stdin.readAll(), { stdout, stderr });
    const path = resolvePath(cwd, args[0]);
    if (!fs.isFile(path)) {
      stderr.write(`${argv[0]}: ${args[0]}: No such file or directory\n`);
      return 127;
    }
    return shell.run(fs.readFile(path), { stdout, stderr });
  },
};

export const sh: CommandDefinition = { ...bash, name: 'sh' };
