import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TIMELINE_CAMPAIGNS, readLink, writeLink } from './link.ts';
import { OUTCOMES } from './outcomes.ts';

const POLICIES = ['mailchimp', 'brevo', 'custom'];
const PRESETS = ['typo-address'];

describe('writeLink and readLink', () => {
  it('write the outcomes last and read them back', () => {
    const query = writeLink({
      policy: 'brevo',
      outcomes: ['activity', 'soft', 'hard'],
      start: '2026-01-05',
      cadenceDays: 7,
    });
    expect(query).toBe('policy=brevo&start=2026-01-05&every=7&outcomes=ASH');
    expect(readLink(`?${query}`, POLICIES, PRESETS)).toEqual({
      ok: true,
      link: {
        policy: 'brevo',
        start: '2026-01-05',
        cadenceDays: 7,
        outcomes: ['activity', 'soft', 'hard'],
      },
    });
  });

  it('carry the reader’s own rule', () => {
    const query = writeLink({
      policy: 'custom',
      outcomes: ['soft'],
      start: '2026-01-05',
      cadenceDays: 14,
      custom: { suppressAt: 4, resetOn: 'activity' },
    });
    const read = readLink(query, POLICIES, PRESETS);
    expect(read.ok && read.link.custom).toEqual({ suppressAt: 4, resetOn: 'activity' });
  });

  it('every link the simulator writes is one it reads, up to the longest timeline', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...OUTCOMES), { maxLength: MAX_TIMELINE_CAMPAIGNS }),
        fc.integer({ min: 1, max: 90 }),
        fc.integer({ min: 1, max: 100 }),
        fc.constantFrom('delivery' as const, 'activity' as const, 'never' as const),
        (outcomes, cadenceDays, suppressAt, resetOn) => {
          const query = writeLink({
            policy: 'custom',
            outcomes,
            start: '2099-12-31',
            cadenceDays,
            custom: { suppressAt, resetOn },
          });
          const read = readLink(query, POLICIES, PRESETS);
          expect(read.ok).toBe(true);
          if (read.ok) expect(read.link.outcomes).toEqual(outcomes);
        },
      ),
      { seed: 11, numRuns: 100 },
    );
  });

  it('refuses to write a timeline longer than a link can carry', () => {
    expect(() =>
      writeLink({
        policy: 'brevo',
        outcomes: Array(MAX_TIMELINE_CAMPAIGNS + 1).fill('soft'),
        start: '2026-01-05',
        cadenceDays: 7,
      }),
    ).toThrow(/at most 520 campaigns/);
  });

  it.each([
    ['?policy=nope&outcomes=S', 'does not know (“nope”)'],
    ['?policy=brevo&outcomes=SSX', 'Unknown letter "X" at position 3'],
    [`?outcomes=${'S'.repeat(521)}`, 'at most 520 campaigns'],
    ['?every=0&outcomes=S', 'days between campaigns are wrong: 0 is too small'],
    ['?every=2.5', 'has a fraction'],
    ['?start=2026-13-01', 'is not a date'],
    ['?policy=custom&limit=1000000', 'is too large'],
    ['?policy=custom&reset=sometimes', '“sometimes” is not a reset'],
    ['?preset=unknown', 'unknown story'],
  ])('%s: %s', (query, expected) => {
    const read = readLink(query, POLICIES, PRESETS);
    expect(read.ok ? null : read.message).toContain(expected);
  });
});
