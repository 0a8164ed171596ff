import { formatCount } from './plural.ts';

/**
 * Reading what a reader types into the simulators' number and date fields. Every field has a
 * stated range; a value outside it, a fraction where a whole number is needed, or an empty field
 * gets a message that says what to type instead. Nothing is ever silently ignored or read as 0.
 */

/** The range and unit of one number field. */
export interface NumberField {
  /** What the field holds, for messages: "the number of days between campaigns". */
  readonly what: string;
  readonly min: number;
  readonly max: number;
  /** True when only whole numbers make sense (days, contacts, campaigns). */
  readonly whole: boolean;
  /** Shown after the range: `days`, `%`. */
  readonly unit?: string;
}

/** What reading a field gave: a number, or a message for the reader. */
export type FieldResult =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

/** Days between two campaigns: daily to quarterly. */
export const CADENCE_DAYS: NumberField = {
  what: 'the number of days between campaigns',
  min: 1,
  max: 90,
  whole: true,
  unit: 'days',
};

/** The soft bounce that removes an address under the reader's own rule. */
export const CUSTOM_LIMIT: NumberField = {
  what: 'the soft bounce that removes the address',
  min: 1,
  max: 100,
  whole: true,
};

/** Addresses in a simulated list. */
export const CONTACTS: NumberField = {
  what: 'the number of contacts',
  min: 1,
  max: 100_000,
  whole: true,
};

/** Campaigns in a list simulation: up to three years of weekly sends. */
export const LIST_CAMPAIGNS: NumberField = {
  what: 'the number of campaigns',
  min: 1,
  max: 156,
  whole: true,
};

/** A share of the list or a chance per send, in percent. */
export const PERCENT: NumberField = {
  what: 'a percentage',
  min: 0,
  max: 100,
  whole: false,
  unit: '%',
};

/** The generator's seed: any whole number a 32-bit state holds. */
export const SEED: NumberField = { what: 'the seed', min: 0, max: 4_294_967_295, whole: true };

/** The range as the reader reads it: "1 to 90 days", "0 to 100 %". */
export function describeRange(field: NumberField): string {
  const unit = field.unit === undefined ? '' : field.unit === '%' ? '%' : ` ${field.unit}`;
  return `${formatCount(field.min)} to ${formatCount(field.max)}${unit}`;
}

/** `1000`, `1,000`, `2.5` and `-5` read as numbers; `1e3` does not (nobody types counts so). */
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;

/**
 * Reads a number field. The text is what the field shows; an empty text is an error, not 0.
 * @example readNumber('2.5', CADENCE_DAYS) // { ok: false, message: 'Enter a whole number: 2.5 has a fraction. …' }
 */
export function readNumber(text: string, field: NumberField): FieldResult {
  const range = describeRange(field);
  const kind = field.whole ? 'a whole number' : 'a number';
  const trimmed = text.trim();
  if (trimmed === '') {
    return { ok: false, message: `Enter ${field.what}: ${kind} from ${range}.` };
  }
  if (!NUMBER.test(trimmed) || trimmed === '.' || /^[+-]$/.test(trimmed)) {
    return { ok: false, message: `“${trimmed}” is not a number. Enter ${kind} from ${range}.` };
  }
  const value = Number(trimmed.replaceAll(',', ''));
  if (!Number.isFinite(value)) {
    return { ok: false, message: `“${trimmed}” is not a number. Enter ${kind} from ${range}.` };
  }
  if (field.whole && !Number.isInteger(value)) {
    return {
      ok: false,
      message: `${trimmed} has a fraction. Enter a whole number from ${range}.`,
    };
  }
  if (value < field.min) {
    return { ok: false, message: `${trimmed} is too small. Enter ${kind} from ${range}.` };
  }
  if (value > field.max) {
    return { ok: false, message: `${trimmed} is too large. Enter ${kind} from ${range}.` };
  }
  return { ok: true, value };
}

/** The first and last day a timeline may start on. */
export const START_RANGE = { min: '2000-01-01', max: '2099-12-31' } as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads a `YYYY-MM-DD` date field; the value must be a real date inside `START_RANGE`. */
export function readDate(
  text: string,
): { ok: true; value: string } | { ok: false; message: string } {
  const trimmed = text.trim();
  const range = `from ${START_RANGE.min} to ${START_RANGE.max}`;
  if (trimmed === '') return { ok: false, message: `Enter the first campaign's date, ${range}.` };
  const match = ISO_DATE.exec(trimmed);
  const [, y = '', m = '', d = ''] = match ?? [];
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (
    match === null ||
    date.getUTCFullYear() !== Number(y) ||
    date.getUTCMonth() !== Number(m) - 1 ||
    date.getUTCDate() !== Number(d)
  ) {
    return { ok: false, message: `“${trimmed}” is not a date. Enter a date ${range}.` };
  }
  if (trimmed < START_RANGE.min || trimmed > START_RANGE.max) {
    return { ok: false, message: `${trimmed} is out of range. Enter a date ${range}.` };
  }
  return { ok: true, value: trimmed };
}
