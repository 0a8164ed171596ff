/**
 * Edits of a text: how a variant is stored (the original once, plus a few small edits) and turned
 * back into text in the browser. Kept apart from the variant generator so the page ships only this.
 */

/** Replace `[start, end)` of a text with `insert`. */
export type Edit = readonly [start: number, end: number, insert: string];

/**
 * Applies edits to a text. Edits must not overlap; their order does not matter.
 *
 * @example applyEdits('mx.example.com', [[3, 10, 'sample']]) // 'mx.sample.com'
 */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end, insert] of sorted) {
    if (start < at || end < start || end > text.length) {
      throw new RangeError(`edit [${start}, ${end}) overlaps another or lies outside the text`);
    }
    out += text.slice(at, start) + insert;
    at = end;
  }
  return out + text.slice(at);
}
