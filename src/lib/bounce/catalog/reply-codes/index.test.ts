import { describe, expect, it } from 'vitest';
import { REPLY_CODES, describeReplyCode } from './index.ts';

describe('REPLY_CODES', () => {
  it('lists the RFC 5321 codes plus 521 and 556, in numeric order', () => {
    const codes = REPLY_CODES.map((r) => r.code);
    expect(codes).toEqual([
      '211',
      '214',
      '220',
      '221',
      '250',
      '251',
      '252',
      '354',
      '421',
      '450',
      '451',
      '452',
      '455',
      '500',
      '501',
      '502',
      '503',
      '504',
      '521',
      '550',
      '551',
      '552',
      '553',
      '554',
      '555',
      '556',
    ]);
    expect(codes).not.toContain('235');
  });

  it('gives each code a meaning, a source and an anchor', () => {
    for (const r of REPLY_CODES) {
      expect(r.meaning.length).toBeGreaterThan(10);
      expect(r.rfc).toMatch(/^RFC (5321|7504)/);
      expect(r.anchor).toBe(`reply-${r.code}`);
    }
  });
});

describe('describeReplyCode', () => {
  it('notes that 552 at RCPT means too many recipients (RFC 5321 §4.5.3.1.10)', () => {
    const d = describeReplyCode('552');
    expect(d?.entry?.notes.join(' ')).toMatch(/too many recipients/i);
    expect(d?.entry?.notes.join(' ')).toMatch(/4\.5\.3\.1\.10/);
    expect(d?.first.title).toBe('Permanent Negative Completion');
    expect(d?.second?.title).toBe('Mail system');
  });

  it('explains 550 and 421', () => {
    expect(describeReplyCode('550')?.entry?.title).toBe('Mailbox unavailable');
    expect(describeReplyCode('421')?.first.pattern).toBe('4yz');
    expect(describeReplyCode('421')?.second?.title).toBe('Connections');
    expect(describeReplyCode('556')?.entry?.rfc).toBe('RFC 7504');
  });

  it('describes unlisted but well-formed codes by their digits', () => {
    const d = describeReplyCode('557');
    expect(d?.entry).toBeNull();
    expect(d?.anchor).toBe('reply-5yz');
  });

  it('returns null for malformed codes', () => {
    for (const bad of ['', '55', '5500', '650', 'abc', '5.1.1'])
      expect(describeReplyCode(bad)).toBeNull();
  });
});
