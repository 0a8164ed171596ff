/**
 * Reports that look like bounces but are not: complaint reports (RFC 5965 ARF, Microsoft's JMRP),
 * automatic unsubscribe requests (RFC 2369 §3.2) and read receipts (RFC 8098 MDN). They share the
 * multipart/report envelope or the bounce mailbox with real bounces, so they are recognised first.
 */
import { nonBounceRecipient } from '../../classify/facts.ts';
import {
  addressesIn,
  headerValue,
  ORIGINAL_TYPES,
  originalHeader,
  verdict,
  type MessageInput,
} from '../../classify/message.ts';
import type { MessageVerdict } from '../../classify/types.ts';
import { parseReportGroups } from '../../dsn/index.ts';
import { isAddress } from '../../layout/index.ts';
import { partText, type MimePart } from '../../mime/index.ts';
import type { FactSource } from '../types.ts';

const SOURCE = 'lookalike';

/** RFC 3834 §5: any Auto-Submitted value but "no" marks a message sent by a program. */
export function isAutoSubmitted(root: MimePart): boolean {
  const value = headerValue(root, 'auto-submitted').toLowerCase();
  return value !== '' && !value.startsWith('no');
}

/** A feedback message (complaint, unsubscribe request): not a bounce, one recipient. */
function feedbackVerdict(
  m: MessageInput,
  system: string,
  address: string,
  feedbackType: string,
  say: { kind: string; reason: string },
): MessageVerdict {
  m.trace.push({ step: 'kind', detail: say.kind });
  const recipient = { ...nonBounceRecipient(address, 'feedback', say.reason), feedbackType };
  return verdict(m, SOURCE, 'feedback', system, [recipient], { ...m.extra, feedbackType });
}

function complaintReport(m: MessageInput, feedback: MimePart | undefined): MessageVerdict {
  const frag = feedback ? partText(m.msg, feedback) : m.human;
  const groups = frag ? parseReportGroups(frag) : { message: [], recipients: [] };
  const all = [...groups.message, ...groups.recipients.flat()];
  const type =
    (all.find((f) => f.name === 'feedback-type')?.value ?? 'other').toLowerCase().split(/\s/)[0] ??
    'other';
  let addresses = all
    .filter((f) => f.name === 'original-rcpt-to' || f.name === 'removal-recipient')
    .flatMap((f) => addressesIn(f.value))
    .filter(isAddress);
  if (addresses.length === 0) {
    const orig = m.parts.find((p) => ORIGINAL_TYPES.has(p.type));
    const to = orig ? originalHeader(m, orig, 'to') : undefined;
    addresses = to ? addressesIn(to).filter(isAddress).slice(0, 1) : [];
  }
  if (addresses.length === 0) addresses = [''];
  m.trace.push({
    step: 'kind',
    detail: `A feedback report (RFC 5965 ARF), Feedback-Type ${type}: a complaint, not a bounce`,
  });
  const recipients = addresses.map((a) => ({
    ...nonBounceRecipient(a, 'feedback', `Complaint of type ${type}: reason feedback`),
    feedbackType: type,
  }));
  return verdict(m, SOURCE, 'feedback', 'arf', recipients, { ...m.extra, feedbackType: type });
}

function readReceipt(m: MessageInput): MessageVerdict {
  m.trace.push({
    step: 'kind',
    detail: 'A disposition notification (RFC 8098 read receipt) is not a bounce',
  });
  const mdn = m.parts.find((p) => p.type === 'message/disposition-notification');
  const fields = mdn ? parseReportGroups(partText(m.msg, mdn)) : { message: [], recipients: [] };
  const who = [...fields.message, ...fields.recipients.flat()].find(
    (f) => f.name === 'final-recipient',
  );
  const reader = who ? (addressesIn(who.value)[0] ?? '') : '';
  const recipients = reader
    ? [nonBounceRecipient(reader, 'delivered', 'A read receipt proves the message was delivered')]
    : [];
  return verdict(m, SOURCE, 'read-receipt', 'rfc8098', recipients, m.extra);
}

export const lookalikeSource: FactSource = {
  id: 'lookalike',
  read(m) {
    const feedback = m.parts.find((p) => p.type === 'message/feedback-report');
    if (
      feedback ||
      m.contentType.includes('feedback-report') ||
      /^feedback-type:/m.test(m.human?.text.slice(0, 4000) ?? '')
    ) {
      return complaintReport(m, feedback);
    }
    // Microsoft's Junk Mail Reporting Program sends complaints without a feedback-report part: the
    // reported message is attached and names its recipient in X-HmXmrOriginalRecipient.
    const attached = m.parts.find((p) => ORIGINAL_TYPES.has(p.type));
    if (attached && /complaint about message from/i.test(m.subject)) {
      const who =
        originalHeader(m, attached, 'x-hmxmroriginalrecipient') ??
        originalHeader(m, attached, 'to') ??
        '';
      return feedbackVerdict(m, 'arf', addressesIn(who)[0] ?? '', 'abuse', {
        kind: 'A junk-mail complaint with the reported message attached: not a bounce',
        reason: 'Complaint: reason feedback',
      });
    }
    // An unsubscribe request sent automatically by the reader's mail program to the
    // List-Unsubscribe mailto address (RFC 2369 §3.2): feedback of the "opt-out" kind.
    if (isAutoSubmitted(m.msg.root) && /^\s*unsubscribe\s*$/i.test(m.subject)) {
      return feedbackVerdict(m, 'unsubscribe', addressesIn(m.from)[0] ?? '', 'opt-out', {
        kind: 'An automatic unsubscribe request from the reader: feedback (opt-out), not a bounce',
        reason: 'Unsubscribe request: reason feedback',
      });
    }
    if (
      m.parts.some((p) => p.type === 'message/disposition-notification') ||
      m.contentType.includes('disposition-notification')
    ) {
      return readReceipt(m);
    }
    return undefined;
  },
};
