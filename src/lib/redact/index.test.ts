import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { classify, decodeBytes, type MessageVerdict } from '../bounce/index.ts';
import { redact } from './index.ts';

const SAMPLES = join(import.meta.dirname, '../../../content/samples');
const samples = (
  parseYaml(readFileSync(join(SAMPLES, 'samples.yaml'), 'utf8')) as { id: string; file: string }[]
).map((s) => ({ ...s, text: decodeBytes(readFileSync(join(SAMPLES, s.file))) }));

/** What must not change when personal data is replaced. */
function meaning(text: string) {
  const result = classify(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.messages.map((m: MessageVerdict) => ({
    kind: m.kind,
    system: m.system,
    recipients: m.recipients.map((r) => ({
      category: r.category,
      reason: r.reason,
      status: r.status,
      replyCode: r.replyCode,
      confidence: r.confidence,
    })),
  }));
}

const BOUNCE = [
  'From: Mail Delivery System <MAILER-DAEMON@mx1.acme-mail.io>',
  'To: "Jane Carter" <jane.carter@shop.acme.io>, Bob Stone <bob@customer.co.uk>',
  'Message-ID: <20261129.ABC123@mx1.acme-mail.io>',
  'Received: from app7.acme-mail.io (app7.acme-mail.io [10.20.30.40])',
  '\tby mx1.acme-mail.io (Postfix) with ESMTPS id 4T7F3A91C2z2x; Sun, 29 Nov 2026 09:14:05 +0000',
  'X-Originating-IP: [2a00:1450:4001:82b::1a]',
  '',
  '<bob@customer.co.uk>: host mx.customer.co.uk[81.2.69.160] said: 550 5.1.1',
  '    <bob@customer.co.uk>: Recipient address rejected: User unknown',
  'Remote-MTA: dns; mx.customer.co.uk',
  'Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found',
  '554 5.7.1 Service unavailable; Client host [81.2.70.9] blocked using zen.spamhaus.org',
  'Attachment: invoice.pdf, details in notes.txt',
].join('\n');

describe('redact', () => {
  const { text, replacements } = redact(BOUNCE);

  it('replaces local parts consistently and keeps domains and system mailboxes', () => {
    expect(text).toContain('From: Mail Delivery System <MAILER-DAEMON@mx1.acme-mail.io>');
    const bob = replacements.find((r) => r.original === 'bob@customer.co.uk')?.replacement;
    expect(bob).toMatch(/^user\d+@customer\.co\.uk$/);
    expect(text.split(bob ?? '?')).toHaveLength(4);
    expect(text).not.toMatch(/\bbob@|jane\.carter/);
    expect(text).toContain('@shop.acme.io');
  });

  it('replaces names in address fields and message ids', () => {
    expect(text).toMatch(/To: "Person 1" <user\d+@shop\.acme\.io>, Person 2 <user\d+@customer/);
    expect(text).toContain('Message-ID: <message1@mx1.acme-mail.io>');
    expect(text).not.toContain('20261129.ABC123');
  });

  it("replaces the sender's own IPs, and only those", () => {
    expect(text).toContain('(app7.acme-mail.io [198.51.100.1])');
    expect(text).toContain('X-Originating-IP: [2001:db8::');
    expect(text).toContain('Client host [198.51.100.');
    // The receiving server's address is not personal data and helps the reader.
    expect(text).toContain('host mx.customer.co.uk[81.2.69.160] said');
    expect(text).toContain('09:14:05 +0000');
  });

  it('keeps codes, status tokens, block lists and file names', () => {
    expect(text).toContain('550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found');
    expect(text).toContain('blocked using zen.spamhaus.org');
    expect(text).toContain('said: 550 5.1.1');
    expect(text).toContain('invoice.pdf, details in notes.txt');
  });

  it('lists each replacement once and is idempotent', () => {
    expect(new Set(replacements.map((r) => r.kind))).toEqual(
      new Set(['address', 'name', 'message-id', 'ipv4', 'ipv6']),
    );
    expect(replacements.every((r) => r.original !== r.replacement)).toBe(true);
    const again = redact(text);
    expect(again.text).toBe(text);
    expect(again.replacements).toEqual([]);
  });
});

describe('redaction never changes a verdict', () => {
  it.each(samples.map((s) => [s.id, s.text] as const))('%s', (_id, original) => {
    const { text } = redact(original);
    expect(meaning(text)).toEqual(meaning(original));
  });

  it('replaces the personal data the samples hold', () => {
    const postfix = samples.find((s) => s.id === 'postfix-user-unknown');
    const { text } = redact(postfix?.text ?? '');
    expect(text).not.toContain('maria.lopez');
    expect(text).toContain('To: Person 2 <user2@example.com>');
    const result = classify(text);
    expect(result.ok && result.messages[0]?.recipients[0]?.recipient).toBe('user2@example.com');
  });
});
