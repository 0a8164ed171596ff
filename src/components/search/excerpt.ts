/**
 * Pagefind's excerpts are page text with `<mark>` around the matched words, as an HTML string.
 * They are never inserted as HTML: `excerptParts` keeps the `<mark>` boundaries and turns
 * everything else into plain text (entities decoded), so nothing else can reach the page.
 */

/** A run of excerpt text, marked when it matched the query. */
export interface ExcerptPart {
  readonly text: string;
  readonly mark: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decodes the character references Pagefind writes (`&lt;`, `&#39;`, `&#x27;` …). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Splits an excerpt into text and marked runs. Only exact `<mark>` and `</mark>` tags count; any
 * other tag is kept as visible text, never as markup.
 *
 * @example excerptParts('a <mark>5.1.1</mark> &lt;b&gt;')
 * // [{ text: 'a ', mark: false }, { text: '5.1.1', mark: true }, { text: ' <b>', mark: false }]
 */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of html.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (piece !== '') {
      const text = decodeEntities(piece);
      const last = parts.at(-1);
      if (last && last.mark === mark) parts[parts.length - 1] = { text: last.text + text, mark };
      else parts.push({ text, mark });
    }
  }
  return parts;
}

/**
 * Prepares what the reader typed for Pagefind. Pagefind matches words by prefix, so "5.1.1" would
 * also find (and highlight) "5.1.10"; a status code such as 5.1.1 or X.1.1 is therefore searched
 * as an exact phrase.
 *
 * @example searchTerms('550 5.1.1') // '550 "5.1.1"'
 */
export function searchTerms(query: string): string {
  return query
    .trim()
    .split(/\s+/)
    .map((word) => (/^[245x]\.\d{1,3}\.\d{1,3}$/i.test(word) ? `"${word}"` : word))
    .join(' ');
}
