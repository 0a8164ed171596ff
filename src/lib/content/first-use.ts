/**
 * "A term with a glossary entry links to it on first use": finds, in a lesson's prose, the first
 * use of each glossary term and checks that it is a link to `/glossary/#<id>`.
 *
 * What counts as prose: paragraphs, lists, tables and quotes. Headings, code (fenced or inline),
 * component tags, imports and comments do not count, and neither does text inside a link to
 * somewhere else (a lesson title in a link is a title, not a use of the term).
 */

/** A glossary term as the checker looks for it. */
export interface TermMatcher {
  /** The term id, e.g. `hard-bounce`; its link is `/glossary/#hard-bounce`. */
  id: string;
  /** The names to look for, e.g. `['Hard bounce']`; spaces and hyphens match either. */
  names: readonly string[];
  /** Phrases in which a name is not the term, e.g. `Bounce Lab` for `bounce`. */
  ignore?: readonly string[];
}

interface Link {
  start: number;
  end: number;
  href: string;
}

interface Occurrence {
  id: string;
  start: number;
  end: number;
}

/** Escapes a string for use inside a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A case-insensitive pattern for a term name, its plural (`-s`, `-es`, `-y` → `-ies`), with a
 * space or a hyphen between words. `termPattern('Auto-reply')` matches "auto-replies".
 */
export function termPattern(name: string): RegExp {
  const words = name
    .trim()
    .split(/[\s-]+/)
    .map(escape);
  const last = words.pop() ?? '';
  const plural = /y$/i.test(last) ? `(?:${last}|${last.slice(0, -1)}ies)` : `${last}(?:e?s)?`;
  const body = [...words, plural].join('[\\s-]+');
  return new RegExp(`(?<![\\p{L}\\p{N}-])${body}(?![\\p{L}\\p{N}-])`, 'giu');
}

/** The prose of a lesson body as one string, with the links it holds. */
function proseWithLinks(body: string): { text: string; links: Link[] } {
  const lines: string[] = [];
  let fence: string | undefined;
  let comment = false;
  for (const line of body.split('\n')) {
    const opening = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (opening !== undefined && opening.startsWith(fence) && line.trim() === opening) {
        fence = undefined;
      }
      lines.push('');
      continue;
    }
    if (opening !== undefined) {
      fence = opening;
      lines.push('');
      continue;
    }
    if (comment || line.includes('{/*')) {
      comment = !line.includes('*/}');
      lines.push('');
      continue;
    }
    if (
      /^(import|export)\s/.test(line) ||
      /^\s*#{1,6}\s/.test(line) ||
      /^\s*<[A-Za-z/]/.test(line)
    ) {
      lines.push('');
      continue;
    }
    lines.push(line);
  }
  const source = lines.join('\n');
  let text = '';
  const links: Link[] = [];
  const pattern = /\[((?:[^\]`]|`[^`]*`)*)\]\(([^)\s]*)\)|`[^`\n]*`/g;
  let last = 0;
  for (const match of source.matchAll(pattern)) {
    const index = match.index;
    text += source.slice(last, index);
    const [whole, label, href] = match;
    if (href === undefined) {
      text += ' '.repeat(whole.length);
    } else {
      const start = text.length;
      text += (label ?? '').replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
      links.push({ start, end: text.length, href });
    }
    last = index + whole.length;
  }
  text += source.slice(last);
  return { text, links };
}

function spans(text: string, pattern: RegExp): Array<[number, number]> {
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * One message per term whose first use in `body` is not a link to its glossary entry; empty when
 * every term is linked where it first appears.
 */
export function firstUseProblems(body: string, terms: readonly TermMatcher[]): string[] {
  const { text, links } = proseWithLinks(body);
  const occurrences: Occurrence[] = [];
  for (const term of terms) {
    const ignored = (term.ignore ?? []).flatMap((phrase) =>
      spans(text, new RegExp(escape(phrase), 'giu')),
    );
    for (const name of term.names) {
      for (const [start, end] of spans(text, termPattern(name))) {
        if (ignored.some(([a, b]) => start >= a && end <= b)) continue;
        occurrences.push({ id: term.id, start, end });
      }
    }
  }
  // A use of "bounce" inside "hard bounce" is a use of the longer term only.
  const standalone = occurrences.filter(
    (o) =>
      !occurrences.some(
        (other) =>
          other !== o &&
          other.start <= o.start &&
          other.end >= o.end &&
          other.end - other.start > o.end - o.start,
      ),
  );
  const problems: string[] = [];
  for (const term of terms) {
    const own = `/glossary/#${term.id}`;
    const first = standalone
      .filter((o) => o.id === term.id)
      .filter((o) => {
        const link = links.find((l) => o.start >= l.start && o.end <= l.end);
        return link === undefined || link.href === own;
      })
      .sort((a, b) => a.start - b.start)[0];
    if (first === undefined) continue;
    const linked = links.some(
      (l) => l.href === own && first.start >= l.start && first.end <= l.end,
    );
    if (!linked) {
      const line = text.slice(0, first.start).split('\n').length;
      problems.push(
        `"${text.slice(first.start, first.end)}" (line ${String(line)} of the body) is the first use of ${term.id} and should link to ${own}`,
      );
    }
  }
  return problems;
}
