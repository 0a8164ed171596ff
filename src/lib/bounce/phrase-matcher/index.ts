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
  /**
   * Transition table: `next[state * width + symbol]` is the next state. States are numbered so that
   * those ending a phrase come last (from `firstAccepting` on): the scan loop tests one number.
   * Two bytes per entry while the states fit, which halves the table the scan reads at random.
   */
  readonly next: Uint16Array | Uint32Array;
  readonly start: number;
  readonly firstAccepting: number;
  /** Phrase indexes that end at each state (including those reached through fail links). */
  readonly out: readonly (readonly number[])[];
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

/**
 * Builds a matcher for `phrases` (indexes into this array are what `search` reports). With
 * `foldCase`, ASCII capitals in the text match the phrases' lowercase letters, so a text need not
 * be lowercased (a copy) before it is searched.
 */
export function compilePhrases(
  phrases: readonly string[],
  options: { foldCase?: boolean } = {},
): PhraseMatcher {
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
  if (options.foldCase) for (let c = 65; c <= 90; c++) symbol[c] = symbol[c + 32] as number;
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
  // Renumber: states that end no phrase first (in breadth-first order, so the shallow states the
  // scan visits most sit together), then those that end one.
  const states = trie.length;
  const id = new Int32Array(states);
  let n = 0;
  const order = [0, ...queue];
  for (const st of order) if ((out[st] as number[]).length === 0) id[st] = n++;
  const firstAccepting = n;
  for (const st of order) if ((out[st] as number[]).length > 0) id[st] = n++;
  const next = states <= 65536 ? new Uint16Array(delta.length) : new Uint32Array(delta.length);
  const outById: number[][] = [];
  for (let st = 0; st < states; st++) {
    const row = (id[st] as number) * width;
    for (let sym = 0; sym < width; sym++) {
      next[row + sym] = id[delta[st * width + sym] as number] as number;
    }
    outById[id[st] as number] = out[st] as number[];
  }
  const lengths = phrases.map((p) => p.length);
  return {
    symbol,
    wide,
    width,
    next,
    start: id[0] as number,
    firstAccepting,
    out: outById,
    lengths,
    escape,
  };
}

/**
 * Returns, for each phrase found in `text`, the offset of its first occurrence.
 *
 * @example search(compilePhrases(['full', 'mailbox full']), 'mailbox full').get(1) // 0
 */
export function search(matcher: PhraseMatcher, text: string): Map<number, number> {
  const found = new Map<number, number>();
  for (let i = scanTo(matcher, text, 0, matcher.start); i >= 0;) {
    record(matcher, found, stateAt, i);
    i = scanTo(matcher, text, i + 1, stateAt);
  }
  return found;
}

/**
 * True when `text` holds any of the phrases; stops at the first one found.
 *
 * @example contains(compilePhrases(['still trying']), 'we are still trying') // true
 */
export function contains(matcher: PhraseMatcher, text: string): boolean {
  return scanTo(matcher, text, 0, matcher.start) >= 0;
}

/** The state `scanTo` stopped in (a module variable, so the scan returns two numbers without allocating). */
let stateAt = 0;

/**
 * Reads `text` from offset `from` in `state` up to the first offset where a phrase ends, and
 * returns it (the state is left in `stateAt`); -1 when no phrase ends before the end of the text.
 */
function scanTo(matcher: PhraseMatcher, text: string, from: number, state: number): number {
  const { symbol, wide, next, width, escape, firstAccepting } = matcher;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) state = next[state * width + (symbol[c] as number)] as number;
    // A character no phrase uses: like any unused character, it breaks every partial match.
    else if (wide[c] === 0) state = next[state * width] as number;
    else {
      // No phrase ends inside a character's symbols: only the last one can end one.
      state = next[state * width + escape] as number;
      for (let shift = 12; shift >= 0; shift -= 4) {
        state = next[state * width + escape + 1 + ((c >> shift) & 15)] as number;
      }
    }
    if (state >= firstAccepting) {
      stateAt = state;
      return i;
    }
  }
  return -1;
}

/** Records the phrases that end at `state`, at text offset `i`, unless already found. */
function record(
  matcher: PhraseMatcher,
  found: Map<number, number>,
  state: number,
  i: number,
): void {
  const hits = matcher.out[state] as readonly number[];
  for (let h = 0; h < hits.length; h++) {
    const p = hits[h] as number;
    if (!found.has(p)) found.set(p, i + 1 - (matcher.lengths[p] as number));
  }
}
