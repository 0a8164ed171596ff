// Build-time rendering of a DSN taken apart by `dsnAnatomy`: the message as written, its regions as
// nested outlined boxes with captions, and each explained field as a focusable span that shows its
// note on hover or focus (CSS only) and points to the note in the list below with
// aria-describedby. Written as a string because whitespace is significant in the listing and a
// template would add or remove some.
import type { AnatomyField, AnatomyRegion, DsnAnatomy } from '../../lib/diagrams/index.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Id of the element in the explanation list that holds note `noteId`. */
export function noteElementId(prefix: string, noteId: string): string {
  return `${prefix}-note-${noteId}`;
}

/** The listing's HTML: regions nest as `div.dsn-region`, lines stay exactly as written. */
export function anatomyHtml(anatomy: DsnAnatomy, prefix: string): string {
  const notes = new Map(anatomy.notes.map((n) => [n.id, n]));
  const { text, lines } = anatomy;

  const isBlankLine = (i: number) => {
    const line = lines[i];
    return !line || text.slice(line.start, line.end).trim() === '';
  };

  function field(f: AnatomyField): string {
    const raw = text.slice(f.start, f.end);
    const name = `<span class="dsn-field__name">${escapeHtml(f.name)}</span>`;
    const rest = escapeHtml(raw.slice(f.name.length));
    const note = f.note ? notes.get(f.note) : undefined;
    if (!note) return `<span class="dsn-field">${name}${rest}</span>`;
    const tip =
      `<span class="dsn-field__tip" aria-hidden="true">` +
      `<strong>${escapeHtml(f.name)}</strong> <span class="dsn-field__source">${escapeHtml(note.source)}</span> ` +
      `${escapeHtml(note.meaning)}</span>`;
    return (
      `<span class="dsn-field dsn-field--explained" tabindex="0" data-note="${escapeHtml(note.id)}" ` +
      `aria-describedby="${escapeHtml(noteElementId(prefix, note.id))}">${name}${rest}${tip}</span>`
    );
  }

  /** Lines `[from, to)` with the fields that start on them; blank lines at either end become gaps. */
  function run(from: number, to: number, fields: AnatomyField[]): string {
    let a = from;
    let b = to;
    let before = '';
    let after = '';
    while (a < b && isBlankLine(a)) {
      before += '<div class="dsn-blank"></div>';
      a++;
    }
    while (b > a && isBlankLine(b - 1)) {
      after += '<div class="dsn-blank"></div>';
      b--;
    }
    const first = lines[a];
    const last = lines[b - 1];
    if (a >= b || !first || !last) return before + after;
    const start = first.start;
    const end = last.end;
    let html = '';
    let at = start;
    for (const f of fields) {
      if (f.start < start || f.start >= end) continue;
      html += escapeHtml(text.slice(at, f.start)) + field(f);
      at = f.end;
    }
    html += escapeHtml(text.slice(at, end));
    return `${before}<div class="dsn-lines">${html}</div>${after}`;
  }

  function content(region: AnatomyRegion): string {
    let html = '';
    let cursor = region.from;
    for (const child of region.children) {
      if (child.from > cursor) html += run(cursor, child.from, region.fields);
      html += renderRegion(child);
      cursor = child.to;
    }
    if (region.to > cursor) html += run(cursor, region.to, region.fields);
    return html;
  }

  function renderRegion(region: AnatomyRegion): string {
    const label = region.label
      ? `<span class="dsn-region__label">${escapeHtml(region.label)}</span>`
      : '';
    return (
      `<div class="dsn-region dsn-region--${region.kind}" data-region="${region.kind}">` +
      `${label}${content(region)}</div>`
    );
  }

  return content(anatomy.root);
}
