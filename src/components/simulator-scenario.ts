// Glue between the simulator's link format (src/lib/simulator/link.ts) and the stored scenario.
import { writeLink, type LinkScenario } from '../lib/simulator/link.ts';
import { parseOutcomes } from '../lib/simulator/outcomes.ts';
import { findPreset } from '../lib/simulator/presets.ts';
import { DEFAULT_SCENARIO, type Scenario } from '../stores/simulator.ts';

/** The scenario with a story's campaigns and cadence, or null for an unknown story. */
export function scenarioFromPreset(id: string, base: Scenario): Scenario | null {
  const preset = findPreset(id);
  if (!preset) return null;
  return {
    ...base,
    cadenceDays: preset.cadenceDays,
    campaigns: parseOutcomes(preset.outcomes).map((outcome) => ({
      outcome,
      reason: outcome === 'soft' ? preset.softReason : undefined,
    })),
  };
}

/** Does the link carry a whole timeline (and not only, say, a service)? */
export function carriesTimeline(link: LinkScenario): boolean {
  return link.outcomes !== undefined || link.preset !== undefined;
}

/**
 * The scenario a link describes. A link with a timeline is read on its own (what it leaves out
 * takes the default), so it shows the same to everyone; a link without one only changes what it
 * names in the reader's saved scenario.
 */
export function scenarioFromLink(link: LinkScenario, saved: Scenario): Scenario {
  if (!carriesTimeline(link)) {
    return {
      ...saved,
      policy: link.policy ?? saved.policy,
      start: link.start ?? saved.start,
      cadenceDays: link.cadenceDays ?? saved.cadenceDays,
      custom: { ...saved.custom, ...link.custom },
    };
  }
  let scenario: Scenario = {
    ...DEFAULT_SCENARIO,
    policy: link.policy ?? saved.policy,
    custom:
      link.policy === 'custom' ? { ...DEFAULT_SCENARIO.custom, ...link.custom } : saved.custom,
  };
  if (link.preset !== undefined) scenario = scenarioFromPreset(link.preset, scenario) ?? scenario;
  return {
    ...scenario,
    start: link.start ?? scenario.start,
    cadenceDays: link.cadenceDays ?? scenario.cadenceDays,
    campaigns: link.outcomes ? link.outcomes.map((outcome) => ({ outcome })) : scenario.campaigns,
  };
}

/** Do two scenarios play the same timeline (reasons and notes aside)? */
export function sameTimeline(a: Scenario, b: Scenario): boolean {
  return (
    a.policy === b.policy &&
    a.start === b.start &&
    a.cadenceDays === b.cadenceDays &&
    a.campaigns.length === b.campaigns.length &&
    a.campaigns.every((c, i) => c.outcome === b.campaigns[i]?.outcome) &&
    (a.policy !== 'custom' ||
      (a.custom.suppressAt === b.custom.suppressAt && a.custom.resetOn === b.custom.resetOn))
  );
}

/** The query string that opens this scenario. */
export function linkFor(scenario: Scenario): string {
  return writeLink({
    policy: scenario.policy,
    outcomes: scenario.campaigns.map((c) => c.outcome),
    start: scenario.start,
    cadenceDays: scenario.cadenceDays,
    custom: scenario.policy === 'custom' ? scenario.custom : undefined,
  });
}
