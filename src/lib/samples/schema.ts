/**
 * The schema of `content/samples/samples.yaml`: one entry per sample file with the verdict a
 * careful reader gives it. Types are inferred from the schema, never written twice.
 */
import { z } from 'zod';
import { REASON_IDS, categoryOf, type ReasonId } from '../bounce/reason/ids.ts';

/** What kind of message a sample is, as a whole. */
export const SAMPLE_KINDS = [
  'failure',
  'delay',
  'delivery',
  'auto-reply',
  'feedback',
  'read-receipt',
  'not-bounce',
] as const;

/** One of `SAMPLE_KINDS`. */
export type SampleKind = (typeof SAMPLE_KINDS)[number];

/** RFC 3463 §2: class.subject.detail, no leading zeros. */
const STATUS_CODE = /^[245]\.(?:0|[1-9]\d{0,2})\.(?:0|[1-9]\d{0,2})$/;
/** RFC 5321 §4.2: three digits, first digit 2–5. */
const REPLY_CODE = /^[2-5]\d\d$/;
const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** BCP 47 (RFC 5646) as used here: language, optional script, optional region, e.g. `pt-BR`. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/;

/** The expected verdict for one recipient of one message. */
export const expectedRecipientSchema = z
  .object({
    /**
     * The failed address as the report names it (Final-Recipient, or Original-Recipient when
     * Final-Recipient is not an address, the line naming it in the text, the JSON event's address
     * field); never an address that appears only in the returned original message.
     */
    recipient: z.email(),
    /**
     * `hard`, `soft` or `none`: `none` for every recipient of a `delay` (nothing has bounced yet),
     * otherwise what `categoryOf(reason)` gives (checked by `sampleVerdictSchema`).
     */
    category: z.enum(['hard', 'soft', 'none']),
    /**
     * The reason id from the shared vocabulary (`src/lib/bounce/reason/ids.ts`). For a `delay`, the
     * cause the notice names (`expired` only when it says the time ran out), or `undefined` when it
     * names none. For a JSON event, judged from the embedded diagnostic, not the service's bucket.
     */
    reason: z.enum(REASON_IDS),
    /**
     * The most specific RFC 3463 status code the message itself states, e.g. `5.1.1` (a generic
     * `5.0.0` in the Status field loses to a specific code in the diagnostic text). Omitted when
     * the message states none.
     */
    status: z.string().regex(STATUS_CODE).optional(),
    /** The SMTP reply code the message quotes, e.g. `550`. Omitted when it quotes none. */
    replyCode: z.string().regex(REPLY_CODE).optional(),
  })
  .strict();

/** The reasons a kind of message may carry; `undefined` here means "any bounce reason". */
const KIND_REASONS: Partial<Record<SampleKind, readonly ReasonId[]>> = {
  delivery: ['delivered'],
  'read-receipt': ['delivered'],
  'auto-reply': ['vacation'],
  feedback: ['feedback'],
};
const NOT_BOUNCE_REASONS: ReadonlySet<ReasonId> = new Set(['delivered', 'vacation', 'feedback']);

/** The expected verdict for one message. */
export const sampleVerdictSchema = z
  .object({
    /**
     * What the message is: a `failure`; a `delay` (still retrying, nothing has failed yet); a
     * `delivery` report; an `auto-reply`; `feedback` (a complaint); a `read-receipt`; or
     * `not-bounce` (anything else that only looks like one).
     */
    kind: z.enum(SAMPLE_KINDS),
    /** One entry per recipient the message reports on; may be empty only for `not-bounce`. */
    recipients: z.array(expectedRecipientSchema),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.kind !== 'not-bounce' && value.recipients.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['recipients'],
        message: `a "${value.kind}" sample names at least one recipient`,
      });
    }
    value.recipients.forEach((r, i) => {
      // notaccept is soft only when the destination said the condition is temporary (4xx).
      const temporary = r.replyCode?.startsWith('4') ?? r.status?.startsWith('4') ?? false;
      const category = value.kind === 'delay' ? 'none' : categoryOf(r.reason, temporary);
      if (r.category !== category) {
        ctx.addIssue({
          code: 'custom',
          path: ['recipients', i, 'category'],
          message:
            value.kind === 'delay'
              ? 'category must be "none" in a delay: nothing has bounced yet'
              : `category must be "${category}" for reason "${r.reason}"`,
        });
      }
      const allowed = KIND_REASONS[value.kind];
      const fits = allowed ? allowed.includes(r.reason) : !NOT_BOUNCE_REASONS.has(r.reason);
      if (!fits) {
        ctx.addIssue({
          code: 'custom',
          path: ['recipients', i, 'reason'],
          message: `reason "${r.reason}" does not fit a "${value.kind}" message`,
        });
      }
    });
  });

