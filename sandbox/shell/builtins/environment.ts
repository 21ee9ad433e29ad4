/** `export`, `unset` and `env`: the shell's environment. */
import type { CommandDefinition } from '../../cli/command.ts';

function quoteForExport(value: string): string {
  return `"${value.replace(/(["\\$`])/g, '\\$1')}"`;
}

export const exportBuiltin: CommandDefinition = {
  name: 'export',
  builtin: true,
  summary: 'set environment variables',
  help: 'export: export [-p] [name[=value] ...]\n    Set export attribute for shell variables; with no arguments or -p, list them.',
  run({ argv, env, stdout, stderr }) {
    const args = argv.slice(1).filter((arg) => arg !== '-p');
    if (args.length === 0) {
      for (const [name, value] of [...env].sort(([a], [b]) => (a < b ? -1 : 1))) stdout.write(`declare -x ${name}=${quoteForExport(value)}\n`);
      return 0;
    }
    let status = 0;
    for (const arg of args) {
      const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:=([\s\S]*))?$/.exec(arg);
      if (!match) {
        stderr.write(`bash: export: \`${arg}': not a valid identifier\n`);
        status = 1;
        continue;
      }
      // `export NAME` with no value exports nothing until NAME is set.
      if (match[2] !== undefined) env.set(match[1], match[2]);
    }
    return status;
  },
};

export const unset: CommandDefinition = {
  name: 'unset',
  builtin: true,
  summary: 'remove variables',
  help: 'unset: unset [name ...]\n    Remove each variable NAME from the environment.',
  run({ argv, env }) {
    for (const name of argv.slice(1).filter((arg) => !arg.startsWith('-'))) env.delete(name);
    return 0;
  },
};

export const envCommand: CommandDefinition = {
  name: 'env',
  builtin: true,
  summary: 'print the environment, or run a command in a modified one',
  help: 'Usage: env [NAME=VALUE]... [COMMAND [ARG]...]\nSet each NAME to VALUE in the environment and run COMMAND; with no COMMAND, print the environment.',
  async run({ argv, env, stdout, stderr, shell }) {
    const args = argv.slice(1);
    const extra: [string, string][] = [];
    while (args.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(args[0])) {
      const arg = args.shift()!;
      const index = arg.indexOf('=');
      extra.push([arg.slice(0, index), arg.slice(index + 1)]);
    }
    if (args.length === 0) {
      for (const [name, value] of [...env, ...extra]) stdout.write(`${name}=${value}\n`);
      return 0;
    }
    const prefix = extra.map(([name, value]) => `${name}=${shellQuote(value)} `).join('');
    return shell.run(prefix + args.map(shellQuote).join(' '), { stdout, stderr });
  },
};

export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
