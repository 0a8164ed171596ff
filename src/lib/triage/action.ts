/**
 * What a team does with one message in the bounce mailbox: suppress the address, wait, fix
 * something on the sending side, or set it aside because it is not a bounce. Read from the
 * classifier's verdict (kind, category) and the reason catalogue's `fault`; nothing here parses
 * a message.
 */
import { REASONS } from '../bounce/catalog/index.ts';
import type { MessageVerdict, RecipientVerdict } from '../bounce/index.ts';
import type { ReasonId } from '../bounce/reason/index.ts';
import type { TriageAction } from './piles.ts';

/**
 * Why a message goes to its pile. Each case has one plain sentence, shown to the reader after
 * they answer.
 */
export const TRIAGE_CASES = {
  hard: {
    action: 'suppress',
    why: 'The address itself cannot receive mail, so sending to it again can only hurt your reputation: stop mailing it.',
  },
  complaint: {
    action: 'suppress',
    why: 'The message arrived and the person marked it as spam: they asked you to stop, so stop mailing them at once.',
  },
  delay: {
    action: 'wait',
    why: 'Nothing has failed yet: the sending server is still retrying, and only a final failure report would count as a bounce.',
  },
  'delay-ours': {
    action: 'wait',
    why: 'Nothing has failed yet, so wait for the retries, but the cause it names is about your own sending: if it keeps coming back, that needs fixing.',
  },
  'soft-recipient': {
    action: 'wait',
    why: 'The address exists but cannot take mail right now, which usually clears up: keep it and let later sends try again.',
  },
  'soft-destination': {
    action: 'wait',
    why: 'The receiving system refused for a reason of its own, not because of the address or of you: keep the address and let later sends try again.',
  },
  'soft-transit': {
    action: 'wait',
    why: 'The message could not cross the network between the servers, which is usually temporary: keep the address and let later sends try again.',
  },
  throttled: {
    action: 'wait',
    why: 'The receiver is limiting how fast it accepts your mail; the message is retried and the limit clears, so keep the address and slow down if it keeps happening.',
  },
  undecided: {
    action: 'wait',
    why: 'The failure names no cause anyone can act on: keep the address, read the message yourself, and see whether the next send gets through.',
  },
  'soft-sender': {
    action: 'fix',
    why: 'The address is fine: the receiver refused because of something on your side, so suppressing it would lose a real reader; fix the cause, then send again.',
  },
  suppressed: {
    action: 'fix',
    why: 'Your own sending service refused to send because the address is on its suppression list, so nothing reached the recipient: find out why it was listed before you try again.',
  },
  'auto-reply': {
    action: 'not-a-bounce',
    why: 'An automatic answer such as an out-of-office or a "please confirm" request proves the message arrived; it changes nothing about the address.',
  },
  delivery: {
    action: 'not-a-bounce',
    why: 'A delivery report says the message arrived: there is nothing to do.',
  },
  'read-receipt': {
    action: 'not-a-bounce',
    why: 'A read receipt says the message was opened: there is nothing to do.',
  },
  'ordinary-mail': {
    action: 'not-a-bounce',
    why: 'This is ordinary mail that only mentions delivery; a person or a list wrote it, so read it, but it reports no failed delivery.',
  },
} as const satisfies Record<string, { action: TriageAction; why: string }>;

/** The id of a triage case, e.g. `soft-sender`. */
export type TriageCase = keyof typeof TRIAGE_CASES;

/** Rate limits: the receiver's limit on your pace, retried and cleared on their own. */
const THROTTLING: ReadonlySet<ReasonId> = new Set(['speeding', 'toomanyconn']);

/** The case for a message that is not a failure or a delay, from its kind. */
function notBounceCase(kind: MessageVerdict['kind']): TriageCase {
  if (kind === 'feedback') return 'complaint';
  if (kind === 'auto-reply') return 'auto-reply';
  if (kind === 'delivery') return 'delivery';
  if (kind === 'read-receipt') return 'read-receipt';
  return 'ordinary-mail';
}

/** The case for a recipient whose category is `none` in a failure report, from its reason. */
function noneCase(reason: ReasonId): TriageCase {
  if (reason === 'feedback') return 'complaint';
  if (reason === 'vacation') return 'auto-reply';
  return 'delivery';
}

/**
 * Which case a message (and, for a bounce or a delay, one of its recipients) falls under.
 *
 * - a complaint → `complaint`; auto-replies, delivery reports, read receipts and ordinary or
 *   unrecognised mail → not a bounce;
 * - a delay → `delay` (`delay-ours` when the cause it names is on the sender's side);
 * - a hard bounce → `hard`;
 * - a soft bounce → by the reason's `fault`: the recipient, the destination or the path between the
 *   servers → a wait case; the sender → `soft-sender`, except rate limits (`throttled`, a wait) and
 *   the sending service's own suppression list (`suppressed`, a fix); no fault known → `undecided`.
 *
 * @example triageCase({ kind: 'failure' }, { category: 'soft', reason: 'blocked' }) // 'soft-sender'
 */
export function triageCase(
  message: Pick<MessageVerdict, 'kind'>,
  recipient?: Pick<RecipientVerdict, 'category' | 'reason'>,
): TriageCase {
  const { kind } = message;
  if (kind === 'delay') {
    return recipient && REASONS[recipient.reason].fault === 'sender' ? 'delay-ours' : 'delay';
  }
  if (kind !== 'failure' || !recipient) return notBounceCase(kind);
  const { category, reason } = recipient;
  if (category === 'none') return noneCase(reason);
  if (category === 'hard') return 'hard';
  if (THROTTLING.has(reason)) return 'throttled';
  if (reason === 'suppressed') return 'suppressed';
  switch (REASONS[reason].fault) {
    case 'recipient':
      return 'soft-recipient';
    case 'destination':
      return 'soft-destination';
    case 'transit':
      return 'soft-transit';
    case 'sender':
      return 'soft-sender';
    case 'none':
      return 'undecided';
  }
}

/**
 * The pile a message belongs in.
 *
 * @example triageAction({ kind: 'failure' }, { category: 'hard', reason: 'userunknown' }) // 'suppress'
 * @example triageAction({ kind: 'delay' }, { category: 'none', reason: 'mailboxfull' }) // 'wait'
 */
export function triageAction(
  message: Pick<MessageVerdict, 'kind'>,
  recipient?: Pick<RecipientVerdict, 'category' | 'reason'>,
): TriageAction {
  return TRIAGE_CASES[triageCase(message, recipient)].action;
}
