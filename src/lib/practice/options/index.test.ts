import { describe, expect, it } from 'vitest';
import { REASON_IDS, categoryOf } from '../../bounce/reason/ids.ts';
import { mulberry32 } from '../random/index.ts';
import { OPTION_COUNT, reasonOptions } from './index.ts';

describe('reasonOptions', () => {
  it('offers the right reason and three others, none of them "no idea"', () => {
    for (const reason of REASON_IDS.filter((r) => r !== 'undefined' && r !== 'onhold')) {
      const options = reasonOptions(reason, mulberry32(3));
      expect(options).toHaveLength(OPTION_COUNT);
      expect(new Set(options).size).toBe(OPTION_COUNT);
      expect(options).toContain(reason);
      expect(options).not.toContain('undefined');
      expect(options).not.toContain('onhold');
    }
  });

  it('draws plausible distractors: mostly the same category', () => {
    let same = 0;
    for (let seed = 0; seed < 20; seed++) {
      const options = reasonOptions('mailboxfull', mulberry32(seed));
      same += options.filter((r) => r !== 'mailboxfull' && categoryOf(r) === 'soft').length;
    }
    expect(same).toBeGreaterThanOrEqual(50);
  });

  it('is the same for the same generator, and asks nothing about an unknown reason', () => {
    expect(reasonOptions('blocked', mulberry32(9))).toEqual(
      reasonOptions('blocked', mulberry32(9)),
    );
    expect(reasonOptions('undefined', mulberry32(9))).toEqual([]);
  });
});
