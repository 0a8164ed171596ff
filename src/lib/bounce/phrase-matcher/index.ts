/**
 * Multi-phrase search in one pass (Aho-Corasick compiled to a DFA): every phrase of the rule table
 * is found in time linear in the text, however many phrases there are, so adding rules never slows
 * classification down and no input can make matching blow up.
 */

/** A compiled set of phrases. */
export interface PhraseMatcher {
  /**
   * ASCII character code → alphabet symbol (0 = a character no phrase uses). A character above
   * ASCII that some phrase uses is fed as five symbols instead (`ESCAPE`, then its four hex
   * digits), so the alphabet stays small whatever scripts the phrases are written in.
   */
  readonly symbol: Uint8Array;
  /** 1 for each non-ASCII UTF-16 code unit that some phrase uses. */
  readonly wide: Uint8Array;
  readonly width: number;
  /** Transition table: `delta[row + symbol]` gives the next row (state × width), negative (−row − 1) when that state ends a phrase. */
  readonly delta: Int32Array;
  /** Phrase indexes that end at each state (including those reached through fail links). */
  readonly out: readonly (readonly number[])[];
  /** 1 where `out` is not empty, so the scan loop touches only typed arrays. */
  readonly accepting: Uint8Array;
  readonly lengths: readonly number[];
  /** Symbol of the escape that starts a non-ASCII character; its digits are `escape + 1 + d`. */
  readonly escape: number;
}

/** The symbols `phrase` is fed as (see `PhraseMatcher.symbol`). */
function symbolsOf(phrase: string, symbol: Uint8Array, escape: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase.charCodeAt(i);
    if (c < 128) {
      out.push(symbol[c] as number);
      continue;
    }
    out.push(escape);
    for (let shift = 12; shift >= 0; shift -= 4) out.push(escape + 1 + ((c >> shift) & 15));
  }
  return out;
}

/** Builds a matcher for `phrases` (indexes into this array are what `search` reports). */
export function compilePhrases(phrases: readonly string[]): PhraseMatcher {
  const symbol = new Uint8Array(128);
  const wide = new Uint8Array(65536);
  let width = 1;
  for (const p of phrases) {
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (c >= 128) wide[c] = 1;
      else if (symbol[c] === 0) symbol[c] = width++;
    }
  }
  const escape = width;
  width += 17;
  // Trie.
  const trie: number[][] = [[]];
  const out: number[][] = [[]];
  phrases.forEach((phrase, index) => {
    let state = 0;
    for (const s of symbolsOf(phrase, symbol, escape)) {
      const row = trie[state] as number[];
      let to = row[s];
      if (to === undefined) {
        to = trie.length;
        trie.push([]);
        out.push([]);
        row[s] = to;
      }
      state = to;
    }
    (out[state] as number[]).push(index);
  });
  // Breadth-first: fail links folded into a full transition table.
  const delta = new Int32Array(trie.length * width);
  const fail = new Int32Array(trie.length);
  const queue: number[] = [];
  const root = trie[0] as number[];
  for (let s = 1; s < width; s++) {
    const to = root[s];
    if (to !== undefined) {
      delta[s] = to;
      queue.push(to);
    }
  }
  for (let qi = 0; qi < queue.length; qi++) {
    const state = queue[qi] as number;
    const row = trie[state] as number[];
    const f = fail[state] as number;
    const inherited = out[f] as number[];
    if (inherited.length > 0) out[state] = [...(out[state] as number[]), ...inherited];
    for (let s = 1; s < width; s++) {
      const to = row[s];
      if (to !== undefined) {
        fail[to] = state === 0 ? 0 : (delta[f * width + s] as number);
        delta[state * width + s] = to;
        queue.push(to);
      } else {
        delta[state * width + s] = delta[f * width + s] as number;
      }
    }
  }
  const accepting = new Uint8Array(trie.length);
  out.forEach((o, i) => (accepting[i] = o.length > 0 ? 1 : 0));
  // Pre-multiply targets by the row width (and mark accepting targets with a minus sign) so the
  // scan loop does one table load and one add per character.
  for (let i = 0; i < delta.length; i++) {
    const to = delta[i] as number;
    delta[i] = accepting[to] === 1 ? -(to * width) - 1 : to * width;
  }
  const lengths = phrases.map((p) => p.length);
  return { symbol, wide, width, delta, out, accepting, lengths, escape };
}

/**
 * Returns, for each phrase found in `text`, the offset of its first occurrence.
 *
 * @example search(compilePhrases(['full', 'mailbox full']), 'mailbox full').get(1) // 0
 */
export function search(matcher: PhraseMatcher, text: string): Map<number, number> {
  const found = new Map<number, number>();
  const { symbol, wide, delta, escape } = matcher;
  let row = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      row = step(matcher, found, delta[row + (symbol[c] as number)] as number, i);
    } else if (wide[c] === 0) {
      // A character no phrase uses: like any unused character, it breaks every partial match.
      row = step(matcher, found, delta[row] as number, i);
    } else {
      row = step(matcher, found, delta[row + escape] as number, i);
      for (let shift = 12; shift >= 0; shift -= 4) {
        row = step(matcher, found, delta[row + escape + 1 + ((c >> shift) & 15)] as number, i);
      }
    }
  }
  return found;
}

/** Takes one transition; on an accepting state, records the phrases that end at text offset `i`. */
function step(matcher: PhraseMatcher, found: Map<number, number>, next: number, i: number): number {
  if (next >= 0) return next;
  const row = -next - 1;
  const hits = matcher.out[row / matcher.width] as readonly number[];
  for (let h = 0; h < hits.length; h++) {
    const p = hits[h] as number;
    if (!found.has(p)) found.set(p, i + 1 - (matcher.lengths[p] as number));
  }
  return row;
}
