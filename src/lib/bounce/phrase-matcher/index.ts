/**
 * Multi-phrase search in one pass (Aho-Corasick compiled to a DFA): every phrase of the rule table
 * is found in time linear in the text, however many phrases there are, so adding rules never slows
 * classification down and no input can make matching blow up.
 */

/** A compiled set of phrases. */
export interface PhraseMatcher {
  /** Character code → alphabet symbol (0 = a character no phrase uses). */
  readonly symbol: Uint8Array;
  readonly width: number;
  /** Transition table: `delta[row + symbol]` gives the next row (state × width), negative (−row − 1) when that state ends a phrase. */
  readonly delta: Int32Array;
  /** Phrase indexes that end at each state (including those reached through fail links). */
  readonly out: readonly (readonly number[])[];
  /** 1 where `out` is not empty, so the scan loop touches only typed arrays. */
  readonly accepting: Uint8Array;
  readonly lengths: readonly number[];
}

/** Builds a matcher for `phrases` (indexes into this array are what `search` reports). */
export function compilePhrases(phrases: readonly string[]): PhraseMatcher {
  const symbol = new Uint8Array(65536);
  let width = 1;
  for (const p of phrases) {
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (symbol[c] === 0 && width < 255) symbol[c] = width++;
    }
  }
  // Trie.
  const trie: number[][] = [[]];
  const out: number[][] = [[]];
  phrases.forEach((phrase, index) => {
    let state = 0;
    for (let i = 0; i < phrase.length; i++) {
      const s = symbol[phrase.charCodeAt(i)] as number;
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
  return { symbol, width, delta, out, accepting, lengths: phrases.map((p) => p.length) };
}

/**
 * Returns, for each phrase found in `text`, the offset of its first occurrence.
 *
 * @example search(compilePhrases(['full', 'mailbox full']), 'mailbox full').get(1) // 0
 */
export function search(matcher: PhraseMatcher, text: string): Map<number, number> {
  const found = new Map<number, number>();
  const { symbol, width, delta, out, lengths } = matcher;
  let row = 0;
  for (let i = 0; i < text.length; i++) {
    const next = delta[row + (symbol[text.charCodeAt(i)] as number)] as number;
    if (next >= 0) {
      row = next;
      continue;
    }
    row = -next - 1;
    const hits = out[row / width] as readonly number[];
    for (let h = 0; h < hits.length; h++) {
      const p = hits[h] as number;
      if (!found.has(p)) found.set(p, i + 1 - (lengths[p] as number));
    }
  }
  return found;
}
