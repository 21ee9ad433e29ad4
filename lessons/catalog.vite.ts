/// <reference types="vite/client" />
/**
 * The lesson catalogue in the browser: Vite bundles every lesson's sources, one
 * lazily loaded chunk per file, and this module assembles a LessonBundle on demand.
 */
import type { Check } from '../sandbox/checks/types.ts';
import type { LessonBundle } from '../sandbox/lesson.ts';
import { buildLessonBundle } from './parse.ts';

type Loaders<T> = Record<string, () => Promise<T>>;

const lessonSources = import.meta.glob('./*/lesson.md', { query: '?raw', import: 'default' }) as Loaders<string>;
const stepSources = import.meta.glob('./*/steps/*.md', { query: '?raw', import: 'default' }) as Loaders<string>;
const startFiles = import.meta.glob('./*/files/**/*', { query: '?raw', import: 'default' }) as Loaders<string>;
const solutionFiles = import.meta.glob('./*/solution/files/**/*', { query: '?raw', import: 'default' }) as Loaders<string>;
const solutionScripts = import.meta.glob('./*/solution/solve.sh', { query: '?raw', import: 'default' }) as Loaders<string>;
const checkModules = import.meta.glob('./*/checks.ts') as Loaders<{ default: Check[] }>;

export const lessonIds: string[] = Object.keys(lessonSources)
  .map((path) => path.split('/')[1])
  .sort();

/** Load every entry of `loaders` under `./ID/PREFIX`, keyed by the rest of its path. */
async function loadUnder(loaders: Loaders<string>, prefix: string): Promise<Record<string, string>> {
  const entries = Object.entries(loaders).filter(([path]) => path.startsWith(prefix));
  const loaded = await Promise.all(entries.map(async ([path, load]) => [path.slice(prefix.length), await load()] as const));
  return Object.fromEntries(loaded);
}

export async function loadLessonBundle(id: string): Promise<LessonBundle> {
  const lessonLoader = lessonSources[`./${id}/lesson.md`];
  if (!lessonLoader) throw new Error(`unknown lesson "${id}" (known: ${lessonIds.join(', ')})`);
  const steps = await loadUnder(stepSources, `./${id}/steps/`);
  const script = solutionScripts[`./${id}/solution/solve.sh`];
  const checks = await checkModules[`./${id}/checks.ts`]();
  return buildLessonBundle({
    id,
    lessonMarkdown: await lessonLoader(),
    steps: Object.fromEntries(Object.entries(steps).map(([name, source]) => [name.replace(/\.md$/, ''), source])),
    files: await loadUnder(startFiles, `./${id}/files/`),
    solutionFiles: await loadUnder(solutionFiles, `./${id}/solution/files/`),
    solutionScript: script ? await script() : undefined,
    checks: checks.default,
  });
}
