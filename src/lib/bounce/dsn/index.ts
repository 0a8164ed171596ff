/**
 * Reads the machine-readable part of a report (RFC 3464 §2.2-2.3 `message/delivery-status`, RFC 6533
 * `message/global-delivery-status`; the same field syntax serves RFC 5965 and RFC 8098 reports):
 * one per-message group, then one group per recipient, groups separated by blank lines.
 */
import {
  isBlankRange,
  isWhiteSpace,
  splitLines,
  trimmedSlice,
  type Fragment,
} from '../text/index.ts';

/** One field of a report group, with the input range it was read from. */
export interface ReportField {
  /** Lowercase field name, e.g. `final-recipient`. */
  name: string;
  /** Unfolded value. */
  value: string;
  start: number;
  end: number;
  /** True when the field sits in an encoded part (its range is the whole part). */
  encoded: boolean;
}

/** The groups of a report: per-message fields and one field list per recipient. */
export interface ReportGroups {
  message: ReportField[];
  recipients: ReportField[][];
}

// A field line is read in place: name (a letter, then up to 60 letters, digits or hyphens), optional
// white space, a colon, then the value.
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isNameChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 45;
}

/** End of a field name at `from` (a letter, then up to 60 letters, digits or hyphens), or -1. */
function reportNameEnd(text: string, from: number, to: number): number {
  if (from >= to || !isLetter(text.charCodeAt(from))) return -1;
  const limit = Math.min(to, from + 61);
  let i = from + 1;
  while (i < limit && isNameChar(text.charCodeAt(i))) i++;
  return i;
}

/** Offset of the colon that follows a field name ending at `from`, after optional white space, or -1. */
function colonAfter(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isWhiteSpace(text.charCodeAt(i))) i++;
  return i < to && text.charCodeAt(i) === 58 ? i : -1;
}

const RECIPIENT_FIELDS = new Set(['final-recipient', 'original-recipient', 'x-actual-recipient']);

/** Returns the value of the first field `name` in `group`, or undefined. */
export function field(group: readonly ReportField[], name: string): ReportField | undefined {
  return group.find((f) => f.name === name);
}

/** Splits a report body into its groups. Lenient: a new Final-Recipient also starts a new group. */
export function parseReportGroups(frag: Fragment): ReportGroups {
  const text = frag.text;
  const groups: ReportField[][] = [];
  let current: ReportField[] = [];
  const flush = (): void => {
    if (current.length > 0) groups.push(current);
    current = [];
  };
  // Each line is read in place (no copy of the line): only the name and the value are sliced out.
  for (const line of splitLines(text)) {
    if (isBlankRange(text, line.start, line.end)) {
      flush();
      continue;
    }
    const start = frag.encoded ? frag.start : frag.start + line.start;
    const end = frag.encoded ? frag.end : frag.start + line.end;
    const c = text.charCodeAt(line.start);
    const last = current[current.length - 1];
    if ((c === 32 || c === 9) && last) {
      last.value = `${last.value} ${trimmedSlice(text, line.start, line.end)}`;
      last.end = end;
      continue;
    }
    const nameEnd = reportNameEnd(text, line.start, line.end);
    const colon = nameEnd < 0 ? -1 : colonAfter(text, nameEnd, line.end);
    if (colon < 0) continue;
    const name = text.slice(line.start, nameEnd).toLowerCase();
    if (name === 'final-recipient' && current.some((f) => f.name === 'final-recipient')) flush();
    const value = trimmedSlice(text, colon + 1, line.end);
    current.push({ name, value, start, end, encoded: frag.encoded });
  }
  flush();
  const message: ReportField[] = [];
  const recipients: ReportField[][] = [];
  for (const g of groups) {
    if (g.some((f) => RECIPIENT_FIELDS.has(f.name))) recipients.push(g);
    else if (recipients.length === 0) message.push(...g);
    else recipients[recipients.length - 1]?.push(...g);
  }
  return { message, recipients };
}

/**
 * Strips the address-type / diagnostic-type prefix (`rfc822;`, `smtp;`, `dns;`).
 *
 * @example stripType('rfc822; a@example.com') // 'a@example.com'
 */
export function stripType(value: string): string {
  const semi = value.indexOf(';');
  if (semi < 0 || semi > 20) return value.trim();
  return value.slice(semi + 1).trim();
}
