/**
 * The lesson catalogue under Node: reads lessons/ from disk. Used by the headless
 * `lab` CLI and the lesson tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Check } from '../sandbox/checks/types.ts';
import type { LessonBundle } from '../sandbox/lesson.ts';
import { buildLessonBundle } from './parse.ts';

export const LESSONS_DIR = fileURLToPath(new URL('.', import.meta.url));

/** Lesson ids (folder names like `00-welcome`), in course order. */
export function lessonIds(): string[] {
  return readdirSync(LESSONS_DIR)
    .filter((name) => existsSync(join(LESSONS_DIR, name, 'lesson.md')))
    .sort();
}

function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  const visit = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) visit(full);
      else out[relative(dir, full)] = readFileSync(full, 'utf8');
    }
  };
  visit(dir);
  return out;
}

export async function loadLessonBundle(id: string): Promise<LessonBundle> {
  const dir = join(LESSONS_DIR, id);
  if (!existsSync(join(dir, 'lesson.md'))) {
    throw new Error(`unknown lesson "${id}" (known: ${lessonIds().join(', ')})`);
  }
  const stepFiles = readTree(join(dir, 'steps'));
  const steps = Object.fromEntries(
    Object.entries(stepFiles).filter(([name]) => name.endsWith('.md')).map(([name, source]) => [name.replace(/\.md$/, ''), source]),
  );
  const checksModule = (await import(pathToFileURL(join(dir, 'checks.ts')).href)) as { default: Check[] };
  const solveScript = join(dir, 'solution', 'solve.sh');
  return buildLessonBundle({
    id,
    lessonMarkdown: readFileSync(join(dir, 'lesson.md'), 'utf8'),
    steps,
    files: readTree(join(dir, 'files')),
    solutionFiles: readTree(join(dir, 'solution', 'files')),
    solutionScript: existsSync(solveScript) ? readFileSync(solveScript, 'utf8') : undefined,
    checks: checksModule.default,
  });
}

/** The lesson's demo script (the commands a speaker types), if it has one. */
export function readDemoScript(id: string): string | undefined {
  const path = join(LESSONS_DIR, id, 'demo.sh');
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}
