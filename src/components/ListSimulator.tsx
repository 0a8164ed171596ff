import { useEffect, useState } from 'preact/hooks';
import { customPolicy } from '../lib/simulator/custom.ts';
import { MAX_CONTACTS, simulateList, type ListResult } from '../lib/simulator/list.ts';
import type { Policy } from '../lib/simulator/policy-schema.ts';

interface Props {
  policies: Policy[];
}

interface Settings {
  policy: string;
  contacts: number;
  campaigns: number;
  invalid: number;
  chronicFull: number;
  transient: number;
  engagement: number;
  seed: number;
}

const DEFAULTS: Settings = {
  policy: 'mailchimp',
  contacts: 10_000,
  campaigns: 52,
  invalid: 3,
  chronicFull: 2,
  transient: 4,
  engagement: 25,
  seed: 42,
};

/** Account-level reference lines, with their sources' numbers. */
const REFERENCE_LINES = [
  { rate: 0.05, label: '5%: Amazon SES review, HubSpot limit' },
  { rate: 0.1, label: '10%: Amazon SES may pause sending' },
] as const;

const percent = (v: number, digits = 1) => `${(v * 100).toFixed(digits)}%`;

/**
 * A whole list over many campaigns: bounce rate per campaign and list size, drawn as SVG, under one
 * email service's rule. The simulation itself is `simulateList` in src/lib/simulator.
 */
export default function ListSimulator({ policies }: Props) {
  const [settings, setSettings] = useState<Settings>(DEFAULTS);
  const [result, setResult] = useState<{ data: ListResult; ms: number; settings: Settings } | null>(
    null,
  );
  const [error, setError] = useState<string | null>(null);

  function run(s: Settings) {
    const base = policies.find((p) => p.id === s.policy);
    if (!base) return;
    const policy =
      base.id === 'custom' ? customPolicy(base, { suppressAt: 4, resetOn: 'delivery' }) : base;
    try {
      const started = performance.now();
      const data = simulateList(
        {
          contacts: s.contacts,
          campaigns: s.campaigns,
          seed: s.seed,
          rates: {
            invalid: s.invalid / 100,
            chronicFull: s.chronicFull / 100,
            transient: s.transient / 100,
            engagement: s.engagement / 100,
          },
          schedule: { start: '2026-01-05', cadenceDays: 7 },
        },
        policy,
      );
      setResult({ data, ms: performance.now() - started, settings: s });
      setError(null);
    } catch (e) {
      setError(
        e instanceof Error ? e.message : 'The simulation could not run with these settings.',
      );
    }
  }

  useEffect(() => run(DEFAULTS), []);

  const field = (
    key: keyof Settings,
    label: string,
    min: number,
    max: number,
    step = 1,
    suffix = '',
  ) => (
    <label>
      {label}
      <span class="list-sim__input">
        <input
          type="number"
          min={min}
          max={max}
          step={step}
          value={settings[key]}
          onInput={(e) => setSettings({ ...settings, [key]: Number(e.currentTarget.value) })}
        />
        {suffix}
      </span>
    </label>
  );

  function submit(event: Event) {
    event.preventDefault();
    const s = settings;
    const problems: string[] = [];
    if (!Number.isInteger(s.contacts) || s.contacts < 1 || s.contacts > MAX_CONTACTS)
      problems.push(
        `contacts must be a whole number from 1 to ${MAX_CONTACTS.toLocaleString('en')}`,
      );
    if (!Number.isInteger(s.campaigns) || s.campaigns < 1 || s.campaigns > 156)
      problems.push('campaigns must be a whole number from 1 to 156');
    for (const k of ['invalid', 'chronicFull', 'transient', 'engagement'] as const)
      if (!(s[k] >= 0 && s[k] <= 100)) problems.push(`every rate must be between 0 and 100%`);
    if (s.invalid + s.chronicFull > 100)
      problems.push('invalid and full mailboxes together cannot exceed 100%');
    if (!Number.isInteger(s.seed)) problems.push('the seed must be a whole number');
    if (problems.length > 0) {
      setError(`Check the settings: ${[...new Set(problems)].join('; ')}.`);
      return;
    }
    run(s);
  }

  return (
    <section class="list-sim" aria-labelledby="list-sim-heading">
      <h2 id="list-sim-heading">A whole list</h2>
      <p>
        Simulate a list over many weekly campaigns: some addresses do not exist, some mailboxes stay
        full, the rest bounce now and then. The same seed always gives the same list.
      </p>
      <form class="list-sim__form" onSubmit={submit}>
        <label>
          Email service
          <select
            value={settings.policy}
            onChange={(e) => setSettings({ ...settings, policy: e.currentTarget.value })}
          >
            {policies.map((p) => (
              <option value={p.id}>{p.name}</option>
            ))}
          </select>
        </label>
        {field('contacts', 'Contacts', 1, MAX_CONTACTS, 1)}
        {field('campaigns', 'Campaigns', 1, 156, 1)}
        {field('invalid', 'Invalid addresses', 0, 100, 0.1, ' %')}
        {field('chronicFull', 'Chronically full mailboxes', 0, 100, 0.1, ' %')}
        {field('transient', 'Chance of a passing failure per send', 0, 100, 0.1, ' %')}
        {field('engagement', 'Chance a delivered message is opened', 0, 100, 1, ' %')}
        {field('seed', 'Seed', 0, 2 ** 31, 1)}
        <button type="submit" class="button">
          Run the simulation
        </button>
      </form>
      {error && (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      )}
      <div aria-live="polite">
        {result && (
          <ListCharts
            result={result.data}
            ms={result.ms}
            settings={result.settings}
            policies={policies}
          />
        )}
      </div>
    </section>
  );
}

