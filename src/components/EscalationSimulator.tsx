import { useStore } from '@nanostores/preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
// Imported module by module: the package barrel also carries the YAML/zod schema, which the
// browser does not need.
import { customPolicy } from '../lib/simulator/custom.ts';
import { CADENCE_DAYS, CUSTOM_LIMIT, START_RANGE, readDate } from '../lib/simulator/fields.ts';
import { MAX_TIMELINE_CAMPAIGNS, readLink } from '../lib/simulator/link.ts';
import { formatOutcomes, type Outcome } from '../lib/simulator/outcomes.ts';
import { plural } from '../lib/simulator/plural.ts';
import type { Policy, ResetOn } from '../lib/simulator/policy-schema.ts';
import { PRESETS } from '../lib/simulator/presets.ts';
import { runScenario, type ScenarioRun } from '../lib/simulator/scenario.ts';
import {
  $scenario,
  DEFAULT_SCENARIO,
  updateScenario,
  type Scenario,
  type TimelineCampaign,
} from '../stores/simulator.ts';
import Icon, { type IconName } from './icons/Icon.tsx';
import NumberInput from './NumberInput.tsx';
import {
  carriesTimeline,
  linkFor,
  sameTimeline,
  scenarioFromLink,
  scenarioFromPreset,
} from './simulator-scenario.ts';
import TimelineStrip, { type StripRow } from './TimelineStrip.tsx';
import { useHydrated } from './use-hydrated.ts';
import './simulator.css';

