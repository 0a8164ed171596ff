import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type {
  ClassifyResult,
  Evidence,
  MessageVerdict,
  RecipientVerdict,
} from '../lib/bounce/index.ts';
// The classifier's own byte decoding (UTF-8, else Latin-1), so offsets match what it reads.
import { decodeBytes } from '../lib/bounce/text/index.ts';
import { redact, type Replacement } from '../lib/redact/index.ts';
import type { BounceDisagreement } from '../lib/esp/disagreement-schema.ts';
import type { Policy } from '../lib/simulator/policy-schema.ts';
import { treat } from '../lib/simulator/treatment.ts';
import { $chosenEsp, $inspectorResult, $inspectorText } from '../stores/inspector.ts';
import { appendCampaign } from '../stores/simulator.ts';
import type { ClassifyRequest } from './classify-worker.ts';
import EspVerdicts from './EspVerdicts.tsx';
import { useHydrated } from './use-hydrated.ts';
import VerdictCard, { kindLabel } from './VerdictCard.tsx';

/** A sample the picker offers; the text is fetched from the site itself when chosen. */
export interface InspectorSample {
  id: string;
  title: string;
  system: string;
  systemLabel: string;
  /** Reason ids of its expected verdict, for grouping by reason. */
  reasons: string[];
  url: string;
}

interface Props {
  samples: InspectorSample[];
  policies: Policy[];
  /** Known cross-vendor disagreements, shown under "Compare every service". */
  disagreements: BounceDisagreement[];
  /** Reason labels by id, for the sample picker's groups. */
  reasonLabels: Record<string, string>;
  /** Open with this sample (used inside lessons). */
  sample?: string | undefined;
  /** The sample's text and its verdict, read at build time: shown without starting the worker. */
  initial?: { text: string; result: ClassifyResult; title: string } | undefined;
  /** Read a shared message from the address's #fragment (the inspector page). */
  readFragment?: boolean;
  idPrefix?: string;
}

/** Largest input the inspector accepts, the classifier's own limit (10 MB). */
const MAX_BYTES = 10 * 1024 * 1024;
/** The highlighted copy of the message shows at most this many characters. */
const MAX_HIGHLIGHT = 200_000;
const DEBOUNCE_MS = 250;

const toBase64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
const fromBase64Url = (text: string) =>
  Uint8Array.from(atob(text.replaceAll('-', '+').replaceAll('_', '/')), (c) => c.charCodeAt(0));

async function pipe(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
) {
  const out = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/** Packs a message into a URL fragment: deflate, then base64url. Never sent to a server. */
async function packFragment(text: string): Promise<string> {
  const packed = await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw'));
  let binary = '';
  for (let i = 0; i < packed.length; i += 0x8000)
    binary += toBase64Url(packed.subarray(i, i + 0x8000));
  return binary;
}

async function unpackFragment(fragment: string): Promise<string> {
  const bytes = await pipe(fromBase64Url(fragment), new DecompressionStream('deflate-raw'));
  return new TextDecoder().decode(bytes);
}

/** Evidence ranges merged, sorted and clipped to the shown text. */
function mergeRanges(evidence: Evidence[], limit: number): [number, number, string][] {
  const sorted = evidence
    .filter((e) => e.end > e.start && e.start < limit)
    .map((e) => [e.start, Math.min(e.end, limit), e.note] as [number, number, string])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number, string][] = [];
  for (const r of sorted) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) {
      last[1] = Math.max(last[1], r[1]);
      if (!last[2].includes(r[2])) last[2] += `; ${r[2]}`;
    } else merged.push([...r]);
  }
  return merged;
}

