import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
// Imported module by module: the package barrel also carries the YAML/zod schema, which the
// browser does not need.
import { customPolicy } from '../lib/simulator/custom.ts';
import {
  OutcomeCodeError,
  formatOutcomes,
  parseOutcomes,
  type Outcome,
} from '../lib/simulator/outcomes.ts';
import type { Policy, ResetOn } from '../lib/simulator/policy-schema.ts';
import { PRESETS, findPreset } from '../lib/simulator/presets.ts';
import { runScenario } from '../lib/simulator/scenario.ts';
import {
  $scenario,
  DEFAULT_SCENARIO,
  updateScenario,
  type Scenario,
  type TimelineCampaign,
} from '../stores/simulator.ts';
import Icon, { type IconName } from './icons/Icon.tsx';
import { useHydrated } from './use-hydrated.ts';

interface Props {
  policies: Policy[];
  /** Start from this story instead of the reader's saved timeline (used inside lessons). */
  preset?: string | undefined;
  /** Read `?policy=&outcomes=` from the address bar and keep it up to date (the simulator page). */
  syncUrl?: boolean;
  /** A prefix for element ids, so two simulators can share a page. */
  idPrefix?: string;
}

const OUTCOME_LABEL: Record<Outcome, string> = {
  delivered: 'Delivered',
  activity: 'Delivered, opened or clicked',
  soft: 'Soft bounce',
  hard: 'Hard bounce',
};

const OUTCOME_ICON: Record<Outcome, IconName> = {
  delivered: 'check',
  activity: 'star',
  soft: 'retry',
  hard: 'stop',
};

/** Soft-bounce reasons a reader can pick for a campaign (reason ids with a short label). */
const SOFT_REASONS = [
  ['mailboxfull', 'mailbox full'],
  ['systemerror', 'server error'],
  ['networkerror', 'server unreachable'],
  ['blocked', 'blocked'],
  ['spamdetected', 'flagged as spam'],
  ['mesgtoobig', 'message too big'],
  ['speeding', 'rate limited'],
  ['expired', 'retries ran out'],
] as const;

const RESET_LABEL: Record<ResetOn, string> = {
  delivery: 'any delivery',
  activity: 'an open or a click only',
  never: 'never (a running total)',
};

