/**
 * The reason vocabulary: Sisimai's reason ids (5.1.0), plus `failedstarttls` and `suppressed`
 * (added in go-sisimai 5.2.0), so results can be compared with the reference analyser.
 */
export const REASON_IDS = [
  'userunknown',
  'hostunknown',
  'hasmoved',
  'notaccept',
  'mailboxfull',
  'mesgtoobig',
  'exceedlimit',
  'suspend',
  'filtered',
  'rejected',
  'blocked',
  'badreputation',
  'spamdetected',
  'virusdetected',
  'policyviolation',
  'authfailure',
  'requireptr',
  'securityerror',
  'failedstarttls',
  'norelaying',
  'contenterror',
  'notcompliantrfc',
  'syntaxerror',
  'networkerror',
  'expired',
  'toomanyconn',
  'speeding',
  'systemerror',
  'systemfull',
  'mailererror',
  'suppressed',
  'onhold',
  'undefined',
  'delivered',
  'feedback',
  'vacation',
] as const;

/** One reason id, e.g. `'mailboxfull'`. */
export type ReasonId = (typeof REASON_IDS)[number];

/** `hard`: stop sending to the address; `soft`: the address may work later; `none`: not a bounce. */
export type Category = 'hard' | 'soft' | 'none';

/** Returns true when `value` is one of the reason ids. */
export function isReasonId(value: string): value is ReasonId {
  return (REASON_IDS as readonly string[]).includes(value);
}

const HARD_REASONS: ReadonlySet<ReasonId> = new Set(['userunknown', 'hostunknown', 'hasmoved']);
const NOT_BOUNCES: ReadonlySet<ReasonId> = new Set(['delivered', 'feedback', 'vacation']);

/**
 * Hard vs soft follows the reason, not the 4xx/5xx class. `notaccept` (e.g. a null MX, RFC 7505)
 * is hard unless the reply is 4xx or its text says the condition is temporary.
 *
 * @example categoryOf('mailboxfull') // 'soft', even for "552 5.2.2"
 */
export function categoryOf(reason: ReasonId, temporary = false): Category {
  if (NOT_BOUNCES.has(reason)) return 'none';
  if (HARD_REASONS.has(reason)) return 'hard';
  if (reason === 'notaccept') return temporary ? 'soft' : 'hard';
  return 'soft';
}
