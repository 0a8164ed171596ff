import { describe, expect, it } from 'vitest';
import { capitalise, count, formatDuration, formatSize, lowerFirst } from './words.ts';

describe('words', () => {
  it('writes counts with the right noun', () => {
    expect(count(1, 'value')).toBe('1 value');
    expect(count(2, 'value')).toBe('2 values');
    expect(count(0, 'recipient')).toBe('no recipients');
    expect(count(1200, 'message')).toBe('1,200 messages');
    expect(count(3, 'campaign')).toBe('3 campaigns');
    expect(count(1, 'reply', 'replies')).toBe('1 reply');
    expect(count(4, 'reply', 'replies')).toBe('4 replies');
    expect(capitalise(count(0, 'recipient'))).toBe('No recipients');
    expect(lowerFirst('Network or DNS problem')).toBe('network or DNS problem');
    expect(lowerFirst('DNS lookup failed')).toBe('DNS lookup failed');
  });

  it('writes durations and sizes a reader can take in', () => {
    expect(formatDuration(21.4)).toBe('21 ms');
    expect(formatDuration(1420)).toBe('1.4 s');
    expect(formatDuration(25_300)).toBe('25 s');
    expect(formatSize(1)).toBe('1 byte');
    expect(formatSize(640)).toBe('640 bytes');
    expect(formatSize(12_800)).toBe('13 KB');
    expect(formatSize(3 * 1024 * 1024)).toBe('3.0 MB');
  });
});
