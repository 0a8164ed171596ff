import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dsnAnatomy, FIELD_NOTES, type AnatomyRegion, type DsnAnatomy } from './index.ts';

const SAMPLE = readFileSync(
  new URL('../../../../content/samples/postfix-user-unknown.eml', import.meta.url),
  'utf8',
);

/** Every region, depth first. */
function regions(r: AnatomyRegion): AnatomyRegion[] {
  return [r, ...r.children.flatMap(regions)];
}

const lineText = (a: DsnAnatomy, i: number) => {
  const line = a.lines[i];
  return line ? a.text.slice(line.start, line.end) : '';
};

const report = (groups: string[], returned = '') =>
  [
    'From: MAILER-DAEMON@mail.example.org',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain',
    '',
    'It did not work.',
    '',
    '--b',
    'Content-Type: message/delivery-status',
    '',
    ...groups.flatMap((g) => [g, '']),
    ...(returned ? ['--b', returned] : []),
    '--b--',
    '',
  ].join('\n');

describe('anatomy of a DSN', () => {
  const anatomy = dsnAnatomy(SAMPLE);
  const all = regions(anatomy.root);

  it('outlines the top-level headers and the three parts of a real report', () => {
    expect(anatomy.root.children.map((r) => r.kind)).toEqual([
      'headers',
      'preamble',
      'boundary',
      'human',
      'boundary',
      'delivery-status',
      'boundary',
      'returned',
      'boundary',
    ]);
    const kinds = (kind: string) => all.filter((r) => r.kind === kind);
    expect(kinds('human')[0]?.label).toBe('Part 1: the human-readable explanation (text/plain)');
    expect(kinds('delivery-status')[0]?.children.map((r) => r.label)).toEqual([
      'About the message (RFC 3464 §2.2)',
      'About the recipient (RFC 3464 §2.3)',
    ]);
    expect(kinds('returned')[0]?.children.map((r) => r.kind)).toEqual([
      'returned-headers',
      'returned-body',
    ]);
  });

  it('finds regions from the scan: their first and last lines are the right ones', () => {
    const first = (kind: string) => {
      const r = all.find((x) => x.kind === kind);
      return r ? [lineText(anatomy, r.from), lineText(anatomy, r.to - 1)] : [];
    };
    expect(first('headers')).toEqual([
      'Return-Path: <>',
      'Message-Id: <20261102101403.4TqB7n0Gz3z9sWQ@mail.example.org>',
    ]);
    expect(first('per-message')).toEqual([
      'Reporting-MTA: dns; mail.example.org',
      'Arrival-Date: Mon,  2 Nov 2026 10:13:58 +0000 (UTC)',
    ]);
    expect(first('per-recipient')).toEqual([
      'Final-Recipient: rfc822; maria.lopez@example.com',
      '    address rejected: User unknown in virtual mailbox table',
    ]);
    expect(first('boundary')[0]).toBe('--4TqB7n0Gz3z9sWQ.1793614443/mail.example.org');
    expect(first('human')[1]).toBe('    virtual mailbox table (in reply to RCPT TO command)');
    expect(first('returned-body')).toEqual([
      'Hello,',
      'Unsubscribe: https://shop.example.org/unsubscribe',
    ]);
  });

  it('nests regions without overlaps', () => {
    const check = (r: AnatomyRegion) => {
      let cursor = r.from;
      for (const c of r.children) {
        expect(c.from, `${c.kind} inside ${r.kind}`).toBeGreaterThanOrEqual(cursor);
        expect(c.to).toBeGreaterThan(c.from);
        expect(c.to).toBeLessThanOrEqual(r.to);
        cursor = c.to;
        check(c);
      }
    };
    check(anatomy.root);
  });

  it('links each field to its note, where it stands', () => {
    const fields = all.flatMap((r) => r.fields);
    for (const f of fields)
      expect(anatomy.text.slice(f.start, f.end)).toMatch(new RegExp(`^${f.name}:`));
    const noteOf = (name: string, kind: string) =>
      all.find((r) => r.kind === kind)?.fields.find((f) => f.name === name)?.note;
    expect(noteOf('Status', 'per-recipient')).toBe('per-recipient-status');
    expect(noteOf('Reporting-MTA', 'per-message')).toBe('per-message-reporting-mta');
    expect(noteOf('Content-Type', 'headers')).toBe('top-content-type');
    expect(noteOf('Content-Type', 'delivery-status')).toBe('delivery-status-content-type');
    expect(noteOf('X-Postfix-Queue-ID', 'per-message')).toBe('per-message-extension');
    expect(noteOf('Return-Path', 'returned-headers')).toBe('returned-headers-return-path');
    expect(noteOf('Subject', 'headers')).toBeNull();
    // The folded Diagnostic-Code keeps its continuation line.
    const diagnostic = fields.find((f) => f.name === 'Diagnostic-Code');
    expect(diagnostic && anatomy.text.slice(diagnostic.start, diagnostic.end)).toMatch(
      /Recipient\n {4}address rejected/,
    );
  });

  it('lists each note once, in reading order, with the names it explains', () => {
    const ids = anatomy.notes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 2)).toEqual(['top-return-path', 'top-from']);
    expect(ids.indexOf('per-message-reporting-mta')).toBeLessThan(
      ids.indexOf('per-recipient-status'),
    );
    expect(anatomy.notes.find((n) => n.id === 'per-message-extension')?.names).toEqual([
      'X-Postfix-Queue-ID',
      'X-Postfix-Sender',
    ]);
    const used = new Set(all.flatMap((r) => r.fields.map((f) => f.note)).filter(Boolean));
    expect([...used].sort()).toEqual([...ids].sort());
  });

  it('cites a standard for every note', () => {
    for (const [context, notes] of Object.entries(FIELD_NOTES)) {
      for (const [name, note] of Object.entries(notes)) {
        expect(note.source, `${context} ${name}`).toMatch(/^RFC \d{4}( §\d+(\.\d+)*)?(; |$)/);
        expect(name).toBe(name.toLowerCase());
      }
    }
  });

  it('reads CRLF line ends the same way', () => {
    const crlf = dsnAnatomy(SAMPLE.replace(/\n/g, '\r\n'));
    const shape = (r: AnatomyRegion): unknown => [r.kind, r.from, r.to, r.children.map(shape)];
    expect(shape(crlf.root)).toEqual(shape(anatomy.root));
  });

  it('numbers several recipients and keeps returned headers without a body', () => {
    const a = dsnAnatomy(
      report(
        [
          'Reporting-MTA: dns; mail.example.org',
          'Final-Recipient: rfc822; a@example.net\nAction: failed\nStatus: 5.1.1',
          'Final-Recipient: rfc822; b@example.net\nAction: delayed\nStatus: 4.2.2\nWill-Retry-Until: Tue, 3 Nov 2026 10:00:00 +0000',
        ],
        'Content-Type: text/rfc822-headers\n\nFrom: news@example.org\nMessage-ID: <1@example.org>\n',
      ),
    );
    const status = regions(a.root).find((r) => r.kind === 'delivery-status');
    expect(status?.children.map((r) => r.label)).toEqual([
      'About the message (RFC 3464 §2.2)',
      'About recipient 1 of 2 (RFC 3464 §2.3)',
      'About recipient 2 of 2 (RFC 3464 §2.3)',
    ]);
    const returned = regions(a.root).find((r) => r.kind === 'returned');
    expect(returned?.label).toBe('Part 3: the returned headers (text/rfc822-headers)');
    expect(returned?.children.map((r) => r.kind)).toEqual(['returned-headers']);
    expect(a.notes.find((n) => n.id === 'per-recipient-will-retry-until')?.source).toBe(
      'RFC 3464 §2.3.9',
    );
  });

  it('says what is missing when the message is not a readable DSN', () => {
    expect(() => dsnAnatomy('From: a@example.org\nSubject: hello\n\nHi')).toThrow(
      'not a delivery status notification: its type is text/plain',
    );
    expect(() =>
      dsnAnatomy(
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="b"\n\n--b\nContent-Type: text/plain\n\nRead.\n--b--\n',
      ),
    ).toThrow('the report has no message/delivery-status part');
    expect(() =>
      dsnAnatomy(
        report([]).replace(
          'Content-Type: message/delivery-status',
          'Content-Type: message/delivery-status\nContent-Transfer-Encoding: base64',
        ),
      ),
    ).toThrow(/base64-encoded/);
  });
});
