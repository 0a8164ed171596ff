import { describe, expect, it } from 'vitest';
import { dueTopics, INTERVALS, level, review, TOP_BOX, type TopicProgress } from './index.ts';

describe('review', () => {
  it('sends a wrong answer back to box 0, due the very next round', () => {
    const p = review(
      { box: 3, due: 20, core: { right: 3, seen: 3 }, ops: { right: 0, seen: 0 } },
      {
        round: 12,
        core: false,
      },
    );
    expect(p).toEqual({ box: 0, due: 13, core: { right: 3, seen: 4 }, ops: { right: 0, seen: 0 } });
  });

  it('moves a right answer up one box, each box waiting twice as long', () => {
    let p: TopicProgress | undefined;
    const dues: number[] = [];
    for (let round = 1; round <= 7; round++) {
      p = review(p, { round, core: true });
      dues.push(p.due - round);
    }
    expect(dues).toEqual([2, 4, 8, 16, 32, 32, 32]);
    expect(p?.box).toBe(TOP_BOX);
    expect(INTERVALS[0]).toBe(1);
  });

  it('brings a missed topic back sooner than one answered right', () => {
    const start = review(undefined, { round: 1, core: true });
    const missed = review(start, { round: 2, core: false });
    const known = review(start, { round: 2, core: true });
    expect(missed.due).toBeLessThan(known.due);
  });

  it('counts a wrong reason as a miss, and leaves the ops tally alone when not asked', () => {
    const wrongReason = review(undefined, { round: 1, core: true, ops: false });
    expect(wrongReason.box).toBe(0);
    expect(wrongReason.core).toEqual({ right: 1, seen: 1 });
    expect(wrongReason.ops).toEqual({ right: 0, seen: 1 });
    const notAsked = review(wrongReason, { round: 2, core: true });
    expect(notAsked.ops).toEqual({ right: 0, seen: 1 });
    expect(notAsked.box).toBe(1);
  });
});

describe('dueTopics', () => {
  const p = (box: number, due: number, right = 1, seen = 1): TopicProgress => ({
    box,
    due,
    core: { right, seen },
    ops: { right: 0, seen: 0 },
  });

  it('lists due topics, lowest box first, then longest overdue, then weakest', () => {
    const topics = {
      mailboxfull: p(2, 5),
      userunknown: p(0, 4, 0, 1),
      blocked: p(0, 3, 0, 2),
      speeding: p(0, 3, 1, 2),
      later: p(0, 9),
    };
    expect(dueTopics(topics, 5)).toEqual(['blocked', 'speeding', 'userunknown', 'mailboxfull']);
    expect(dueTopics(topics, 2)).toEqual([]);
  });
});

describe('level', () => {
  it('names the box in words', () => {
    const at = (box: number): TopicProgress => ({
      box,
      due: 0,
      core: { right: 1, seen: 1 },
      ops: { right: 0, seen: 0 },
    });
    expect(level(undefined)).toBe('new');
    expect([0, 1, 2, 3, 4, 5].map((b) => level(at(b)))).toEqual([
      'learning',
      'learning',
      'familiar',
      'familiar',
      'mastered',
      'mastered',
    ]);
  });
});
