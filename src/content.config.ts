import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema, lessonSlug } from './lib/content/index.ts';

/** Lessons live in the top-level content/ folder as `NN-slug.mdx`; the prefix is dropped from URLs. */
const lessons = defineCollection({
  loader: glob({
    base: './content/lessons',
    pattern: '[0-9][0-9]-*.mdx',
    generateId: ({ entry }) => lessonSlug(entry),
  }),
  schema: lessonSchema,
});

export const collections = { lessons };
