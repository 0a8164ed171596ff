/**
 * Drawing a round of practice items with a seeded generator: the same pool, seed and due list
 * always give the same round, in any browser (a team challenge link relies on it).
 */
import type { Category } from '../../bounce/reason/ids.ts';
import { mulberry32, pick, shuffle, type Random } from '../random/index.ts';

/** Messages in a round. */
export const ROUND_SIZE = 10;

/** What the draw needs to know about an item. */
export interface Drawable {
  id: string;
  /** The sample it comes from: a round never shows two messages of the same sample. */
  sample: string;
  category: Category;
  /** The reason (or `not-bounce`) the item practises. */
  topic: string;
}

export interface DrawOptions {
  /** The round's seed (see `seedNumber`). */
  seed: number;
  /** Items in the round (default `ROUND_SIZE`). */
  size?: number;
  /**
   * Topics due for review, most urgent first (see `dueTopics`). Up to 60% of the round goes to
   * them; a team challenge passes none, so every colleague gets the same round.
   */
  due?: readonly string[];
}

/**
 * The mix a round aims at when it is not reviewing: soft bounces are the commonest and the most
 * varied; every round should also have hard bounces and look-alikes that are not bounces.
 */
const CATEGORY_WEIGHTS: Readonly<Record<Category, number>> = { hard: 0.3, soft: 0.45, none: 0.25 };

function weightedCategory(random: Random, available: readonly Category[]): Category {
  const total = available.reduce((sum, c) => sum + CATEGORY_WEIGHTS[c], 0);
  let x = random() * total;
  for (const c of available) {
    x -= CATEGORY_WEIGHTS[c];
    if (x < 0) return c;
  }
  return available.at(-1) as Category;
}

/**
 * Picks a round: first one item for each due topic (most urgent first, up to 60% of the round),
 * then one of each category the round still lacks, then items drawn by category weight; never two
 * from one sample. Then shuffles the round.
 * Returns item ids. A pool smaller than the round gives a shorter round.
 *
 * @example drawRound(items, { seed: seedNumber('k7m2qd') }) // 10 ids, the same on every call
 */
export function drawRound(items: readonly Drawable[], options: DrawOptions): string[] {
  const size = options.size ?? ROUND_SIZE;
  const random = mulberry32(options.seed);
  // Sorted by id, so the round does not depend on the order the pool happens to list items in.
  const pool = [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const usedSamples = new Set<string>();
  const chosen: Drawable[] = [];
  const free = (item: Drawable) => !usedSamples.has(item.sample);
  const take = (item: Drawable) => {
    chosen.push(item);
    usedSamples.add(item.sample);
  };

  const reviewSlots = Math.floor(size * 0.6);
  for (const topic of options.due ?? []) {
    if (chosen.length >= reviewSlots) break;
    const candidates = pool.filter((item) => item.topic === topic && free(item));
    if (candidates.length > 0) take(pick(random, candidates));
  }

  // At least one hard bounce, one soft bounce and one look-alike, when the pool has them.
  for (const category of shuffle(['hard', 'soft', 'none'] as const, random)) {
    if (chosen.length >= size || chosen.some((item) => item.category === category)) continue;
    const candidates = pool.filter((item) => item.category === category && free(item));
    if (candidates.length > 0) take(pick(random, candidates));
  }

  while (chosen.length < size) {
    const open = pool.filter(free);
    if (open.length === 0) break;
    const categories = (['hard', 'soft', 'none'] as const).filter((c) =>
      open.some((item) => item.category === c),
    );
    const category = weightedCategory(random, categories);
    take(
      pick(
        random,
        open.filter((item) => item.category === category),
      ),
    );
  }

  return shuffle(chosen, random).map((item) => item.id);
}
