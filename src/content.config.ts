import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { glossaryTermSchema, lessonSchema, lessonSlug } from './lib/content/index.ts';
import { BounceDisagreementSchema } from './lib/esp/index.ts';
import { sampleSchema } from './lib/samples/index.ts';
import { PolicySchema } from './lib/simulator/index.ts';

/** Lessons live in the top-level content/ folder as `NN-slug.mdx`; the prefix is dropped from URLs. */
const lessons = defineCollection({
  loader: glob({
    base: './content/lessons',
    pattern: '[0-9][0-9]-*.mdx',
    generateId: ({ entry }) => lessonSlug(entry),
  }),
  schema: lessonSchema,
});

/** Our own sample bounce messages: one entry per file in content/samples/, with its verdict. */
const samples = defineCollection({
  loader: file('./content/samples/samples.yaml'),
  schema: sampleSchema,
});

/** Email services' soft-bounce escalation rules, one YAML file each, with sources. */
const policies = defineCollection({
  loader: glob({ base: './content/policies', pattern: '*.yaml' }),
  schema: PolicySchema,
});

/** Glossary terms, one YAML file each; the file name is the term's id and its anchor on /glossary/. */
const glossary = defineCollection({
  loader: glob({ base: './content/glossary', pattern: '*.yaml' }),
  schema: glossaryTermSchema,
});

/**
 * Bounces that vendors, standards and tools read differently, with sourced verdicts: one list in
 * content/disagreements.yaml (content/policies/ stays one file per policy).
 */
const disagreements = defineCollection({
  loader: file('./content/disagreements.yaml'),
  schema: BounceDisagreementSchema,
});

export const collections = { lessons, samples, policies, glossary, disagreements };
