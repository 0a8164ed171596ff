import { describe, expect, it } from 'vitest';
import {
  CADENCE_DAYS,
  CONTACTS,
  CUSTOM_LIMIT,
  LIST_CAMPAIGNS,
  PERCENT,
  SEED,
  describeRange,
  readDate,
  readNumber,
} from './fields.ts';

const message = (result: ReturnType<typeof readNumber>) => (result.ok ? null : result.message);

describe('readNumber', () => {
  it('reads whole numbers in range, with or without thousands separators', () => {
    expect(readNumber('7', CADENCE_DAYS)).toEqual({ ok: true, value: 7 });
    expect(readNumber(' 90 ', CADENCE_DAYS)).toEqual({ ok: true, value: 90 });
    expect(readNumber('100,000', CONTACTS)).toEqual({ ok: true, value: 100_000 });
    expect(readNumber('2.5', PERCENT)).toEqual({ ok: true, value: 2.5 });
    expect(readNumber('0', PERCENT)).toEqual({ ok: true, value: 0 });
  });

  it.each([
    ['0', 'is too small'],
    ['-5', 'is too small'],
    ['2.5', 'has a fraction'],
    ['1000', 'is too large'],
    ['', 'Enter the number of days between campaigns'],
    ['seven', 'is not a number'],
    ['1e3', 'is not a number'],
  ])('days between campaigns "%s": %s', (text, expected) => {
    const m = message(readNumber(text, CADENCE_DAYS));
    expect(m).toContain(expected);
    expect(m).toContain('1 to 90 days');
  });

  it.each([
    ['0', 'is too small'],
    ['1000000', 'is too large'],
    ['1,000,000', 'is too large'],
  ])('soft-bounce limit "%s": %s, and says the range', (text, expected) => {
    const m = message(readNumber(text, CUSTOM_LIMIT));
    expect(m).toContain(expected);
    expect(m).toContain('1 to 100');
  });

  it('never reads an empty percentage as 0', () => {
    expect(readNumber('', PERCENT)).toEqual({
      ok: false,
      message: 'Enter a percentage: a number from 0 to 100%.',
    });
    expect(message(readNumber('101', PERCENT))).toContain('too large');
  });

  it('states every range', () => {
    expect(describeRange(CONTACTS)).toBe('1 to 100,000');
    expect(describeRange(LIST_CAMPAIGNS)).toBe('1 to 156');
    expect(describeRange(SEED)).toBe('0 to 4,294,967,295');
    expect(describeRange(PERCENT)).toBe('0 to 100%');
  });
});

describe('readDate', () => {
  it('reads real dates in range', () => {
    expect(readDate('2026-01-05')).toEqual({ ok: true, value: '2026-01-05' });
  });

  it.each([
    ['', 'Enter the first campaign'],
    ['2026-02-30', 'is not a date'],
    ['05/01/2026', 'is not a date'],
    ['1999-12-31', 'is out of range'],
    ['2100-01-01', 'is out of range'],
  ])('"%s": %s', (text, expected) => {
    const result = readDate(text);
    expect(result.ok ? null : result.message).toContain(expected);
  });
});
