import { campaignDays, type Schedule } from './day.ts';
import type { Outcome } from './outcomes.ts';
import type { Policy } from './policy-schema.ts';
import { simulate, type AddressState } from './step.ts';

/** One campaign of a timeline as a reader sets it up. */
export interface ScenarioCampaign {
  readonly outcome: Outcome;
  readonly reason?: string | undefined;
}

/** What one policy makes of a whole timeline. */
export interface ScenarioRun {
  /** The state after each campaign, in order. */
  readonly states: AddressState[];
  /** 1-based number of the campaign after which the address was first suppressed, or null. */
  readonly removedAt: number | null;
  /** The vendor's word at the end of the timeline. */
  readonly finalWord: string;
}

/**
 * Plays a timeline under one policy on a fixed schedule.
 *
 * @example runScenario(mailchimp, [{ outcome: 'hard' }], { start: '2026-01-05', cadenceDays: 7 }).removedAt // 1
 */
export function runScenario(
  policy: Policy,
  campaigns: readonly ScenarioCampaign[],
  schedule: Schedule,
): ScenarioRun {
  const days = campaignDays(schedule, campaigns.length);
  const states = simulate(
    policy,
    campaigns.map((c, i) => ({
      outcome: c.outcome,
      date: days[i] ?? 0,
      ...(c.reason === undefined ? {} : { reason: c.reason }),
    })),
  );
  const removed = states.findIndex((s) => s.status === 'suppressed');
  return {
    states,
    removedAt: removed === -1 ? null : removed + 1,
    finalWord: states.at(-1)?.word ?? policy.activeWord,
  };
}
