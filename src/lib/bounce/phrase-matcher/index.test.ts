import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePhrases, contains, search } from './index.ts';

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

  it('finds phrases in any script, with offsets in the text', () => {
    const phrases = ['存在しません', 'ящик переполнен', 'boîte pleine', 'full'];
    const m = compilePhrases(phrases);
    const text = 'x: ユーザは存在しません; ящик переполнен; la boîte pleine; full 受信';
    const found = search(m, text);
    phrases.forEach((p, i) => expect(found.get(i)).toBe(text.indexOf(p)));
  });

  it('agrees with String.includes on random text in several scripts', () => {
    const phrases = ['aé', 'éé', 'a存', '存在', 'в a', 'ввв', 'a'];
    const m = compilePhrases(phrases);
    fc.assert(
      fc.property(fc.stringMatching(/^[aé存在в ]{0,40}$/), (text) => {
        const found = search(m, text);
        phrases.forEach((p, i) =>
          expect(found.get(i)).toBe(text.includes(p) ? text.indexOf(p) : undefined),
        );
      }),
    );
  });

  it('keeps every phrase findable when the phrases use hundreds of distinct characters', () => {
    const phrases = Array.from({ length: 400 }, (_, i) => `${String.fromCharCode(0x4e00 + i)}x`);
    const m = compilePhrases(phrases);
    const found = search(m, phrases.join(' '));
    expect(found.size).toBe(400);
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

  it('answers whether any phrase occurs, as String.includes would, in several scripts', () => {
    const phrases = ['aé', 'éé', 'a存', '存在', 'в a'];
    const m = compilePhrases(phrases);
    expect(contains(m, 'xx存在')).toBe(true);
    expect(contains(m, 'x存 在')).toBe(false);
    fc.assert(
      fc.property(fc.stringMatching(/^[aé存在в ]{0,40}$/), (text) => {
        expect(contains(m, text)).toBe(phrases.some((p) => text.includes(p)));
      }),
    );
  });

  it('with foldCase, matches ASCII capitals in the text as lowercase, and only ASCII ones', () => {
    const m = compilePhrases(['qmail-send', 'mailer-daemon'], { foldCase: true });
    expect([...search(m, 'Hi. This is the QMAIL-SEND program, MAILER-DAEMON').entries()]).toEqual([
      [0, 16],
      [1, 36],
    ]);
    expect(contains(compilePhrases(['é']), 'É')).toBe(false);
  });
});
