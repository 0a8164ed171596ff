import { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import { REASON_IDS } from '../bounce/reason/ids.ts';

/**
 * The schema for one escalation preset in `content/policies/*.yaml`. The content collection imports
 * `PolicySchema`; the engine (`step`, `simulate`, `simulateList`) reads the `rule` part. Every type
 * here is inferred from the schema, never written twice.
 */

/** A calendar date written as `YYYY-MM-DD`. */
export const IsoDateSchema = z.preprocess(
  // YAML loaders (Astro's among them) turn an unquoted 2026-11-29 into a Date: take it back.
  (value) =>
    value instanceof Date && !Number.isNaN(value.getTime())
      ? value.toISOString().slice(0, 10)
      : value,
  z.iso.date(),
);

/**
 * What ends a counting run of soft bounces.
 * - `never`: the counter only grows (the vendor documents no reset);
 * - `delivery`: any campaign that reaches the inbox, opened or not, starts the count again;
 * - `activity`: only an open or a click starts the count again; a plain delivery does not.
 */
export const ResetOnSchema = z.enum(['never', 'delivery', 'activity']);

/** How soft bounces escalate. Discriminated on `kind`. */
export const SoftRuleSchema = z.discriminatedUnion('kind', [
  z
    .object({
      /** Soft bounces never turn into a suppression, however many there are. */
      kind: z.literal('never'),
      /**
       * False when the vendor documents no soft-bounce rule at all, so `never` is the preset's
       * reading of that silence rather than the vendor's word; the simulator then says so.
       */
      documented: z.boolean().optional(),
    })
    .strict(),
  z
    .object({
      /**
       * A count whose limit depends on whether the address has ever shown activity (an open or a
       * click) before the bounce.
       */
      kind: z.literal('engagement-threshold'),
      /** The soft bounce that suppresses an address with no recorded activity (7 = the 7th). */
      suppressAtWithoutActivity: z.int().min(1),
      /** The soft bounce that suppresses an address that has shown activity (15 = the 15th). */
      suppressAtWithActivity: z.int().min(1),
      /** What resets the counter. */
      resetOn: ResetOnSchema,
      /** True when the vendor says the last soft bounce is converted into a hard bounce. */
      convertsToHard: z.boolean().default(false),
    })
    .strict(),
  z
    .object({
      /** A run of soft bounces; the bounce that makes the run `suppressAt` long suppresses. */
      kind: z.literal('run'),
      /** The soft bounce in the run that suppresses (8 = the 8th in a row). */
      suppressAt: z.int().min(1),
      /** What breaks the run. */
      resetOn: ResetOnSchema,
      /** True when the vendor says the last soft bounce is converted into a hard bounce. */
      convertsToHard: z.boolean().default(false),
    })
    .strict(),
  z
    .object({
      /**
       * A run of bounces that suppresses only when it is long enough *and* spans enough days,
       * measured from the first to the last bounce of the run. Salesforce Marketing Cloud's model.
       */
      kind: z.literal('run-with-span'),
      /** The smallest number of bounces in the run (3 = three or more). */
      minBounces: z.int().min(1),
      /** The first and last bounce of the run must be strictly more than this many days apart. */
      spanMoreThanDays: z.int().min(0),
      /** What breaks the run (and, for `activity`, returns the address to its active word). */
      resetOn: ResetOnSchema,
      /** The vendor's word for an address inside a run that is still being mailed (`Bounced`). */
      interimWord: z.string().min(1),
    })
    .strict(),
]);

/** What a hard bounce does. Discriminated on `kind`. */
export const HardRuleSchema = z.discriminatedUnion('kind', [
  z
    .object({
      /** One hard bounce suppresses the address at once, under the policy's `removedWord`. */
      kind: z.literal('suppress'),
    })
    .strict(),
  z
    .object({
      /**
       * A hard bounce is one more bounce in the soft rule's run (it does not suppress by itself).
       * Only meaningful with a `run-with-span` soft rule.
       */
      kind: z.literal('join-run'),
    })
    .strict(),
  z
    .object({
      /**
       * The first hard bounce stops *this sender's* mail (`senderWord`); the address is removed
       * for every sender on the platform (`removedWord`) once `count` hard bounces fall inside a
       * rolling window of `windowDays` days. HubSpot's portal bounce and global bounce.
       */
      kind: z.literal('window'),
      /** How many hard bounces inside the window remove the address platform-wide. */
      count: z.int().min(1),
      /**
       * The window length in days: the bounces count together when the last one falls fewer than
       * `windowDays` days after the first (days 0, 30 and 59 are inside a 60-day window).
       */
      windowDays: z.int().min(1),
      /** The vendor's word for an address this sender no longer mails (`Portal bounce`). */
      senderWord: z.string().min(1),
    })
    .strict(),
  z
    .object({
      /**
       * The first hard bounce puts the address on hold for `holdDays` days (`holdWord`): nobody
       * mails it meanwhile, and campaigns after the hold reach it again. A hard bounce after a
       * hold removes it for good, under the policy's `removedWord`. Constant Contact's model.
       */
      kind: z.literal('hold'),
      /**
       * The length of the hold in days, counted from the bounce: a bounce on day 0 with a 15-day
       * hold keeps days 0 to 14 unmailed, and a campaign on day 15 is sent again.
       */
      holdDays: z.int().min(1),
      /** The vendor's word for an address on hold (`Suspended`). */
      holdWord: z.string().min(1),
    })
    .strict(),
]);

/** The machine-readable rule: one part for soft bounces, one for hard bounces. */
export const RuleSchema = z
  .object({
    /** How soft bounces escalate, if at all. */
    soft: SoftRuleSchema,
    /** What a hard bounce does. */
    hard: HardRuleSchema,
  })
  .strict()
  .refine((rule) => rule.hard.kind !== 'join-run' || rule.soft.kind === 'run-with-span', {
    message: "hard.kind 'join-run' needs a soft rule of kind 'run-with-span'",
  });

/** A page the preset is based on. */
export const SourceSchema = z
  .object({
    /** The key used in the research notes, e.g. `MC1`. */
    key: z.string().min(1),
    /** A short title the reader can recognise the page by. */
    title: z.string().min(1),
    /** Where the page lives (or lived). */
    url: z.url({ protocol: /^https?$/ }),
    /** The day the page was read, `YYYY-MM-DD`. */
    read: IsoDateSchema,
    /** The "last updated" date the page itself shows, when it shows one. */
    updated: IsoDateSchema.optional(),
    /** True when the page is not the vendor's own words (a blog, a community answer, a mirror). */
    thirdParty: z.boolean().default(false),
    /** Anything the reader should know about this copy (age, mirror, what it covers). */
    note: z.string().min(1).optional(),
  })
  .strict();

/** A point on which sources disagree, shown to the reader next to the preset. */
export const DisagreementSchema = z
  .object({
    /** The question in a few words, e.g. "How many consecutive soft bounces?". */
    topic: z.string().min(1),
    /** What the preset uses and why. */
    chosen: z.string().min(1),
    /** What the other source says. */
    other: z.string().min(1),
    /** Keys (from `sources`) behind the two readings. */
    sourceKeys: z.array(z.string().min(1)).min(1),
  })
  .strict();

/** The classifier's three categories, as a schema. */
export const CategorySchema = z.enum(['hard', 'soft', 'none']);

/**
 * The vendor's own names for the classifier's three categories, e.g. Amazon SES's `Permanent`,
 * `Transient` and `not a bounce`. Shown in the "Compare every service" table.
 */
export const TermsSchema = z
  .object({
    /** What the vendor calls a hard bounce (`Hard bounce`, `Permanent`, `Hard`). */
    hard: z.string().min(1),
    /** What the vendor calls a soft bounce (`Soft bounce`, `Transient`, `Soft`). */
    soft: z.string().min(1),
    /** What the table says for a message that is not a bounce (an auto-reply, a complaint). */
    none: z.string().min(1),
    /** Other categories the vendor uses that the three words above do not cover. */
    note: z.string().min(1).optional(),
    /** The key (from `sources`) where the vocabulary is documented. */
    sourceKey: z.string().min(1),
  })
  .strict();

/**
 * A reason-specific treatment: what the vendor is documented (or reported by its users) to do
 * with bounces of particular reasons, where that differs from the plain hard/soft rule or names
 * the bounce more precisely. Only facts with a source; the first override listing a reason wins.
 */
export const OverrideSchema = z
  .object({
    /** The classifier reason ids this applies to, e.g. `[mailboxfull]`. */
    reasons: z.array(z.enum(REASON_IDS)).min(1),
    /**
     * The category the vendor handles these bounces as, when it differs from the classifier's
     * (HubSpot is reported to treat a full mailbox as `hard`). Default: the classifier's.
     */
    treatAs: CategorySchema.optional(),
    /** The vendor's own name for such a bounce, e.g. `Transient / MailboxFull`. */
    term: z.string().min(1).optional(),
    /**
     * Does it move the address toward removal? `maybe` when the source hedges ("not necessarily").
     * Default: what the policy's rule says for the category.
     */
    counts: z.union([z.boolean(), z.literal('maybe')]).optional(),
    /** What happens to the address, in plain words with the vendor's word. Default: the rule's. */
    outcome: z.string().min(1).optional(),
    /** The key (from `sources`) behind this treatment. */
    sourceKey: z.string().min(1),
    /** True when the treatment is reported by the vendor's users, not stated by the vendor. */
    reported: z.boolean().default(false),
  })
  .strict();

/** One escalation preset (one vendor, or the reader's own `custom` rule). */
export const PolicySchema = z
  .object({
    /** Lowercase id, equal to the file name without `.yaml`, e.g. `mailchimp`. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** The vendor's name as the reader knows it, e.g. `Mailchimp`. */
    name: z.string().min(1),
    /** True for the editable preset that is not a vendor's rule. */
    custom: z.boolean().default(false),
    /** The vendor's word for an address it still mails, e.g. `Subscribed`, `Active`. */
    activeWord: z.string().min(1),
    /** The vendor's own word for a removed address, e.g. `Cleaned`, `Blocklisted`, `Held`. */
    removedWord: z.string().min(1),
    /** The rule in one plain sentence. */
    summary: z.string().min(1),
    /** The rule the engine runs. */
    rule: RuleSchema,
    /** Plain words for what a delivery and what activity do under this vendor. */
    effects: z
      .object({
        /** What a campaign that is delivered but neither opened nor clicked does. */
        delivery: z.string().min(1),
        /** What an open or a click does. */
        activity: z.string().min(1),
      })
      .strict(),
    /** How the vendor retries inside one campaign before it records a single soft bounce. */
    retry: z.string().min(1).optional(),
    /** Where the vendor is silent and which reading the preset takes. */
    notes: z.array(z.string().min(1)).default([]),
    /** The pages the preset is based on; at least one. */
    sources: z.array(SourceSchema).min(1),
    /** Where sources disagree; shown to the reader. */
    disagreements: z.array(DisagreementSchema).default([]),
    /** The vendor's own bounce vocabulary. Optional: without it the table says Hard/Soft bounce. */
    terms: TermsSchema.optional(),
    /** Reason-specific treatments, checked in order. Optional. */
    overrides: z.array(OverrideSchema).default([]),
  })
  .strict()
  .refine(
    (policy) =>
      policy.disagreements.every((d) =>
        d.sourceKeys.every((key) => policy.sources.some((s) => s.key === key)),
      ),
    { message: 'every disagreement must cite keys listed under sources' },
  )
  .refine(
    (policy) =>
      [
        ...policy.overrides.map((o) => o.sourceKey),
        ...(policy.terms ? [policy.terms.sourceKey] : []),
      ].every((key) => policy.sources.some((s) => s.key === key)),
    { message: 'terms and every override must cite a key listed under sources' },
  );

/** A validated preset. */
export type Policy = z.infer<typeof PolicySchema>;
/** The preset as written in YAML, before defaults are filled in. */
export type PolicyInput = z.input<typeof PolicySchema>;
/** The machine-readable rule of a preset. */
export type Rule = z.infer<typeof RuleSchema>;
/** How soft bounces escalate. */
export type SoftRule = z.infer<typeof SoftRuleSchema>;
/** What a hard bounce does. */
export type HardRule = z.infer<typeof HardRuleSchema>;
/** What breaks a run of soft bounces. */
export type ResetOn = z.infer<typeof ResetOnSchema>;
/** One cited page. */
export type Source = z.infer<typeof SourceSchema>;
/** A vendor's own bounce vocabulary. */
export type Terms = z.infer<typeof TermsSchema>;
/** A reason-specific treatment. */
export type Override = z.infer<typeof OverrideSchema>;
/** `hard`, `soft` or `none`. */
export type PolicyCategory = z.infer<typeof CategorySchema>;

/** Parses and validates one preset from YAML text; throws a `ZodError` naming the bad field. */
export function parsePolicy(yamlText: string): Policy {
  return PolicySchema.parse(parseYaml(yamlText));
}
