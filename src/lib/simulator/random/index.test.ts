import { describe, expect, it } from 'vitest';
import { mulberry32 } from './index.ts';

describe('mulberry32', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = mulberry32(2026);
    const b = mulberry32(2026);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
  });

  it('gives a different sequence for another seed', () => {
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
  });

  it('stays inside [0, 1) and spreads roughly evenly', () => {
    const next = mulberry32(7);
    let below = 0;
    for (let i = 0; i < 10_000; i++) {
      const x = next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      if (x < 0.5) below++;
    }
    expect(below).toBeGreaterThan(4_800);
    expect(below).toBeLessThan(5_200);
  });
});
