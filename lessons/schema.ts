/**
 * The lesson content schema. Every field documents itself with `.describe()`, so this
 * file is the reference for lesson authors. Used by the site's content collections
 * (src/content.config.ts) and by the Node lesson catalogue, so both read the same way.
 */
import { z } from 'zod';

export const lessonSchema = z.object({
  title: z.string().min(1).describe('Lesson title as shown on the course page, e.g. "Welcome to the lab".'),
  summary: z.string().min(1).describe('One or two sentences: what the learner builds and why it matters.'),
  scenario: z
    .string()
    .min(1)
    .describe('Name of the starting world from sandbox/scenarios, e.g. "single-cluster".'),
  minutes: z.number().int().positive().describe('Typical time for a newcomer, in minutes.'),
  order: z.number().int().nonnegative().describe('Position on the course page; lessons are sorted by it.'),
});

export const stepSchema = z.object({
  title: z.string().min(1).describe('Step title, shown in the step navigation.'),
  checks: z
    .array(z.string())
    .default([])
    .describe('Ids of checks (exported from the lesson checks.ts) that verify this step.'),
  hints: z
    .array(z.string())
    .default([])
    .describe('Progressive hints in Markdown, revealed one at a time, from a nudge to the near-answer.'),
});

export type LessonFrontmatter = z.infer<typeof lessonSchema>;
export type StepFrontmatter = z.infer<typeof stepSchema>;
