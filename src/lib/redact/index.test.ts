import { describe, expect, it } from 'vitest';
import { redact } from './index.ts';

const BOUNCE = [
  'From: Mail Delivery System <MAILER-DAEMON@mx1.acme-mail.io>',
  'To: "Jane Carter" <jane.carter@shop.acme.io>',
  'Message-ID: <20261129.ABC123@mx1.acme-mail.io>',
  '',
  '<bob@customer.co.uk>: host mx.customer.co.uk[203.0.114.7] said: 550 5.1.1',
  '    <bob@customer.co.uk>: Recipient address rejected: User unknown',
  'Remote-MTA: dns; mx.customer.co.uk',
  'Received: from [2a00:1450:4001:82b::1a] by relay.acme-mail.io',
  'Attachment: invoice.pdf, details in notes.txt',
  'Date: Sun, 29 Nov 2026 09:14:05 +0000',
].join('\n');

describe('redact', () => {
  const { text, replacements } = redact(BOUNCE);

  it('replaces addresses consistently, keeping the mailer-daemon local part', () => {
    expect(text).toContain('MAILER-DAEMON@example.com>');
    const bob = replacements.find((r) => r.original === 'bob@customer.co.uk')?.replacement ?? '?';
    expect(bob).toMatch(/^user\d@example\.(?:com|net|org)$/);
    expect(text.split(bob)).toHaveLength(3);
    expect(text).not.toContain('bob@customer.co.uk');
    expect(text).not.toContain('jane.carter');
  });

  it('replaces domains, IPs, message ids and display names', () => {
    expect(text).not.toMatch(/acme|customer\.co\.uk|2a00:1450/);
    expect(text).toContain('[192.0.2.2]');
    expect(text).toContain('Message-ID: <message1@example.com>');
    expect(text).toContain('To: Person 1 <');
    expect(text).toContain('From: Mail Delivery System <');
    expect(text).toMatch(/\[2001:db8::1\]/);
  });

  it('keeps codes, file names and documentation names intact', () => {
    expect(text).toContain('said: 550 5.1.1');
    expect(text).toContain('09:14:05 +0000');
    expect(text).toContain('invoice.pdf, details in notes.txt');
    expect(redact('Status: 5.7.1 from 192.0.2.55 for a@example.org').text).toBe(
      'Status: 5.7.1 from 192.0.2.55 for a@example.org',
    );
  });

  it('lists what it replaced and is idempotent', () => {
    expect(replacements.map((r) => r.kind)).toEqual(
      expect.arrayContaining(['address', 'domain', 'ipv4', 'ipv6', 'message-id', 'name']),
    );
    expect(redact(text).text).toBe(text);
  });
});
