/**
 * Seeds for practice rounds: a short code a reader can share in a link (`/practice/?seed=k7m2qd`),
 * turned into the 32-bit state of the project's seeded generator. Nothing here is secret.
 */
import { mulberry32, type Random } from '../../simulator/random/index.ts';

export { mulberry32, type Random };

/** Letters, digits and dashes, 1 to 32 characters: safe in a URL and easy to read aloud. */
const SEED_PATTERN = /^[A-Za-z0-9-]{1,32}$/;
/** No 0/o, 1/l/i: a seed read out in a meeting is typed back correctly. */
const SEED_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A seed from a link, checked: either usable or a sentence saying what is wrong with it. */
export type SeedCheck = { ok: true; seed: string } | { ok: false; message: string };

/**
 * Checks a seed taken from a link. Seeds are case-insensitive, so `K7M2QD` and `k7m2qd` give the
 * same round.
 *
 * @example checkSeed('Team-42') // { ok: true, seed: 'team-42' }
 */
export function checkSeed(value: string): SeedCheck {
  const seed = value.trim().toLowerCase();
  if (SEED_PATTERN.test(seed)) return { ok: true, seed };
  return {
    ok: false,
    message:
      seed.length === 0
        ? 'The link has an empty round code.'
        : 'A round code uses only letters, digits and dashes, at most 32 of them.',
  };
}

/**
 * FNV-1a over the seed's characters: the same seed gives the same 32-bit number everywhere.
 *
 * @example seedNumber('k7m2qd') === seedNumber('k7m2qd') // true
 */
export function seedNumber(seed: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A fresh six-character seed drawn from `random` (the browser passes a generator of its own). */
export function makeSeed(random: Random): string {
  let seed = '';
  for (let i = 0; i < 6; i++) seed += SEED_ALPHABET[pickIndex(random, SEED_ALPHABET.length)];
  return seed;
}

/** A whole number in [0, length). */
export function pickIndex(random: Random, length: number): number {
  return Math.min(length - 1, Math.floor(random() * length));
}

/** One element of a non-empty list. */
export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[pickIndex(random, items.length)];
  if (item === undefined) throw new RangeError('pick() needs a non-empty list');
  return item;
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = pickIndex(random, i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
