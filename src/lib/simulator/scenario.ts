import { campaignDays, type Schedule } from './day.ts';
import type { Outcome } from './outcomes.ts';
import type { Policy } from './policy-schema.ts';
import { isFinal, simulate, type AddressState } from './step.ts';

/** One campaign of a timeline as a reader sets it up. */
export interface ScenarioCampaign {
  readonly outcome: Outcome;
  readonly reason?: string | undefined;
}

/** What one policy makes of a whole timeline. */
export interface ScenarioRun {
  /** The state after each campaign, in order. */
  readonly states: AddressState[];
  /**
   * 1-based number of the campaign after which this sender stopped mailing the address for good
   * (removed, or a HubSpot-style stop for your account), or null.
   */
  readonly removedAt: number | null;
  /** 1-based number of the first campaign after which the address was put on hold, or null. */
  readonly heldAt: number | null;
  /** 1-based number of the first campaign after which the address was not mailed, or null. */
  readonly stoppedAt: number | null;
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
  const at = (index: number) => (index === -1 ? null : index + 1);
  return {
    states,
    removedAt: at(states.findIndex((s) => isFinal(s.phase))),
    heldAt: at(states.findIndex((s) => s.phase === 'held')),
    stoppedAt: at(states.findIndex((s) => s.status === 'suppressed')),
    finalWord: states.at(-1)?.word ?? policy.activeWord,
  };
}