function ListCharts({
  result,
  ms,
  settings,
  policies,
}: {
  result: ListResult;
  ms: number;
  settings: Settings;
  policies: Policy[];
}) {
  const rows = result.campaigns;
  const first = rows[0];
  const last = rows.at(-1);
  const peak = Math.max(0, ...rows.map((r) => r.bounceRate ?? 0));
  const name = policies.find((p) => p.id === settings.policy)?.name ?? settings.policy;
  return (
    <div
      class="list-sim__result"
      data-campaigns={rows.length}
      data-seed={settings.seed}
      data-ms={ms.toFixed(1)}
    >
      <p class="list-sim__timing">
        Simulated {settings.contacts.toLocaleString('en')} contacts × {settings.campaigns} campaigns
        under {name} in {ms.toFixed(0)} ms.
        {first && last && (
          <>
            {' '}
            The first campaign bounced {percent(first.bounceRate ?? 0)} (hard{' '}
            {percent(first.hardBounceRate ?? 0)}); the last {percent(last.bounceRate ?? 0)}. The
            list shrank from {settings.contacts.toLocaleString('en')} to{' '}
            {last.listSize.toLocaleString('en')} addresses.
          </>
        )}
      </p>
      <LineChart
        title="Bounce rate per campaign"
        description={`Bounce rate (hard and soft bounces over messages sent) per campaign, peaking at ${percent(peak)}, with reference lines at 5% and 10%.`}
        series={[
          {
            label: 'All bounces',
            values: rows.map((r) => r.bounceRate ?? 0),
            className: 'line--all',
          },
          {
            label: 'Hard bounces only',
            values: rows.map((r) => r.hardBounceRate ?? 0),
            className: 'line--hard',
          },
        ]}
        max={Math.max(0.12, peak * 1.1)}
        format={(v) => percent(v, 0)}
        references={REFERENCE_LINES}
      />
      <LineChart
        title="Addresses still mailed"
        description={`List size after each campaign, from ${settings.contacts} down to ${last?.listSize ?? settings.contacts}.`}
        series={[
          { label: 'List size', values: rows.map((r) => r.listSize), className: 'line--size' },
        ]}
        max={settings.contacts}
        format={(v) => Math.round(v).toLocaleString('en')}
        references={[]}
      />
      <details>
        <summary>The figures as a table</summary>
        <div class="table-scroll" tabIndex={0} role="region" aria-label="Figures per campaign">
          <table class="compare">
            <thead>
              <tr>
                <th scope="col">Campaign</th>
                <th scope="col">Sent</th>
                <th scope="col">Soft</th>
                <th scope="col">Hard</th>
                <th scope="col">Bounce rate</th>
                <th scope="col">Removed so far</th>
                <th scope="col">List size</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <th scope="row">{r.campaign}</th>
                  <td>{r.sent}</td>
                  <td>{r.soft}</td>
                  <td>{r.hard}</td>
                  <td>{r.bounceRate === null ? '–' : percent(r.bounceRate, 2)}</td>
                  <td>{r.suppressedSoFar}</td>
                  <td>{r.listSize}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}

interface ChartProps {
  title: string;
  description: string;
  series: { label: string; values: number[]; className: string }[];
  max: number;
  format: (v: number) => string;
  references: readonly { rate: number; label: string }[];
}

const W = 640;
const H = 220;
const PAD = { left: 56, right: 12, top: 12, bottom: 28 };

/** A small SVG line chart; the numbers are also in the table below it. */
function LineChart({ title, description, series, max, format, references }: ChartProps) {
  const count = Math.max(...series.map((s) => s.values.length), 1);
  const x = (i: number) =>
    PAD.left + (count === 1 ? 0 : (i / (count - 1)) * (W - PAD.left - PAD.right));
  const y = (v: number) =>
    PAD.top + (1 - Math.min(v, max) / (max || 1)) * (H - PAD.top - PAD.bottom);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((t) => t * max);
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={description} class="chart__svg">
        {ticks.map((t) => (
          <g>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} class="chart__grid" />
            <text x={PAD.left - 6} y={y(t) + 4} class="chart__tick" text-anchor="end">
              {format(t)}
            </text>
          </g>
        ))}
        {references.map((r) => (
          <g class="chart__reference" data-rate={r.rate}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(r.rate)} y2={y(r.rate)} />
            <text x={W - PAD.right - 4} y={y(r.rate) - 4} text-anchor="end">
              {r.label}
            </text>
          </g>
        ))}
        {series.map((s) => (
          <polyline
            class={`chart__line ${s.className}`}
            points={s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}
          />
        ))}
        <text x={PAD.left} y={H - 6} class="chart__tick">
          campaign 1
        </text>
        <text x={W - PAD.right} y={H - 6} class="chart__tick" text-anchor="end">
          campaign {count}
        </text>
      </svg>
      {series.length > 1 && (
        <ul class="chart__legend">
          {series.map((s) => (
            <li>
              <span class={`chart__swatch ${s.className}`} aria-hidden="true"></span> {s.label}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
