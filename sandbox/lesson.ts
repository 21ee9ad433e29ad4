/**
 * A lesson as the sandbox sees it: starting files, a scenario, checks per step and a
 * solution. Both lesson catalogues (Node's, reading lessons/ from disk, and the
 * browser's, bundled by Vite) produce a LessonBundle; everything else works on it.
 */
import { createSandbox, type Sandbox } from './index.ts';
import type { Check, RunResult } from './checks/types.ts';

export interface LessonStep {
  /** File name of the step without extension, e.g. `01-namespace`. */
  slug: string;
  title: string;
  /** Ids of the checks that verify this step. */
  checks: string[];
  hints: string[];
}

export interface LessonBundle {
  id: string;
  title: string;
  scenario: string;
  /** Starting workspace, paths relative to the learner's home directory. */
  files: Record<string, string>;
  /** Files as the solution leaves them (only those it adds or changes). */
  solutionFiles: Record<string, string>;
  /** Commands that finish the solution once its files are in place. */
  solutionScript?: string;
  checks: Check[];
  steps: LessonStep[];
}

export function createLessonSandbox(bundle: LessonBundle, options: { seed?: number } = {}): Sandbox {
  return createSandbox({ scenario: bundle.scenario, files: bundle.files, seed: options.seed });
}

/** Write the solution's files into the workspace, then run its script in the learner's shell. */
export async function applySolution(sandbox: Sandbox, bundle: LessonBundle): Promise<RunResult> {
  sandbox.fs.load(bundle.solutionFiles, sandbox.home);
  if (!bundle.solutionScript) return { exitCode: 0, stdout: '', stderr: '' };
  return sandbox.run(bundle.solutionScript);
}

/** The checks of one step, or of the whole lesson when no step is given. */
export function checksForStep(bundle: LessonBundle, stepSlug?: string): Check[] {
  if (!stepSlug) return bundle.checks;
  const step = bundle.steps.find((s) => s.slug === stepSlug);
  if (!step) throw new Error(`lesson ${bundle.id} has no step "${stepSlug}"`);
  return step.checks.map((id) => {
    const check = bundle.checks.find((c) => c.id === id);
    if (!check) throw new Error(`step ${stepSlug} of lesson ${bundle.id} names an unknown check "${id}"`);
    return check;
  });
}
