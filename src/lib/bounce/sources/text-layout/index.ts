/**
 * Bounces without a report part (qmail, Exim, Sendmail, Gmail, Yahoo, old and custom layouts): the
 * human-readable text says which recipients failed and why, the sender, subject or text say it is
 * a bounce. Auto-replies and ordinary messages end here too, as what they are.
 */
import {
  delayedText,
  gaveUp,
  diagnosticLine,
  judge,
  located,
  nonBounceRecipient,
  statusIn,
  withRemoteReply,
} from '../../classify/facts.ts';
import {
  addressesIn,
  DS_TYPES,
  headerValue,
  noticeOf,
  ORIGINAL_TYPES,
  originalHeader,
  originalToFromText,
  verdict,
  type MessageInput,
} from '../../classify/message.ts';
import type { MessageVerdict } from '../../classify/types.ts';
import { matchPhrase, type Located } from '../../decide/index.ts';
import { findCommand, isAddress, transcriptOutcome } from '../../layout/index.ts';
import { header } from '../../mime/index.ts';
import { findReplyCode } from '../../status-code/index.ts';
import { normalise, type Fragment } from '../../text/index.ts';
import { isAutoSubmitted } from '../lookalike/index.ts';
import type { FactSource } from '../types.ts';
import {
  AUTO_SUBJECT,
  CHALLENGE_SUBJECT,
  BOUNCE_SUBJECT,
  DELAY_SUBJECT,
  isBounceSender,
  NOT_DELIVERED,
} from './signs.ts';

const SOURCE = 'text-layout';

/** True when `frag` holds wording of one of the rules scoped to the sending `system`. */
function saysSystemRule(system: string, frag: Fragment): boolean {
  return matchPhrase([frag], 'provider', { system }, 'system') !== undefined;
}

// Words saying a message was not delivered, in the languages bounce notices are written in.
const FAILURE_WORDS =
  /error|fail|undeliver|could not|unable to|rejected|not delivered|permanent|unzustellbar|nicht zugestellt|konnte nicht|non remis|n'a pas pu|impossible de|no se pudo|no ha podido|non è stato possibile|impossibile|não foi possível|kon niet|не может быть доставлено|не удалось|nie może|nie została|配信できません|届きませんでした|送信できません|无法投递|投递失败|退信|전달되지|전송 실패|배달 실패/i;
// A server's reply quoted where replies are quoted: at a line start, or after "said:" and the like.
const QUOTED_REPLY =
  /(?:(?:^|[\r\n])[ \t>]*(?:<<<\s?)?|(?:said|replied|response|reply|error|smtp;)\s*:?\s*)[45]\d\d[ -]/i;
const STATUS_CODE = /(?<![\w.-])[45]\.\d{1,3}\.\d{1,3}(?![\w-]|\.\d)/;

/** A text that quotes an SMTP error reply or status code and says something failed reads as a bounce. */
function bounceText(report: Fragment | undefined): boolean {
  if (!report) return false;
  const head = report.text.slice(0, 8192);
  return (QUOTED_REPLY.test(head) || STATUS_CODE.test(head)) && FAILURE_WORDS.test(head);
}

