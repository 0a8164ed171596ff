/**
 * Dates in the simulator are whole days. An event may carry an ISO date (`2026-01-05`) or a day
 * number; both become a day number (days since 1970-01-01, UTC) before any rule looks at them.
 */

/** A date as the caller gives it: `YYYY-MM-DD` or a whole day number. */
export type DayInput = string | number;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Turns an ISO date or a day number into a day number; throws a `RangeError` for anything else.
 * @example toDay('1970-01-11') // 10
 */
export function toDay(input: DayInput): number {
  if (typeof input === 'number') {
    if (!Number.isInteger(input)) {
      throw new RangeError(`A day number must be a whole number, got ${String(input)}.`);
    }
    return input;
  }
  const match = ISO_DATE.exec(input);
  if (match === null) {
    throw new RangeError(`Expected a date like 2026-01-05, got "${input}".`);
  }
  const [, y, m, d] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  ) {
    throw new RangeError(`"${input}" is not a real calendar date.`);
  }
  return Math.round(ms / MS_PER_DAY);
}

/**
 * Turns a day number back into `YYYY-MM-DD`.
 * @example fromDay(10) // '1970-01-11'
 */
export function fromDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** When the campaigns go out: a first date and a fixed number of days between sends. */
export interface Schedule {
  /** The first campaign's date (ISO date or day number). */
  readonly start: DayInput;
  /** Days between two campaigns, e.g. 7 for a weekly newsletter. */
  readonly cadenceDays: number;
}

/**
 * The dates (as `YYYY-MM-DD`) of `count` campaigns sent on a fixed cadence. The start date is passed
 * in, never read from the clock.
 * @example campaignDates({ start: '2026-01-05', cadenceDays: 7 }, 3) // ['2026-01-05', '2026-01-12', '2026-01-19']
 */
export function campaignDates(schedule: Schedule, count: number): string[] {
  return campaignDays(schedule, count).map(fromDay);
}

/** The same as `campaignDates`, as day numbers. */
export function campaignDays(schedule: Schedule, count: number): number[] {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(
      `The number of campaigns must be a whole number ≥ 0, got ${String(count)}.`,
    );
  }
  if (!Number.isInteger(schedule.cadenceDays) || schedule.cadenceDays < 1) {
    throw new RangeError(
      `The cadence must be a whole number of days ≥ 1, got ${String(schedule.cadenceDays)}.`,
    );
  }
  const first = toDay(schedule.start);
  return Array.from({ length: count }, (_, i) => first + i * schedule.cadenceDays);
}
