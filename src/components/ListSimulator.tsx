import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { customPolicy } from '../lib/simulator/custom.ts';
import {
  CONTACTS,
  LIST_CAMPAIGNS,
  PERCENT,
  SEED,
  type NumberField,
} from '../lib/simulator/fields.ts';
import type { ListResult } from '../lib/simulator/list.ts';
import { formatCount, plural } from '../lib/simulator/plural.ts';
import type { Policy } from '../lib/simulator/policy-schema.ts';
import { $scenario } from '../stores/simulator.ts';
import LineChart, { type Reference } from './LineChart.tsx';
import type { ListReply, ListRequest } from './list-worker.ts';
import NumberInput from './NumberInput.tsx';
import './simulator.css';

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

type NumberKey = Exclude<keyof Settings, 'policy'>;

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

const FIELDS: readonly { key: NumberKey; label: string; field: NumberField }[] = [
  { key: 'contacts', label: 'Contacts', field: CONTACTS },
  { key: 'campaigns', label: 'Campaigns', field: LIST_CAMPAIGNS },
  { key: 'invalid', label: 'Invalid addresses (%)', field: PERCENT },
  { key: 'chronicFull', label: 'Chronically full mailboxes (%)', field: PERCENT },
  { key: 'transient', label: 'Chance of a passing failure per send (%)', field: PERCENT },
  { key: 'engagement', label: 'Chance a delivered message is opened (%)', field: PERCENT },
  { key: 'seed', label: 'Seed', field: SEED },
];

/** Account-level reference lines, with their sources' numbers. */
const REFERENCES: readonly Reference[] = [
  {
    value: 0.05,
    short: '5%: SES review',
    label:
      '5%: Amazon SES puts an account under review at a 5% hard bounce rate; HubSpot’s hard bounce limit is 5% too.',
  },
  { value: 0.1, short: '10%: SES may pause', label: '10%: Amazon SES may pause sending.' },
];

/** 0.025 → "2.5%", 0.1 → "10%". */
const percent = (v: number, digits = 1) => `${Number((v * 100).toFixed(digits)).toString()}%`;

/** A sentence about the settings' own consistency, or null when they add up. */
function crossCheck(s: Settings): string | null {
  return s.invalid + s.chronicFull > 100
    ? 'Invalid addresses and chronically full mailboxes together cannot be more than 100% of the list.'
    : null;
}

const same = (a: Settings, b: Settings) =>
  (Object.keys(a) as (keyof Settings)[]).every((k) => a[k] === b[k]);

interface Done {
  data: ListResult;
  /** Time the worker spent simulating. */
  ms: number;
  /** Time from pressing Run to the figures arriving, queueing and transfer included. */
  wallMs: number;
  settings: Settings;
  policyName: string;
}

/**
 * A whole list over many campaigns under one email service's rule: bounce rate per campaign and
 * list size, drawn as SVG. The simulation (`simulateList` in src/lib/simulator) runs in a Web
 * Worker with a progress bar, so the page stays responsive even for 100,000 × 156.
 */
