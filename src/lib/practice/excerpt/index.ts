/**
 * The part of a message that matters: the headers a reader sees in a mail client (From, Subject,
 * and the ones that say what kind of message it is), and the lines around the evidence. The rest
 * stays one click away ("show the whole message").
 */

/** A window of the text: `[start, end)` offsets, whole lines, end before the line break. */
export type Window = readonly [start: number, end: number];

/** Messages up to this many lines are shown whole. */
export const SHORT_MESSAGE_LINES = 24;
/** Lines of context above and below each piece of evidence. */
const CONTEXT = 1;
/** Left-out runs this short are shown instead. */
const SMALL_GAP = 2;
/** Body lines shown when there is no evidence to centre on. */
const OPENING_LINES = 8;
/** Top-level header fields that tell a reader what a message is (RFC 3834, RFC 6522). */
const TELLING_HEADERS = /^(from|subject|auto-submitted|content-type):/i;

interface Line {
  start: number;
  end: number;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
    out.push({ start, end: nl });
    start = nl + 1;
  }
  out.push({ start, end: text.length });
  return out;
}

/** Index of the line holding `offset`. */
function lineAt(all: readonly Line[], offset: number): number {
  let lo = 0;
  let hi = all.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((all[mid] as Line).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The windows to show by default, in order, never overlapping. A short message is one window; a
 * longer one gets its telling header lines (with their folded continuations), the evidence lines
 * with one line of context, or, without evidence, the opening lines of the body.
 *
 * @example excerpt(dsn, [{ start: 1586, end: 1634 }]) // [[0, 57], [60, 91], [1500, 1700]]
 */
export function excerpt(
  text: string,
  evidence: readonly { start: number; end: number }[],
): Window[] {
  const all = lines(text);
  if (all.length <= SHORT_MESSAGE_LINES) return [[0, text.length]];

  const picked = new Set<number>();
  const headerEnd = all.findIndex((l) => l.end === l.start);
  const headerLines = headerEnd === -1 ? 0 : headerEnd;
  for (let i = 0; i < headerLines; i++) {
    const line = all[i] as Line;
    if (!TELLING_HEADERS.test(text.slice(line.start, line.end))) continue;
    picked.add(i);
    // RFC 5322 §2.2.3: a folded field continues on lines that start with white space.
    for (let j = i + 1; j < headerLines; j++) {
      const next = all[j] as Line;
      if (!/^[ \t]/.test(text.slice(next.start, next.start + 1))) break;
      picked.add(j);
    }
  }

  const inside = evidence.filter((e) => e.end > e.start && e.start < text.length);
  if (inside.length > 0) {
    for (const e of inside) {
      const first = lineAt(all, e.start);
      const last = lineAt(all, Math.max(e.start, e.end - 1));
      for (
        let i = Math.max(0, first - CONTEXT);
        i <= Math.min(all.length - 1, last + CONTEXT);
        i++
      ) {
        picked.add(i);
      }
    }
  } else {
    let shown = 0;
    for (let i = headerLines + 1; i < all.length && shown < OPENING_LINES; i++) {
      const line = all[i] as Line;
      if (line.end === line.start) continue;
      picked.add(i);
      shown++;
    }
  }

  // A gap of one or two lines costs more to read ("… 1 line left out …") than the lines themselves.
  const windows: [number, number][] = [];
  let previous = -Infinity;
  for (const i of [...picked].sort((a, b) => a - b)) {
    const line = all[i] as Line;
    const last = windows.at(-1);
    if (last && i - previous <= SMALL_GAP + 1) last[1] = line.end;
    else windows.push([line.start, line.end]);
    previous = i;
  }
  return windows;
}
