import { useState } from 'preact/hooks';
import type { Evidence } from '../../lib/bounce/index.ts';
import { formatNumber } from '../../lib/inspector/words.ts';

/** A text up to this long is shown whole; a longer one as excerpts around the evidence. */
const WHOLE_LIMIT = 60_000;
/** Lines of context around each marked passage in an excerpt. */
const CONTEXT_LINES = 2;
/** At most this many excerpts. */
const MAX_EXCERPTS = 40;

type Mark = [start: number, end: number, note: string];

/** Evidence ranges inside `[from, to)`, merged and sorted, with their notes joined. */
function marks(evidence: Evidence[], from: number, to: number): Mark[] {
  const sorted = evidence
    .filter((e) => !e.encoded && e.end > e.start && e.start < to && e.end > from)
    .map((e): Mark => [Math.max(e.start, from), Math.min(e.end, to), e.note])
    .sort((a, b) => a[0] - b[0]);
  const merged: Mark[] = [];
  for (const m of sorted) {
    const last = merged.at(-1);
    if (last && m[0] <= last[1]) {
      last[1] = Math.max(last[1], m[1]);
      if (!last[2].includes(m[2])) last[2] += `; ${m[2]}`;
    } else merged.push([...m]);
  }
  return merged;
}

/** Windows of whole lines around the marks, merged where they touch. */
function windows(text: string, list: Mark[], from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  for (const [start, end] of list.slice(0, MAX_EXCERPTS)) {
    let a = text.lastIndexOf('\n', start - 1) + 1;
    for (let n = 0; n < CONTEXT_LINES && a > from; n++) a = text.lastIndexOf('\n', a - 2) + 1;
    let b = text.indexOf('\n', end);
    if (b < 0 || b > to) b = to;
    for (let n = 0; n < CONTEXT_LINES && b < to; n++) {
      const next = text.indexOf('\n', b + 1);
      b = next < 0 || next > to ? to : next;
    }
    a = Math.max(a, from);
    const last = out.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

interface Props {
  text: string;
  evidence: Evidence[];
  /** The part of `text` to show (one message of an mbox); the whole text by default. */
  range?: readonly [number, number] | undefined;
}

/**
 * The message with the passages that decided the verdict marked. Each mark can be focused (Tab)
 * or hovered, and the rule that fired is then announced. A long message shows excerpts around
 * the marks only.
 */
export default function EvidenceView({ text, evidence, range }: Props) {
  const [rule, setRule] = useState('');
  const from = range?.[0] ?? 0;
  const to = range?.[1] ?? text.length;
  const list = marks(evidence, from, to);
  const encoded = evidence.filter((e) => e.encoded);
  const whole = to - from <= WHOLE_LIMIT;
  const spans: [number, number][] = whole ? [[from, to]] : windows(text, list, from, to);

  const parts: preact.ComponentChild[] = [];
  let markIndex = 0;
  spans.forEach(([a, b], i) => {
    if (!whole) {
      parts.push(
        <span class="evidence-gap" key={`gap${i}`}>
          {`[… ${formatNumber(a - (spans[i - 1]?.[1] ?? from))} characters not shown …]\n`}
        </span>,
      );
    }
    let at = a;
    for (; markIndex < list.length; markIndex++) {
      const [start, end, note] = list[markIndex] as Mark;
      if (start >= b) break;
      if (start > at) parts.push(text.slice(at, start));
      parts.push(
        <mark
          class="evidence"
          tabIndex={0}
          data-rule={note}
          key={`m${markIndex}`}
          onFocus={() => setRule(note)}
          onMouseEnter={() => setRule(note)}
        >
          {text.slice(start, Math.min(end, b))}
        </mark>,
      );
      at = Math.min(end, b);
    }
    if (at < b) parts.push(text.slice(at, b));
    if (!whole) parts.push('\n');
  });

  return (
    <>
      <pre
        class="inspector__source"
        tabIndex={0}
        aria-label="The message, with the evidence marked"
      >
        {parts}
      </pre>
      <p class="inspector__rule" role="status" aria-live="polite">
        {rule
          ? `Rule that fired here: ${rule}`
          : list.length > 0
            ? 'Tab to a marked passage, or hover it, to hear or see the rule that fired.'
            : 'No passage of the text itself decided the verdict.'}
      </p>
      {encoded.length > 0 && (
        <p class="inspector__note">
          Also read inside an encoded (base64 or quoted-printable) part:{' '}
          {[...new Set(encoded.map((e) => e.note))].join('; ')}.
        </p>
      )}
      {!whole && (
        <p class="inspector__note">
          This message is long: only the lines around the evidence are shown here.
        </p>
      )}
    </>
  );
}
