/**
 * A small seeded pseudo-random generator, so list simulations repeat exactly for the same seed
 * (habit 8: no `Math.random()` inside `src/lib`). Not for anything secret.
 */

/** Returns a number in [0, 1) on each call. */
export type Random = () => number;

/**
 * mulberry32 (Tommy Ettinger's 32-bit generator): one 32-bit state word, period 2^32, fast, and
 * good enough to draw bounce outcomes. Seeds are reduced to 32 bits.
 * @example const next = mulberry32(42); next(); // the same number on every run
 */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
