// Robustness: whatever the input, classify returns a well-formed result and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, REASON_IDS, type ClassifyResult } from '../../src/lib/bounce/index.ts';
import { isAddress } from '../../src/lib/bounce/layout/index.ts';

const SAMPLE = [
  'From: MAILER-DAEMON@mx.example.org',
  'To: sender@example.org',
  'Subject: Undelivered Mail Returned to Sender',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  '<a@example.net>: host mail.example.net[192.0.2.1] said: 550 5.1.1 user =',
  'unknown (in reply to RCPT TO command)',
  '',
  '--b1',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mx.example.org',
  '',
  'Final-Recipient: rfc822; a@example.net',
  'Action: failed',
  'Status: 5.1.1',
  'Diagnostic-Code: smtp; 550 5.1.1 user unknown',
  '',
  '--b1',
  'Content-Type: message/rfc822',
  '',
  'From: sender@example.org',
  'To: a@example.net',
  'Subject: =?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=',
  '',
  'hello',
  '--b1--',
  '',
].join('\n');

const REASONS = new Set<string>(REASON_IDS);
const KINDS = new Set([
  'failure',
  'delay',
  'delivery',
  'auto-reply',
  'feedback',
  'read-receipt',
  'not-bounce',
  'unrecognised',
]);

function assertWellFormed(result: ClassifyResult, length: number): void {
  if (!result.ok) {
    expect(['too-large', 'empty', 'internal']).toContain(result.error.code);
    expect(result.error.code).not.toBe('internal');
    expect(typeof result.error.message).toBe('string');
    return;
  }
  expect(result.messages.length).toBeGreaterThan(0);
  let previousEnd = 0;
  for (const m of result.messages) {
    expect(KINDS.has(m.kind)).toBe(true);
    expect(m.range[0]).toBeGreaterThanOrEqual(previousEnd);
    expect(m.range[1]).toBeGreaterThanOrEqual(m.range[0]);
    expect(m.range[1]).toBeLessThanOrEqual(length);
    previousEnd = m.range[1];
    for (const r of m.recipients) {
      expect(REASONS.has(r.reason)).toBe(true);
      expect(['hard', 'soft', 'none']).toContain(r.category);
      expect(typeof r.recipient).toBe('string');
      // An address is only a recipient if it is a valid address.
      if (r.recipient !== '') expect(isAddress(r.recipient)).toBe(true);
      expect(['high', 'medium', 'low']).toContain(r.confidence);
      expect(r.trace.length).toBeGreaterThan(0);
      for (const e of r.evidence) {
        expect(e.start).toBeGreaterThanOrEqual(0);
        expect(e.end).toBeGreaterThanOrEqual(e.start);
        expect(e.end).toBeLessThanOrEqual(length);
      }
    }
  }
}

const lines = SAMPLE.split('\n');

/** Mutations of a real-looking bounce: cut, duplicated, shuffled or dropped lines, mixed line endings. */
const mutated = fc
  .tuple(
    fc.array(fc.nat({ max: lines.length - 1 }), { maxLength: lines.length * 2 }),
    fc.constantFrom('\n', '\r\n', '\r'),
    fc.nat({ max: SAMPLE.length }),
    fc.boolean(),
  )
  .map(([order, eol, cut, truncate]) => {
    const picked = order.length > 0 ? order.map((i) => lines[i] ?? '') : lines;
    const text = picked.join(eol);
    return truncate ? text.slice(0, cut) : text;
  });

describe('classify never throws and always returns a well-formed result', () => {
  it('on random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (s) => assertWellFormed(classify(s), s.length)),
      { numRuns: 300 },
    );
  });

  it('on random unicode and control characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 1500 }), (s) =>
        assertWellFormed(classify(s), s.length),
      ),
      { numRuns: 300 },
    );
  });

  it('on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        const result = classify(bytes);
        // Offsets are in the decoded string, which is never longer than the bytes.
        assertWellFormed(result, bytes.length);
      }),
      { numRuns: 300 },
    );
  });

  it('on mutated bounces (cut, duplicated, shuffled lines, other line endings)', () => {
    fc.assert(
      fc.property(mutated, (s) => assertWellFormed(classify(s), s.length)),
      { numRuns: 400 },
    );
  });

  it('on text built from mail-like fragments', () => {
    const piece = fc.constantFrom(
      'From ',
      'From: ',
      'Content-Type: multipart/mixed; boundary="x"\n',
      '--x\n',
      '--x--\n',
      'Content-Transfer-Encoding: base64\n',
      'Content-Transfer-Encoding: quoted-printable\n',
      'Final-Recipient: rfc822; ',
      'Status: 5.1.1\n',
      '550 5.1.1 ',
      '<a@example.com>',
      '=?UTF-8?B?',
      '=\n',
      '\n\n',
      '\r',
      'Action: failed\n',
      'Diagnostic-Code: smtp; ',
      '{"notificationType":"Bounce","bounce":{',
      '>>> RCPT TO:',
      '<<< 550 ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const s = parts.join('');
        assertWellFormed(classify(s), s.length);
      }),
      { numRuns: 400 },
    );
  });
});

describe('classify stays fast on hostile input', () => {
  it('handles long lines, repeated codes and deep nesting quickly', () => {
    let s = 'From: MAILER-DAEMON@example.org\nSubject: Undelivered\n';
    for (let i = 0; i < 200; i++)
      s += `Content-Type: multipart/mixed; boundary="n${i}"\n\n--n${i}\n`;
    s += '550 5.1.1 '.repeat(50000) + '\n' + '<'.repeat(100000) + '@' + 'a.'.repeat(50000) + '\n';
    const started = performance.now();
    const result = classify(s);
    expect(performance.now() - started).toBeLessThan(2000);
    assertWellFormed(result, s.length);
  });
});
