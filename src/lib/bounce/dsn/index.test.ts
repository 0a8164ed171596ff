import { describe, expect, it } from 'vitest';
import { field, parseReportGroups, stripType } from './index.ts';

describe('delivery-status fields', () => {
  it('splits per-message and per-recipient groups, unfolding long values', () => {
    const text = [
      'Reporting-MTA: dns; mx.example.org',
      '',
      'Final-Recipient: rfc822; a@example.net',
      'Action: failed',
      'Status: 5.2.2',
      'Diagnostic-Code: smtp; 552 5.2.2 mailbox',
      '  full',
      'Final-Recipient: rfc822; b@example.net',
      'Action: delayed',
      'Status: 4.4.1',
    ].join('\n');
    const groups = parseReportGroups({ text, start: 100, end: 100 + text.length, encoded: false });
    expect(stripType(field(groups.message, 'reporting-mta')?.value ?? '')).toBe('mx.example.org');
    expect(groups.recipients).toHaveLength(2);
    expect(field(groups.recipients[0] ?? [], 'diagnostic-code')?.value).toBe(
      'smtp; 552 5.2.2 mailbox full',
    );
    expect(field(groups.recipients[1] ?? [], 'status')?.start).toBe(
      100 + text.indexOf('Status: 4.4.1'),
    );
  });
});