function classifyText(m: MessageInput, failed: string): MessageVerdict | undefined {
  const { report, recipients: textRecipients } = noticeOf(m);
  const system = m.system;
  m.trace.push({ step: 'layout', detail: 'No delivery-status part: reading the bounce text' });
  if (system) m.trace.push({ step: 'system', detail: `Written by ${system}` });
  const lowerReport = report ? normalise(report.text.slice(0, 4000)) : '';
  const action =
    delayedText(lowerReport) || (DELAY_SUBJECT.test(m.subject) && !gaveUp(lowerReport))
      ? 'delayed'
      : 'failed';
  const targets: {
    address: string;
    addressFrag?: Located | undefined;
    block?: Fragment | undefined;
  }[] = textRecipients.map((t) => ({
    address: t.address,
    addressFrag: { value: t.address, start: t.start, end: t.end, encoded: t.encoded },
    block: t.block,
  }));
  // X-Failed-Recipients (Exim, Gmail) lists exactly the addresses that failed: the text's other
  // addresses are not recipients, and a listed address the text does not name still is one.
  // (When the text names addresses and none of them is listed, the two disagree: the text, which
  // explains each failure, is kept.)
  const listed = addressesIn(failed).filter(isAddress);
  const named = new Map(targets.map((t) => [t.address.toLowerCase(), t]));
  if (listed.length > 0 && (named.size === 0 || listed.some((a) => named.has(a.toLowerCase())))) {
    const failedField = header(m.msg.root, 'x-failed-recipients');
    targets.splice(
      0,
      targets.length,
      ...listed.map(
        (a) =>
          named.get(a.toLowerCase()) ?? {
            address: a,
            addressFrag: failedField
              ? { value: a, start: failedField.start, end: failedField.end, encoded: false }
              : undefined,
          },
      ),
    );
  }
  // A quoted SMTP conversation says which recipients the server refused: one it accepted at RCPT
  // TO did not fail (unless the message itself was refused after DATA), and one it refused did,
  // even when the notice names it nowhere else.
  if (listed.length === 0 && report) {
    const talk = transcriptOutcome(report);
    if (talk.refused.length > 0 && !talk.refusedAfterData) {
      const kept = targets.filter((t) => !talk.accepted.has(t.address.toLowerCase()));
      for (const r of talk.refused) {
        if (kept.some((t) => t.address.toLowerCase() === r.address.toLowerCase())) continue;
        kept.push({
          address: r.address,
          addressFrag: { value: r.address, start: r.start, end: r.end, encoded: report.encoded },
          block: r.block,
        });
      }
      targets.splice(0, targets.length, ...kept);
    }
  }
  if (targets.length === 0) {
    const orig = m.parts.find((p) => ORIGINAL_TYPES.has(p.type));
    const to = orig ? originalHeader(m, orig, 'to') : originalToFromText(m.human);
    const a = to ? addressesIn(to).find(isAddress) : undefined;
    targets.push({ address: a ?? '' });
    if (a)
      m.trace.push({
        step: 'recipient',
        detail: 'The text names no recipient; using To: of the returned message',
      });
  }
  const recipients = targets.map((t) => {
    const block =
      t.block && normalise(t.block.text).length > t.address.length + 8 ? t.block : report;
    // The lines about this address can say more than the notice around them: "mailbox full, still
    // trying" under a heading that says the message could not be delivered is a delay for it.
    const own = block !== undefined && block !== report ? normalise(block.text.slice(0, 2000)) : '';
    const recipientAction = gaveUp(own) ? 'failed' : delayedText(own) ? 'delayed' : action;
    const texts = block ? withRemoteReply(block) : [];
    // With a single recipient, codes written before its address (e.g. "Could not be delivered
    // because of 550 5.1.1 ...", then the list of recipients) still belong to it.
    const single = targets.length === 1 && report !== undefined && block !== report;
    let codeSource = block;
    let status = block ? statusIn(block.text) : undefined;
    if (!status && single) {
      status = statusIn(report.text);
      if (status) codeSource = report;
    }
    let replySource = block;
    let reply = block ? findReplyCode(block.text) : undefined;
    if (!reply && single) {
      reply = findReplyCode(report.text);
      if (reply) replySource = report;
    }
    const lower = block ? normalise(block.text.slice(0, 8000)) : '';
    const remote = /(?:host|server|mx)\s+([a-z0-9][a-z0-9.-]{2,253}\.[a-z]{2,})/i.exec(lower)?.[1];
    return judge(
      {
        address: t.address,
        addressFrag: t.addressFrag,
        action: recipientAction,
        texts,
        status: located(status, codeSource),
        reply: located(reply, replySource),
        remoteMta: remote,
        diagnostic: diagnosticLine(block, t.address),
        command:
          findCommand(lower) ??
          (single ? findCommand(normalise(report.text.slice(0, 8000))) : undefined),
        system,
        layoutKnown: system !== undefined,
        systemReason:
          system === 'google-groups'
            ? {
                reason: 'rejected',
                rule: 'google-groups/refused',
                detail:
                  'Google Groups refused the post: the group does not exist or the sender may not post to it',
              }
            : undefined,
      },
      report && block !== report ? [withoutOthers(report, t.block, targets)] : [],
      m.profile,
    );
  });
  // Only the subject or the null return path looked like a bounce (a newsletter about bounce
  // rates, an auto-reply sent with a null sender): with no bounce sender, no failed-recipients
  // header and not one code or known phrase, nothing failed. The caller says what it is instead.
  if (
    !isBounceSender(m.from) &&
    failed === '' &&
    !(textRecipients.length > 0 && NOT_DELIVERED.test(report?.text.slice(0, 8192) ?? '')) &&
    recipients.every((r) => r.reason === 'undefined' && !r.status && !r.replyCode)
  ) {
    return undefined;
  }
  return verdict(
    m,
    SOURCE,
    recipients.every((r) => r.action === 'delayed') ? 'delay' : 'failure',
    system ?? 'text',
    recipients,
    m.extra,
  );
}

/**
 * The notice without the other recipients' own lines: when nothing next to one address says why
 * it failed, the notice around it may, but another recipient's reason is not its reason.
 */
