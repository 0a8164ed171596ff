import { describe, expect, it } from 'vitest';
import { campaignDates, campaignDays, fromDay, toDay } from './day.ts';

describe('toDay and fromDay', () => {
  it('counts days from 1970-01-01 UTC and back', () => {
    expect(toDay('1970-01-01')).toBe(0);
    expect(toDay('1970-01-11')).toBe(10);
    expect(fromDay(toDay('2026-11-29'))).toBe('2026-11-29');
    expect(toDay('2024-03-01') - toDay('2024-02-28')).toBe(2);
  });

  it('passes whole day numbers through', () => {
    expect(toDay(42)).toBe(42);
  });

  it('rejects malformed and impossible dates', () => {
    expect(() => toDay('2026-1-5')).toThrow(RangeError);
    expect(() => toDay('2026-02-30')).toThrow(/not a real calendar date/);
    expect(() => toDay(1.5)).toThrow(RangeError);
  });
});

describe('campaign schedule', () => {
  it('spaces campaigns by the cadence from the start date', () => {
    expect(campaignDates({ start: '2026-12-28', cadenceDays: 7 }, 3)).toEqual([
      '2026-12-28',
      '2027-01-04',
      '2027-01-11',
    ]);
    expect(campaignDays({ start: 0, cadenceDays: 14 }, 0)).toEqual([]);
  });

  it('rejects a bad cadence or count', () => {
    expect(() => campaignDays({ start: 0, cadenceDays: 0 }, 3)).toThrow(/cadence/);
    expect(() => campaignDays({ start: 0, cadenceDays: 7 }, -1)).toThrow(/number of campaigns/);
  });
});