function scenarioFromPreset(id: string, base: Scenario): Scenario | null {
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

/** The timeline from the address bar, if it carries one; an error message for a bad one. */
function scenarioFromUrl(
  base: Scenario,
  policies: Policy[],
): { scenario?: Scenario; error?: string } {
  const params = new URLSearchParams(location.search);
  let scenario = base;
  const policy = params.get('policy');
  if (policy !== null) {
    if (!policies.some((p) => p.id === policy)) {
      return {
        error: `The link names an email service we do not know (“${policy}”), so your saved timeline is shown.`,
      };
    }
    scenario = { ...scenario, policy };
  }
  const preset = params.get('preset');
  if (preset !== null) scenario = scenarioFromPreset(preset, scenario) ?? scenario;
  const outcomes = params.get('outcomes');
  if (outcomes !== null) {
    try {
      scenario = {
        ...scenario,
        campaigns: parseOutcomes(outcomes).map((outcome) => ({ outcome })),
      };
    } catch (e) {
      const detail = e instanceof OutcomeCodeError ? e.message : 'it could not be read';
      return { error: `The link's timeline could not be used: ${detail} Use D, A, S and H.` };
    }
  }
  return { scenario };
}

/**
 * Plays one address's campaigns under an email service's real soft-bounce policy and shows, after
 * each campaign, the counter, the status in the vendor's own words and why it changed. The
 * policy logic is all in src/lib/simulator; this component only renders and dispatches.
 */
export default function EscalationSimulator({
  policies,
  preset,
  syncUrl = false,
  idPrefix = 'sim',
}: Props) {
  const shared = useStore($scenario);
  const hydrated = useHydrated();
  const initialLocal = (preset && scenarioFromPreset(preset, DEFAULT_SCENARIO)) || DEFAULT_SCENARIO;
  const [local, setLocal] = useState<Scenario>(initialLocal);
  const [urlError, setUrlError] = useState<string | null>(null);
  const [compare, setCompare] = useState(false);
  const useShared = !preset;
  const scenario = useShared ? (hydrated ? shared : DEFAULT_SCENARIO) : local;
  const update = (patch: Partial<Scenario>) =>
    useShared ? updateScenario(patch) : setLocal((s) => ({ ...s, ...patch }));

  // The simulator page opens the timeline a shared link carries.
  useEffect(() => {
    if (!syncUrl) return;
    const { scenario: fromUrl, error } = scenarioFromUrl($scenario.get(), policies);
    if (fromUrl) $scenario.set(fromUrl);
    if (error) setUrlError(error);
  }, [syncUrl]);

  // ...and keeps the address bar in step, so the page can be shared.
  useEffect(() => {
    if (!syncUrl || !hydrated) return;
    const params = new URLSearchParams({
      policy: scenario.policy,
      outcomes: formatOutcomes(scenario.campaigns.map((c) => c.outcome)),
    });
    history.replaceState(null, '', `${location.pathname}?${params.toString()}`);
  }, [syncUrl, hydrated, scenario.policy, scenario.campaigns]);

  const basePolicy = policies.find((p) => p.id === scenario.policy) ?? policies[0];
  const policyFor = (p: Policy): Policy =>
    p.id === 'custom' ? customPolicy(p, scenario.custom) : p;
  const schedule = { start: scenario.start, cadenceDays: scenario.cadenceDays };
  const run = useMemo(
    () => (basePolicy ? runScenario(policyFor(basePolicy), scenario.campaigns, schedule) : null),
    [basePolicy, scenario],
  );
  const comparison = useMemo(
    () =>
      compare
        ? policies.map((p) => ({
            policy: p,
            run: runScenario(policyFor(p), scenario.campaigns, schedule),
          }))
        : [],
    [compare, policies, scenario],
  );
  if (!basePolicy || !run) return <p>No email service policies are available.</p>;

  const setCampaign = (index: number, change: Partial<TimelineCampaign>) =>
    update({
      campaigns: scenario.campaigns.map((c, i) => (i === index ? { ...c, ...change } : c)),
    });
  const add = (outcome: Outcome) =>
    update({
      campaigns: [
        ...scenario.campaigns,
        { outcome, reason: outcome === 'soft' ? 'mailboxfull' : undefined },
      ],
    });
  const remove = (index: number) =>
    update({ campaigns: scenario.campaigns.filter((_, i) => i !== index) });
  const id = (name: string) => `${idPrefix}-${name}`;
  const presetValue = PRESETS.find(
    (p) => p.outcomes === formatOutcomes(scenario.campaigns.map((c) => c.outcome)),
  )?.id;

  return (
    <section class="simulator" aria-labelledby={id('heading')} data-policy={basePolicy.id}>
      <h2 id={id('heading')} class="simulator__heading">
        One address, campaign by campaign
      </h2>
      <div class="simulator__controls">
        <label>
          Email service
          <select
            value={basePolicy.id}
            onChange={(e) => update({ policy: e.currentTarget.value })}
            disabled={!hydrated}
          >
            {policies.map((p) => (
              <option value={p.id}>{p.name}</option>
            ))}
          </select>
        </label>
        <label>
          Story
          <select
            value={presetValue ?? ''}
            onChange={(e) => {
              const next = scenarioFromPreset(e.currentTarget.value, scenario);
              if (next) update({ campaigns: next.campaigns, cadenceDays: next.cadenceDays });
            }}
            disabled={!hydrated}
          >
            <option value="">Your own timeline</option>
            {PRESETS.map((p) => (
              <option value={p.id}>{p.title}</option>
            ))}
          </select>
        </label>
        <label>
          First campaign
          <input
            type="date"
            value={scenario.start}
            onChange={(e) => e.currentTarget.value && update({ start: e.currentTarget.value })}
            disabled={!hydrated}
          />
        </label>
        <label>
          Days between campaigns
          <input
            type="number"
            min={1}
            max={90}
            value={scenario.cadenceDays}
            onChange={(e) => {
              const n = Number(e.currentTarget.value);
              if (Number.isInteger(n) && n >= 1 && n <= 90) update({ cadenceDays: n });
            }}
            disabled={!hydrated}
          />
        </label>
      </div>

      {basePolicy.id === 'custom' && (
        <fieldset class="simulator__custom" disabled={!hydrated}>
          <legend>Your own rule</legend>
          <label>
            Remove the address at soft bounce number
            <input
              type="number"
              min={1}
              max={100}
              value={scenario.custom.suppressAt}
              onChange={(e) => {
                const n = Number(e.currentTarget.value);
                if (Number.isInteger(n) && n >= 1 && n <= 100)
                  update({ custom: { ...scenario.custom, suppressAt: n } });
              }}
            />
          </label>
          <label>
            The count starts again after
            <select
              value={scenario.custom.resetOn}
              onChange={(e) =>
                update({
                  custom: { ...scenario.custom, resetOn: e.currentTarget.value as ResetOn },
                })
              }
            >
              {(Object.keys(RESET_LABEL) as ResetOn[]).map((r) => (
                <option value={r}>{RESET_LABEL[r]}</option>
              ))}
            </select>
          </label>
        </fieldset>
      )}

      {urlError && (
        <p class="notice notice--error" role="alert">
          {urlError}
        </p>
      )}

      <div class="simulator__policy">
        <p>
          <strong>{basePolicy.name}:</strong>{' '}
          {basePolicy.id === 'custom'
            ? `Soft bounce number ${scenario.custom.suppressAt} in a row removes the address; the count starts again after ${RESET_LABEL[scenario.custom.resetOn]}; one hard bounce removes it at once.`
            : basePolicy.summary}{' '}
          {basePolicy.sources[0] && (
            <a href={basePolicy.sources[0].url}>
              Source<span class="visually-hidden">: {basePolicy.sources[0].title}</span>
            </a>
          )}
        </p>
        {basePolicy.disagreements.length > 0 && (
          <details>
            <summary>Where the sources disagree ({basePolicy.disagreements.length})</summary>
            <ul>
              {basePolicy.disagreements.map((d) => (
                <li>
                  <strong>{d.topic}</strong> We read it as: {d.chosen} Another reading: {d.other}
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>

      <p class="simulator__summary" aria-live="polite">
        {scenario.campaigns.length === 0
          ? 'Add campaigns below to see what happens to the address.'
          : run.removedAt === null
            ? `After ${scenario.campaigns.length} campaigns, ${basePolicy.name} still mails this address (${run.finalWord}).`
            : `${basePolicy.name} stops mailing this address after campaign ${run.removedAt}: ${run.states[run.removedAt - 1]?.word ?? basePolicy.removedWord}.`}
      </p>

      <ol class="timeline" aria-label={`Campaigns under ${basePolicy.name}`}>
        {scenario.campaigns.map((campaign, i) => {
          const state = run.states[i];
          if (!state) return null;
          const n = i + 1;
          return (
            <li
              class="timeline__campaign"
              data-campaign={n}
              data-status={state.status}
              data-outcome={campaign.outcome}
              data-changed={state.changed ? 'true' : undefined}
            >
              <div class="timeline__head">
                <span class="timeline__number">
                  Campaign {n}
                  <span class="timeline__date">{state.date}</span>
                </span>
                <label class="timeline__outcome">
                  <span class="visually-hidden">Campaign {n} outcome</span>
                  <Icon name={OUTCOME_ICON[campaign.outcome]} />
                  <select
                    value={campaign.outcome}
                    onChange={(e) =>
                      setCampaign(i, {
                        outcome: e.currentTarget.value as Outcome,
                        reason:
                          e.currentTarget.value === 'soft'
                            ? (campaign.reason ?? 'mailboxfull')
                            : undefined,
                      })
                    }
                    disabled={!hydrated}
                  >
                    {(Object.keys(OUTCOME_LABEL) as Outcome[]).map((o) => (
                      <option value={o}>{OUTCOME_LABEL[o]}</option>
                    ))}
                  </select>
                </label>
                {campaign.outcome === 'soft' && (
                  <label class="timeline__reason">
                    <span class="visually-hidden">Why campaign {n} soft bounced</span>
                    <select
                      value={campaign.reason ?? 'mailboxfull'}
                      onChange={(e) => setCampaign(i, { reason: e.currentTarget.value })}
                      disabled={!hydrated}
                    >
                      {SOFT_REASONS.map(([value, label]) => (
                        <option value={value}>{label}</option>
                      ))}
                      {campaign.reason && !SOFT_REASONS.some(([v]) => v === campaign.reason) && (
                        <option value={campaign.reason}>{campaign.reason}</option>
                      )}
                    </select>
                  </label>
                )}
                <span class="timeline__count">
                  {state.limit === null ? 'not counted' : `count ${state.count} of ${state.limit}`}
                </span>
                <span class={`status-word status-word--${state.status}`}>
                  <span aria-hidden="true">{state.status === 'active' ? '● ' : '✕ '}</span>
                  {state.word}
                </span>
                <button
                  type="button"
                  class="button button--quiet timeline__remove"
                  onClick={() => remove(i)}
                  disabled={!hydrated}
                >
                  Remove<span class="visually-hidden"> campaign {n}</span>
                </button>
              </div>
              <p class="timeline__explanation">
                {campaign.note && <em>{campaign.note}. </em>}
                {state.explanation}
              </p>
            </li>
          );
        })}
      </ol>

      <div class="simulator__add" role="group" aria-label="Add a campaign">
        <span>Add a campaign:</span>
        {(Object.keys(OUTCOME_LABEL) as Outcome[]).map((o) => (
          <button
            type="button"
            class="button button--quiet"
            onClick={() => add(o)}
            disabled={!hydrated}
          >
            <Icon name={OUTCOME_ICON[o]} /> {OUTCOME_LABEL[o]}
          </button>
        ))}
        <button
          type="button"
          class="button button--quiet"
          onClick={() => update({ campaigns: [] })}
          disabled={!hydrated || scenario.campaigns.length === 0}
        >
          Clear the timeline
        </button>
      </div>

      <label class="simulator__compare-toggle">
        <input
          type="checkbox"
          checked={compare}
          onChange={(e) => setCompare(e.currentTarget.checked)}
          disabled={!hydrated}
        />{' '}
        Compare every email service on this timeline
      </label>
      {compare && (
        <div
          class="table-scroll"
          tabIndex={0}
          role="region"
          aria-label="Comparison of email services"
        >
          <table class="compare">
            <caption>
              The same {scenario.campaigns.length} campaigns under each service's rule
            </caption>
            <thead>
              <tr>
                <th scope="col">Service</th>
                <th scope="col">Stops mailing after</th>
                <th scope="col">Status at the end</th>
                <th scope="col">Campaign by campaign</th>
              </tr>
            </thead>
            <tbody>
              {comparison.map(({ policy, run: r }) => (
                <tr data-policy={policy.id} data-removed-at={r.removedAt ?? 'never'}>
                  <th scope="row">{policy.name}</th>
                  <td>{r.removedAt === null ? 'never' : `campaign ${r.removedAt}`}</td>
                  <td>{r.finalWord}</td>
                  <td>
                    <span class="compare__strip">
                      {r.states.map((s, i) => (
                        <span
                          class={`compare__cell compare__cell--${s.status}`}
                          data-campaign={i + 1}
                          data-status={s.status}
                          title={`Campaign ${i + 1}: ${s.word}`}
                        >
                          {s.status === 'active' ? '●' : '✕'}
                        </span>
                      ))}
                    </span>
                    <span class="visually-hidden">
                      {r.removedAt === null
                        ? 'Active throughout.'
                        : `Suppressed from campaign ${r.removedAt}.`}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
