import { describe, expect, it } from 'vitest';
import { locate, segments } from './index.ts';

const TEXT = 'host said: 550 5.1.1 user unknown';
const STATUS = { start: 15, end: 20, rule: 'status/X.1.1', note: '5.1.1: bad mailbox' };
const PHRASE = { start: 21, end: 33, rule: 'userunknown/phrase', note: 'phrase "user unknown"' };

describe('segments', () => {
  it('cuts a text into plain and marked pieces that rebuild it', () => {
    const parts = segments(TEXT, 0, TEXT.length, [PHRASE, STATUS]);
    expect(parts.map((p) => p.text).join('')).toBe(TEXT);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['5.1.1', 'user unknown']);
    expect(parts[1]).toEqual({
      text: '5.1.1',
      start: 15,
      mark: { rule: STATUS.rule, note: STATUS.note },
    });
  });

  it('merges overlapping and touching marks, keeping every rule', () => {
    const parts = segments(TEXT, 0, TEXT.length, [STATUS, { ...PHRASE, start: 20 }]);
    const marked = parts.filter((p) => p.mark);
    expect(marked).toHaveLength(1);
    expect(marked[0]?.text).toBe('5.1.1 user unknown');
    expect(marked[0]?.mark?.rule).toBe('status/X.1.1, userunknown/phrase');
  });

  it('clips marks to the window and drops those outside it', () => {
    const parts = segments(TEXT, 17, 25, [STATUS, { ...STATUS, start: 0, end: 4 }]);
    expect(parts).toEqual([
      { text: '1.1', start: 17, mark: { rule: STATUS.rule, note: STATUS.note } },
      { text: ' user', start: 20 },
    ]);
  });
});

describe('locate', () => {
  it('finds evidence in another text, ignoring case', () => {
    expect(locate('550 5.1.1 User Unknown', 'user unknown')).toEqual([10, 22]);
    expect(locate('550 5.1.1', 'mailbox full')).toBeUndefined();
    expect(locate('anything', '  ')).toBeUndefined();
  });
});
