import { advance, freshCounters, type Phase } from './core.ts';
import { campaignDays, fromDay, type Schedule } from './day.ts';
import type { Outcome } from './outcomes.ts';
import type { Policy } from './policy-schema.ts';
import { mulberry32 } from './random/index.ts';

/** The largest list `simulateList` accepts. */
export const MAX_CONTACTS = 100_000;
/** The most campaigns `simulateList` accepts (ten years of weekly sends). */
export const MAX_CAMPAIGNS = 520;

/** The make-up of a simulated list. Every rate is a probability between 0 and 1. */
export interface ListRates {
  /** Share of addresses that do not exist: each hard-bounces the first time it is mailed. */
  readonly invalid: number;
  /** Share of mailboxes that are full or disabled for good: each soft-bounces on every send. */
  readonly chronicFull: number;
  /** For every other address, the chance that one send soft-bounces (a passing problem). */
  readonly transient: number;
  /** For a delivered message, the chance that it is opened or clicked. */
  readonly engagement: number;
}

/** What to simulate. */
export interface ListOptions {
  /** How many addresses, 1 to 100,000. */
  readonly contacts: number;
  /** How many campaigns, 1 to 520. */
  readonly campaigns: number;
  /** The make-up of the list. */
  readonly rates: ListRates;
  /** Seed for the generator: the same seed gives the same result. */
  readonly seed: number;
  /** When campaigns go out; defaults to weekly from day 0 (1970-01-01). */
  readonly schedule?: Schedule;
  /** Called after each campaign with the number done and the total, e.g. for a progress bar. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** One campaign's figures. */
export interface CampaignFigures {
  /** 1-based campaign number. */
  readonly campaign: number;
  /** The campaign's date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Messages sent: one per address still mailed before this campaign. */
  readonly sent: number;
  /** Messages accepted by the receiving server (opened or not). */
  readonly delivered: number;
  /** Of the delivered, how many were opened or clicked. */
  readonly activity: number;
  /** Soft bounces in this campaign. */
  readonly soft: number;
  /** Hard bounces in this campaign. */
  readonly hard: number;
  /** Addresses this campaign stopped mailing (removed, or put on hold). */
  readonly newlySuppressed: number;
  /** Addresses on hold that this campaign reached again (`hold` hard rules). */
  readonly released: number;
  /** Addresses this sender does not mail after this campaign: removed, or on hold. */
  readonly suppressedSoFar: number;
  /** Of those, addresses on hold that will be mailed again later (`hold` hard rules). */
  readonly onHold: number;
  /** (hard + soft) / sent for this campaign; `null` when nothing was sent. */
  readonly bounceRate: number | null;
  /** hard / sent for this campaign, the basis of Amazon SES's bounce rate; `null` when nothing was sent. */
  readonly hardBounceRate: number | null;
  /** Addresses still mailed after this campaign. */
  readonly listSize: number;
}

/** The result of a list simulation. */
export interface ListResult {
  /** How the generator split the list. */
  readonly makeUp: {
    readonly invalid: number;
    readonly chronicFull: number;
    readonly other: number;
  };
  /** Figures per campaign, in order. */
  readonly campaigns: readonly CampaignFigures[];
}

const KIND_OTHER = 0;
const KIND_INVALID = 1;
const KIND_CHRONIC = 2;

/** Phases by code; codes 2 and up are not mailed (4, on hold, until the hold ends). */
const PHASES: readonly Phase[] = ['active', 'interim', 'sender-stopped', 'suppressed', 'held'];
const HELD = 4;

function phaseCode(phase: Phase): number {
  switch (phase) {
    case 'active':
      return 0;
    case 'interim':
      return 1;
    case 'sender-stopped':
      return 2;
    case 'suppressed':
      return 3;
    case 'held':
      return HELD;
  }
}

function checkRate(name: string, value: number): void {
  if (!(value >= 0 && value <= 1)) {
    throw new RangeError(`rates.${name} must be between 0 and 1, got ${String(value)}.`);
  }
}

function checkOptions(options: ListOptions): void {
  const { contacts, campaigns, rates, seed } = options;
  if (!Number.isInteger(contacts) || contacts < 1 || contacts > MAX_CONTACTS) {
    throw new RangeError(
      `contacts must be a whole number from 1 to ${String(MAX_CONTACTS)}, got ${String(contacts)}.`,
    );
  }
  if (!Number.isInteger(campaigns) || campaigns < 1 || campaigns > MAX_CAMPAIGNS) {
    throw new RangeError(
      `campaigns must be a whole number from 1 to ${String(MAX_CAMPAIGNS)}, got ${String(campaigns)}.`,
    );
  }
  checkRate('invalid', rates.invalid);
  checkRate('chronicFull', rates.chronicFull);
  checkRate('transient', rates.transient);
  checkRate('engagement', rates.engagement);
  if (rates.invalid + rates.chronicFull > 1) {
    throw new RangeError('rates.invalid + rates.chronicFull must not exceed 1.');
  }
  if (!Number.isInteger(seed)) {
    throw new RangeError(`seed must be a whole number, got ${String(seed)}.`);
  }
}

/**
 * Simulates a whole list under one policy, campaign by campaign, with a seeded generator: the same
 * options always give the same figures. Each address is drawn once as invalid, chronically full
 * or ordinary; ordinary addresses soft-bounce with `rates.transient` per send and, when delivered,
 * open or click with `rates.engagement`. Addresses run through the same rule code as `step`.
 * @example simulateList({ contacts: 10_000, campaigns: 52, rates: { invalid: 0.02, chronicFull: 0.01, transient: 0.03, engagement: 0.2 }, seed: 1 }, klaviyo)
 */
export function simulateList(options: ListOptions, policy: Policy): ListResult {
  checkOptions(options);
  const { contacts, campaigns, rates } = options;
  const rule = policy.rule;
  const next = mulberry32(options.seed);
  const days = campaignDays(options.schedule ?? { start: 0, cadenceDays: 7 }, campaigns);

  // Struct-of-arrays state: one slot per contact.
  const kind = new Uint8Array(contacts);
  const phase = new Uint8Array(contacts);
  const everActive = new Uint8Array(contacts);
  const count = new Int32Array(contacts);
  const runStart = new Float64Array(contacts).fill(Number.NaN);
  const holdUntil = new Float64Array(contacts).fill(Number.NaN);
  const holds = new Uint8Array(contacts);

  let invalidCount = 0;
  let chronicCount = 0;
  const chronicCut = rates.invalid + rates.chronicFull;
  for (let i = 0; i < contacts; i++) {
    const r = next();
    if (r < rates.invalid) {
      kind[i] = KIND_INVALID;
      invalidCount++;
    } else if (r < chronicCut) {
      kind[i] = KIND_CHRONIC;
      chronicCount++;
    } else {
      kind[i] = KIND_OTHER;
    }
  }

  // A local binding: calling an imported function through a module namespace getter 520,000 times
  // costs measurable time in some module runners.
  const apply = advance;
  const scratch = freshCounters();
  const figures: CampaignFigures[] = [];
  let suppressedSoFar = 0;
  let onHold = 0;

  for (let k = 0; k < campaigns; k++) {
    const day = days[k] ?? 0;
    let sent = 0;
    let delivered = 0;
    let activity = 0;
    let soft = 0;
    let hard = 0;
    let newlySuppressed = 0;
    let released = 0;

    for (let i = 0; i < contacts; i++) {
      const p = phase[i] ?? 0;
      // Only addresses this sender still mails get the campaign, and those whose hold has ended.
      if (p === 2 || p === 3) continue;
      if (p === HELD && day < (holdUntil[i] ?? 0)) continue;

      let outcome: Outcome;
      const kd = kind[i];
      if (kd === KIND_INVALID) {
        outcome = 'hard';
      } else if (kd === KIND_CHRONIC) {
        outcome = 'soft';
      } else if (next() < rates.transient) {
        outcome = 'soft';
      } else {
        outcome = next() < rates.engagement ? 'activity' : 'delivered';
      }

      sent++;
      if (outcome === 'hard') hard++;
      else if (outcome === 'soft') soft++;
      else {
        delivered++;
        if (outcome === 'activity') activity++;
      }

      scratch.phase = PHASES[p] ?? 'active';
      scratch.everActive = everActive[i] === 1;
      scratch.count = count[i] ?? 0;
      scratch.runStartDay = runStart[i] ?? Number.NaN;
      // List mode only simulates this sender's own sends, so an address never carries more than
      // the hard bounce that stopped it; start each contact from an empty window.
      if (scratch.hardDays.length > 0) scratch.hardDays = [];
      scratch.lastDay = day;
      scratch.holdUntilDay = holdUntil[i] ?? Number.NaN;
      scratch.holds = holds[i] ?? 0;
      apply(rule, scratch, outcome, day);

      const np = phaseCode(scratch.phase);
      phase[i] = np;
      everActive[i] = scratch.everActive ? 1 : 0;
      count[i] = scratch.count;
      runStart[i] = scratch.runStartDay;
      holdUntil[i] = scratch.holdUntilDay;
      holds[i] = scratch.holds;
      if (np >= 2) newlySuppressed++;
      if (p === HELD) {
        released++;
        onHold--;
      }
      if (np === HELD) onHold++;
    }

    suppressedSoFar += newlySuppressed - released;
    figures.push({
      campaign: k + 1,
      date: fromDay(day),
      sent,
      delivered,
      activity,
      soft,
      hard,
      newlySuppressed,
      released,
      suppressedSoFar,
      onHold,
      bounceRate: sent === 0 ? null : (soft + hard) / sent,
      hardBounceRate: sent === 0 ? null : hard / sent,
      listSize: contacts - suppressedSoFar,
    });
    options.onProgress?.(k + 1, campaigns);
  }

  return {
    makeUp: {
      invalid: invalidCount,
      chronicFull: chronicCount,
      other: contacts - invalidCount - chronicCount,
    },
    campaigns: figures,
  };
}
