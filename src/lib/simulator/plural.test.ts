import { describe, expect, it } from 'vitest';
import { formatCount, plural } from './plural.ts';

describe('plural', () => {
  it.each([
    [0, 'contact', undefined, '0 contacts'],
    [1, 'contact', undefined, '1 contact'],
    [2, 'campaign', undefined, '2 campaigns'],
    [1, 'mailbox', 'mailboxes', '1 mailbox'],
    [3, 'mailbox', 'mailboxes', '3 mailboxes'],
    [100_000, 'contact', undefined, '100,000 contacts'],
  ])('%d %s → %s', (n, one, many, text) => {
    expect(plural(n, one, many)).toBe(text);
  });

  it('formats counts with thousands separators', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(-1000)).toBe('-1,000');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(2.5)).toBe('2.5');
  });
});
