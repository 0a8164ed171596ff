import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS, nextRound, readProgress, recordAnswer, summarize } from './index.ts';

describe('readProgress', () => {
  it('reads what it wrote', () => {
    const p = recordAnswer(EMPTY_PROGRESS, {
      topic: 'mailboxfull',
      round: 1,
      core: true,
      ops: false,
    });
    const back = readProgress(JSON.stringify({ ...p, opsTrack: true }));
    expect(back).toEqual({ ...p, opsTrack: true });
  });

  it('falls back to an empty record for missing or broken values', () => {
    for (const raw of [undefined, '', 'not json', '[]', 'null', '42', '"text"', '{"topics": []}']) {
      expect(readProgress(raw)).toEqual(EMPTY_PROGRESS);
    }
  });

  it('salvages what it can from a tampered value', () => {
    const raw = JSON.stringify({
      version: 0,
      round: -4,
      opsTrack: 'yes',
      topics: {
        mailboxfull: { box: 99, due: 3.7, core: { right: 50, seen: 2 }, ops: 'x' },
        userunknown: { box: 1, due: 'soon', core: { right: 1, seen: 1 } },
        '<img src=x>': { box: 1, due: 1, core: { right: 1, seen: 1 } },
        blocked: { box: 1, due: 2, core: { right: 0, seen: 0 } },
        speeding: null,
      },
      extra: true,
    });
    expect(readProgress(raw)).toEqual({
      version: 1,
      round: 0,
      opsTrack: false,
      topics: {
        mailboxfull: { box: 5, due: 3, core: { right: 2, seen: 2 }, ops: { right: 0, seen: 0 } },
      },
    });
  });

  it('keeps at most 64 topics', () => {
    const topics = Object.fromEntries(
      Array.from({ length: 100 }, (_, i) => [
        `t${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`,
        { box: 0, due: 1, core: { right: 0, seen: 1 } },
      ]),
    );
    expect(Object.keys(readProgress(JSON.stringify({ topics })).topics)).toHaveLength(64);
  });
});

describe('recordAnswer and nextRound', () => {
  it('moves the round counter forward and reviews the topic', () => {
    let p = recordAnswer(EMPTY_PROGRESS, {
      topic: 'blocked',
      round: nextRound(EMPTY_PROGRESS),
      core: false,
    });
    expect(p.round).toBe(1);
    expect(p.topics['blocked']).toMatchObject({ box: 0, due: 2 });
    p = recordAnswer(p, { topic: 'blocked', round: nextRound(p), core: true });
    expect(p.round).toBe(2);
    expect(p.topics['blocked']).toMatchObject({ box: 1, due: 4, core: { right: 1, seen: 2 } });
  });
});

describe('summarize', () => {
  it('gives tracks, levels and the weakest three topics with a miss', () => {
    let p = EMPTY_PROGRESS;
    const answer = (topic: string, core: boolean, ops?: boolean) => {
      p = recordAnswer(p, { topic, round: 1, core, ops });
    };
    answer('userunknown', true, true);
    answer('userunknown', true, true);
    answer('mailboxfull', false);
    answer('mailboxfull', false);
    answer('blocked', true, false);
    answer('speeding', false);
    answer('vacation', true);
    const s = summarize(p);
    expect(s.tracks.core).toEqual({ right: 4, seen: 7 });
    expect(s.tracks.ops).toEqual({ right: 2, seen: 3 });
    expect(s.weakest.map((t) => t.topic)).toEqual(['mailboxfull', 'speeding', 'blocked']);
    expect(s.topics.map((t) => t.topic).slice(-2)).toEqual(['vacation', 'userunknown']);
    expect(s.levels).toEqual({ new: 0, learning: 4, familiar: 1, mastered: 0 });
    // Missed in round 1: back in round 2, the next one; right twice: box 2, back in round 5.
    expect(s.topics.find((t) => t.topic === 'mailboxfull')?.backIn).toBe(1);
    expect(s.topics.find((t) => t.topic === 'userunknown')?.backIn).toBe(4);
  });

  it('has no weakest topics when nothing was missed', () => {
    const p = recordAnswer(EMPTY_PROGRESS, { topic: 'userunknown', round: 1, core: true });
    expect(summarize(p).weakest).toEqual([]);
    expect(summarize(EMPTY_PROGRESS).topics).toEqual([]);
  });
});
