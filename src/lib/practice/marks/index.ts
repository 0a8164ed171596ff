/**
 * Evidence marks in the text a reader sees: ranges of a text with the classifier's rule that fired,
 * cut into plain and marked segments so a component can render them as `<mark>` elements.
 */

/** A range of a text that decided a verdict, with the rule that fired and its note. */
export interface Mark {
  start: number;
  end: number;
  /** The classifier's rule id, e.g. `status/X.1.1` or `google/mailboxfull`. */
  rule: string;
  /** What the rule means, in words, e.g. `5.1.1: Bad destination mailbox address (RFC 3463)`. */
  note: string;
}

/** A piece of the shown text; `mark` is set when the piece is evidence. */
export interface Segment {
  text: string;
  /** Absolute offset of the piece in the text. */
  start: number;
  mark?: { rule: string; note: string } | undefined;
}

/**
 * Cuts `text[from, to)` into segments. Overlapping or touching marks merge into one, keeping every
 * rule; marks outside the window are left out, marks across its edges are clipped.
 *
 * @example segments('550 5.1.1 unknown', 0, 17, [{ start: 4, end: 9, rule: 'status/X.1.1', note: '...' }])
 *          // [{ text: '550 ', start: 0 }, { text: '5.1.1', start: 4, mark: {...} }, { text: ' unknown', start: 9 }]
 */
export function segments(
  text: string,
  from: number,
  to: number,
  marks: readonly Mark[],
): Segment[] {
  const ranges = marks
    .map((m) => ({ start: Math.max(from, m.start), end: Math.min(to, m.end), m }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number; rules: string[]; notes: string[] }[] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r.start <= last.end) {
      last.end = Math.max(last.end, r.end);
      if (!last.rules.includes(r.m.rule)) last.rules.push(r.m.rule);
      if (!last.notes.includes(r.m.note)) last.notes.push(r.m.note);
    } else {
      merged.push({ start: r.start, end: r.end, rules: [r.m.rule], notes: [r.m.note] });
    }
  }
  const out: Segment[] = [];
  let at = from;
  for (const m of merged) {
    if (m.start > at) out.push({ text: text.slice(at, m.start), start: at });
    out.push({
      text: text.slice(m.start, m.end),
      start: m.start,
      mark: { rule: m.rules.join(', '), note: m.notes.join('; ') },
    });
    at = m.end;
  }
  if (at < to) out.push({ text: text.slice(at, to), start: at });
  return out;
}

/**
 * Where a piece of evidence appears in another text (a cell of an event row), ignoring case:
 * the first occurrence, or undefined.
 */
export function locate(haystack: string, needle: string): [number, number] | undefined {
  if (needle.trim().length === 0) return undefined;
  const lower = haystack.toLowerCase();
  const at =
    lower.length === haystack.length
      ? lower.indexOf(needle.toLowerCase())
      : haystack.indexOf(needle);
  return at === -1 ? undefined : [at, at + needle.length];
}
