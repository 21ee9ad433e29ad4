/**
 * Turns a lesson's raw sources (Markdown with frontmatter, files, checks) into a
 * LessonBundle, validating frontmatter with the same schema the site uses. Shared by
 * the Node catalogue (disk) and the Vite catalogue (bundled into the browser).
 */
import { parse as parseYaml } from 'yaml';
import type { Check } from '../sandbox/checks/types.ts';
import type { LessonBundle } from '../sandbox/lesson.ts';
import { lessonSchema, stepSchema, type LessonFrontmatter } from './schema.ts';

export interface LessonSources {
  id: string;
  lessonMarkdown: string;
  /** Step file name without `.md` → its Markdown source. */
  steps: Record<string, string>;
  files: Record<string, string>;
  solutionFiles: Record<string, string>;
  solutionScript?: string;
  checks: Check[];
}

export function splitFrontmatter(source: string, where: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${where}: missing --- frontmatter ---`);
  return { data: parseYaml(match[1]), body: match[2] };
}

function validated<T>(schema: { safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, data: unknown, where: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new Error(`${where}: invalid frontmatter: ${problems.join('; ')}`);
}

export function parseLessonFrontmatter(id: string, source: string): LessonFrontmatter {
  return validated(lessonSchema, splitFrontmatter(source, `${id}/lesson.md`).data, `${id}/lesson.md`);
}

export function buildLessonBundle(sources: LessonSources): LessonBundle {
  const lesson = parseLessonFrontmatter(sources.id, sources.lessonMarkdown);
  const steps = Object.keys(sources.steps)
    .sort()
    .map((slug) => {
      const where = `${sources.id}/steps/${slug}.md`;
      const step = validated(stepSchema, splitFrontmatter(sources.steps[slug], where).data, where);
      for (const id of step.checks) {
        if (!sources.checks.some((check) => check.id === id)) {
          throw new Error(`${where}: names check "${id}", which ${sources.id}/checks.ts does not define`);
        }
      }
      return { slug, title: step.title, checks: step.checks, hints: step.hints };
    });
  return {
    id: sources.id,
    title: lesson.title,
    scenario: lesson.scenario,
    files: sources.files,
    solutionFiles: sources.solutionFiles,
    solutionScript: sources.solutionScript,
    checks: sources.checks,
    steps,
  };
}
