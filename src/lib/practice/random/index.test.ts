import { describe, expect, it } from 'vitest';
import { checkSeed, makeSeed, mulberry32, seedNumber, shuffle } from './index.ts';

describe('checkSeed', () => {
  it('accepts letters, digits and dashes, case-insensitively', () => {
    expect(checkSeed('Team-42')).toEqual({ ok: true, seed: 'team-42' });
    expect(checkSeed('  k7m2qd ')).toEqual({ ok: true, seed: 'k7m2qd' });
  });

  it('refuses anything else with a sentence', () => {
    for (const bad of ['', '   ', 'a b', '<script>', 'x'.repeat(33), 'é']) {
      const check = checkSeed(bad);
      expect(check.ok).toBe(false);
      if (!check.ok) expect(check.message).toMatch(/round code/);
    }
  });
});

describe('seedNumber', () => {
  it('is a stable 32-bit number per seed', () => {
    expect(seedNumber('k7m2qd')).toBe(seedNumber('k7m2qd'));
    expect(seedNumber('k7m2qd')).not.toBe(seedNumber('k7m2qe'));
    expect(seedNumber('')).toBe(0x811c9dc5);
    const n = seedNumber('team-42');
    expect(Number.isInteger(n) && n >= 0 && n < 2 ** 32).toBe(true);
  });
});

describe('makeSeed', () => {
  it('draws six readable characters from the generator', () => {
    const seed = makeSeed(mulberry32(1));
    expect(seed).toMatch(/^[a-hjkmnp-z2-9]{6}$/);
    expect(makeSeed(mulberry32(1))).toBe(seed);
    expect(makeSeed(mulberry32(2))).not.toBe(seed);
    expect(checkSeed(seed)).toEqual({ ok: true, seed });
  });
});

describe('shuffle', () => {
  it('returns a permutation, the same one for the same generator', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const a = shuffle(items, mulberry32(5));
    expect([...a].sort((x, y) => x - y)).toEqual(items);
    expect(shuffle(items, mulberry32(5))).toEqual(a);
    expect(a).not.toEqual(items);
  });
});
