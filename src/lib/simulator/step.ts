import {
  advance,
  freshCounters,
  softLimit,
  type Counters,
  type Phase,
  type Transition,
} from './core.ts';
import { fromDay, toDay } from './day.ts';
import { plural } from './plural.ts';
import type { CampaignEvent, Outcome } from './outcomes.ts';
import type { Policy } from './policy-schema.ts';

/** `active`: the sender still mails the address; `suppressed`: it does not. */
export type Status = 'active' | 'suppressed';

/** Running totals for one address. */
export interface Totals {
  /** Campaigns actually sent to the address. */
  readonly sent: number;
  /** Campaigns not sent because the address was already removed. */
  readonly notSent: number;
  /** Delivered without an open or click. */
  readonly delivered: number;
  /** Delivered and opened or clicked. */
  readonly activity: number;
  /** Soft bounces. */
  readonly soft: number;
  /** Hard bounces. */
  readonly hard: number;
}

/** The state of one address after a number of campaigns. Plain, serialisable data. */
export interface AddressState {
  /** How many events have been applied (0 before the first campaign). */
  readonly campaign: number;
  /** Day number of the last event, or `null` before the first. */
  readonly day: number | null;
  /** ISO date of the last event, or `null` before the first. */
  readonly date: string | null;
  /** The last event's outcome, or `null` before the first. */
  readonly outcome: Outcome | null;
  /** The last event's optional reason text. */
  readonly reason: string | null;
  /** Whether the last campaign was sent by this sender at all. */
  readonly sent: boolean;
  /** Whether this sender still mails the address. */
  readonly status: Status;
  /** The vendor's word for the status now, e.g. `Subscribed`, `Bounced`, `Cleaned`. */
  readonly word: string;
  /** True when `status` or `word` changed at this step. */
  readonly changed: boolean;
  /** The finer position the engine tracks (see `Phase`). */
  readonly phase: Phase;
  /** Has the address ever opened or clicked? */
  readonly everActive: boolean;
  /** Bounces counted toward the soft rule now (the current run, or the running total). */
  readonly count: number;
  /** The bounce count at which the soft rule acts now, or `null` when soft bounces never escalate. */
  readonly limit: number | null;
  /** Day of the first bounce of the current run (`run-with-span` rules), else `null`. */
  readonly runStartDay: number | null;
  /** Days of the hard bounces inside the current window (`window` hard rules). */
  readonly hardDays: readonly number[];
  /** First day the address may be mailed again after a hold (`hold` hard rules), else `null`. */
  readonly holdUntilDay: number | null;
  /** How many holds the address has served (`hold` hard rules). */
  readonly holds: number;
  /** Running totals. */
  readonly totals: Totals;
  /** What the engine did at this step (`start` before the first event). */
  readonly transition: Transition | 'start';
  /** What happened at this step and why the status did or did not change, in plain words. */
  readonly explanation: string;
  /** What changed at this step, in a few words (`Soft bounce 3 of 7.`), for a card or a list. */
  readonly change: string;
}

const ORDINAL_WORDS = [
  'zeroth',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];

/** `1` → `1st`, `2` → `2nd`, `11` → `11th`, `23` → `23rd`. */
export function ordinal(n: number): string {
  const mod100 = n % 100;
  const mod10 = n % 10;
  const suffix =
    mod100 >= 11 && mod100 <= 13
      ? 'th'
      : mod10 === 1
        ? 'st'
        : mod10 === 2
          ? 'nd'
          : mod10 === 3
            ? 'rd'
            : 'th';
  return `${String(n)}${suffix}`;
}

