/**
 * The result types the site's widgets, the CLI and the tests read.
 */
import type { Category, ReasonId } from '../reason/ids.ts';
import type { Evidence, TraceStep } from '../decide/index.ts';

export type { Evidence, TraceStep } from '../decide/index.ts';

/**
 * What a message is: a bounce (failure), a delay warning (nothing has failed yet), one of the
 * look-alikes that are not bounces, or input the classifier does not recognise as any of these
 * (no report structure, no bounce sender or subject, no reply or status code where a server
 * writes one).
 */
export type MessageKind =
  | 'failure'
  | 'delay'
  | 'delivery'
  | 'auto-reply'
  | 'feedback'
  | 'read-receipt'
  | 'not-bounce'
  | 'unrecognised';

/**
 * How sure a verdict is. `high`: a delivery-status part or a structured event with a specific
 * status code; `medium`: a known layout's words, or a report or reply whose codes are generic;
 * `low`: a bare phrase in an unknown layout, or no cause found.
 */
export type Confidence = 'high' | 'medium' | 'low';

/** Which kind of evidence a message was read from. */
export type SourceId =
  'lookalike' | 'notification' | 'report-part' | 'attached' | 'text-layout' | 'transcript';

/** What a sending service's own event says about a recipient (SES bounceType, SendGrid event...). */
export interface ServiceVerdict {
  /** Service id, e.g. `amazonses`, `sendgrid`, `mailgun`, `postmark`, `sparkpost`, `brevo`. */
  service: string;
  /** The service's own name, e.g. "Amazon SES". */
  serviceName: string;
  /** The service's own words for the event, e.g. "bounceType Permanent, bounceSubType General". */
  label: string;
  /** The service's own bucket read as hard, soft or a delay, when it says so. */
  says?: 'hard' | 'soft' | 'delay' | 'suppressed' | 'complaint' | undefined;
}

/** The verdict for one recipient of a message. */
export interface RecipientVerdict {
  /** The failed address (DSN Final-Recipient, or the address the text names). Empty when unknown. */
  recipient: string;
  /** `hard`: stop sending; `soft`: may work later; `none`: not a bounce (or, in a delay, not yet). */
  category: Category;
  /** The condition; in a delay, the cause the notice names (`undefined` when it names none). */
  reason: ReasonId;
  /** How sure the verdict is (see `Confidence`). */
  confidence: Confidence;
  /** DSN Action (`failed`, `delayed`, `delivered`, ...), or the one implied by the text. */
  action: string;
  /** RFC 3463 status code as the message states it; undefined when the message has none. */
  status?: string | undefined;
  /** RFC 5321 reply code, when the message states one. */
  replyCode?: string | undefined;
  /** The remote server that answered (DSN Remote-MTA, or the host the text names). */
  remoteMta?: string | undefined;
  /** The diagnostic text (DSN Diagnostic-Code, or the remote server's words). */
  diagnostic: string;
  /** SMTP command the error answered (`RCPT`, `DATA`, ...), when known. */
  command?: string | undefined;
  /** Complaint type of a feedback report (RFC 5965 §3.1 Feedback-Type), lowercase. */
  feedbackType?: string | undefined;
  /** For a delay: until when the reporting server keeps retrying (RFC 3464 Will-Retry-Until), as written. */
  willRetryUntil?: string | undefined;
  /** For a JSON event of a sending service: what the service itself says. */
  service?: ServiceVerdict | undefined;
  /** Ranges of the input that decided the verdict, with the rule that fired. */
  evidence: Evidence[];
  /** The decision, step by step, in plain words. */
  trace: TraceStep[];
}

/** The verdict for one message of the input (an mbox holds several). */
export interface MessageVerdict {
  kind: MessageKind;
  /** `[start, end)` character offsets of this message within the input string. */
  range: readonly [number, number];
  /** The detected sending system or layout: `postfix`, `exim`, `qmail`, `rfc3464`, `smtp-line`, ... */
  system: string;
  /**
   * The human name of the layout or system, only when it was really recognised ("Postfix",
   * "Gmail", "a single SMTP reply"); undefined for text in an unknown layout.
   */
  systemLabel?: string | undefined;
  /** Which kind of evidence the message was read from. */
  source: SourceId;
  /** For an unrecognised input: what was looked for and not found, in plain words. */
  lookedFor?: string[] | undefined;
  /** DSN Reporting-MTA, when stated. */
  reportingMta?: string | undefined;
  /** Decoded Subject of the message, when it has one. */
  subject?: string | undefined;
  /** Complaint type for `kind: 'feedback'`. */
  feedbackType?: string | undefined;
  recipients: RecipientVerdict[];
  /** How the message was read, step by step. */
  trace: TraceStep[];
}

/** Why the input could not be classified at all. */
export type ClassifyErrorCode = 'too-large' | 'empty' | 'internal';

/** The result of `classify`: never thrown, always returned. */
export type ClassifyResult =
  | { ok: true; messages: MessageVerdict[] }
  | { ok: false; error: { code: ClassifyErrorCode; message: string } };

/** Options for `classify`. */
export interface ClassifyOptions {
  /** Largest accepted input, in bytes (or characters for a string). Default 10 MB. */
  maxBytes?: number;
  /**
   * `full` (default) uses everything the classifier knows of particular systems; `generic` reads
   * every message as if its sending system were unknown (see `classify/profile.ts`).
   */
  profile?: 'full' | 'generic';
}
