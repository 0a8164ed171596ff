/**
 * The mailboxes of the end-of-track triage exercise: messages from `content/samples/` by id, each
 * with the pile it belongs in. A unit test checks every expected pile against `triageAction` of the
 * verdict the real classifier gives the sample, so this file cannot drift from the classifier.
 */
import type { TriageAction } from './piles.ts';

/** The two tracks of the course. */
export const TRACK_IDS = ['core', 'ops'] as const;

/** `core` (marketers and support staff) or `ops` (email operations). */
export type TrackId = (typeof TRACK_IDS)[number];

/** One message of a mailbox. */
export interface MailboxItem {
  /** A sample id from `content/samples/samples.yaml`. */
  readonly sample: string;
  /** The pile it belongs in. */
  readonly expected: TriageAction;
}

/** One track's exercise. */
export interface Mailbox {
  readonly track: TrackId;
  /** "core track", as it reads inside a sentence. */
  readonly name: string;
  /** The page title. */
  readonly title: string;
  /** One or two sentences above the messages. */
  readonly intro: string;
  readonly items: readonly MailboxItem[];
}

/** The exercise of each track, in the order the messages are shown. */
export const MAILBOXES: Readonly<Record<TrackId, Mailbox>> = {
  core: {
    track: 'core',
    name: 'core track',
    title: 'Core track: triage a bounce mailbox',
    intro:
      'Twelve messages arrived at the address your newsletter is sent from. Some are bounces, some only look like them. Sort each one: suppress the address, wait, fix something on your side, or set it aside because it is not a bounce.',
    items: [
      { sample: 'postfix-user-unknown', expected: 'suppress' },
      { sample: 'auto-reply-out-of-office', expected: 'not-a-bounce' },
      { sample: 'qmail-blocked-dnsbl', expected: 'fix' },
      { sample: 'postfix-mailbox-full-452', expected: 'wait' },
      { sample: 'arf-abuse-complaint', expected: 'suppress' },
      { sample: 'exim-gmail-unauthenticated', expected: 'fix' },
      { sample: 'sendmail-delay-notice', expected: 'wait' },
      { sample: 'not-bounce-customer-reply', expected: 'not-a-bounce' },
      { sample: 'postfix-host-unknown', expected: 'suppress' },
      { sample: 'office365-spam-detected', expected: 'fix' },
      { sample: 'gsuite-too-many-connections', expected: 'wait' },
      { sample: 'postfix-delivered', expected: 'not-a-bounce' },
    ],
  },
  ops: {
    track: 'ops',
    name: 'ops track',
    title: 'Ops track: triage a bounce mailbox',
    intro:
      'Twelve messages and service events from one busy morning, chosen because their codes mislead: a 4xx that is permanent, a 5.1.1 that is only a full mailbox, a service that says "permanent" about a full inbox. Sort each one by what the evidence says, not by the first digit.',
    items: [
      { sample: 'postfix-user-unknown-450', expected: 'suppress' },
      { sample: 'sendgrid-event-blocked', expected: 'fix' },
      { sample: 'libero-quota-with-5-1-1', expected: 'wait' },
      { sample: 'amazonses-event-complaint', expected: 'suppress' },
      { sample: 'mailgun-event-failed-temporary', expected: 'wait' },
      { sample: 'tmda-challenge', expected: 'not-a-bounce' },
      { sample: 'exim-office365-access-denied', expected: 'suppress' },
      { sample: 'exim-sender-rejected', expected: 'fix' },
      { sample: 'mailgun-event-failed-permanent', expected: 'wait' },
      { sample: 'postfix-microsoft-banned-ip', expected: 'fix' },
      { sample: 'mdn-read-receipt', expected: 'not-a-bounce' },
      { sample: 'amazonses-outlook-authentication', expected: 'fix' },
    ],
  },
};

/** True when `value` names a track (for route parameters and stored values). */
export function isTrackId(value: unknown): value is TrackId {
  return typeof value === 'string' && (TRACK_IDS as readonly string[]).includes(value);
}
