/**
 * How the inspector puts a verdict into words: confidence, delays, a sending service's own label
 * beside the classifier's, where the facts came from. Pure data in, plain words out; the decisions
 * themselves are the classifier's.
 */
import { categoryOf } from '../bounce/reason/ids.ts';
import type {
  Confidence,
  MessageVerdict,
  RecipientVerdict,
  SourceId,
} from '../bounce/classify/types.ts';

/** Confidence in words, with what it rests on in one line. */
export const CONFIDENCE: Readonly<Record<Confidence, { label: string; meaning: string }>> = {
  high: {
    label: 'High',
    meaning:
      "The message's own report fields, or a sending service's event, state a specific status code.",
  },
  medium: {
    label: 'Medium',
    meaning: "Read from a known system's wording, or from codes that are generic.",
  },
  low: {
    label: 'Low',
    meaning: 'Only a bare phrase in an unknown layout, or no cause found: check the text yourself.',
  },
};

/** Where the facts were read from, in plain words. */
export const SOURCE_WORDS: Readonly<Record<SourceId, string>> = {
  'report-part': 'its delivery-status report (RFC 3464 fields)',
  notification: "the sending service's JSON event",
  attached: 'the bounce attached inside it',
  'text-layout': 'its human-readable text',
  transcript: "the server's reply, as pasted",
  lookalike: 'its headers and report type',
};

/** What a message is, as a heading. */
export const KIND_WORDS: Readonly<Record<MessageVerdict['kind'], string>> = {
  failure: 'Delivery failure report',
  delay: 'Delayed — not a bounce yet',
  delivery: 'Successful delivery report',
  'auto-reply': 'Automatic reply (RFC 3834)',
  feedback: 'Complaint / feedback report (RFC 5965)',
  'read-receipt': 'Read receipt (RFC 8098)',
  'not-bounce': 'Not a bounce',
  unrecognised: 'Not recognised as a bounce or a reply',
};

/**
 * Whether a recipient's verdict can go to the simulator's timeline: only a real failure that
 * counts as a hard or soft bounce. A delay, a non-bounce or an unrecognised text never does.
 */
export function canSimulate(message: MessageVerdict, recipient: RecipientVerdict): boolean {
  return message.kind === 'failure' && recipient.category !== 'none';
}

/**
 * What a delay becomes if the retries run out: a failure for the same cause, counted by the
 * classifier's own category rule for a temporary condition. A delay that names no cause ends as
 * an expired delivery, a soft bounce.
 */
export function delayOutcome(recipient: RecipientVerdict): 'hard' | 'soft' {
  const reason = recipient.reason === 'undefined' ? 'expired' : recipient.reason;
  return categoryOf(reason, true) === 'hard' ? 'hard' : 'soft';
}

/** The service's label beside the classifier's verdict, and whether the two disagree. */
export interface ServiceComparison {
  /** "SendGrid says: event bounce, type bounce". */
  says: string;
  /** The classifier's reading in the same terms: hard, soft, delay, suppressed, complaint, none. */
  ours: string;
  /** The service's bucket in the same terms, when it states one. */
  theirs: string | undefined;
  /** True when both are known and differ. */
  differ: boolean;
}

/** The classifier's reading, in the buckets services use. */
function bucketOf(message: MessageVerdict, recipient: RecipientVerdict): string {
  if (message.kind === 'delay') return 'delay';
  if (message.kind === 'feedback') return 'complaint';
  if (recipient.reason === 'suppressed') return 'suppressed';
  return recipient.category;
}

/**
 * Compares a sending service's own verdict (from its JSON event) with the classifier's, which is
 * read from the diagnostic the event carries.
 */
export function compareWithService(
  message: MessageVerdict,
  recipient: RecipientVerdict,
): ServiceComparison | undefined {
  const service = recipient.service;
  if (!service) return undefined;
  const ours = bucketOf(message, recipient);
  return {
    says: `${service.serviceName} says: ${service.label}`,
    ours,
    theirs: service.says,
    differ: service.says !== undefined && service.says !== ours,
  };
}

/** A bucket name as a reader reads it: "a hard bounce", "a delay". */
export function bucketWords(bucket: string): string {
  switch (bucket) {
    case 'hard':
      return 'a hard bounce';
    case 'soft':
      return 'a soft bounce';
    case 'delay':
      return 'a delay (still being retried)';
    case 'suppressed':
      return 'a send the service suppressed';
    case 'complaint':
      return 'a complaint';
    default:
      return 'not a bounce';
  }
}