function ordinalWord(n: number): string {
  return ORDINAL_WORDS[n] ?? ordinal(n);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function statusOf(phase: Phase): Status {
  return phase === 'active' || phase === 'interim' ? 'active' : 'suppressed';
}

/** Is this phase the end for this sender (as opposed to mailed, or a hold that ends)? */
export function isFinal(phase: Phase): boolean {
  return phase === 'suppressed' || phase === 'sender-stopped';
}

function wordOf(policy: Policy, phase: Phase): string {
  switch (phase) {
    case 'active':
      return policy.activeWord;
    case 'interim':
      return policy.rule.soft.kind === 'run-with-span'
        ? policy.rule.soft.interimWord
        : policy.activeWord;
    case 'held':
      return policy.rule.hard.kind === 'hold' ? policy.rule.hard.holdWord : policy.removedWord;
    case 'sender-stopped':
      return policy.rule.hard.kind === 'window' ? policy.rule.hard.senderWord : policy.removedWord;
    case 'suppressed':
      return policy.removedWord;
  }
}

function toCounters(state: AddressState): Counters {
  return {
    phase: state.phase,
    everActive: state.everActive,
    count: state.count,
    runStartDay: state.runStartDay ?? Number.NaN,
    hardDays: [...state.hardDays],
    lastDay: state.day ?? Number.NaN,
    holdUntilDay: state.holdUntilDay ?? Number.NaN,
    holds: state.holds,
  };
}

/** The state of an address before the first campaign. */
export function initialState(policy: Policy): AddressState {
  const c = freshCounters();
  return {
    campaign: 0,
    day: null,
    date: null,
    outcome: null,
    reason: null,
    sent: false,
    status: 'active',
    word: policy.activeWord,
    changed: false,
    phase: c.phase,
    everActive: false,
    count: 0,
    limit: softLimit(policy.rule, false),
    runStartDay: null,
    hardDays: [],
    holdUntilDay: null,
    holds: 0,
    totals: { sent: 0, notSent: 0, delivered: 0, activity: 0, soft: 0, hard: 0 },
    transition: 'start',
    explanation: `Not mailed yet: the address is ${policy.activeWord}.`,
    change: 'Not mailed yet.',
  };
}

interface ExplainContext {
  readonly policy: Policy;
  readonly before: AddressState;
  readonly after: Counters;
  readonly outcome: Outcome;
  readonly day: number;
  readonly transition: Transition;
}

/** Who acts in a sentence: the vendor, or "your rule" for the custom preset. */
function actor(policy: Policy): string {
  // Written mid-sentence ("…, so your rule marks it"), so not capitalised.
  return policy.custom ? 'your rule' : policy.name;
}

/** How a counted bounce relates to the ones before it, given what resets the count. */
function runPhrase(policy: Policy): string {
  const soft = policy.rule.soft;
  if (soft.kind === 'never') return 'in total';
  switch (soft.resetOn) {
    case 'delivery':
      return 'in a row';
    case 'activity':
      return 'with no open or click in between';
    case 'never':
      return 'counted';
  }
}

function softLimitPhrase(policy: Policy, everActive: boolean): string {
  const soft = policy.rule.soft;
  const who = actor(policy);
  const removed = policy.removedWord;
  switch (soft.kind) {
    case 'engagement-threshold':
      return everActive
        ? `the address has recorded activity, so ${who} marks it ${removed} at the ${ordinal(soft.suppressAtWithActivity)} soft bounce`
        : `${who} marks an address with no recorded activity ${removed} at the ${ordinal(soft.suppressAtWithoutActivity)} soft bounce (at the ${ordinal(soft.suppressAtWithActivity)} once it opens or clicks)`;
    case 'run':
      return `${who} marks the address ${removed} at the ${ordinal(soft.suppressAt)}`;
    case 'run-with-span':
      return `${who} marks it ${removed} after ${String(soft.minBounces)} or more bounces ${runPhrase(policy)} whose first and last are more than ${plural(soft.spanMoreThanDays, 'day')} apart`;
    case 'never':
      return soft.documented === false
        ? `${who} documents no number of soft bounces that removes an address`
        : `${who} never escalates soft bounces`;
  }
}

function resetPhrase(policy: Policy): string {
  const soft = policy.rule.soft;
  const who = actor(policy);
  if (soft.kind === 'never') return '';
  switch (soft.resetOn) {
    case 'never':
      return `${who} documents no reset, so earlier soft bounces still count`;
    case 'activity':
      return `${who} only restarts the count after an open or a click, so the earlier bounces still count`;
    case 'delivery':
      return `${who} restarts the count after any delivery`;
  }
}

function explain(ctx: ExplainContext): string {
  const text = explainStep(ctx);
  return endsHold(ctx.before, ctx.transition)
    ? `The hold has ended, so this campaign is sent again. ${text}`
    : text;
}

function explainStep(ctx: ExplainContext): string {
  const { policy, before, after, outcome, day, transition } = ctx;
  const name = actor(policy);
  const removed = policy.removedWord;
  const nowWord = wordOf(policy, after.phase);
  const kind = outcome === 'hard' ? 'hard' : 'soft';
  switch (transition) {
    case 'not-sent':
      return `Not sent: the address is ${before.word}, so ${name} leaves it out of this campaign.`;
    case 'held':
      return `Not sent: the address is ${before.word} until ${fromDay(after.holdUntilDay)}, so no ${name} sender mails it yet.`;
    case 'other-sender': {
      const senderWord = before.word;
      return `Not sent by you: the contact is marked ${senderWord} in your account. Other ${name} senders may still mail the address; only their hard bounces count toward the platform-wide removal.`;
    }
    case 'delivered':
      if (after.count > 0) {
        return `Delivered, but not opened or clicked: ${resetPhrase(policy)} (${plural(after.count, 'bounce')} so far). The address stays ${nowWord}.`;
      }
      return `Delivered. The address stays ${nowWord}.`;
    case 'delivered-reset':
      return `Delivered: the run of ${plural(before.count, 'soft bounce')} is broken and ${name} starts counting again from zero. The address is ${nowWord}.`;
    case 'activity': {
      const first = !before.everActive;
      if (policy.rule.soft.kind === 'engagement-threshold' && first) {
        const limit = policy.rule.soft.suppressAtWithActivity;
        return `Opened or clicked: the address now has recorded activity, so ${name} marks it ${removed} only at the ${ordinal(limit)} soft bounce${after.count > 0 ? ` (${plural(after.count, 'soft bounce')} counted so far)` : ''}.`;
      }
      return `Delivered and opened or clicked. The address stays ${nowWord}.`;
    }
    case 'activity-reset':
      return `Opened or clicked: ${name} ends the run of ${plural(before.count, 'soft bounce')} and starts counting again from zero. The address stays ${nowWord}.`;
    case 'activity-returned':
      return `Opened: ${name} returns the address from ${before.word} to ${nowWord}, and the run of ${plural(before.count, 'bounce')} ends.`;
    case 'soft-counted':
      return `${capitalise(ordinal(after.count))} soft bounce ${runPhrase(policy)}: ${softLimitPhrase(policy, after.everActive)}. The address stays ${nowWord}.`;
    case 'soft-suppressed': {
      const soft = policy.rule.soft;
      const convert =
        (soft.kind === 'run' || soft.kind === 'engagement-threshold') && soft.convertsToHard;
      const which =
        soft.kind === 'engagement-threshold'
          ? `${ordinal(after.count)} soft bounce ${after.everActive ? 'after earlier activity' : 'with no recorded activity'}`
          : `${ordinal(after.count)} soft bounce ${runPhrase(policy)}`;
      const action = convert
        ? `${name} converts it to a hard bounce and marks the address ${removed}`
        : `${name} marks the address ${removed}`;
      return `${capitalise(which)}: ${action}. Later campaigns are not sent to it.`;
    }
    case 'soft-ignored':
      return policy.rule.soft.kind === 'never' && policy.rule.soft.documented === false
        ? `Soft bounce (${plural(before.totals.soft + 1, 'soft bounce')} in total): ${name} documents no number of soft bounces that removes an address, so the simulator keeps it ${nowWord}.`
        : `Soft bounce (${plural(before.totals.soft + 1, 'soft bounce')} in total): ${name} never turns soft bounces into a removal, so the address stays ${nowWord}.`;
    case 'bounce-run': {
      const span = day - after.runStartDay;
      const which =
        after.count > 1
          ? `, the ${ordinalWord(after.count)} ${runPhrase(policy)}, ${plural(span, 'day')} after the first`
          : '';
      return `${capitalise(kind)} bounce${which}: the address is ${nowWord} and still mailed; ${softLimitPhrase(policy, after.everActive)}.`;
    }
    case 'bounce-held': {
      const span = day - after.runStartDay;
      return `${capitalise(kind)} bounce, the ${ordinalWord(after.count)} ${runPhrase(policy)} and ${plural(span, 'day')} after the first (more than ${plural(policy.rule.soft.kind === 'run-with-span' ? policy.rule.soft.spanMoreThanDays : 0, 'day')}): ${name} moves the address to ${removed} and stops mailing it.`;
    }
    case 'hard-suppressed':
      return `Hard bounce: ${name} marks the address ${removed} at once. Later campaigns are not sent to it.`;
    case 'hard-sender': {
      const hard = policy.rule.hard;
      const tally =
        hard.kind === 'window'
          ? ` ${name} removes the address for every sender (${removed}) after ${plural(hard.count, 'hard bounce')} within ${plural(hard.windowDays, 'day')}; this is 1 of ${String(hard.count)}.`
          : '';
      return `Hard bounce: your account stops sending marketing email to this contact (${nowWord}).${tally}`;
    }
    case 'hard-platform-counted': {
      const hard = policy.rule.hard;
      const windowText = hard.kind === 'window' ? ` within ${plural(hard.windowDays, 'day')}` : '';
      return `Hard bounce from another ${name} sender (you no longer mail this contact): ${plural(after.hardDays.length, 'hard bounce')}${windowText} so far, not yet enough for ${removed}.`;
    }
    case 'hard-platform-removed': {
      const hard = policy.rule.hard;
      const windowText = hard.kind === 'window' ? ` within ${plural(hard.windowDays, 'day')}` : '';
      return `${capitalise(ordinal(after.hardDays.length))} hard bounce${windowText}: the address becomes a ${removed} and no ${name} sender can mail it.`;
    }
    case 'hard-hold': {
      const hard = policy.rule.hard;
      const days = hard.kind === 'hold' ? hard.holdDays : 0;
      return `Hard bounce: ${name} puts the address on hold for ${plural(days, 'day')} (${nowWord}); no ${name} sender mails it until ${fromDay(after.holdUntilDay)}, then it is mailed again. Another hard bounce after the hold makes it ${removed}.`;
    }
    case 'hard-after-hold':
      return `Hard bounce after a hold: ${name} marks the address ${removed}. Later campaigns are not sent to it.`;
  }
}

/** Has this step just ended a hold, so that the campaign was sent again? */
function endsHold(before: AddressState, transition: Transition): boolean {
  return before.phase === 'held' && transition !== 'held';
}

function change(ctx: ExplainContext): string {
  const { policy, before, after, outcome, day, transition } = ctx;
  const removed = policy.removedWord;
  const nowWord = wordOf(policy, after.phase);
  const kind = outcome === 'hard' ? 'Hard' : 'Soft';
  const limit = softLimit(policy.rule, after.everActive);
  const hard = policy.rule.hard;
  const released = endsHold(before, transition) ? 'Hold over, sent again. ' : '';
  const text = ((): string => {
    switch (transition) {
      case 'not-sent':
        return `Not sent (${before.word}).`;
      case 'held':
        return `Not sent: ${before.word} until ${fromDay(after.holdUntilDay)}.`;
      case 'other-sender':
        return `Not sent by you (${before.word}).`;
      case 'delivered':
        return after.count > 0
          ? `Delivered; the count stays at ${String(after.count)}.`
          : 'Delivered.';
      case 'delivered-reset':
        return 'Delivered: the count goes back to 0.';
      case 'activity':
        return policy.rule.soft.kind === 'engagement-threshold' &&
          !before.everActive &&
          limit !== null
          ? `Opened or clicked: the limit rises to the ${ordinal(limit)} soft bounce.`
          : 'Opened or clicked.';
      case 'activity-reset':
        return 'Opened or clicked: the count goes back to 0.';
      case 'activity-returned':
        return `Opened: back to ${nowWord}, the count goes back to 0.`;
      case 'soft-counted':
        return `Soft bounce ${String(after.count)} of ${String(limit)}.`;
      case 'soft-suppressed': {
        const soft = policy.rule.soft;
        const convert =
          (soft.kind === 'run' || soft.kind === 'engagement-threshold') && soft.convertsToHard;
        return `Soft bounce ${String(after.count)} of ${String(limit)}: ${convert ? 'converted to hard, ' : ''}${removed}.`;
      }
      case 'soft-ignored':
        return 'Soft bounce, not counted.';
      case 'bounce-run':
        return after.count > 1
          ? `${kind} bounce ${String(after.count)} in a row, ${plural(day - after.runStartDay, 'day')} after the first: ${nowWord}.`
          : `${kind} bounce 1 in a row: ${nowWord}.`;
      case 'bounce-held':
        return `${kind} bounce ${String(after.count)} in a row, ${plural(day - after.runStartDay, 'day')} after the first: ${removed}.`;
      case 'hard-suppressed':
        return `Hard bounce: ${removed}.`;
      case 'hard-sender':
        return hard.kind === 'window'
          ? `Hard bounce: ${nowWord} (1 of ${String(hard.count)} within ${plural(hard.windowDays, 'day')}).`
          : `Hard bounce: ${nowWord}.`;
      case 'hard-platform-counted':
        return hard.kind === 'window'
          ? `Another sender's hard bounce: ${String(after.hardDays.length)} of ${String(hard.count)} within ${plural(hard.windowDays, 'day')}.`
          : `Another sender's hard bounce.`;
      case 'hard-platform-removed':
        return `Hard bounce ${String(after.hardDays.length)}${hard.kind === 'window' ? ` of ${String(hard.count)} within ${plural(hard.windowDays, 'day')}` : ''}: ${removed}.`;
      case 'hard-hold':
        return `Hard bounce: ${nowWord} until ${fromDay(after.holdUntilDay)}.`;
      case 'hard-after-hold':
        return `Hard bounce after the hold: ${removed}.`;
    }
  })();
  return released + text;
}

function addTotals(totals: Totals, outcome: Outcome, sent: boolean): Totals {
  if (!sent) return { ...totals, notSent: totals.notSent + 1 };
  return {
    ...totals,
    sent: totals.sent + 1,
    delivered: totals.delivered + (outcome === 'delivered' ? 1 : 0),
    activity: totals.activity + (outcome === 'activity' ? 1 : 0),
    soft: totals.soft + (outcome === 'soft' ? 1 : 0),
    hard: totals.hard + (outcome === 'hard' ? 1 : 0),
  };
}

/**
 * The reducer: applies one campaign outcome for one address under `policy` and returns the new
 * state. Pure and deterministic; `state` is not modified. Events must come in date order.
 * @example step(mailchimp, initialState(mailchimp), { outcome: 'soft', date: '2026-01-05' })
 */
export function step(policy: Policy, state: AddressState, event: CampaignEvent): AddressState {
  const day = toDay(event.date);
  const c = toCounters(state);
  const transition = advance(policy.rule, c, event.outcome, day);
  // `other-sender` and a hard bounce seen after this sender stopped are not this sender's sends.
  const sent =
    transition !== 'not-sent' &&
    transition !== 'held' &&
    transition !== 'other-sender' &&
    transition !== 'hard-platform-counted' &&
    !(transition === 'hard-platform-removed' && state.phase === 'sender-stopped');
  const status = statusOf(c.phase);
  const word = wordOf(policy, c.phase);
  const ctx: ExplainContext = {
    policy,
    before: state,
    after: c,
    outcome: event.outcome,
    day,
    transition,
  };
  return {
    campaign: state.campaign + 1,
    day,
    date: fromDay(day),
    outcome: event.outcome,
    reason: event.reason ?? null,
    sent,
    status,
    word,
    changed: status !== state.status || word !== state.word,
    phase: c.phase,
    everActive: c.everActive,
    count: c.count,
    limit: softLimit(policy.rule, c.everActive),
    runStartDay: Number.isNaN(c.runStartDay) ? null : c.runStartDay,
    hardDays: c.hardDays,
    holdUntilDay: Number.isNaN(c.holdUntilDay) ? null : c.holdUntilDay,
    holds: c.holds,
    totals: addTotals(state.totals, event.outcome, sent),
    transition,
    explanation: explain(ctx),
    change: change(ctx),
  };
}

/**
 * Runs every event through `step` and returns the state after each one (for a timeline). The
 * initial state is not included; `result[i]` is the state after `events[i]`.
 */
export function simulate(policy: Policy, events: readonly CampaignEvent[]): AddressState[] {
  const states: AddressState[] = [];
  let state = initialState(policy);
  for (const event of events) {
    state = step(policy, state, event);
    states.push(state);
  }
  return states;
}
