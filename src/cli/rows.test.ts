import { describe, expect, it } from 'vitest';
import { classify, type MessageVerdict } from '../lib/bounce/index.ts';
import { rowsFor } from './rows.ts';

function read(text: string): MessageVerdict[] {
  const result = classify(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.messages;
}

/** A DSN with this subject and text, and one delivery-status group per entry of `groups`. */
const dsn = (subject: string, text: string, groups: string[][]) =>
  [
    'From: MAILER-DAEMON@mx.example.net',
    'To: alice@example.com',
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain',
    '',
    text,
    '',
    '--b',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.net',
    '',
    ...groups.flatMap((g) => [...g, '']),
    '--b--',
    '',
  ].join('\n');

/** A delay notice (a DSN with `Action: delayed`) whose diagnostic is `diagnostic`. */
const delay = (diagnostic: string) =>
  dsn(
    'Delayed Mail (still being retried)',
    'This is a warning only; the message will be retried.',
    [
      [
        'Final-Recipient: rfc822; bob@example.org',
        'Action: delayed',
        'Status: 4.4.1',
        `Diagnostic-Code: smtp; ${diagnostic}`,
      ],
    ],
  );

const reasons = (text: string, vocabulary: 'own' | 'corpus') =>
  rowsFor('x.eml', read(text), { vocabulary }).map((r) => ('reason' in r ? r.reason : r.kind));

describe('rows in the corpus vocabulary', () => {
  it('file a delay on a connection that keeps failing under expired; the own rows keep the cause', () => {
    const text = delay('connect to mx.example.org[192.0.2.1]:25: Connection timed out');
    expect(reasons(text, 'own')).toEqual(['networkerror']);
    expect(reasons(text, 'corpus')).toEqual(['expired']);
  });

  it('keep networkerror for a delay whose route is broken', () => {
    const text = delay('connect to mx.example.org[192.0.2.1]:25: No route to host');
    expect(reasons(text, 'corpus')).toEqual(['networkerror']);
  });

  it('leave a failure alone', () => {
    const text = delay('550 5.1.1 user unknown').replace('Action: delayed', 'Action: failed');
    expect(reasons(text, 'corpus')).toEqual(['userunknown']);
  });
});

describe('rows of a report that lists deliveries beside failures', () => {
  const report = (groups: string[][]) =>
    dsn(
      'Returned mail: see transcript for details',
      'The original message was received at Fri, 3 Feb 2006 09:12:40 +0100',
      groups,
    );
  const delivered = [
    'Final-Recipient: rfc822; kept@example.org',
    'Action: delivered',
    'Status: 2.1.5',
  ];
  const failed = [
    'Final-Recipient: rfc822; gone@example.org',
    'Action: failed',
    'Status: 5.1.1',
    'Diagnostic-Code: smtp; 550 5.1.1 <gone@example.org>... User unknown',
  ];
  const recipients = (text: string) =>
    rowsFor('x.eml', read(text)).map((r) => ('recipient' in r ? [r.recipient, r.reason] : []));

  it('prints only the failed recipients when some failed', () => {
    expect(recipients(report([delivered, failed]))).toEqual([['gone@example.org', 'userunknown']]);
  });

  it('keeps the rows of a report of deliveries only', () => {
    expect(recipients(report([delivered]))).toEqual([['kept@example.org', 'delivered']]);
  });
});
