/**
 * The result types the site's widgets, the CLI and the tests read.
 */
import type { Category, ReasonId } from '../reason/ids.ts';
import type { Evidence, TraceStep } from '../decide/index.ts';

export type { Evidence, TraceStep } from '../decide/index.ts';

/** What a message is: a bounce (failure), a delay warning, or one of the look-alikes that are not bounces. */
export type MessageKind =
  'failure' | 'delay' | 'delivery' | 'auto-reply' | 'feedback' | 'read-receipt' | 'not-bounce';

/** The verdict for one recipient of a message. */
export interface RecipientVerdict {
  /** The failed address (DSN Final-Recipient, or the address the text names). Empty when unknown. */
  recipient: string;
  /** `hard`: stop sending; `soft`: may work later; `none`: not a bounce. */
  category: Category;
  reason: ReasonId;
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