/** One sample file and what it teaches. */
export const sampleSchema = z
  .object({
    /** Stable kebab-case id used in URLs and by lessons, e.g. `gmail-mailbox-full`. */
    id: z.string().regex(KEBAB_ID),
    /**
     * File name inside `content/samples/`: `<id>.eml`, `<id>.txt`, `<id>.mbox`, or `<id>.json` for
     * an email service's event notification (webhook or SNS payload).
     */
    file: z.string().regex(/^[a-z0-9-]+\.(?:eml|txt|mbox|json)$/),
    /** What a reader sees in a picker, e.g. "Gmail: the account does not exist". */
    title: z.string().min(5),
    /** Id of the system that wrote the message (sending MTA or provider), e.g. `postfix`. */
    system: z.string().regex(KEBAB_ID),
    /** Human name of that system, e.g. "Postfix". */
    systemLabel: z.string().min(2),
    /**
     * Id of the receiving provider or gateway whose own words the message quotes, e.g. `gmail` for
     * a Postfix bounce carrying Gmail's reply. Omitted when the words are the writing system's own
     * or generic.
     */
    provider: z.string().regex(KEBAB_ID).optional(),
    /** BCP 47 tag of the message's human-readable part, e.g. `en`, `de`, `pt-BR`, `ja`. */
    language: z.string().regex(LANGUAGE_TAG),
    /**
     * Where the wording comes from: the writing system's documented or well-known layout, a
     * provider's published error text (with its label from the project's research notes when there
     * is one), or "written here" for text composed for the project.
     */
    source: z.string().min(20),
    /** One sentence on what the sample teaches. */
    description: z.string().min(10),
    /**
     * The expected verdict. An `.mbox` file holds several messages, so its value is a list with one
     * verdict per message, in file order; every other file holds one message and one verdict.
     */
    expected: z.union([sampleVerdictSchema, z.array(sampleVerdictSchema).min(2)]),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (!value.file.startsWith(`${value.id}.`)) {
      ctx.addIssue({ code: 'custom', path: ['file'], message: 'file must be named after the id' });
    }
    const isMbox = value.file.endsWith('.mbox');
    if (isMbox !== Array.isArray(value.expected)) {
      ctx.addIssue({
        code: 'custom',
        path: ['expected'],
        message: isMbox ? 'an mbox needs one verdict per message' : 'one message, one verdict',
      });
    }
  });

/** The whole `samples.yaml`: a list of samples with unique ids. */
export const samplesFileSchema = z.array(sampleSchema).superRefine((samples, ctx) => {
  const seen = new Set<string>();
  samples.forEach((sample, index) => {
    if (seen.has(sample.id)) {
      ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate id ${sample.id}` });
    }
    seen.add(sample.id);
  });
});

/** The verdict for one recipient. */
export type ExpectedRecipient = z.infer<typeof expectedRecipientSchema>;
/** The verdict for one message. */
export type SampleVerdict = z.infer<typeof sampleVerdictSchema>;
/** One entry of `samples.yaml`. */
export type Sample = z.infer<typeof sampleSchema>;

/**
 * The verdicts of a sample as a list, one per message in the file.
 *
 * @example expectedMessages(sample).length // 3 for an mbox with three messages
 */
export function expectedMessages(sample: Sample): SampleVerdict[] {
  return Array.isArray(sample.expected) ? sample.expected : [sample.expected];
}
