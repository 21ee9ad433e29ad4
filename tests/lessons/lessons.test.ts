/**
 * Every lesson proves itself: its starting state fails at least one check, its
 * solution passes every check of every step, and its demo script runs clean.
 */
import { describe, expect, it } from 'vitest';
import { lessonIds, loadLessonBundle, readDemoScript } from '../../lessons/catalog.node.ts';
import { applySolution, checksForStep, createLessonSandbox } from '../../sandbox/lesson.ts';

const ids = lessonIds();

describe.each(ids)('lesson %s', (id) => {
  it('starts with at least one failing check', async () => {
    const bundle = await loadLessonBundle(id);
    const sandbox = createLessonSandbox(bundle);
    const results = await sandbox.runChecks(bundle.checks);
    expect(results.some((result) => !result.pass)).toBe(true);
    for (const result of results) expect(result.message.length).toBeGreaterThan(0);
  });

  it('every step is checked, and the solution passes every step', async () => {
    const bundle = await loadLessonBundle(id);
    const sandbox = createLessonSandbox(bundle);
    const solution = await applySolution(sandbox, bundle);
    expect(solution.stderr).toBe('');
    expect(solution.exitCode).toBe(0);
    for (const step of bundle.steps) {
      const results = await sandbox.runChecks(checksForStep(bundle, step.slug));
      expect(results.filter((r) => !r.pass), `step ${step.slug}`).toEqual([]);
    }
    const allChecked = new Set(bundle.steps.flatMap((step) => step.checks));
    expect(bundle.checks.map((check) => check.id).filter((checkId) => !allChecked.has(checkId))).toEqual([]);
  });

  it('runs its demo script without errors', async () => {
    const script = readDemoScript(id);
    expect(script, `${id}/demo.sh`).toBeDefined();
    const sandbox = createLessonSandbox(await loadLessonBundle(id));
    const result = await sandbox.run(script!);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
  });
});

it('finds the lessons', () => {
  expect(ids).toContain('00-welcome');
});