function Highlighted({ text, evidence }: { text: string; evidence: Evidence[] }) {
  const shown = text.length > MAX_HIGHLIGHT ? text.slice(0, MAX_HIGHLIGHT) : text;
  const ranges = mergeRanges(evidence, shown.length);
  const parts: preact.ComponentChild[] = [];
  let at = 0;
  ranges.forEach(([start, end, note], i) => {
    if (start > at) parts.push(shown.slice(at, start));
    parts.push(
      <mark class="evidence" title={note} key={i}>
        {shown.slice(start, end)}
      </mark>,
    );
    at = end;
  });
  if (at < shown.length) parts.push(shown.slice(at));
  return (
    <>
      <pre class="inspector__source" tabIndex={0}>
        {parts}
      </pre>
      {shown.length < text.length && (
        <p class="inspector__note">
          Only the first {MAX_HIGHLIGHT.toLocaleString('en')} characters are shown here.
        </p>
      )}
    </>
  );
}

interface SamplePickerProps {
  label: string;
  /** Option groups: a heading and its samples. */
  groups: (readonly [string, InspectorSample[]])[];
  disabled: boolean;
  onPick: (sampleId: string) => void;
}

/** A select of samples in labelled groups; picking one loads it. */
function SamplePicker({ label, groups, disabled, onPick }: SamplePickerProps) {
  return (
    <label>
      {label}
      <select
        value=""
        disabled={disabled}
        onChange={(e) => {
          if (e.currentTarget.value) onPick(e.currentTarget.value);
        }}
      >
        <option value="">Choose a sample…</option>
        {groups.map(([heading, list]) => (
          <optgroup label={heading}>
            {list.map((s) => (
              <option value={s.id}>{s.title}</option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}

/**
 * The bounce inspector: paste, drop or pick a bounce and see, per recipient, what the classifier
 * makes of it and why. Classification runs in a Web Worker with the project's own classifier;
 * nothing the reader types leaves the browser.
 */
export default function BounceInspector({
  samples,
  policies,
  disagreements,
  reasonLabels,
  sample,
  initial,
  readFragment = false,
  idPrefix = 'inspector',
}: Props) {
  const text = useStore($inspectorText);
  const result = useStore($inspectorResult);
  const esp = useStore($chosenEsp);
  // Until the island is live, its controls stay disabled, so nothing typed or picked is lost.
  const hydrated = useHydrated();
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [undo, setUndo] = useState<{ text: string; replaced: Replacement[] } | null>(null);
  const [shareUrl, setShareUrl] = useState('');
  const [dragging, setDragging] = useState(false);
  const [classifiedText, setClassifiedText] = useState('');
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  /** The text of the request in flight: evidence ranges index into it. */
  const pending = useRef('');
  /** Where the text came from (a file, a sample, a link), for the status line. */
  const origin = useRef('');
  /** The text whose verdict is on screen: it needs no second reading. */
  const shown = useRef<string | null>(null);
  const id = (name: string) => `${idPrefix}-${name}`;

  // The worker is created once, lazily, and answers with the request's id; stale answers are dropped.
  function classifyLater(value: string) {
    if (value === shown.current) return;
    shown.current = null;
    const request = ++latest.current;
    if (!value.trim()) {
      shown.current = value;
      $inspectorResult.set(null);
      setBusy(false);
      setStatus('');
      return;
    }
    if (value.length > MAX_BYTES) {
      setBusy(false);
      setError(
        `This message is ${(value.length / 1024 / 1024).toFixed(1)} MB; the inspector reads up to 10 MB. Your text is still in the box: remove the attachments or the quoted original and try again.`,
      );
      return;
    }
    setBusy(true);
    setStatus('Reading the message…');
    if (!worker.current) {
      worker.current = new Worker(new URL('./classify-worker.ts', import.meta.url), {
        type: 'module',
      });
      worker.current.onmessage = (
        event: MessageEvent<{ id: number; result: ClassifyResult; ms: number }>,
      ) => {
        if (event.data.id !== latest.current) return;
        setBusy(false);
        const r = event.data.result;
        if (!r.ok) {
          setError(`${r.error.message} Your text is still in the box.`);
          $inspectorResult.set(null);
          setStatus('');
          return;
        }
        setError(null);
        $inspectorResult.set(r);
        setClassifiedText(pending.current);
        shown.current = pending.current;
        const recipients = r.messages.reduce((n, m) => n + m.recipients.length, 0);
        const messages = r.messages.length === 1 ? 'one message' : `${r.messages.length} messages`;
        const found = `${messages}, ${recipients === 1 ? 'one recipient' : `${recipients} recipients`}, read in ${event.data.ms.toFixed(0)} ms.`;
        setStatus(
          origin.current
            ? `${origin.current}: ${found}`
            : found.charAt(0).toUpperCase() + found.slice(1),
        );
        origin.current = '';
      };
      worker.current.onerror = () => {
        setBusy(false);
        setError('The classifier stopped unexpectedly. Your text is still in the box; try again.');
      };
    }
    pending.current = value;
    const message: ClassifyRequest = { id: request, text: value };
    worker.current.postMessage(message);
  }

  // Debounce: classify when the reader pauses typing.
  useEffect(() => {
    const timer = setTimeout(() => classifyLater(text), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  useEffect(() => () => worker.current?.terminate(), []);

  // Open a shared message from the #fragment, or the sample a lesson asks for.
  useEffect(() => {
    const fragment = readFragment ? new URLSearchParams(location.hash.slice(1)).get('m') : null;
    if (fragment) {
      unpackFragment(fragment)
        .then((shared) => {
          origin.current = 'Opened the message from the link';
          $inspectorText.set(shared);
        })
        .catch(() =>
          setError(
            'The link does not hold a readable message. It may have been cut short when it was copied.',
          ),
        );
    } else if (initial) {
      shown.current = initial.text;
      $inspectorText.set(initial.text);
      $inspectorResult.set(initial.result);
      setClassifiedText(initial.text);
      setStatus(`Loaded the sample “${initial.title}”, read when this page was built.`);
    } else if (sample) {
      void loadSample(sample);
    }
  }, []);

  async function loadSample(sampleId: string) {
    const s = samples.find((x) => x.id === sampleId);
    if (!s) return;
    try {
      const response = await fetch(s.url);
      if (!response.ok) throw new Error(String(response.status));
      setText(decodeBytes(new Uint8Array(await response.arrayBuffer())));
      origin.current = `Loaded the sample “${s.title}”`;
    } catch {
      setError(`The sample “${s.title}” could not be loaded. Check your connection and try again.`);
    }
  }

  function setText(value: string) {
    setUndo(null);
    setShareUrl('');
    setError(null);
    $inspectorText.set(value);
  }

  async function readFile(file: File) {
    if (file.size > MAX_BYTES) {
      setError(
        `“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB; the inspector reads up to 10 MB. Your current text is unchanged.`,
      );
      return;
    }
    setText(decodeBytes(new Uint8Array(await file.arrayBuffer())));
    origin.current = `Opened “${file.name}”`;
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer?.files[0];
    if (file) void readFile(file);
  }

  function doRedact() {
    const { text: redacted, replacements } = redact(text);
    if (replacements.length === 0) {
      setStatus('Nothing to redact: no addresses, domains, IPs, message ids or names found.');
      return;
    }
    setUndo({ text, replaced: replacements });
    setShareUrl('');
    $inspectorText.set(redacted);
    setStatus(
      `Redacted ${replacements.length} values. Use “Undo redaction” to get the original back.`,
    );
  }

  function doUndo() {
    if (!undo) return;
    $inspectorText.set(undo.text);
    setUndo(null);
    setStatus('Redaction undone: the original text is back.');
  }

  async function copy(value: string, what: string) {
    try {
      await navigator.clipboard.writeText(value);
      setStatus(`${what} copied to the clipboard.`);
    } catch {
      setStatus(
        `Your browser did not allow copying; select the ${what.toLowerCase()} and copy it by hand.`,
      );
    }
  }

  async function share() {
    const { text: redacted } = redact(text);
    const url = `${location.origin}${location.pathname.startsWith('/inspector') ? location.pathname : '/inspector/'}#m=${await packFragment(redacted)}`;
    setShareUrl(url);
    await copy(url, 'The share link');
  }

  const policy = policies.find((p) => p.id === esp) ?? policies[0];
  const messages: MessageVerdict[] = result?.ok ? result.messages : [];
  const allEvidence = messages.flatMap((m) => m.recipients.flatMap((r) => r.evidence));
  const grouped = useMemo(() => {
    const bySystem = new Map<string, InspectorSample[]>();
    const byReason = new Map<string, InspectorSample[]>();
    for (const s of samples) {
      bySystem.set(s.systemLabel, [...(bySystem.get(s.systemLabel) ?? []), s]);
      for (const r of new Set(s.reasons)) byReason.set(r, [...(byReason.get(r) ?? []), s]);
    }
    return {
      bySystem: [...bySystem].sort((a, b) => a[0].localeCompare(b[0])),
      byReason: [...byReason].sort((a, b) =>
        (reasonLabels[a[0]] ?? a[0]).localeCompare(reasonLabels[b[0]] ?? b[0]),
      ),
    };
  }, [samples]);

  function sendToSimulator(recipient: RecipientVerdict) {
    if (recipient.category === 'none') return;
    appendCampaign({
      outcome: recipient.category,
      reason: recipient.reason,
      note: `From the inspector: ${reasonLabels[recipient.reason] ?? recipient.reason}`,
    });
    setStatus(
      `Added a ${recipient.category} bounce (${reasonLabels[recipient.reason] ?? recipient.reason}) to the simulator's timeline.`,
    );
  }

  return (
    <section class="inspector" aria-labelledby={id('heading')}>
      <h2 id={id('heading')} class="visually-hidden">
        Bounce inspector
      </h2>
      <p class="notice">
        <strong>Private by design:</strong> the message is read by code running in your browser.
        Nothing you paste, drop or type here is sent anywhere, and a share link keeps the (redacted)
        message in the part of the address after “#”, which browsers never send to a server.
      </p>
      <div class="inspector__pickers">
        <SamplePicker
          label="Sample by reason"
          groups={grouped.byReason.map(([reason, list]) => [reasonLabels[reason] ?? reason, list])}
          disabled={!hydrated}
          onPick={(sampleId) => void loadSample(sampleId)}
        />
        <SamplePicker
          label="Sample by sending system"
          groups={grouped.bySystem}
          disabled={!hydrated}
          onPick={(sampleId) => void loadSample(sampleId)}
        />
        <label>
          Open a file (.eml, .txt, .mbox)
          <input
            type="file"
            accept=".eml,.txt,.mbox,.msg,message/rfc822,text/plain,application/mbox"
            disabled={!hydrated}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void readFile(file);
              e.currentTarget.value = '';
            }}
          />
        </label>
      </div>
      <label for={id('text')} class="inspector__label">
        Bounce message
      </label>
      <p id={id('hint')} class="inspector__hint">
        Paste a whole bounce (a .eml with its headers), an mbox, an SMTP transcript or a single
        reply line such as <code>550 5.1.1 User unknown</code>, or drop a file here.
      </p>
      <textarea
        id={id('text')}
        class={dragging ? 'inspector__text inspector__text--drop' : 'inspector__text'}
        rows={14}
        spellcheck={false}
        autocomplete="off"
        aria-describedby={id('hint')}
        readOnly={!hydrated}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      />
      <div class="inspector__actions">
        <button type="button" class="button button--quiet" onClick={doRedact} disabled={!text}>
          Redact
        </button>
        <button type="button" class="button button--quiet" onClick={doUndo} disabled={!undo}>
          Undo redaction
        </button>
        <button
          type="button"
          class="button button--quiet"
          onClick={() =>
            result?.ok && void copy(JSON.stringify(result.messages, null, 2), 'The result as JSON')
          }
          disabled={!result?.ok}
        >
          Copy result as JSON
        </button>
        <button
          type="button"
          class="button button--quiet"
          onClick={() => void share()}
          disabled={!text}
        >
          Copy share link
        </button>
        <button
          type="button"
          class="button button--quiet"
          onClick={() => setText('')}
          disabled={!text}
        >
          Clear
        </button>
      </div>
      {shareUrl && (
        <label class="inspector__share">
          Share link (the message is redacted first)
          <input type="text" readOnly value={shareUrl} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
      <p class="inspector__status" role="status" aria-live="polite">
        {busy ? 'Reading the message…' : status}
      </p>
      {error && (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {undo && (
        <details class="inspector__replaced">
          <summary>What the redaction replaced ({undo.replaced.length})</summary>
          <ul>
            {undo.replaced.slice(0, 100).map((r) => (
              <li>
                {r.kind}: <code>{r.original}</code> → <code>{r.replacement}</code>
              </li>
            ))}
          </ul>
        </details>
      )}

      <div class="inspector__results" aria-live="polite" aria-busy={busy}>
        {messages.map((message, mi) => (
          <section
            class="inspector__message"
            data-kind={message.kind}
            aria-labelledby={id(`m${mi}`)}
          >
            <h3 id={id(`m${mi}`)}>
              {messages.length > 1 ? `Message ${mi + 1} of ${messages.length}: ` : ''}
              {kindLabel(message.kind)}
            </h3>
            <p class="inspector__meta">
              Layout recognised: <strong>{message.system}</strong>
              {message.subject && <> · Subject: “{message.subject}”</>}
            </p>
            {message.recipients.length === 0 && (
              <p class="verdict verdict--none" data-category="none" data-reason="none">
                No recipient failed: this message reports no undeliverable address.
              </p>
            )}
            {message.recipients.map((recipient, ri) => (
              <div class="inspector__recipient">
                <VerdictCard message={message} recipient={recipient} level={4} />
                {policy && (
                  <div class="next-step">
                    <h4 class="next-step__title">What happens next</h4>
                    <label>
                      At
                      <select
                        value={policy.id}
                        onChange={(e) => $chosenEsp.set(e.currentTarget.value)}
                      >
                        {policies.map((p) => (
                          <option value={p.id}>{p.name}</option>
                        ))}
                      </select>
                    </label>
                    <p>{treat(policy, recipient.category).text}</p>
                    {recipient.category !== 'none' && (
                      <p>
                        <button
                          type="button"
                          class="button button--quiet"
                          onClick={() => sendToSimulator(recipient)}
                        >
                          Send to simulator
                        </button>{' '}
                        <a href="/simulator/">Open the simulator</a>
                      </p>
                    )}
                    <details class="esp-verdicts__details">
                      <summary>Compare every service</summary>
                      <EspVerdicts
                        policies={policies}
                        disagreements={disagreements}
                        verdict={recipient}
                        label={`this ${recipient.category === 'none' ? 'message' : `${recipient.category} bounce`} (${reasonLabels[recipient.reason] ?? recipient.reason})`}
                        idPrefix={id(`m${mi}-r${ri}-esp`)}
                        level={5}
                      />
                    </details>
                  </div>
                )}
              </div>
            ))}
            {message.trace.length > 0 && (
              <details class="verdict__trace">
                <summary>How the message was read</summary>
                <ol>
                  {message.trace.map((t) => (
                    <li>
                      <strong>{t.step}:</strong> {t.detail}
                    </li>
                  ))}
                </ol>
              </details>
            )}
          </section>
        ))}
        {messages.length > 0 && (
          <section class="inspector__why" aria-labelledby={id('why')}>
            <h3 id={id('why')}>The evidence in the message</h3>
            <p class="bounce-example__legend">
              <mark class="evidence">Marked text</mark> decided the verdict; hover or focus a mark
              to see the rule that fired.
            </p>
            <Highlighted text={classifiedText} evidence={allEvidence} />
          </section>
        )}
      </div>
    </section>
  );
}
