/**
 * Look-ups over the enhanced status code registry (RFC 3463, IANA).
 */
import {
  PROVIDER_STATUS_CODES,
  STATUS_CLASSES,
  STATUS_DETAILS,
  STATUS_SUBJECTS,
} from './registry.ts';
import type {
  ProviderStatusCode,
  StatusClassInfo,
  StatusDetailInfo,
  StatusSubjectInfo,
} from './registry.ts';

export { PROVIDER_STATUS_CODES, STATUS_CLASSES, STATUS_DETAILS, STATUS_SUBJECTS };
export type { ProviderStatusCode, StatusClassInfo, StatusDetailInfo, StatusSubjectInfo };

/** What a well-formed status code means, from the most specific level the registry knows. */
export interface StatusDescription {
  /** The code as given, e.g. `5.1.1`. */
  readonly code: string;
  /** The class (always known for a well-formed code). */
  readonly class: StatusClassInfo;
  /** The subject, or `null` when the subject number is not one of X.0–X.7. */
  readonly subject: StatusSubjectInfo | null;
  /** The registered detail, or `null` when the detail is not registered. */
  readonly detail: StatusDetailInfo | null;
  /** How far the registry reached: `detail`, or a fallback to `subject` or `class` (RFC 3463 §2). */
  readonly level: 'detail' | 'subject' | 'class';
  /** The most specific meaning available, in one sentence. */
  readonly meaning: string;
  /** Provider-specific uses of exactly this code, if we know any. */
  readonly providerUses: readonly ProviderStatusCode[];
  /** Anchor of the reference entry that explains it (detail, else subject, else class). */
  readonly anchor: string;
}

/**
 * RFC 3463 §2: `class "." subject "." detail`, class 2/4/5, subject and detail 1–3 digits without
 * leading zeros. The pattern is anchored and has no nested repetition, so it is linear-time.
 */
const STATUS_PATTERN = /^([245])\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})$/;

/** Returns true when `code` is a syntactically valid enhanced status code, e.g. `4.2.2`. */
export function isStatusCode(code: string): boolean {
  return STATUS_PATTERN.test(code);
}

/**
 * Stable anchor for a code's reference entry: registered details use the class-free pattern.
 *
 * @example statusAnchor('5.1.1') // 'x-1-1'
 * @example statusAnchor('5.7.515') // '5-7-515' (not registered)
 */
export function statusAnchor(code: string): string {
  const match = STATUS_PATTERN.exec(code);
  if (!match) return code.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const detail = DETAIL_BY_PATTERN.get(`X.${match[2]}.${match[3]}`);
  return detail ? detail.anchor : code.replaceAll('.', '-');
}

const DETAIL_BY_PATTERN: ReadonlyMap<string, StatusDetailInfo> = new Map(
  STATUS_DETAILS.map((d) => [d.code, d]),
);

/**
 * Explains an enhanced status code. Falls back to the subject, then the class, when the detail
 * (or the subject) is not registered, as RFC 3463 §2 asks. Returns `null` for malformed input.
 *
 * @example describeStatus('5.2.2')?.detail?.title // 'Mailbox full'
 * @example describeStatus('4.7.999')?.level // 'subject'
 */
export function describeStatus(code: string): StatusDescription | null {
  const match = STATUS_PATTERN.exec(code.trim());
  if (!match) return null;
  const [normalised, classDigit, subjectNumber, detailNumber] = match;
  const statusClass = STATUS_CLASSES.find((c) => c.digit === classDigit);
  if (!statusClass) return null;
  const subject = STATUS_SUBJECTS.find((s) => s.subject === subjectNumber) ?? null;
  const detail = subject
    ? (DETAIL_BY_PATTERN.get(`X.${subjectNumber}.${detailNumber}`) ?? null)
    : null;
  const providerUses = PROVIDER_STATUS_CODES.filter((p) => p.code === normalised);
  if (detail) {
    return {
      code: normalised,
      class: statusClass,
      subject,
      detail,
      level: 'detail',
      meaning: detail.meaning,
      providerUses,
      anchor: detail.anchor,
    };
  }
  if (subject) {
    return {
      code: normalised,
      class: statusClass,
      subject,
      detail: null,
      level: 'subject',
      meaning: subject.meaning,
      providerUses,
      anchor: subject.anchor,
    };
  }
  return {
    code: normalised,
    class: statusClass,
    subject: null,
    detail: null,
    level: 'class',
    meaning: statusClass.meaning,
    providerUses,
    anchor: statusClass.anchor,
  };
}
