// Invariants of the verdicts, checked on generated bounces: recipients come from the bounce's own
// words, never only from the message it returns; a report whose every recipient is delayed is a
// delay; every recipient is a valid address.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/lib/bounce/index.ts';
import { isAddress } from '../../src/lib/bounce/layout/index.ts';

const label = fc.stringMatching(/^[a-z][a-z0-9]{1,9}$/);
const local = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(?:[._-][a-z0-9]{1,6})?$/);
const address = fc
  .tuple(local, label, fc.constantFrom('com', 'net', 'org', 'example'))
  .map(([l, d, t]) => `${l}@${d}.${t}`);

/** A returned original with other people's addresses in To, Cc and Reply-To. */
function original(failed: string, others: readonly string[]): string {
  return [
    'Return-Path: <news@sender.example>',
    'From: Newsletter <news@sender.example>',
    `To: ${failed}, ${others[0] ?? ''}`,
    `Cc: ${others[1] ?? ''}`,
    `Reply-To: ${others[2] ?? ''}`,
    'Subject: Our winter news',
    'Date: Mon, 7 Dec 2026 10:00:00 +0000',
    'Message-ID: <news.1@sender.example>',
    '',
    `Write to ${others[3] ?? ''} with questions.`,
  ].join('\n');
}

const HEAD = [
  'From: Mail Delivery System <MAILER-DAEMON@mx.sender.example>',
  'To: news@sender.example',
  'Date: Mon, 7 Dec 2026 10:05:00 +0000',
];

/** Bounce layouts, each naming `failed` in its own words and returning `orig`. */
const LAYOUTS: Record<string, (failed: string, orig: string) => string> = {
  'standard DSN': (failed, orig) =>
    [
      ...HEAD,
      'Subject: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      `<${failed}>: host mx.example.net said: 550 5.1.1 No such user (in reply to RCPT TO command)`,
      '',
      '--b',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.sender.example',
      '',
      `Final-Recipient: rfc822; ${failed}`,
      'Action: failed',
      'Status: 5.1.1',
      '',
      '--b',
      'Content-Type: message/rfc822',
      '',
      orig,
      '--b--',
    ].join('\n'),
  'text with a separator': (failed, orig) =>
    [
      ...HEAD,
      'Subject: Mail delivery failed: returning message to sender',
      '',
      'A message that you sent could not be delivered to one or more of its recipients.',
      '',
      `  ${failed}`,
      '    SMTP error from remote mail server after RCPT TO: 550 5.1.1 unknown user',
      '',
      '------ This is a copy of the message, including all the headers. ------',
      '',
      orig,
    ].join('\n'),
  'one-line legacy layout, no separator': (failed, orig) =>
    [
      ...HEAD,
      'Subject: Undeliverable Mail',
      '',
      `Delivery failed 3 attempts: ${failed}`,
      '',
      orig,
    ].join('\n'),
  'custom layout with help text': (failed, orig) =>
    [
      ...HEAD,
      'Subject: Delivery problem',
      '',
      'We could not deliver your message.',
      `Recipient: ${failed}`,
      'Reason: 550 mailbox unavailable',
      'For help, contact support@help.example, e.g. someone@help.example.',
      '',
      '--- Original message follows ---',
      orig,
    ].join('\n'),
};

/** The part of a generated bounce before its returned original. */
function ownWords(bounce: string, orig: string): string {
  return bounce.slice(0, bounce.indexOf(orig));
}

describe('recipients come from the bounce, never only from the message it returns', () => {
  for (const [name, layout] of Object.entries(LAYOUTS)) {
    it(name, () => {
      fc.assert(
        fc.property(
          address,
          fc.uniqueArray(address, { minLength: 4, maxLength: 4 }),
          (failed, others) => {
            fc.pre(!others.includes(failed));
            const orig = original(failed, others);
            const bounce = layout(failed, orig);
            const result = classify(bounce);
            expect(result.ok).toBe(true);
            if (!result.ok) return;
            const reported = result.messages.flatMap((m) => m.recipients.map((r) => r.recipient));
            expect(reported).toContain(failed);
            const own = ownWords(bounce, orig).toLowerCase();
            for (const r of reported) {
              expect(isAddress(r)).toBe(true);
              expect(own).toContain(r.toLowerCase());
              expect(others).not.toContain(r);
            }
          },
        ),
        { numRuns: 60 },
      );
    });
  }
});

describe('a report whose every recipient is delayed is a delay', () => {
  const group = fc.record({
    to: address,
    status: fc.constantFrom('4.0.0', '4.2.2', '4.4.1', '4.4.7', '4.7.1', '4.3.0'),
    words: fc.constantFrom(
      'connection timed out',
      'mailbox full',
      'try again later',
      'greylisted, please try again',
      '',
    ),
  });
  it('kind delay, every recipient not a bounce yet', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(group, { minLength: 1, maxLength: 4, selector: (g) => g.to }),
        (groups) => {
          const dsn = [
            ...HEAD,
            'Subject: Delivery Status Notification (Delay)',
            'MIME-Version: 1.0',
            'Content-Type: multipart/report; report-type=delivery-status; boundary="d"',
            '',
            '--d',
            'Content-Type: text/plain',
            '',
            'This is a warning: your message has not been delivered yet.',
            '',
            '--d',
            'Content-Type: message/delivery-status',
            '',
            'Reporting-MTA: dns; mx.sender.example',
            ...groups.flatMap((g) => [
              '',
              `Final-Recipient: rfc822; ${g.to}`,
              'Action: delayed',
              `Status: ${g.status}`,
              ...(g.words ? [`Diagnostic-Code: smtp; 450 ${g.status} ${g.words}`] : []),
            ]),
            '',
            '--d--',
          ].join('\n');
          const result = classify(dsn);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const [message] = result.messages;
          expect(message?.kind).toBe('delay');
          expect(message?.recipients.map((r) => r.recipient).sort()).toEqual(
            groups.map((g) => g.to).sort(),
          );
          for (const r of message?.recipients ?? []) {
            expect(r.category).toBe('none');
            expect(r.action).toBe('delayed');
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
