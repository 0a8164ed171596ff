import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePhrases, search } from './index.ts';

describe('phrase matcher', () => {
  it('finds overlapping phrases with their first offsets', () => {
    const m = compilePhrases(['user unknown', 'unknown', 'known user', 'mailbox full']);
    const found = search(m, 'a known user unknown here');
    expect([...found.entries()].sort()).toEqual([
      [0, 8],
      [1, 13],
      [2, 2],
    ]);
  });

  it('agrees with String.includes on random text', () => {
    const phrases = ['ab', 'abc', 'bca', 'c a', 'aaa'];
    const m = compilePhrases(phrases);
    fc.assert(
      fc.property(fc.stringMatching(/^[abc ]{0,40}$/), (text) => {
        const found = search(m, text);
        phrases.forEach((p, i) =>
          expect(found.get(i)).toBe(text.includes(p) ? text.indexOf(p) : undefined),
        );
      }),
    );
  });
});
