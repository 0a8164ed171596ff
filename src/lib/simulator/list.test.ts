import { describe, expect, it } from 'vitest';
import { simulateList, type ListOptions } from './list.ts';
import { PolicySchema, type Policy } from './policy-schema.ts';

const policy: Policy = PolicySchema.parse({
  id: 'test',
  name: 'Test ESP',
  activeWord: 'Active',
  removedWord: 'Removed',
  summary: 'Three soft bounces in a row remove the address.',
  rule: { soft: { kind: 'run', suppressAt: 3, resetOn: 'delivery' }, hard: { kind: 'suppress' } },
  effects: { delivery: 'Breaks the run.', activity: 'Breaks the run.' },
  sources: [{ key: 'T1', title: 'Test', url: 'https://example.org/', read: '2026-11-29' }],
});

const options: ListOptions = {
  contacts: 5_000,
  campaigns: 20,
  rates: { invalid: 0.03, chronicFull: 0.02, transient: 0.05, engagement: 0.2 },
  seed: 42,
};

describe('simulateList', () => {
  it('gives the same figures for the same seed', () => {
    expect(simulateList(options, policy)).toEqual(simulateList(options, policy));
  });

  it('gives different figures for another seed', () => {
    expect(simulateList({ ...options, seed: 43 }, policy)).not.toEqual(
      simulateList(options, policy),
    );
  });

  it('keeps the books balanced', () => {
    const result = simulateList(options, policy);
    let listSize = options.contacts;
    for (const c of result.campaigns) {
      expect(c.sent).toBe(listSize);
      expect(c.delivered + c.soft + c.hard).toBe(c.sent);
      expect(c.activity).toBeLessThanOrEqual(c.delivered);
      expect(c.listSize).toBe(options.contacts - c.suppressedSoFar);
      expect(c.bounceRate).toBeCloseTo((c.soft + c.hard) / c.sent, 12);
      expect(c.hardBounceRate).toBeCloseTo(c.hard / c.sent, 12);
      listSize = c.listSize;
    }
  });

  it('removes invalid addresses in campaign 1 and chronic ones by campaign 3', () => {
    const result = simulateList(options, policy);
    expect(result.campaigns[0]?.hard).toBe(result.makeUp.invalid);
    expect(result.campaigns[2]?.suppressedSoFar).toBeGreaterThanOrEqual(
      result.makeUp.invalid + result.makeUp.chronicFull,
    );
    expect(result.makeUp.invalid + result.makeUp.chronicFull + result.makeUp.other).toBe(
      options.contacts,
    );
  });

  it('dates campaigns from the schedule', () => {
    const result = simulateList(
      { ...options, campaigns: 2, schedule: { start: '2026-01-05', cadenceDays: 14 } },
      policy,
    );
    expect(result.campaigns.map((c) => c.date)).toEqual(['2026-01-05', '2026-01-19']);
  });

  it('reports null rates when nothing is sent', () => {
    const result = simulateList(
      {
        ...options,
        contacts: 10,
        campaigns: 3,
        rates: { ...options.rates, invalid: 1, chronicFull: 0 },
      },
      policy,
    );
    expect(result.campaigns[1]).toMatchObject({
      sent: 0,
      bounceRate: null,
      hardBounceRate: null,
      listSize: 0,
    });
  });

  it('reports its progress after every campaign', () => {
    const seen: [number, number][] = [];
    simulateList(
      { ...options, campaigns: 3, onProgress: (done, total) => seen.push([done, total]) },
      policy,
    );
    expect(seen).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('refuses bad options', () => {
    expect(() => simulateList({ ...options, contacts: 100_001 }, policy)).toThrow(/contacts/);
    expect(() => simulateList({ ...options, campaigns: 0 }, policy)).toThrow(/campaigns/);
    expect(() =>
      simulateList({ ...options, rates: { ...options.rates, transient: 1.5 } }, policy),
    ).toThrow(/transient/);
    expect(() =>
      simulateList(
        { ...options, rates: { ...options.rates, invalid: 0.6, chronicFull: 0.6 } },
        policy,
      ),
    ).toThrow(/exceed/);
    expect(() => simulateList({ ...options, seed: 0.5 }, policy)).toThrow(/seed/);
  });

  it('mails held addresses again when their hold ends, and counts them back into the list', () => {
    const hold = PolicySchema.parse({
      ...policy,
      id: 'hold',
      rule: {
        soft: { kind: 'never' },
        hard: { kind: 'hold', holdDays: 15, holdWord: 'Suspended' },
      },
    });
    const result = simulateList({ ...options, campaigns: 6 }, hold);
    const [c1, c2, c3, c4, c5] = result.campaigns;
    const invalid = result.makeUp.invalid;
    expect(c1).toMatchObject({ hard: invalid, newlySuppressed: invalid, onHold: invalid });
    expect(c2).toMatchObject({ hard: 0, onHold: invalid, suppressedSoFar: invalid });
    expect(c3).toMatchObject({ hard: 0, onHold: invalid });
    // Day 21 is past the 15-day hold: the invalid addresses are mailed again and bounce for good.
    expect(c4).toMatchObject({
      hard: invalid,
      released: invalid,
      newlySuppressed: invalid,
      onHold: 0,
      suppressedSoFar: invalid,
    });
    expect(c4?.sent).toBe(options.contacts);
    expect(c5).toMatchObject({ hard: 0, sent: options.contacts - invalid });
  });

  // Speed is measured in list.bench.ts (budget: 200 ms); here the full-size run must add up.
  it('runs 10,000 contacts × 52 campaigns with figures that add up', () => {
    const big = simulateList({ ...options, contacts: 10_000, campaigns: 52 }, policy);
    expect(big.campaigns).toHaveLength(52);
    for (const c of big.campaigns) {
      expect(c.delivered + c.soft + c.hard).toBe(c.sent);
      expect(c.listSize + c.suppressedSoFar).toBe(10_000);
    }
  });
});
