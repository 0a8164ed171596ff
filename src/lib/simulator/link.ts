import { CADENCE_DAYS, CUSTOM_LIMIT, readDate, readNumber } from './fields.ts';
import {
  MAX_OUTCOME_CODE_LENGTH,
  OutcomeCodeError,
  formatOutcomes,
  parseOutcomes,
  type Outcome,
} from './outcomes.ts';
import type { ResetOn } from './policy-schema.ts';

/**
 * The simulator's shareable link: `?policy=…&start=…&every=…&outcomes=…` (and `limit`/`reset` for
 * the reader's own rule). `writeLink` and `readLink` are each other's inverse, and every link
 * `writeLink` makes is one `readLink` accepts: both use the same ranges as the fields.
 */

/** The most campaigns a timeline, and so a link, holds: ten years of weekly sends. */
export const MAX_TIMELINE_CAMPAIGNS = MAX_OUTCOME_CODE_LENGTH;

/** Everything a link can carry. Absent parts are absent from the link. */
export interface LinkScenario {
  readonly policy?: string;
  readonly outcomes?: readonly Outcome[];
  /** First campaign's date, `YYYY-MM-DD`. */
  readonly start?: string;
  readonly cadenceDays?: number;
  /** A story from `presets.ts`, which supplies outcomes and cadence when the link has none. */
  readonly preset?: string;
  /** The reader's own rule (`policy=custom`). */
  readonly custom?: { readonly suppressAt?: number; readonly resetOn?: ResetOn };
}

/** What a full timeline looks like when written into a link. */
export interface LinkInput {
  readonly policy: string;
  readonly outcomes: readonly Outcome[];
  readonly start: string;
  readonly cadenceDays: number;
  readonly custom?: { readonly suppressAt: number; readonly resetOn: ResetOn } | undefined;
}

const RESETS: readonly ResetOn[] = ['delivery', 'activity', 'never'];

/**
 * The query string for a timeline, outcomes last. Refuses (with a `RangeError`) a timeline it
 * could not read back, so a link the simulator offers always opens.
 * @example writeLink({ policy: 'brevo', outcomes: ['soft'], start: '2026-01-05', cadenceDays: 7 })
 * // 'policy=brevo&start=2026-01-05&every=7&outcomes=S'
 */
export function writeLink(input: LinkInput): string {
  if (input.outcomes.length > MAX_TIMELINE_CAMPAIGNS) {
    throw new RangeError(
      `A link holds at most ${String(MAX_TIMELINE_CAMPAIGNS)} campaigns; this timeline has ${String(input.outcomes.length)}.`,
    );
  }
  const params = new URLSearchParams({ policy: input.policy });
  params.set('start', input.start);
  params.set('every', String(input.cadenceDays));
  if (input.custom) {
    params.set('limit', String(input.custom.suppressAt));
    params.set('reset', input.custom.resetOn);
  }
  params.set('outcomes', formatOutcomes(input.outcomes));
  return params.toString();
}

/** The result of reading a link: what it carries, or what is wrong with it. */
export type LinkResult =
  | { readonly ok: true; readonly link: LinkScenario }
  | { readonly ok: false; readonly message: string };

/**
 * Reads the simulator's query string. `policyIds` and `presetIds` are the ids the page knows.
 * Every part is checked with the same rules as the fields; the first problem is reported.
 * @example readLink('?policy=brevo&outcomes=SSX', ['brevo'], []) // { ok: false, message: 'Unknown letter "X" …' }
 */
export function readLink(
  search: string,
  policyIds: readonly string[],
  presetIds: readonly string[],
): LinkResult {
  const params = new URLSearchParams(search);
  const link: {
    policy?: string;
    outcomes?: Outcome[];
    start?: string;
    cadenceDays?: number;
    preset?: string;
    custom?: { suppressAt?: number; resetOn?: ResetOn };
  } = {};
  const fail = (message: string): LinkResult => ({ ok: false, message });

  const policy = params.get('policy');
  if (policy !== null) {
    if (!policyIds.includes(policy)) {
      return fail(`The link names an email service the simulator does not know (“${policy}”).`);
    }
    link.policy = policy;
  }
  const preset = params.get('preset');
  if (preset !== null) {
    if (!presetIds.includes(preset)) return fail(`The link names an unknown story (“${preset}”).`);
    link.preset = preset;
  }
  const start = params.get('start');
  if (start !== null) {
    const read = readDate(start);
    if (!read.ok) return fail(`The link's first campaign date is wrong: ${read.message}`);
    link.start = read.value;
  }
  const every = params.get('every');
  if (every !== null) {
    const read = readNumber(every, CADENCE_DAYS);
    if (!read.ok) return fail(`The link's days between campaigns are wrong: ${read.message}`);
    link.cadenceDays = read.value;
  }
  const limit = params.get('limit');
  const reset = params.get('reset');
  if (limit !== null || reset !== null) {
    const custom: { suppressAt?: number; resetOn?: ResetOn } = {};
    if (limit !== null) {
      const read = readNumber(limit, CUSTOM_LIMIT);
      if (!read.ok) return fail(`The link's own rule is wrong: ${read.message}`);
      custom.suppressAt = read.value;
    }
    if (reset !== null) {
      const found = RESETS.find((r) => r === reset);
      if (found === undefined) {
        return fail(
          `The link's own rule is wrong: “${reset}” is not a reset; use delivery, activity or never.`,
        );
      }
      custom.resetOn = found;
    }
    link.custom = custom;
  }
  const outcomes = params.get('outcomes');
  if (outcomes !== null) {
    try {
      link.outcomes = parseOutcomes(outcomes);
    } catch (e) {
      if (!(e instanceof OutcomeCodeError)) throw e;
      return fail(`The link's timeline could not be used: ${e.message}`);
    }
  }
  return { ok: true, link };
}
