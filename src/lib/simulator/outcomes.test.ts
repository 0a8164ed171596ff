import { describe, expect, it } from 'vitest';
import {
  MAX_OUTCOME_CODE_LENGTH,
  OutcomeCodeError,
  eventsFromOutcomes,
  formatOutcomes,
  parseOutcomes,
} from './outcomes.ts';

describe('parseOutcomes', () => {
  it('reads each letter as one campaign', () => {
    expect(parseOutcomes('DASH')).toEqual(['delivered', 'activity', 'soft', 'hard']);
  });

  it('accepts lowercase and the empty code', () => {
    expect(parseOutcomes('as')).toEqual(['activity', 'soft']);
    expect(parseOutcomes('')).toEqual([]);
  });

  it('names the bad letter and its position', () => {
    expect(() => parseOutcomes('SSXS')).toThrow(OutcomeCodeError);
    expect(() => parseOutcomes('SSXS')).toThrow(/Unknown letter "X" at position 3 of "SSXS"/);
    try {
      parseOutcomes('S S');
    } catch (error) {
      expect(error).toBeInstanceOf(OutcomeCodeError);
      expect((error as OutcomeCodeError).position).toBe(1);
    }
  });

  it('refuses codes longer than the URL limit', () => {
    expect(() => parseOutcomes('S'.repeat(MAX_OUTCOME_CODE_LENGTH + 1))).toThrow(/at most/);
  });

  it('round-trips through formatOutcomes', () => {
    const code = 'ASSSSSDHA';
    expect(formatOutcomes(parseOutcomes(code))).toBe(code);
  });
});

describe('eventsFromOutcomes', () => {
  it('dates each outcome from the schedule', () => {
    expect(eventsFromOutcomes(['soft', 'hard'], { start: 10, cadenceDays: 7 })).toEqual([
      { outcome: 'soft', date: 10 },
      { outcome: 'hard', date: 17 },
    ]);
  });
});
