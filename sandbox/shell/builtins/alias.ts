/** `alias` and `unalias`: short names for command lines, such as `alias k=kubectl`. */
import type { CommandDefinition } from '../../cli/command.ts';
import { shellQuote } from './environment.ts';

/** bash prints definitions so they can be pasted back: alias k='kubectl'. */
const definition = (name: string, value: string) => `alias ${name}='${value.replace(/'/g, `'\\''`)}'\n`;

export const alias: CommandDefinition = {
  name: 'alias',
  builtin: true,
  summary: 'define or display aliases',
  help: "alias: alias [-p] [name[=value] ... ]\n    Define or display aliases. Without arguments, print the list of aliases\n    in the reusable form `alias NAME=VALUE'. With NAME=VALUE, define an alias:\n    NAME, typed as a command, stands for VALUE (e.g. alias k=kubectl).",
  run(ctx) {
    const aliases = ctx.shell.aliases;
    const args = ctx.argv.slice(1).filter((arg) => arg !== '-p');
    if (args.length === 0) {
      for (const name of [...aliases.keys()].sort()) ctx.stdout.write(definition(name, aliases.get(name)!));
      return 0;
    }
    let status = 0;
    for (const arg of args) {
      const index = arg.indexOf('=');
      if (index > 0) {
        const name = arg.slice(0, index);
        if (/[\s/$`'"\\=|&;()<>]/.test(name)) {
          ctx.stderr.write(`bash: alias: \`${name}': invalid alias name\n`);
          status = 1;
        } else aliases.set(name, arg.slice(index + 1));
      } else if (aliases.has(arg)) {
        ctx.stdout.write(definition(arg, aliases.get(arg)!));
      } else {
        ctx.stderr.write(`bash: alias: ${arg}: not found\n`);
        status = 1;
      }
    }
    return status;
  },
};

export const unalias: CommandDefinition = {
  name: 'unalias',
  builtin: true,
  summary: 'remove aliases',
  help: 'unalias: unalias [-a] name [name ...]\n    Remove each NAME from the list of defined aliases; -a removes them all.',
  run(ctx) {
    const aliases = ctx.shell.aliases;
    const args = ctx.argv.slice(1);
    if (args[0] === '-a') {
      aliases.clear();
      return 0;
    }
    if (args.length === 0) {
      ctx.stderr.write('unalias: usage: unalias [-a] name [name ...]\n');
      return 2;
    }
    let status = 0;
    for (const name of args) {
      if (!aliases.delete(name)) {
        ctx.stderr.write(`bash: unalias: ${shellQuote(name)}: not found\n`);
        status = 1;
      }
    }
    return status;
  },
};
