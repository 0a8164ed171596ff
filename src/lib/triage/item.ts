/**
 * What the reader sees about one message after sorting it: the classifier's verdict in words, the
 * line of the message that decided it, and why the message belongs in its pile. Computed at build
 * time from the message text and its verdicts; the browser only receives this plain data.
 */
import { REASONS } from '../bounce/catalog/index.ts';
import type { MessageVerdict, RecipientVerdict } from '../bounce/index.ts';
import { TRIAGE_CASES, triageCase, type TriageCase } from './action.ts';
import type { TriageAction } from './piles.ts';

/** A line of the message, cut around the evidence, with the evidence marked. */
export interface EvidenceLine {
  /** Text before the marked part (starts with "…" when the line was cut). */
  readonly before: string;
  /** The evidence itself. */
  readonly match: string;
  /** Text after the marked part (ends with "…" when the line was cut). */
  readonly after: string;
  /** What the classifier's rule says about it, e.g. "5.1.1: bad destination mailbox address". */
  readonly note: string;
}

/** The explanation of one message, shown once it is sorted. */
export interface TriageFeedback {
  /** The pile the verdict puts it in. */
  readonly action: TriageAction;
  /** Which case of `triageAction` applied. */
  readonly case: TriageCase;
  /** Why that pile, in one sentence. */
  readonly why: string;
  /** The verdict in words, e.g. "A hard bounce: Address does not exist". */
  readonly verdict: string;
  /** The reason id, when the message names one (`userunknown`). */
  readonly reason?: string | undefined;
  /** The line of the message that decided the verdict, when there is one. */
  readonly evidence?: EvidenceLine | undefined;
  /** The remote server's words (the diagnostic), when it gave any. */
  readonly diagnostic?: string | undefined;
  /** How the classifier read the message, when no single line decided it. */
  readonly reading?: string | undefined;
  /** What a sending service's own event says, for JSON events. */
  readonly service?: string | undefined;
}

const KIND_WORDS: Readonly<Record<MessageVerdict['kind'], string>> = {
  failure: 'A bounce',
  delay: 'A delay notice: not a bounce yet',
  delivery: 'A delivery report',
  'auto-reply': 'An automatic reply',
  feedback: 'A complaint (a feedback report)',
  'read-receipt': 'A read receipt',
  'not-bounce': 'Ordinary mail, not a bounce',
  unrecognised: 'Not recognised as a bounce',
};

/** The longest evidence line shown; longer lines are cut around the evidence. */
const MAX_LINE = 160;

/**
 * The line of `text` that holds `[start, end)`, cut to about `MAX_LINE` characters around it, with
 * the evidence apart so it can be marked.
 *
 * @example evidenceLine('a\nStatus: 5.1.1\nb', 10, 15, 'note').match // '5.1.1'
 */
export function evidenceLine(text: string, start: number, end: number, note: string): EvidenceLine {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', start);
  const lineEnd = newline === -1 ? text.length : newline;
  const match = text.slice(start, Math.min(end, lineEnd));
  const room = Math.max(0, MAX_LINE - match.length);
  const from = Math.max(lineStart, start - Math.ceil(room / 2));
  const to = Math.min(lineEnd, start + match.length + Math.floor(room / 2));
  const before = text.slice(from, start).trimStart();
  const after = text.slice(start + match.length, to).trimEnd();
  return {
    before: (from > lineStart ? '…' : '') + before,
    match,
    after: after + (to < lineEnd ? '…' : ''),
    note,
  };
}

/** The evidence that decided the reason: the last one that is not merely the recipient's address. */
function decidingEvidence(text: string, recipient: RecipientVerdict): EvidenceLine | undefined {
  const deciding = recipient.evidence.filter(
    (e) => e.rule !== 'recipient' && !e.encoded && e.end > e.start && e.end <= text.length,
  );
  const last = deciding.at(-1);
  return last ? evidenceLine(text, last.start, last.end, last.note) : undefined;
}

/** The verdict in words: the kind, and for a bounce its category and reason. */
function verdictWords(message: MessageVerdict, recipient: RecipientVerdict | undefined): string {
  if (!recipient) return KIND_WORDS[message.kind];
  const label = REASONS[recipient.reason].label;
  if (message.kind === 'failure' && recipient.category !== 'none') {
    return `A ${recipient.category} bounce: ${label}`;
  }
  if (message.kind === 'delay') {
    return recipient.reason === 'undefined'
      ? `${KIND_WORDS.delay} (it names no cause)`
      : `${KIND_WORDS.delay} (cause: ${label})`;
  }
  return KIND_WORDS[message.kind];
}

/**
 * The explanation of a message from its verdict. Reads the first message and its first recipient:
 * the exercise uses single messages with one recipient each.
 *
 * @param text the message as the classifier read it (evidence offsets index into it)
 */
export function triageFeedback(text: string, messages: readonly MessageVerdict[]): TriageFeedback {
  const message = messages[0];
  if (!message) throw new Error('triageFeedback: the classifier returned no message.');
  const recipient = message.recipients[0];
  const which = triageCase(message, recipient);
  const evidence = recipient ? decidingEvidence(text, recipient) : undefined;
  const service = recipient?.service;
  return {
    action: TRIAGE_CASES[which].action,
    case: which,
    why: TRIAGE_CASES[which].why,
    verdict: verdictWords(message, recipient),
    reason: recipient?.reason,
    evidence,
    diagnostic: recipient?.diagnostic || undefined,
    reading: evidence ? undefined : message.trace.at(-1)?.detail,
    service: service ? `${service.serviceName}'s own words: ${service.label}` : undefined,
  };
}
