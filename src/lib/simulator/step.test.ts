import { describe, expect, it } from 'vitest';
import { customPolicy } from './custom.ts';
import { eventsFromOutcomes, parseOutcomes } from './outcomes.ts';
import { PolicySchema, type Policy, type PolicyInput } from './policy-schema.ts';
import { initialState, ordinal, simulate, step } from './step.ts';

function makePolicy(rule: PolicyInput['rule'], extra: Partial<PolicyInput> = {}): Policy {
  return PolicySchema.parse({
    id: 'test',
    name: 'Test ESP',
    activeWord: 'Active',
    removedWord: 'Removed',
    summary: 'A rule for tests.',
    rule,
    effects: { delivery: 'Depends.', activity: 'Depends.' },
    sources: [{ key: 'T1', title: 'Test', url: 'https://example.org/', read: '2026-11-29' }],
    ...extra,
  });
}

function runCode(policy: Policy, code: string) {
  return simulate(policy, eventsFromOutcomes(parseOutcomes(code), { start: 0, cadenceDays: 7 }));
}

const run3 = (resetOn: 'never' | 'delivery' | 'activity') =>
  makePolicy({ soft: { kind: 'run', suppressAt: 3, resetOn }, hard: { kind: 'suppress' } });

describe('step', () => {
  it('starts active with nothing counted', () => {
    const policy = run3('delivery');
    expect(initialState(policy)).toMatchObject({
      campaign: 0,
      status: 'active',
      word: 'Active',
      count: 0,
      limit: 3,
      transition: 'start',
    });
  });

  it('does not modify the state it is given', () => {
    const policy = makePolicy({
      soft: { kind: 'never' },
      hard: { kind: 'window', count: 3, windowDays: 60, senderWord: 'Stopped' },
    });
    const before = step(policy, initialState(policy), { outcome: 'hard', date: 0 });
    const copy = structuredClone(before);
    step(policy, before, { outcome: 'hard', date: 5 });
    expect(before).toEqual(copy);
  });

  it('gives the same timeline every time', () => {
    const policy = run3('activity');
    expect(runCode(policy, 'SDSAHS')).toEqual(runCode(policy, 'SDSAHS'));
  });

  it('refuses events out of date order', () => {
    const policy = run3('delivery');
    const s = step(policy, initialState(policy), { outcome: 'soft', date: '2026-02-01' });
    expect(() => step(policy, s, { outcome: 'soft', date: '2026-01-31' })).toThrow(/date order/);
  });

  it('accepts ISO dates and keeps the reason', () => {
    const policy = run3('delivery');
    const s = step(policy, initialState(policy), {
      outcome: 'soft',
      date: '2026-02-01',
      reason: '452 4.2.2 mailbox full',
    });
    expect(s).toMatchObject({ date: '2026-02-01', reason: '452 4.2.2 mailbox full', count: 1 });
  });

  it.each([
    ['never', 'SDSAS', 'suppressed'],
    ['delivery', 'SDSAS', 'active'],
    ['activity', 'SDSDS', 'suppressed'],
    ['activity', 'SASDS', 'active'],
  ] as const)('resetOn %s: %s ends %s', (resetOn, code, status) => {
    const states = runCode(run3(resetOn), code);
    expect(states.at(-1)?.status).toBe(status);
  });

  it('suppresses on the very first soft bounce when the run length is 1', () => {
    const states = runCode(
      makePolicy({
        soft: { kind: 'run', suppressAt: 1, resetOn: 'delivery' },
        hard: { kind: 'suppress' },
      }),
      'S',
    );
    expect(states[0]).toMatchObject({ status: 'suppressed', changed: true });
  });

  it('engagement threshold: activity raises the limit mid-count', () => {
    const policy = makePolicy({
      soft: {
        kind: 'engagement-threshold',
        suppressAtWithoutActivity: 3,
        suppressAtWithActivity: 5,
        resetOn: 'never',
      },
      hard: { kind: 'suppress' },
    });
    expect(runCode(policy, 'SSS').at(-1)?.status).toBe('suppressed');
    expect(runCode(policy, 'SSASS').at(-1)).toMatchObject({ status: 'active', count: 4 });
    expect(runCode(policy, 'SSASSS').at(-1)).toMatchObject({ status: 'suppressed', count: 5 });
  });

  it('window of one hard bounce removes the address platform-wide at once', () => {
    const policy = makePolicy({
      soft: { kind: 'never' },
      hard: { kind: 'window', count: 1, windowDays: 30, senderWord: 'Stopped' },
    });
    expect(runCode(policy, 'H')[0]).toMatchObject({ word: 'Removed', sent: true });
  });

  it('counts only sends in the totals', () => {
    const states = runCode(run3('delivery'), 'ADHSS');
    expect(states.at(-1)?.totals).toEqual({
      sent: 3,
      notSent: 2,
      delivered: 1,
      activity: 1,
      soft: 0,
      hard: 1,
    });
  });

  it('says in a few words what changed at each step', () => {
    const policy = makePolicy({
      soft: {
        kind: 'engagement-threshold',
        suppressAtWithoutActivity: 3,
        suppressAtWithActivity: 5,
        resetOn: 'never',
        convertsToHard: true,
      },
      hard: { kind: 'suppress' },
    });
    expect(runCode(policy, 'SDASSSD').map((s) => s.change)).toEqual([
      'Soft bounce 1 of 3.',
      'Delivered; the count stays at 1.',
      'Opened or clicked: the limit rises to the 5th soft bounce.',
      'Soft bounce 2 of 5.',
      'Soft bounce 3 of 5.',
      'Soft bounce 4 of 5.',
      'Delivered; the count stays at 4.',
    ]);
    expect(runCode(policy, 'SSSD').map((s) => s.change)).toEqual([
      'Soft bounce 1 of 3.',
      'Soft bounce 2 of 3.',
      'Soft bounce 3 of 3: converted to hard, Removed.',
      'Not sent (Removed).',
    ]);
    expect(runCode(run3('delivery'), 'SDH').map((s) => s.change)).toEqual([
      'Soft bounce 1 of 3.',
      'Delivered: the count goes back to 0.',
      'Hard bounce: Removed.',
    ]);
  });

  it('a hold keeps the address unmailed for its days, then mails it again', () => {
    const policy = makePolicy({
      soft: { kind: 'run', suppressAt: 2, resetOn: 'delivery' },
      hard: { kind: 'hold', holdDays: 10, holdWord: 'On hold' },
    });
    const states = simulate(policy, [
      { outcome: 'soft', date: 0 },
      { outcome: 'hard', date: 1 },
      { outcome: 'soft', date: 5 },
      { outcome: 'soft', date: 11 },
      { outcome: 'soft', date: 12 },
      { outcome: 'hard', date: 13 },
    ]);
    expect(states.map((s) => [s.sent, s.word, s.count])).toEqual([
      [true, 'Active', 1],
      [true, 'On hold', 0],
      [false, 'On hold', 0],
      [true, 'Active', 1],
      [true, 'Removed', 2],
      [false, 'Removed', 2],
    ]);
    expect(states[1]?.change).toBe('Hard bounce: On hold until 1970-01-12.');
    expect(states[2]?.change).toBe('Not sent: On hold until 1970-01-12.');
    expect(states[3]?.change).toBe('Hold over, sent again. Soft bounce 1 of 2.');
  });

  it('a second hard bounce after a hold removes the address for good', () => {
    const policy = makePolicy({
      soft: { kind: 'never' },
      hard: { kind: 'hold', holdDays: 10, holdWord: 'On hold' },
    });
    const states = runCode(policy, 'HDHD');
    expect(states.map((s) => s.phase)).toEqual(['held', 'held', 'suppressed', 'suppressed']);
    expect(states[2]?.transition).toBe('hard-after-hold');
  });

  it('writes counts with the right plural', () => {
    const policy = makePolicy({
      soft: { kind: 'never' },
      hard: { kind: 'window', count: 3, windowDays: 60, senderWord: 'Stopped' },
    });
    const states = simulate(policy, [
      { outcome: 'hard', date: 0 },
      { outcome: 'hard', date: 100 },
    ]);
    expect(states[1]?.explanation).toContain('1 hard bounce within 60 days so far');
    for (const s of [...states, ...runCode(run3('delivery'), 'SDSSH')]) {
      expect(s.explanation).not.toMatch(/\b1 [a-z ]*(bounces|days|campaigns)\b/);
      expect(s.change).not.toMatch(/\b1 [a-z ]*(bounces|days|campaigns)\b/);
    }
  });

  it('explains every step in words', () => {
    for (const state of runCode(run3('activity'), 'SDASSSH')) {
      expect(state.explanation.length).toBeGreaterThan(10);
    }
  });
});

