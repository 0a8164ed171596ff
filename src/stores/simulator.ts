import { persistentAtom } from '@nanostores/persistent';
import { CADENCE_DAYS, CUSTOM_LIMIT, readDate, readNumber } from '../lib/simulator/fields.ts';
import { MAX_TIMELINE_CAMPAIGNS } from '../lib/simulator/link.ts';
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
const RESETS = new Set(['delivery', 'activity', 'never']);

/** Reads what local storage holds; anything out of range falls back to the default, field by field. */
function decodeScenario(raw: string): Scenario {
  try {
    const v = JSON.parse(raw) as Partial<Scenario>;
    const start = readDate(String(v.start ?? ''));
    const cadence = readNumber(String(v.cadenceDays ?? ''), CADENCE_DAYS);
    const limit = readNumber(String(v.custom?.suppressAt ?? ''), CUSTOM_LIMIT);
    return {
      policy: typeof v.policy === 'string' ? v.policy : DEFAULT_SCENARIO.policy,
      campaigns: Array.isArray(v.campaigns)
        ? v.campaigns
            .filter((c) => c && OUTCOMES.has(c.outcome))
            .slice(0, MAX_TIMELINE_CAMPAIGNS)
            .map((c) => ({
              outcome: c.outcome,
              reason: typeof c.reason === 'string' ? c.reason : undefined,
              note: typeof c.note === 'string' ? c.note : undefined,
            }))
        : [],
      start: start.ok ? start.value : DEFAULT_SCENARIO.start,
      cadenceDays: cadence.ok ? cadence.value : DEFAULT_SCENARIO.cadenceDays,
      custom: {
        suppressAt: limit.ok ? limit.value : DEFAULT_SCENARIO.custom.suppressAt,
        resetOn:
          v.custom?.resetOn && RESETS.has(v.custom.resetOn)
            ? v.custom.resetOn
            : DEFAULT_SCENARIO.custom.resetOn,
      },
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

/**
 * Adds a campaign at the end of the timeline (e.g. a bounce sent over from the inspector).
 * Returns false, and changes nothing, when the timeline already holds `MAX_TIMELINE_CAMPAIGNS`.
 */
export function appendCampaign(campaign: TimelineCampaign): boolean {
  const current = $scenario.get();
  if (current.campaigns.length >= MAX_TIMELINE_CAMPAIGNS) return false;
  $scenario.set({ ...current, campaigns: [...current.campaigns, campaign] });
  return true;
}
