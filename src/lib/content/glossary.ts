import { z } from 'zod';
import { sourceSchema } from './lesson.ts';

/** The slug of the lesson that teaches a term, e.g. `anatomy-of-a-dsn` (checked against the lessons at build time). */
export const lessonSlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lesson slug is kebab-case, e.g. "anatomy-of-a-dsn"');

/** A glossary term id: kebab-case, equal to the YAML file name without `.yaml`. */
export const termIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a term id is kebab-case, e.g. "hard-bounce"');

/** One email service's own word for the idea a term names. */
export const espWordSchema = z
  .object({
    /** The service, as readers know it, e.g. "Mailchimp". */
    esp: z.string().trim().min(1, 'name the email service'),
    /** The word or label the service shows, e.g. "Cleaned". */
    word: z.string().trim().min(1, 'give the service’s word'),
    /** Optional: how the service's meaning differs or when the word appears. */
    note: z.string().trim().min(1).optional(),
  })
  .strict();

/** One glossary term (`content/glossary/<id>.yaml`). Cross-file checks (related ids) live in tests. */
export const glossaryTermSchema = z
  .object({
    /** The term as displayed, e.g. "Hard bounce". */
    term: z
      .string({ error: 'a glossary entry needs a term' })
      .trim()
      .min(1, 'the term cannot be empty'),
    /** Other names readers meet for the same thing, e.g. "NDR", "non-delivery report". */
    aliases: z.array(z.string().trim().min(1)).default([]),
    /** One to three plain sentences, precise enough for an expert; ends with a full stop. */
    definition: z
      .string({ error: 'a glossary entry needs a definition' })
      .trim()
      .min(30, 'the definition is too short to define anything')
      .max(480, 'keep the definition to one to three sentences (at most 480 characters)')
      .regex(/[.)]$/, 'end the definition with a full stop'),
    /** The slug of the lesson that teaches this term. */
    lesson: lessonSlugSchema,
    /** Ids of two to five other terms worth reading next. */
    related: z
      .array(termIdSchema)
      .min(2, 'list at least two related terms')
      .max(5, 'list at most five related terms')
      .refine((ids) => new Set(ids).size === ids.length, 'a related term is listed twice'),
    /** Each email service's own word for this idea, where they differ from the term. */
    espWords: z.array(espWordSchema).optional(),
    /** Where the definition's facts come from, with the date each was read. */
    sources: z.array(sourceSchema).optional(),
  })
  .strict();

/** A lesson slug from the course plan. */
export type LessonSlug = z.infer<typeof lessonSlugSchema>;
/** An email service's word for a term. */
export type EspWord = z.infer<typeof espWordSchema>;
/** A validated glossary term. */
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/**
 * The letter a term is filed under in the A–Z index: its first letter, upper-cased, or "#" for a
 * term that starts with a digit or a sign. `glossaryLetter('DKIM')` → `'D'`.
 */
export function glossaryLetter(term: string): string {
  const first = term.trim().charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

/**
 * Problems that span files: related ids that name no term, a term related to itself. Returns one
 * message per problem, empty when all is well.
 */
export function glossaryProblems(
  terms: ReadonlyArray<{ id: string; related: readonly string[] }>,
): string[] {
  const ids = new Set(terms.map((t) => t.id));
  const problems: string[] = [];
  for (const t of terms) {
    for (const r of t.related) {
      if (r === t.id) problems.push(`${t.id}: lists itself as related`);
      else if (!ids.has(r)) problems.push(`${t.id}: related term "${r}" does not exist`);
    }
  }
  return problems;
}
