import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dsnAnatomy } from '../../lib/diagrams/index.ts';
import { anatomyHtml, escapeHtml, noteElementId } from './dsn-anatomy-html.ts';

const SAMPLE = readFileSync(
  new URL('../../../content/samples/postfix-user-unknown.eml', import.meta.url),
  'utf8',
);

/** The text a reader sees in the listing, line by line, without captions and explanations. */
function visibleLines(html: string): string[] {
  return html
    .replace(/<span class="dsn-field__tip"[^>]*>.*?<\/span>[^<]*<\/span>/g, '')
    .replace(/<span class="dsn-region__label">[^<]*<\/span>/g, '')
    .replace(/<\/?div[^>]*>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .split('\n')
    .filter((line) => line.trim() !== '');
}

describe('the DSN listing', () => {
  const anatomy = dsnAnatomy(SAMPLE);
  const html = anatomyHtml(anatomy, 'dsn');

  it('shows every line of the message exactly as written, in order', () => {
    const lines = SAMPLE.split('\n').filter((line) => line.trim() !== '');
    expect(visibleLines(html)).toEqual(lines);
  });

  it('escapes the message text', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
    expect(html).toContain('Return-Path</span>: &lt;&gt;');
    expect(html).not.toMatch(/<maria/);
  });

  it('makes explained fields focusable and points them to their note', () => {
    const status = html.match(
      /<span class="dsn-field dsn-field--explained"[^>]*data-note="per-recipient-status"[^>]*>/,
    );
    expect(status?.[0]).toContain('tabindex="0"');
    expect(status?.[0]).toContain(
      `aria-describedby="${noteElementId('dsn', 'per-recipient-status')}"`,
    );
    expect(noteElementId('dsn', 'per-recipient-status')).toBe('dsn-note-per-recipient-status');
    const explained = html.match(/dsn-field--explained/g)?.length ?? 0;
    const fields = anatomy.root.children
      .flatMap(function all(r): typeof anatomy.root.children {
        return [r, ...r.children.flatMap(all)];
      })
      .flatMap((r) => r.fields);
    expect(explained).toBe(fields.filter((f) => f.note).length);
    // Fields without a note keep their name styled but take no tab stop.
    expect(html).toContain('<span class="dsn-field"><span class="dsn-field__name">Subject</span>');
  });

  it('outlines each region with its caption', () => {
    expect(html).toContain(
      '<div class="dsn-region dsn-region--per-recipient" data-region="per-recipient"><span class="dsn-region__label">About the recipient (RFC 3464 §2.3)</span>',
    );
    expect(html.match(/<div class="dsn-region /g)?.length).toBe(13); // headers, preamble, 4 boundaries, 3 parts, 2 report groups, 2 in the returned message
  });
});