export default function ListSimulator({ policies }: Props) {
  const [settings, setSettings] = useState<Settings>(DEFAULTS);
  const [invalid, setInvalid] = useState<ReadonlySet<NumberKey>>(new Set());
  const [result, setResult] = useState<Done | null>(null);
  const [running, setRunning] = useState<{
    done: number;
    total: number;
    settings: Settings;
  } | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** The reader pressed Run while a field was out of range. */
  const [tried, setTried] = useState(false);
  const [announce, setAnnounce] = useState('');
  const worker = useRef<Worker | null>(null);
  const runId = useRef(0);
  const busy = useRef(false);

  useEffect(() => () => worker.current?.terminate(), []);

  function run(s: Settings) {
    const base = policies.find((p) => p.id === s.policy);
    if (!base) return;
    const policy = base.id === 'custom' ? customPolicy(base, $scenario.get().custom) : base;
    // A run still going is abandoned: its worker is stopped, and a fresh one starts.
    if (busy.current) {
      worker.current?.terminate();
      worker.current = null;
    }
    const w =
      worker.current ??
      new Worker(new URL('./list-worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    const id = ++runId.current;
    const started = performance.now();
    busy.current = true;
    setError(null);
    setTried(false);
    setRunning({ done: 0, total: s.campaigns, settings: s });
    setAnnounce(
      `Simulating ${plural(s.contacts, 'contact')} × ${plural(s.campaigns, 'campaign')} under ${base.name}…`,
    );
    w.onmessage = (event: MessageEvent<ListReply>) => {
      const reply = event.data;
      if (reply.id !== id) return;
      if (reply.type === 'progress') {
        setRunning({ done: reply.done, total: reply.total, settings: s });
        return;
      }
      busy.current = false;
      setRunning(null);
      if (reply.type === 'error') {
        setError(reply.message);
        setAnnounce('');
        return;
      }
      setResult({
        data: reply.result,
        ms: reply.ms,
        wallMs: performance.now() - started,
        settings: s,
        policyName: base.name,
      });
      setAnnounce(
        `Done: ${plural(s.contacts, 'contact')} × ${plural(s.campaigns, 'campaign')} simulated under ${base.name}. The charts below show the figures.`,
      );
    };
    w.onerror = () => {
      busy.current = false;
      setRunning(null);
      setError('The simulation stopped unexpectedly. Try again, or with fewer contacts.');
    };
    const request: ListRequest = {
      id,
      policy,
      options: {
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
    };
    w.postMessage(request);
  }

  useEffect(() => run(DEFAULTS), []);

  const fieldsInvalid = invalid.size > 0;
  const cross = crossCheck(settings);
  const problem = fieldsInvalid || cross !== null;

  function submit(event: Event) {
    event.preventDefault();
    if (fieldsInvalid) {
      setTried(true);
      return;
    }
    if (cross !== null) return;
    run(settings);
  }

  const setValid = (key: NumberKey, valid: boolean) =>
    setInvalid((current) => {
      if (valid === !current.has(key)) return current;
      const next = new Set(current);
      if (valid) next.delete(key);
      else next.add(key);
      return next;
    });

  const showResult = result !== null && !problem;
  // The same element while the result is the same, so typing in the form does not redraw it.
  const charts = useMemo(() => (result ? <ListCharts done={result} /> : null), [result]);

  return (
    <section class="list-sim" aria-labelledby="list-sim-heading">
      <h2 id="list-sim-heading">A whole list</h2>
      <p>
        Simulate a list over many weekly campaigns: some addresses do not exist, some mailboxes stay
        full, the rest bounce now and then. The same seed always gives the same list.
      </p>
      <form class="list-sim__form" onSubmit={submit} noValidate>
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
        {FIELDS.map(({ key, label, field }) => (
          <NumberInput
            id={`list-sim-${key}`}
            label={label}
            field={field}
            value={settings[key]}
            onValid={(n) => setSettings((s) => ({ ...s, [key]: n }))}
            onState={(valid) => setValid(key, valid)}
          />
        ))}
        <button type="submit" class="button">
          Run the simulation
        </button>
      </form>
      {fieldsInvalid && tried && (
        <p class="notice notice--error" role="alert">
          Check the {invalid.size === 1 ? 'field' : 'fields'} marked above: the simulation needs
          every setting in its range.
        </p>
      )}
      {cross !== null && (
        <p class="notice notice--error" role="alert">
          {cross}
        </p>
      )}
      {error && (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      )}
      <p class="visually-hidden" role="status">
        {announce}
      </p>
      {running && (
        <div class="list-sim__progress" data-running="true">
          <label for="list-sim-progress">
            Campaign {formatCount(running.done)} of {formatCount(running.total)}
          </label>
          <progress id="list-sim-progress" max={running.total} value={running.done}>
            {Math.round((running.done / running.total) * 100)}%
          </progress>
        </div>
      )}
      {result && problem && (
        <p class="notice list-sim__stale" data-stale="hidden">
          The charts are hidden while a setting above is out of range, so that they never show
          figures for settings you no longer have.
        </p>
      )}
      <div
        class={`list-sim__output${running ? ' list-sim__output--busy' : ''}`}
        aria-busy={running ? 'true' : undefined}
      >
        {showResult && running && (
          <p class="notice list-sim__stale" data-stale="running">
            The charts below are from the previous run; this run replaces them when it finishes.
          </p>
        )}
        {showResult && !running && !same(result.settings, settings) && (
          <p class="notice list-sim__stale" data-stale="changed">
            The settings have changed since this run: run the simulation again to update the charts.
          </p>
        )}
        {showResult && charts}
      </div>
    </section>
  );
}

function ListCharts({ done }: { done: Done }) {
  const { data: result, ms, wallMs, settings, policyName: name } = done;
  const [tableOpen, setTableOpen] = useState(false);
  const rows = result.campaigns;
  const first = rows[0];
  const last = rows.at(-1);
  const peak = Math.max(0, ...rows.map((r) => r.bounceRate ?? 0));
  return (
    <div
      class="list-sim__result"
      data-campaigns={rows.length}
      data-seed={settings.seed}
      data-ms={ms.toFixed(1)}
      data-wall-ms={wallMs.toFixed(1)}
    >
      <p class="list-sim__timing">
        Simulated {plural(settings.contacts, 'contact')} × {plural(settings.campaigns, 'campaign')}{' '}
        under {name} in {formatCount(Math.round(ms))} ms.
        {first && last && (
          <>
            {' '}
            The first campaign bounced {percent(first.bounceRate ?? 0)} (hard{' '}
            {percent(first.hardBounceRate ?? 0)})
            {rows.length > 1 ? `; the last ${percent(last.bounceRate ?? 0)}` : ''}. The list went
            from {plural(settings.contacts, 'address', 'addresses')} to {formatCount(last.listSize)}{' '}
            still mailed
            {last.onHold > 0 ? `, with ${formatCount(last.onHold)} on hold` : ''}.
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
        max={Math.max(peak, 0.1) * 1.05}
        format={(v) => percent(v, 2)}
        references={REFERENCES}
      />
      <LineChart
        title="Addresses still mailed"
        description={`List size after each campaign, from ${formatCount(settings.contacts)} down to ${formatCount(last?.listSize ?? settings.contacts)}.`}
        series={[
          { label: 'List size', values: rows.map((r) => r.listSize), className: 'line--size' },
        ]}
        max={settings.contacts}
        format={(v) => formatCount(Math.round(v))}
        references={[]}
      />
      <details onToggle={(e) => setTableOpen(e.currentTarget.open)}>
        <summary>The figures as a table</summary>
        {/* Built when opened: up to 156 rows the reader may never look at. */}
        {tableOpen && (
          <div class="table-scroll" tabIndex={0} role="region" aria-label="Figures per campaign">
            <table class="compare">
              <thead>
                <tr>
                  <th scope="col">Campaign</th>
                  <th scope="col">Sent</th>
                  <th scope="col">Soft</th>
                  <th scope="col">Hard</th>
                  <th scope="col">Bounce rate</th>
                  <th scope="col">Not mailed</th>
                  <th scope="col">List size</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr>
                    <th scope="row">{r.campaign}</th>
                    <td>{formatCount(r.sent)}</td>
                    <td>{formatCount(r.soft)}</td>
                    <td>{formatCount(r.hard)}</td>
                    <td>{r.bounceRate === null ? '–' : percent(r.bounceRate, 2)}</td>
                    <td>{formatCount(r.suppressedSoFar)}</td>
                    <td>{formatCount(r.listSize)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </details>
    </div>
  );
}
