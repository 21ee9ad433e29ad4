/**
 * What a lesson check is and what it reports. Checks run inside the sandbox against
 * the world (objects, reachability, traces), never against the text of a file.
 */
import type { MemoryFs } from '../fs/memory-fs.ts';
import type { World } from '../world/world.ts';

export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface CheckContext {
  world: World;
  fs: MemoryFs;
  /** The learner's home directory, where the workspace files live. */
  home: string;
  /** Run a command line in a throwaway shell (the learner's shell is untouched). */
  run(line: string): Promise<RunResult>;
}

export interface CheckOutcome {
  pass: boolean;
  /** Learner-facing: what was found, in the world's terms. */
  message: string;
  /** Learner-facing: what to try next; shown when the check fails. */
  hint?: string;
}

export interface Check {
  /** Stable id, referenced from step frontmatter (`checks: [namespace-exists]`). */
  id: string;
  /** What the learner should achieve, e.g. "Namespace shop exists". */
  title: string;
  run(ctx: CheckContext): CheckOutcome | Promise<CheckOutcome>;
}

export interface CheckResult extends CheckOutcome {
  id: string;
  title: string;
}

/** Identity helper that gives lesson authors type checking and keeps ids unique. */
export function defineChecks(checks: Check[]): Check[] {
  const seen = new Set<string>();
  for (const check of checks) {
    if (seen.has(check.id)) throw new Error(`check id "${check.id}" is defined twice`);
    seen.add(check.id);
  }
  return checks;
}
