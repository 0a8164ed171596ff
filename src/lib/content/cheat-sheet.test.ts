import { describe, expect, it } from 'vitest';
import { describeReason, listReasons } from '../bounce/catalog/index.ts';
import type { Rule } from '../simulator/index.ts';
import { briefAdvice, reasonType, ruleInBrief } from './index.ts';

describe('briefAdvice', () => {
  it('keeps the first sentence of the advice', () => {
    expect(briefAdvice(describeReason('mailboxfull'))).toBe('Keep the address and retry later.');
  });

  it('says when the problem is not the address', () => {
    expect(briefAdvice(describeReason('blocked'))).toMatch(/^Not the address: find out/);
  });

  it('adds what to do after a bare "Keep the address."', () => {
    expect(briefAdvice(describeReason('toomanyconn'))).toBe(
      'Keep the address. Lower concurrency towards that destination.',
    );
  });

  it('is short enough for a table cell for every reason', () => {
    for (const reason of listReasons()) {
      const brief = briefAdvice(reason);
      expect(brief.length, reason.id).toBeGreaterThan(5);
      expect(brief.length, `${reason.id}: ${brief}`).toBeLessThanOrEqual(120);
    }
  });
});

describe('reasonType', () => {
  it('follows the category, except for an address the service would not send to', () => {
    expect(reasonType(describeReason('userunknown'))).toBe('Hard');
    expect(reasonType(describeReason('mailboxfull'))).toBe('Soft');
    expect(reasonType(describeReason('vacation'))).toBe('None');
    expect(reasonType(describeReason('suppressed'))).toBe('Not sent (on your list)');
  });
});

describe('ruleInBrief', () => {
  it('shortens every kind of rule', () => {
    const never: Rule = { soft: { kind: 'never' }, hard: { kind: 'suppress' } };
    expect(ruleInBrief(never)).toEqual({ soft: 'never', hard: 'at once' });
    expect(
      ruleInBrief({
        soft: { kind: 'run', suppressAt: 5, resetOn: 'delivery', convertsToHard: false },
        hard: { kind: 'suppress' },
      }).soft,
    ).toBe('5th in a row; a delivery resets');
    expect(
      ruleInBrief({
        soft: {
          kind: 'engagement-threshold',
          suppressAtWithoutActivity: 7,
          suppressAtWithActivity: 16,
          resetOn: 'never',
          convertsToHard: true,
        },
        hard: { kind: 'suppress' },
      }).soft,
    ).toBe('7th, or 16th after any open or click');
    expect(
      ruleInBrief({
        soft: {
          kind: 'run-with-span',
          minBounces: 3,
          spanMoreThanDays: 14,
          resetOn: 'activity',
          interimWord: 'Bounced',
        },
        hard: { kind: 'join-run' },
      }),
    ).toEqual({
      soft: '3+ in a row over more than 14 days; an open or click resets',
      hard: 'counts in the same run',
    });
    expect(
      ruleInBrief({
        soft: { kind: 'never' },
        hard: { kind: 'window', count: 3, windowDays: 60, senderWord: 'Portal bounce' },
      }).hard,
    ).toBe('1st: Portal bounce; 3 within 60 days: platform-wide');
  });
});