function withoutOthers(
  report: Fragment,
  own: Fragment | undefined,
  targets: readonly { block?: Fragment | undefined }[],
): Fragment {
  let text = report.text;
  for (const t of targets) {
    if (!t.block || t.block === own || t.block === report || t.block.text.trim() === '') continue;
    const at = text.indexOf(t.block.text);
    if (at >= 0) text = text.slice(0, at) + text.slice(at + t.block.text.length);
  }
  return text === report.text ? report : { ...report, text, encoded: true };
}

// A mailing-list program's own address or name.
const LIST_SENDER =
  /-(?:request|owner|bounces|admin)@|\b(?:sympa|mailman|listserv|majordomo|ezmlm|lyris)\b/i;

/**
 * Whose auto-reply it is: the From address, unless that is a tagged one-off address (a
 * challenge-response system's "name-confirm+12345@"), then the address the returned message was
 * sent to.
 */
function autoReplier(m: MessageInput): string {
  const from = addressesIn(m.from).find(isAddress) ?? '';
  if (!from.slice(0, from.indexOf('@')).includes('+')) return from;
  const orig = m.parts.find((p) => ORIGINAL_TYPES.has(p.type));
  const to = orig ? originalHeader(m, orig, 'to') : originalToFromText(m.human);
  return (to ? addressesIn(to).find(isAddress) : undefined) ?? from;
}

export const textLayoutSource: FactSource = {
  id: SOURCE,
  read(m) {
    const root = m.msg.root;
    const { report } = noticeOf(m);
    const failed = headerValue(root, 'x-failed-recipients');
    const hasReportPart = m.parts.some((p) => DS_TYPES.has(p.type));
    // fml marks every post it distributes with X-MLServer; only its refusal notices are bounces.
    const listRefusal = m.system === 'fml' && report !== undefined && saysSystemRule('fml', report);
    const bounceLike =
      hasReportPart ||
      failed !== '' ||
      isBounceSender(m.from) ||
      BOUNCE_SUBJECT.test(m.subject) ||
      headerValue(root, 'return-path') === '<>' ||
      listRefusal ||
      bounceText(report);
    // An auto-reply says so in its own fields or subject. Auto-Submitted alone does not: bounces
    // carry it too (RFC 3834 §5 asks every automatic message to; Postfix adds "auto-replied" to
    // its bounces), so it only tells an auto-reply when nothing in the text reads as a failure.
    const autoReplyMarks =
      header(root, 'x-autoreply') !== undefined ||
      header(root, 'x-autorespond') !== undefined ||
      /auto[-_]?reply/i.test(headerValue(root, 'precedence')) ||
      AUTO_SUBJECT.test(m.subject) ||
      // A challenge-response system's request to confirm (its own fields, or its subject).
      header(root, 'x-challenge') !== undefined ||
      header(root, 'x-boxtrapper') !== undefined ||
      CHALLENGE_SUBJECT.test(m.subject);
    // A list server's notices (moderation, digests, welcome messages) are automatic too, but
    // they answer no one's message in that person's name: not auto-replies.
    const listNotice =
      header(root, 'list-id') !== undefined ||
      /^\s*list\b/i.test(headerValue(root, 'precedence')) ||
      LIST_SENDER.test(m.from);
    const autoReply = autoReplyMarks || (isAutoSubmitted(root) && !listNotice);
    // A post to a mailing list (RFC 2369 / 2919 List-* fields) from an ordinary sender is not a
    // bounce, however much its text talks about bounces.
    const listPost =
      (header(root, 'list-id') !== undefined || header(root, 'list-unsubscribe') !== undefined) &&
      !hasReportPart &&
      failed === '' &&
      !listRefusal &&
      !isBounceSender(m.from);
    const autoReplyOnly =
      autoReplyMarks && !isBounceSender(m.from) && !BOUNCE_SUBJECT.test(m.subject) && failed === '';
    const read = bounceLike && !listPost && !autoReplyOnly ? classifyText(m, failed) : undefined;
    if (read) return read;
    if (autoReply) {
      const who = autoReplier(m);
      m.trace.push({
        step: 'kind',
        detail:
          'An automatic reply (its subject or auto-reply fields, or Auto-Submitted with no failure in its text) is not a bounce',
      });
      return verdict(
        m,
        SOURCE,
        'auto-reply',
        'rfc3834',
        [nonBounceRecipient(who, 'vacation', 'Auto-reply: reason vacation', 'medium')],
        m.extra,
      );
    }
    m.trace.push({
      step: 'kind',
      detail: bounceLike
        ? 'Nothing in the text reads like a delivery failure: not a bounce'
        : 'No report part, no bounce sender, subject or text: not a bounce',
    });
    return verdict(m, SOURCE, 'not-bounce', m.system ?? 'none', [], m.extra);
  },
};
