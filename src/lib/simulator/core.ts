import type { Rule } from './policy-schema.ts';
import type { Outcome } from './outcomes.ts';

/**
 * The numeric heart of the engine, shared by the single-address reducer (`step`) and list mode
 * (`simulateList`), so both follow one reading of every rule. It mutates a small counters object in
 * place and returns what happened; `step` copies before calling and turns the result into words.
 */

/**
 * Where an address stands:
 * - `active`: mailed, nothing pending;
 * - `interim`: inside a run that is still mailed (SFMC `Bounced`);
 * - `held`: not mailed until a hold ends, then mailed again (Constant Contact `Suspended`);
 * - `sender-stopped`: this sender no longer mails it, the platform still tracks it (HubSpot portal bounce);
 * - `suppressed`: removed; nothing is sent to it any more.
 */
export type Phase = 'active' | 'interim' | 'held' | 'sender-stopped' | 'suppressed';

/** What a single event did. `step` turns it into an explanation. */
export type Transition =
  | 'not-sent'
  | 'held'
  | 'delivered'
  | 'delivered-reset'
  | 'activity'
  | 'activity-reset'
  | 'activity-returned'
  | 'soft-counted'
  | 'soft-suppressed'
  | 'soft-ignored'
  | 'bounce-run'
  | 'bounce-held'
  | 'hard-suppressed'
  | 'hard-sender'
  | 'hard-platform-counted'
  | 'hard-platform-removed'
  | 'hard-hold'
  | 'hard-after-hold'
  | 'other-sender';

/** The mutable counters behind one address. */
export interface Counters {
  phase: Phase;
  /** Has the address ever opened or clicked (as far as this sender saw)? */
  everActive: boolean;
  /** Bounces counted toward the soft rule: the current run, or the running total. */
  count: number;
  /** Day of the first bounce of the current run (`run-with-span`), or `NaN`. */
  runStartDay: number;
  /** Days of recent hard bounces inside the window (`window` hard rule), oldest first. */
  hardDays: number[];
  /** Day of the last event seen, or `NaN` before the first one. */
  lastDay: number;
  /** First day the address may be mailed again after a hold (`hold` hard rule), or `NaN`. */
  holdUntilDay: number;
  /** How many holds the address has served (`hold` hard rule). */
  holds: number;
}

/** Fresh counters for an address that has never been mailed. */
export function freshCounters(): Counters {
  return {
    phase: 'active',
    everActive: false,
    count: 0,
    runStartDay: Number.NaN,
    hardDays: [],
    lastDay: Number.NaN,
    holdUntilDay: Number.NaN,
    holds: 0,
  };
}

/**
 * The soft bounce that would suppress the address right now, or `null` when soft bounces never
 * suppress by count alone (`never`; `run-with-span` also needs its day span).
 */
export function softLimit(rule: Rule, everActive: boolean): number | null {
  const soft = rule.soft;
  switch (soft.kind) {
    case 'engagement-threshold':
      // Two limits, chosen by whether the address has ever opened or clicked. Both numbers come
      // from the policy file; each is the bounce that acts, not the last one tolerated.
      return everActive ? soft.suppressAtWithActivity : soft.suppressAtWithoutActivity;
    case 'run':
      return soft.suppressAt;
    case 'run-with-span':
      return soft.minBounces;
    case 'never':
      return null;
  }
}

function resetsOn(rule: Rule, outcome: 'delivered' | 'activity'): boolean {
  if (rule.soft.kind === 'never') return false;
  const resetOn = rule.soft.resetOn;
  if (resetOn === 'never') return false;
  // Activity is a delivery too, so a rule that resets on delivery also resets on activity.
  return resetOn === 'delivery' || outcome === 'activity';
}

function endRun(c: Counters): void {
  c.count = 0;
  c.runStartDay = Number.NaN;
}

