/**
 * Every command the learner can run, registered in one place. Adding a CLI is one
 * folder under sandbox/cli/ that exports its CommandDefinition(s), plus one line here.
 */
import { createRegistry, type CommandRegistry } from './command.ts';
import { shellBuiltins } from '../shell/builtins/index.ts';
import { coreutils } from './coreutils/index.ts';
import { kubectl } from './kubectl/index.ts';

export function createCommandRegistry(): CommandRegistry {
  return createRegistry([...shellBuiltins, ...coreutils, kubectl]);
}
