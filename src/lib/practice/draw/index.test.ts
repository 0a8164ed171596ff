import { describe, expect, it } from 'vitest';
import type { Category } from '../../bounce/reason/ids.ts';
import { seedNumber } from '../random/index.ts';
import { drawRound, ROUND_SIZE, type Drawable } from './index.ts';

const TOPICS: [string, Category][] = [
  ['userunknown', 'hard'],
  ['hostunknown', 'hard'],
  ['mailboxfull', 'soft'],
  ['blocked', 'soft'],
  ['speeding', 'soft'],
  ['spamdetected', 'soft'],
  ['vacation', 'none'],
  ['feedback', 'none'],
];
/** 40 samples with 3 items each (an original and two variants). */
const ITEMS: Drawable[] = Array.from({ length: 40 }, (_, s) => {
  const [topic, category] = TOPICS[s % TOPICS.length] as [string, Category];
  return ['', '~v1', '~v2'].map((suffix) => ({
    id: `sample-${String(s).padStart(2, '0')}${suffix}`,
    sample: `sample-${String(s).padStart(2, '0')}`,
    category,
    topic,
  }));
}).flat();
const byId = new Map(ITEMS.map((i) => [i.id, i]));

describe('drawRound', () => {
  it('gives the same round for the same seed, whatever order the pool lists items in', () => {
    const round = drawRound(ITEMS, { seed: seedNumber('k7m2qd') });
    expect(round).toHaveLength(ROUND_SIZE);
    expect(drawRound([...ITEMS].reverse(), { seed: seedNumber('k7m2qd') })).toEqual(round);
    expect(drawRound(ITEMS, { seed: seedNumber('k7m2qe') })).not.toEqual(round);
  });

  it('never shows two messages of one sample and always mixes the three categories', () => {
    for (let seed = 0; seed < 300; seed++) {
      const round = drawRound(ITEMS, { seed }).map((id) => byId.get(id) as Drawable);
      expect(new Set(round.map((i) => i.sample)).size).toBe(ROUND_SIZE);
      expect(new Set(round.map((i) => i.category))).toEqual(new Set(['hard', 'soft', 'none']));
    }
  });

  it('leans towards soft bounces, the commonest kind', () => {
    const counts = { hard: 0, soft: 0, none: 0 };
    for (let seed = 0; seed < 300; seed++) {
      for (const id of drawRound(ITEMS, { seed })) counts[(byId.get(id) as Drawable).category]++;
    }
    expect(counts.soft).toBeGreaterThan(counts.hard);
    expect(counts.hard).toBeGreaterThan(counts.none);
  });

  it('brings due topics into the round, up to six of them', () => {
    const due = [
      'feedback',
      'hostunknown',
      'speeding',
      'blocked',
      'vacation',
      'userunknown',
      'mailboxfull',
    ];
    for (let seed = 0; seed < 50; seed++) {
      const topics = drawRound(ITEMS, { seed, due }).map((id) => (byId.get(id) as Drawable).topic);
      for (const topic of due.slice(0, 6)) expect(topics).toContain(topic);
    }
  });

  it('gives a shorter round from a pool smaller than a round', () => {
    const small = ITEMS.filter((i) => i.sample < 'sample-04');
    const round = drawRound(small, { seed: 1 });
    expect(round).toHaveLength(4);
    expect(drawRound([], { seed: 1 })).toEqual([]);
  });
});
