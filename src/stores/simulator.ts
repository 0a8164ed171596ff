import { persistentAtom } from '@nanostores/persistent';
import type { Outcome } from '../lib/simulator/outcomes.ts';
import type { ResetOn } from '../lib/simulator/policy-schema.ts';

/** One campaign of the timeline: what happened, and for a soft bounce, why. */
export interface TimelineCampaign {
  outcome: Outcome;
  /** A reason id for soft and hard bounces (e.g. `mailboxfull`), when known. */
  reason?: string | undefined;
  /** Where the outcome came from, e.g. "from the inspector". */
  note?: string | undefined;
}

/** The simulator's scenario: shared by the simulator and the inspector, kept across pages. */
export interface Scenario {
  policy: string;
  campaigns: TimelineCampaign[];
  /** First campaign's date, YYYY-MM-DD. */
  start: string;
  cadenceDays: number;
  custom: { suppressAt: number; resetOn: ResetOn };
}

export const DEFAULT_SCENARIO: Scenario = {
  policy: 'mailchimp',
  campaigns: [],
  start: '2026-01-05',
  cadenceDays: 7,
  custom: { suppressAt: 4, resetOn: 'delivery' },
};

const OUTCOMES = new Set(['delivered', 'activity', 'soft', 'hard']);

function decodeScenario(raw: string): Scenario {
  try {
    const v = JSON.parse(raw) as Partial<Scenario>;
    return {
      ...DEFAULT_SCENARIO,
      ...v,
      campaigns: Array.isArray(v.campaigns)
        ? v.campaigns.filter((c) => c && OUTCOMES.has(c.outcome)).slice(0, 520)
        : [],
      custom: { ...DEFAULT_SCENARIO.custom, ...v.custom },
    };
  } catch {
    return DEFAULT_SCENARIO;
  }
}

/** The scenario in this browser (local storage), so it survives page changes and reloads. */
export const $scenario = persistentAtom<Scenario>('bounce-lab:scenario', DEFAULT_SCENARIO, {
  encode: JSON.stringify,
  decode: decodeScenario,
});

/** Replaces parts of the scenario. */
export function updateScenario(patch: Partial<Scenario>): void {
  $scenario.set({ ...$scenario.get(), ...patch });
}

/** Adds a campaign at the end of the timeline (e.g. a bounce sent over from the inspector). */
export function appendCampaign(campaign: TimelineCampaign): void {
  const current = $scenario.get();
  $scenario.set({ ...current, campaigns: [...current.campaigns, campaign].slice(-520) });
}
