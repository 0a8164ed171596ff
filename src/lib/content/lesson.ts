import { z } from 'zod';
import { quizSchema } from './quiz.ts';

/** A source a lesson relies on: what it is, where it lives, and when it was read. */
export const sourceSchema = z.object({
  /** The source's own title, e.g. "RFC 5321: Simple Mail Transfer Protocol". */
  title: z
    .string({ error: 'each source needs a title' })
    .trim()
    .min(1, 'a source title cannot be empty'),
  /** Where a reader can find it; must be an absolute http(s) URL. */
  url: z.url({
    protocol: /^https?$/,
    error: (issue) => `"${String(issue.input)}" is not an absolute http(s) URL`,
  }),
  /** The date the source was read or published, as YYYY-MM-DD (YAML may hand it over as a date). */
  date: z.preprocess(
    (value) =>
      value instanceof Date && !Number.isNaN(value.getTime())
        ? value.toISOString().slice(0, 10)
        : value,
    z.iso.date({ error: 'a source date must be written YYYY-MM-DD' }),
  ),
});

/**
 * The two ways through the course. `core`: what a marketer or support person needs, about 30
 * minutes in all. `ops`: the protocol detail and the practice an email-operations hire needs.
 */
export const TRACK_IDS = ['core', 'ops'] as const;

/** Front matter of a lesson (`content/lessons/NN-slug.mdx`). */
export const lessonSchema = z.object({
  /** The lesson's title, shown as its heading and in the course outline. */
  title: z
    .string({ error: 'a lesson needs a title' })
    .trim()
    .min(1, 'a lesson title cannot be empty'),
  /** One or two sentences for the outline, search results and link previews. */
  description: z
    .string({ error: 'a lesson needs a description' })
    .trim()
    .min(20, 'the description is too short to tell a reader what the lesson is about'),
  /** Position in the course, starting at 1; must match the file name's two-digit prefix. */
  order: z.int({ error: 'order must be a whole number' }).min(1).max(99),
  /** The track the lesson belongs to; core lessons come first in the numbering. */
  track: z.enum(TRACK_IDS, { error: 'track must be "core" or "ops"' }),
  /** What the reader will be able to do afterwards, one sentence each. */
  objectives: z.array(z.string().trim().min(1)).min(1, 'list at least one objective'),
  /**
   * Estimated reading time in minutes: words of prose / 200, plus half a minute per embedded
   * example and a minute per interactive widget (see `estimateMinutes`).
   */
  minutes: z.int({ error: 'minutes must be a whole number' }).min(1).max(60),
  /** Where the lesson's facts come from, with the date each was read. */
  sources: z.array(sourceSchema).min(1, 'a lesson needs at least one source'),
  /** The end-of-lesson quiz, rendered after the lesson text. */
  quiz: quizSchema,
});

export type LessonSource = z.infer<typeof sourceSchema>;
export type TrackId = (typeof TRACK_IDS)[number];
export type LessonFrontmatter = z.infer<typeof lessonSchema>;

/** The URL slug for a lesson file: `03-smtp-reply-codes.mdx` → `smtp-reply-codes`. */
export function lessonSlug(fileName: string): string {
  return fileName
    .replace(/^.*\//, '')
    .replace(/\.mdx?$/, '')
    .replace(/^\d+-/, '');
}
