import { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import { REASON_IDS } from '../bounce/reason/ids.ts';
import { CategorySchema, SourceSchema } from '../simulator/policy-schema.ts';

/**
 * The schema for `content/disagreements.yaml`: bounces on which vendors, standards and tools give
 * different verdicts. The content collection `disagreements` imports `BounceDisagreementSchema`;
 * `matchDisagreements` reads the entries. Types are inferred, never written twice.
 */

/**
 * Which recipient verdicts an entry is about. Every field that is given must match (a field
 * matches when any of its values does); at least one field is required.
 */
export const MatcherSchema = z
  .object({
    /** Classifier reason ids, e.g. `[mailboxfull]`. */
    reasons: z.array(z.enum(REASON_IDS)).min(1).optional(),
    /** RFC 3463 status codes, compared exactly, e.g. `['5.4.1']`. */
    statuses: z
      .array(z.string().regex(/^[245]\.\d{1,3}\.\d{1,3}$/))
      .min(1)
      .optional(),
    /** Lowercase fixed phrases looked for in the diagnostic text, e.g. `['access denied']`. */
    phrases: z
      .array(
        z
          .string()
          .min(1)
          .refine((p) => p === p.toLowerCase(), { message: 'phrases are lowercase' }),
      )
      .min(1)
      .optional(),
  })
  .strict()
  .refine((m) => m.reasons || m.statuses || m.phrases, {
    message: 'a matcher needs reasons, statuses or phrases',
  });

/** One verdict: what one vendor, standard or tool says about the bounce. */
export const SourcedVerdictSchema = z
  .object({
    /** Who says it: a vendor, a standard, a tool or a writer, e.g. `SparkPost`, `RFC 3463`. */
    by: z.string().min(1),
    /** What they say, in plain words. */
    says: z.string().min(1),
    /** What the verdict amounts to in the classifier's terms, when it is clear. */
    category: CategorySchema.optional(),
    /** The key (from `sources`) behind it. */
    sourceKey: z.string().min(1),
  })
  .strict();

/** A bounce that different vendors, standards or tools read differently. */
export const BounceDisagreementSchema = z
  .object({
    /** Lowercase id, e.g. `office365-access-denied`; also the `data-disagreement` value. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** The bounce in a few words, e.g. "Mailbox full". */
    title: z.string().min(1),
    /** One or two sentences on why it matters. */
    summary: z.string().min(1),
    /** Which recipient verdicts this entry is about. */
    match: MatcherSchema,
    /** Verdicts by source; at least two, or there is no disagreement. */
    verdicts: z.array(SourcedVerdictSchema).min(2),
    /** The pages behind the verdicts. */
    sources: z.array(SourceSchema).min(1),
  })
  .strict()
  .refine((d) => d.verdicts.every((v) => d.sources.some((s) => s.key === v.sourceKey)), {
    message: 'every verdict must cite a key listed under sources',
  });

/** The whole file: a list of entries with unique ids. */
export const DisagreementsFileSchema = z
  .array(BounceDisagreementSchema)
  .refine((list) => new Set(list.map((d) => d.id)).size === list.length, {
    message: 'disagreement ids must be unique',
  });

/** One validated entry. */
export type BounceDisagreement = z.infer<typeof BounceDisagreementSchema>;
/** Which verdicts an entry is about. */
export type Matcher = z.infer<typeof MatcherSchema>;
/** One source's verdict. */
export type SourcedVerdict = z.infer<typeof SourcedVerdictSchema>;

/** Parses and validates `content/disagreements.yaml`; throws a `ZodError` naming the bad field. */
export function parseDisagreements(yamlText: string): BounceDisagreement[] {
  return DisagreementsFileSchema.parse(parseYaml(yamlText));
}
