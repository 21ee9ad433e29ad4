/** The shell's builtins and basic utilities that live with the shell. */
import type { CommandDefinition } from '../../cli/command.ts';
import { alias, unalias } from './alias.ts';
import { cd, pwd } from './cd.ts';
import { echo, printf } from './echo.ts';
import { envCommand, exportBuiltin, unset } from './environment.ts';
import { bracket, test } from './test.ts';
import { bash, clear, colon, exit, falseCommand, help, history, sh, sleep, trueCommand, which } from './session.ts';

export const shellBuiltins: CommandDefinition[] = [
  cd, pwd, echo, printf, exportBuiltin, unset, envCommand, clear, history, help, exit, trueCommand, falseCommand, colon, sleep, which, test, bracket, alias, unalias, bash, sh,
];
