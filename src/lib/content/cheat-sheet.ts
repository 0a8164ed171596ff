/**
 * Short forms for the printable cheat sheet. They are computed from the same data the reference
 * pages and the simulator use (reason descriptions, policy rules), so the sheet cannot drift from
 * them; they only shorten.
 */
import type { ReasonDescription } from '../bounce/catalog/index.ts';
import { ordinal } from '../simulator/index.ts';
import type { Rule } from '../simulator/index.ts';

/** The opening the catalog gives every reason that is about the sender, not the address. */
const NOT_THE_ADDRESS = /^Do not suppress the recipient:[^.]*\.\s*/;

/** Splits after a full stop that is followed by a capital letter (so "e.g. remove" stays whole). */
function sentences(text: string): string[] {
  return text.split(/(?<=\.)\s+(?=[A-Z])/);
}

/**
 * The first sentence of a reason's advice, for a one-line table cell. Sender-side reasons start
 * with "Not the address:", and a bare "Keep the address." is followed by what to do instead.
 * `briefAdvice(mailboxfull)` → "Keep the address and retry later."
 */
export function briefAdvice(reason: Pick<ReasonDescription, 'advice'>): string {
  const rest = reason.advice.replace(NOT_THE_ADDRESS, '');
  const [first = '', second] = sentences(rest);
  if (rest !== reason.advice)
    return `Not the address: ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
  if (first === 'Keep the address.' && second !== undefined) {
    return `${first} ${second.replace(/[;:].*$/, '.')}`;
  }
  return first;
}

/**
 * The "type" a table shows for a reason: hard, soft or none as the classifier files it, except
 * for an address the sender's own service refused to mail. That one is soft in the vocabulary,
 * yet retrying is pointless, so "Soft" beside "Do not retry" would read as a contradiction.
 * `reasonType(describeReason('suppressed'))` → `'Not sent (on your list)'`.
 */
export function reasonType(reason: Pick<ReasonDescription, 'id' | 'category'>): string {
  if (reason.id === 'suppressed') return 'Not sent (on your list)';
  return { hard: 'Hard', soft: 'Soft', none: 'None' }[reason.category];
}

/** What breaks a run, in a few words. */
const RESET = {
  never: '',
  delivery: '; a delivery resets',
  activity: '; an open or click resets',
} as const;

/**
 * A policy's rule in a few words each for soft and hard bounces, e.g. for Brevo
 * `{ soft: '5th in a row; a delivery resets', hard: 'at once' }`.
 */
export function ruleInBrief(rule: Rule): { soft: string; hard: string } {
  const s = rule.soft;
  let soft: string;
  switch (s.kind) {
    case 'never':
      soft = s.documented === false ? 'none documented' : 'never';
      break;
    case 'engagement-threshold':
      soft = `${ordinal(s.suppressAtWithoutActivity)}, or ${ordinal(s.suppressAtWithActivity)} after any open or click${RESET[s.resetOn]}`;
      break;
    case 'run':
      soft = `${ordinal(s.suppressAt)} in a row${RESET[s.resetOn]}`;
      break;
    case 'run-with-span':
      soft = `${String(s.minBounces)}+ in a row over more than ${String(s.spanMoreThanDays)} days${RESET[s.resetOn]}`;
      break;
  }
  const h = rule.hard;
  let hard: string;
  switch (h.kind) {
    case 'suppress':
      hard = 'at once';
      break;
    case 'join-run':
      hard = 'counts in the same run';
      break;
    case 'window':
      hard = `1st: ${h.senderWord}; ${String(h.count)} within ${String(h.windowDays)} days: platform-wide`;
      break;
    case 'hold':
      hard = `1st: ${h.holdWord} for ${String(h.holdDays)} days; again after the hold: for good`;
      break;
  }
  return { soft, hard };
}