/** A bounce inside a `run-with-span` rule (soft, or hard with `join-run`). */
function bounceInSpanRun(
  minBounces: number,
  spanMoreThanDays: number,
  c: Counters,
  day: number,
): Transition {
  if (c.count === 0) c.runStartDay = day;
  c.count += 1;
  // SF2: "three or more sequential message attempts bounced and the first and last sequential
  // bounces were more than 14 days apart" — both conditions, the span strictly greater.
  if (c.count >= minBounces && day - c.runStartDay > spanMoreThanDays) {
    c.phase = 'suppressed';
    return 'bounce-held';
  }
  c.phase = 'interim';
  return 'bounce-run';
}

function onSoft(rule: Rule, c: Counters, day: number): Transition {
  const soft = rule.soft;
  switch (soft.kind) {
    case 'never':
      return 'soft-ignored';
    case 'run-with-span':
      return bounceInSpanRun(soft.minBounces, soft.spanMoreThanDays, c, day);
    case 'engagement-threshold':
    case 'run': {
      c.count += 1;
      const limit = softLimit(rule, c.everActive) ?? Number.POSITIVE_INFINITY;
      if (c.count >= limit) {
        c.phase = 'suppressed';
        return 'soft-suppressed';
      }
      return 'soft-counted';
    }
  }
}

function onHard(rule: Rule, c: Counters, day: number): Transition {
  const hard = rule.hard;
  switch (hard.kind) {
    case 'suppress':
      c.phase = 'suppressed';
      return 'hard-suppressed';
    case 'join-run':
      if (rule.soft.kind !== 'run-with-span') {
        throw new TypeError("hard.kind 'join-run' needs a soft rule of kind 'run-with-span'");
      }
      return bounceInSpanRun(rule.soft.minBounces, rule.soft.spanMoreThanDays, c, day);
    case 'window': {
      // Keep only the hard bounces that fall inside the window ending today.
      const recent = c.hardDays.filter((d) => day - d < hard.windowDays);
      recent.push(day);
      const firstHere = c.phase !== 'sender-stopped';
      if (recent.length >= hard.count) {
        c.hardDays = recent;
        c.phase = 'suppressed';
        return 'hard-platform-removed';
      }
      c.hardDays = recent;
      c.phase = 'sender-stopped';
      return firstHere ? 'hard-sender' : 'hard-platform-counted';
    }
    case 'hold':
      endRun(c);
      if (c.holds > 0) {
        c.phase = 'suppressed';
        return 'hard-after-hold';
      }
      c.holds = 1;
      c.holdUntilDay = day + hard.holdDays;
      c.phase = 'held';
      return 'hard-hold';
  }
}

/**
 * Applies one campaign outcome to the counters (mutating them) and says what happened.
 * Throws a `RangeError` when `day` is earlier than the previous event's day.
 */
export function advance(rule: Rule, c: Counters, outcome: Outcome, day: number): Transition {
  if (day < c.lastDay) {
    throw new RangeError(
      `Events must be in date order: day ${String(day)} comes after day ${String(c.lastDay)}.`,
    );
  }
  c.lastDay = day;

  if (c.phase === 'suppressed') return 'not-sent';
  if (c.phase === 'held') {
    if (day < c.holdUntilDay) return 'held';
    // The hold is over: this campaign reaches the address again.
    c.phase = 'active';
  }
  if (c.phase === 'sender-stopped') {
    // This sender no longer mails the address; only another sender's hard bounce still counts
    // toward the platform-wide removal.
    return outcome === 'hard' ? onHard(rule, c, day) : 'other-sender';
  }

  switch (outcome) {
    case 'delivered':
      if (c.count > 0 && resetsOn(rule, 'delivered')) {
        endRun(c);
        c.phase = 'active';
        return 'delivered-reset';
      }
      return 'delivered';
    case 'activity': {
      c.everActive = true;
      if (c.count > 0 && resetsOn(rule, 'activity')) {
        const wasInterim = c.phase === 'interim';
        endRun(c);
        c.phase = 'active';
        return wasInterim ? 'activity-returned' : 'activity-reset';
      }
      return 'activity';
    }
    case 'soft':
      return onSoft(rule, c, day);
    case 'hard':
      return onHard(rule, c, day);
  }
}