interface Props {
  policies: Policy[];
  /** Start from this story instead of the reader's saved timeline (used inside lessons). */
  preset?: string | undefined;
  /** Read the timeline a link carries from the address bar and keep the address up to date. */
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

/** The sentence above the strip: what the service did with the address overall. */
function summaryOf(policy: Policy, scenario: Scenario, run: ScenarioRun): string {
  const n = scenario.campaigns.length;
  if (n === 0) return 'Add campaigns below to see what happens to the address.';
  const wordAt = (k: number) => run.states[k - 1]?.word ?? policy.removedWord;
  if (run.removedAt !== null) {
    return `${policy.name} stops mailing this address after campaign ${String(run.removedAt)}: ${wordAt(run.removedAt)}.`;
  }
  if (run.heldAt !== null) {
    const stillHeld = run.states.at(-1)?.phase === 'held';
    return stillHeld
      ? `${policy.name} puts this address on hold after campaign ${String(run.heldAt)} (${wordAt(run.heldAt)}); it is still on hold after campaign ${String(n)}.`
      : `${policy.name} puts this address on hold after campaign ${String(run.heldAt)} (${wordAt(run.heldAt)}), then mails it again: after ${plural(n, 'campaign')} it is ${run.finalWord}.`;
  }
  return `After ${plural(n, 'campaign')}, ${policy.name} still mails this address (${run.finalWord}).`;
}

/**
 * Plays one address's campaigns under an email service's real bounce policy and shows, after
 * each campaign, the counter, the status in the vendor's own words and what changed, with a
 * strip of the whole timeline above. The policy logic is all in src/lib/simulator; this
 * component only renders and dispatches.
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
  /** A link's timeline, shown but not saved until the reader chooses. */
  const [preview, setPreview] = useState<Scenario | null>(null);
  const [linkError, setLinkError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  /** What the date field shows while it holds a date the timeline cannot use. */
  const [startDraft, setStartDraft] = useState<{ text: string; message: string } | null>(null);
  const [compare, setCompare] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const scenario = preset ? local : (preview ?? (hydrated ? shared : DEFAULT_SCENARIO));
  const update = (patch: Partial<Scenario>) => {
    if (preset) setLocal((s) => ({ ...s, ...patch }));
    else if (preview) setPreview({ ...preview, ...patch });
    else updateScenario(patch);
  };

  // The simulator page opens the timeline a link carries, asking first when it would replace
  // a different saved timeline.
  useEffect(() => {
    if (!syncUrl) return;
    if (location.search === '') return;
    const read = readLink(
      location.search,
      policies.map((p) => p.id),
      PRESETS.map((p) => p.id),
    );
    if (!read.ok) {
      setLinkError(`${read.message} Your saved timeline is shown instead.`);
      return;
    }
    const saved = $scenario.get();
    const fromLink = scenarioFromLink(read.link, saved);
    // The link of the saved timeline itself: keep the saved one, with its reasons and notes.
    if (sameTimeline(fromLink, saved)) return;
    if (!carriesTimeline(read.link) || saved.campaigns.length === 0) $scenario.set(fromLink);
    else setPreview(fromLink);
  }, [syncUrl]);

  // ...and keeps the address bar in step with what is shown, so the page can be shared: before the
  // browser paints, so a link copied the moment the timeline changes is already the new one.
  useLayoutEffect(() => {
    if (!syncUrl || !hydrated) return;
    const known = policies.some((p) => p.id === scenario.policy);
    const shown = known ? scenario : { ...scenario, policy: policies[0]?.id ?? scenario.policy };
    history.replaceState(null, '', `${location.pathname}?${linkFor(shown)}`);
  }, [syncUrl, hydrated, scenario]);

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

  const full = scenario.campaigns.length >= MAX_TIMELINE_CAMPAIGNS;
  const setCampaign = (index: number, change: Partial<TimelineCampaign>) =>
    update({
      campaigns: scenario.campaigns.map((c, i) => (i === index ? { ...c, ...change } : c)),
    });
  const add = (outcome: Outcome) => {
    if (full) return;
    update({
      campaigns: [
        ...scenario.campaigns,
        { outcome, reason: outcome === 'soft' ? 'mailboxfull' : undefined },
      ],
    });
  };
  const remove = (index: number) =>
    update({ campaigns: scenario.campaigns.filter((_, i) => i !== index) });
  const id = (name: string) => `${idPrefix}-${name}`;
  const presetValue = PRESETS.find(
    (p) => p.outcomes === formatOutcomes(scenario.campaigns.map((c) => c.outcome)),
  )?.id;
  const stripRow = (policy: Policy, r: ScenarioRun): StripRow => ({
    id: policy.id,
    name: policy.name,
    states: r.states,
    removedAt: r.removedAt,
    heldAt: r.heldAt,
  });
  const savedPolicyName = policies.find((p) => p.id === shared.policy)?.name ?? basePolicy.name;
  const choose = (open: boolean) => {
    if (open && preview) $scenario.set(preview);
    setPreview(null);
    setStatus(
      open
        ? "The link's timeline is now your saved timeline."
        : 'Your saved timeline is shown again; the link’s timeline was not kept.',
    );
    headingRef.current?.focus();
  };

  return (
    <section
      class="simulator"
      aria-labelledby={id('heading')}
      data-policy={basePolicy.id}
      data-preview={preview ? 'true' : undefined}
    >
      <h2 id={id('heading')} class="simulator__heading" tabIndex={-1} ref={headingRef}>
        One address, campaign by campaign
      </h2>

      {preview && (
        <div class="notice simulator__choice" role="group" aria-labelledby={id('choice')}>
          <p id={id('choice')}>
            <strong>This link carries its own timeline</strong> (
            {plural(preview.campaigns.length, 'campaign')} under {basePolicy.name}), shown below.
            Your saved timeline ({plural(shared.campaigns.length, 'campaign')} under{' '}
            {savedPolicyName}) is kept until you choose.
          </p>
          <div class="simulator__choice-buttons">
            <button type="button" class="button" onClick={() => choose(true)}>
              Open the link's timeline
            </button>
            <button type="button" class="button button--quiet" onClick={() => choose(false)}>
              Keep mine
            </button>
          </div>
        </div>
      )}
      <p class="visually-hidden" role="status">
        {status}
      </p>
      {linkError && (
        <p class="notice notice--error" role="alert">
          {linkError}
        </p>
      )}

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
        <div class="number-field" data-invalid={startDraft ? 'true' : undefined}>
          <label for={id('start')}>First campaign</label>
          <input
            id={id('start')}
            type="date"
            min={START_RANGE.min}
            max={START_RANGE.max}
            value={startDraft?.text ?? scenario.start}
            aria-invalid={startDraft ? 'true' : undefined}
            aria-describedby={`${id('start')}-hint ${id('start')}-message`}
            onChange={(e) => {
              const text = e.currentTarget.value;
              const read = readDate(text);
              if (read.ok) {
                setStartDraft(null);
                update({ start: read.value });
              } else {
                setStartDraft({
                  text,
                  message: `${read.message} The timeline still starts on ${scenario.start}.`,
                });
              }
            }}
            disabled={!hydrated}
          />
          <span id={`${id('start')}-hint`} class="number-field__hint">
            {START_RANGE.min} to {START_RANGE.max}
          </span>
          <span id={`${id('start')}-message`} class="number-field__message" aria-live="polite">
            {startDraft?.message ?? ''}
          </span>
        </div>
        <NumberInput
          id={id('cadence')}
          label="Days between campaigns"
          field={CADENCE_DAYS}
          value={scenario.cadenceDays}
          onValid={(n) => update({ cadenceDays: n })}
          keeps={(n) => `The timeline still uses ${plural(n, 'day')}.`}
          disabled={!hydrated}
        />
      </div>

      {basePolicy.id === 'custom' && (
        <fieldset class="simulator__custom" disabled={!hydrated}>
          <legend>Your own rule</legend>
          <NumberInput
            id={id('limit')}
            label="Remove the address at soft bounce number"
            field={CUSTOM_LIMIT}
            value={scenario.custom.suppressAt}
            onValid={(n) => update({ custom: { ...scenario.custom, suppressAt: n } })}
            keeps={(n) => `The rule still removes it at soft bounce ${String(n)}.`}
          />
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

      <div class="simulator__policy">
        <p>
          <strong>{basePolicy.name}:</strong>{' '}
          {basePolicy.id === 'custom'
            ? `Soft bounce number ${String(scenario.custom.suppressAt)} in a row removes the address; the count starts again after ${RESET_LABEL[scenario.custom.resetOn]}; one hard bounce removes it at once.`
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
        {summaryOf(basePolicy, scenario, run)}
      </p>

      {scenario.campaigns.length > 0 && (
        <TimelineStrip
          rows={
            compare
              ? comparison.map(({ policy, run: r }) => stripRow(policy, r))
              : [stripRow(basePolicy, run)]
          }
          idPrefix={id(compare ? 'compare' : 'one')}
          selected={basePolicy.id}
        />
      )}

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
          class="table-scroll simulator__compare"
          tabIndex={0}
          role="region"
          aria-label="Comparison of email services"
        >
          <table class="compare">
            <caption>
              The same {plural(scenario.campaigns.length, 'campaign')} under each service's rule
            </caption>
            <thead>
              <tr>
                <th scope="col">Service</th>
                <th scope="col">Stops mailing after campaign</th>
                <th scope="col">At the end</th>
              </tr>
            </thead>
            <tbody>
              {comparison.map(({ policy, run: r }) => (
                <tr
                  data-policy={policy.id}
                  data-removed-at={r.removedAt ?? 'never'}
                  data-held-at={r.heldAt ?? undefined}
                >
                  <th scope="row">{policy.name}</th>
                  <td>
                    {r.removedAt !== null
                      ? String(r.removedAt)
                      : r.heldAt !== null
                        ? `never (on hold after ${String(r.heldAt)})`
                        : 'never'}
                  </td>
                  <td>{r.finalWord}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <ol class="timeline" aria-label={`Campaigns under ${basePolicy.name}`}>
        {scenario.campaigns.map((campaign, i) => {
          const state = run.states[i];
          if (!state) return null;
          const n = i + 1;
          return (
            <li
              class="timeline__campaign"
              id={id(`campaign-${String(n)}`)}
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
                  {state.limit === null
                    ? 'not counted'
                    : `count ${String(state.count)} of ${String(state.limit)}`}
                </span>
                <span class={`status-word status-word--${state.status}`}>
                  <Icon name={state.status === 'active' ? 'dot' : 'cross'} /> {state.word}
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
                {state.change}
              </p>
              {state.changed && <p class="timeline__why">{state.explanation}</p>}
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
            disabled={!hydrated || full}
            aria-describedby={full ? id('full') : undefined}
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
      {full && (
        <p id={id('full')} class="notice simulator__full" role="status">
          The timeline is full: it holds at most {String(MAX_TIMELINE_CAMPAIGNS)} campaigns (ten
          years of weekly sends), as many as a link can carry. Remove a campaign to add another.
        </p>
      )}
    </section>
  );
}
