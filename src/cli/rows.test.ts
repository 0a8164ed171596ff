import { describe, expect, it } from 'vitest';
import { classify, type MessageVerdict } from '../lib/bounce/index.ts';
import { rowsFor } from './rows.ts';

function read(text: string): MessageVerdict[] {
  const result = classify(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.messages;
}

/** A delay notice (a DSN with `Action: delayed`) whose diagnostic is `diagnostic`. */
const delay = (diagnostic: string) =>
  [
    'From: MAILER-DAEMON@mx.example.net',
    'To: alice@example.com',
    'Subject: Delayed Mail (still being retried)',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain',
    '',
    'This is a warning only; the message will be retried.',
    '',
    '--b',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.net',
    '',
    'Final-Recipient: rfc822; bob@example.org',
    'Action: delayed',
    'Status: 4.4.1',
    `Diagnostic-Code: smtp; ${diagnostic}`,
    '',
    '--b--',
    '',
  ].join('\n');

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
