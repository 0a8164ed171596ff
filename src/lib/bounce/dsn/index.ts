/**
 * Reads the machine-readable part of a report (RFC 3464 §2.2-2.3 `message/delivery-status`, RFC 6533
 * `message/global-delivery-status`; the same field syntax serves RFC 5965 and RFC 8098 reports):
 * one per-message group, then one group per recipient, groups separated by blank lines.
 */
import { splitLines, type Fragment } from '../text/index.ts';

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

const FIELD = /^([A-Za-z][A-Za-z0-9-]{0,60})\s*:\s?/;
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
  for (const line of splitLines(text)) {
    const raw = text.slice(line.start, line.end);
    if (raw.trim() === '') {
      flush();
      continue;
    }
    const start = frag.encoded ? frag.start : frag.start + line.start;
    const end = frag.encoded ? frag.end : frag.start + line.end;
    const c = raw.charCodeAt(0);
    const last = current[current.length - 1];
    if ((c === 32 || c === 9) && last) {
      last.value = `${last.value} ${raw.trim()}`;
      last.end = end;
      continue;
    }
    const m = FIELD.exec(raw);
    if (!m) continue;
    const name = (m[1] ?? '').toLowerCase();
    if (name === 'final-recipient' && current.some((f) => f.name === 'final-recipient')) flush();
    current.push({ name, value: raw.slice(m[0].length).trim(), start, end, encoded: frag.encoded });
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