describe('policy schema', () => {
  it("refuses 'join-run' without a span rule", () => {
    expect(() => makePolicy({ soft: { kind: 'never' }, hard: { kind: 'join-run' } })).toThrow(
      /join-run/,
    );
  });

  it('refuses a disagreement that cites an unknown source', () => {
    expect(() =>
      makePolicy(
        { soft: { kind: 'never' }, hard: { kind: 'suppress' } },
        { disagreements: [{ topic: 'x', chosen: 'y', other: 'z', sourceKeys: ['NOPE'] }] },
      ),
    ).toThrow(/disagreement/);
  });

  it('refuses a non-ISO read date and unknown fields', () => {
    expect(() =>
      makePolicy(
        { soft: { kind: 'never' }, hard: { kind: 'suppress' } },
        { sources: [{ key: 'T', title: 'T', url: 'https://example.org/', read: '29/11/2026' }] },
      ),
    ).toThrow();
    expect(() =>
      makePolicy({
        soft: { kind: 'run', suppressAt: 3, resetOn: 'delivery', extra: 1 } as never,
        hard: { kind: 'suppress' },
      }),
    ).toThrow();
  });
});

describe('customPolicy', () => {
  const base = run3('delivery');

  it('changes the run length and the reset', () => {
    const p = customPolicy(base, { suppressAt: 2, resetOn: 'activity' });
    expect(runCode(p, 'SDS').at(-1)?.status).toBe('suppressed');
    expect(runCode(p, 'SAS').at(-1)?.status).toBe('active');
  });

  it('refuses a run length out of range', () => {
    expect(() => customPolicy(base, { suppressAt: 0, resetOn: 'delivery' })).toThrow(RangeError);
  });
});

describe('ordinal', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [112, '112th'],
  ])('%i → %s', (n, text) => {
    expect(ordinal(n)).toBe(text);
  });
});
