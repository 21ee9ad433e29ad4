/**
 * Astro content collections over lessons/: one entry per lesson (lesson.md) and one
 * per step (steps/*.md). The schemas live with the lessons (lessons/schema.ts).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema, stepSchema } from '../lessons/schema.ts';

const lessons = defineCollection({
  loader: glob({ pattern: '*/lesson.md', base: './lessons', generateId: ({ entry }) => entry.split('/')[0] }),
  schema: lessonSchema,
});

const steps = defineCollection({
  loader: glob({
    pattern: '*/steps/*.md',
    base: './lessons',
    generateId: ({ entry }) => entry.replace('/steps/', '/').replace(/\.md$/, ''),
  }),
  schema: stepSchema,
});

export const collections = { lessons, steps };
