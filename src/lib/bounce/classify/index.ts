/**
 * The classifier pipeline: input → messages (mbox split) → MIME scan → report fields and bounce text
 * → per-recipient facts → reason (decide) → verdict. `classify` never throws.
 */
import type { ReasonId } from '../reason/ids.ts';
import { decodeWords } from 'postal-mime';
import {
  decide,
  matchPhrase,
  type DecisionContext,
  type DecisionInput,
  type Located,
  type TraceStep,
} from '../decide/index.ts';
import { field, parseReportGroups, stripType, type ReportField } from '../dsn/index.ts';
import {
  cleanAddress,
  findAddresses,
  detectSystem,
  originalStart,
  findCommand,
  findTextRecipients,
  reportText,
} from '../layout/index.ts';
import { splitMbox, type Range } from '../mbox/index.ts';
import {
  header,
  partText,
  scanMessage,
  walkParts,
  type MimeMessage,
  type MimePart,
} from '../mime/index.ts';
import { parseNotification, type Notification } from '../notification/index.ts';
import { findPair, findReplyCode, firstStatusCode } from '../status-code/index.ts';
import { decodeBytes, normalise, type Fragment } from '../text/index.ts';
import type {
  ClassifyOptions,
  ClassifyResult,
  MessageKind,
  MessageVerdict,
  RecipientVerdict,
} from './types.ts';

export type * from './types.ts';

/** How much of the human-readable part is read: bounce texts are short, returned messages are not. */
const HUMAN_LIMIT = 32768;

/** Default input limit: 10 MB. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const DS_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status']);
const ORIGINAL_TYPES = new Set([
  'message/rfc822',
  'text/rfc822-headers',
  'message/global',
  'message/global-headers',
]);
const STATUS_LOCATE = /(?<![\w.-])[245]\.[0-7]\.\d{1,3}(?![\w-]|\.\d)/g;

const BOUNCE_SENDER =
  /mailer-daemon|post_?master|mail delivery|mail administrator|mailer|bounce|delivery subsystem/i;
const BOUNCE_SUBJECT =
  /undeliver|undelivered|returned mail|delivery status|failure notice|delivery fail|mail delivery|could not be delivered|non-?delivery|not delivered|returned to sender|delivery problem|rejected|bounce|mail system error|could not send|delivery notification|nondeliverable|delivery error|failed delivery|delivery has failed|warning: message|unable to deliver|mail failure|message not delivered|error sending message|配信|エラー/i;
const AUTO_SUBJECT =
  /^(?:auto:|automatic reply|auto[- ]?reply|autoresponse|out of (?:the )?office|vacation|away from|abwesenheit|réponse automatique|absence)/i;

/**
 * Classifies a raw message, an mbox, an SMTP transcript, a single reply line or a diagnostic text.
 *
 * @example classify('550 5.1.1 <a@example.com>: Recipient address rejected: User unknown').ok // true
 */
export function classify(
  input: string | Uint8Array,
  options: ClassifyOptions = {},
): ClassifyResult {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    const size = typeof input === 'string' ? input.length : input.byteLength;
    if (size > max) {
      return {
        ok: false,
        error: { code: 'too-large', message: `Input is ${size} bytes; the limit is ${max} bytes.` },
      };
    }
    const text = typeof input === 'string' ? input : decodeBytes(input);
    if (text.trim() === '')
      return { ok: false, error: { code: 'empty', message: 'Input is empty.' } };
    const ranges = splitMbox(text);
    const messages = ranges.map((r, i) => classifyMessage(text, r, i, ranges.length));
    return { ok: true, messages };
  } catch (err) {
    return {
      ok: false,
      error: { code: 'internal', message: `Could not classify: ${String(err)}` },
    };
  }
}

interface Context {
  input: string;
  msg: MimeMessage;
  range: Range;
  trace: TraceStep[];
  /** How many forwarded (attached) bounces deep we are. */
  depth: number;
}

function headerValue(part: MimePart, name: string): string {
  return header(part, name)?.value ?? '';
}

function decodeHeader(value: string): string {
  if (!value.includes('=?')) return value;
  try {
    return decodeWords(value);
  } catch {
    return value;
  }
}

function addressesIn(value: string): string[] {
  return findAddresses(value).map(cleanAddress);
}

function looksLikeMessage(root: MimePart): boolean {
  if (root.headers.length < 2) return false;
  let known = 0;
  for (const h of root.headers) {
    if (
      /^(?:from|to|subject|date|received|return-path|message-id|content-type|mime-version|delivered-to|x-[a-z0-9-]+)$/.test(
        h.name,
      )
    ) {
      known++;
    }
  }
  return known >= 2;
}

function classifyMessage(
  input: string,
  range: Range,
  index: number,
  total: number,
): MessageVerdict {
  const msg = scanMessage(input, range.start, range.end);
  const trace: TraceStep[] = [];
  if (total > 1)
    trace.push({ step: 'split', detail: `Message ${index + 1} of ${total} in an mbox` });
  const ctx: Context = { input, msg, range, trace, depth: 0 };
  if (!looksLikeMessage(msg.root)) return classifyBare(ctx);
  return classifyEmail(ctx);
}

function verdict(
  ctx: Context,
  kind: MessageKind,
  system: string,
  recipients: RecipientVerdict[],
  extra: Partial<MessageVerdict> = {},
): MessageVerdict {
  return {
    kind,
    range: [ctx.range.start, ctx.range.end],
    system,
    recipients,
    trace: ctx.trace,
    ...extra,
  };
}

function located(value: string | undefined, frag: Fragment | undefined): Located | undefined {
  if (!value || !frag) return undefined;
  if (frag.encoded) return { value, start: frag.start, end: frag.end, encoded: true };
  const at = frag.text.indexOf(value);
  if (at < 0) return { value, start: frag.start, end: frag.end, encoded: false };
  return { value, start: frag.start + at, end: frag.start + at + value.length, encoded: false };
}

/** The status code of a text: the one paired with a reply code ("550 5.1.1") first, else the first one. */
function statusIn(text: string): string | undefined {
  const paired = findPair(text);
  if (paired) return paired[1];
  let success: string | undefined;
  STATUS_LOCATE.lastIndex = 0;
  for (let m = STATUS_LOCATE.exec(text); m; m = STATUS_LOCATE.exec(text)) {
    if (!m[0].startsWith('2')) return m[0];
    success ??= m[0];
  }
  return success;
}

function isGeneric(code: string | undefined): boolean {
  return !code || /^[245]\.0\.0$/.test(code);
}

/** The field as it stands in the input (name, value and folded lines), so offsets inside it map 1:1. */
function fieldFragment(input: string, f: ReportField | undefined): Fragment | undefined {
  if (!f) return undefined;
  const text = f.encoded ? `${f.name}: ${f.value}` : input.slice(f.start, f.end);
  return { text, start: f.start, end: f.end, encoded: f.encoded };
}

function delayedText(lower: string): boolean {
  return (
    lower.includes('will continue trying') ||
    lower.includes('still trying') ||
    lower.includes('will be retried') ||
    lower.includes('will retry') ||
    lower.includes('not yet been delivered') ||
    lower.includes('delivery attempts will continue') ||
    lower.includes('no action is required on your part') ||
    lower.includes('has not been delivered yet')
  );
}

interface RecipientFacts {
  address: string;
  addressFrag?: Located | undefined;
  action: string;
  texts: Fragment[];
  status?: Located | undefined;
  reply?: Located | undefined;
  remoteMta?: string | undefined;
  diagnostic: string;
  diagnosticType?: string | undefined;
  command?: string | undefined;
  systemReason?: DecisionInput['systemReason'];
  systemCategory?: DecisionInput['systemCategory'];
  /** The sending system that wrote the bounce, when recognised. */
  system?: string | undefined;
  /** One SMTP reply line read on its own (see `DecisionInput.replyLine`). */
  replyLine?: boolean;
  /** False when the action was only guessed from the reply code (bare reply lines). */
  actionStated?: boolean;
}

/** The remote MTA's host name and the recipient's domain, lowercase. */
function contextOf(facts: RecipientFacts): DecisionContext {
  // A host name is at most 253 characters: look no further, whatever a broken field holds.
  const host = /[a-z0-9][a-z0-9.-]{0,253}\.[a-z]{2,}/i.exec(
    (facts.remoteMta ?? '').slice(0, 300),
  )?.[0];
  const at = facts.address.lastIndexOf('@');
  return {
    system: facts.system,
    host: host?.toLowerCase(),
    domain: at >= 0 ? facts.address.slice(at + 1).toLowerCase() : undefined,
  };
}

function judge(facts: RecipientFacts, fallbackTexts: readonly Fragment[]): RecipientVerdict {
  const input: DecisionInput = {
    texts: facts.texts,
    status: facts.status,
    reply: facts.reply,
    action: facts.actionStated === false ? undefined : facts.action,
    command: facts.command,
    diagnosticType: facts.diagnosticType,
    systemReason: facts.systemReason,
    systemCategory: facts.systemCategory,
    context: contextOf(facts),
    notice: fallbackTexts[0],
    replyLine: facts.replyLine,
  };
  let d = decide(input);
  if (d.step === 'undefined' && fallbackTexts.length > 0) {
    const wider = decide({ ...input, texts: fallbackTexts });
    if (wider.step !== 'undefined') {
      d = wider;
      d.trace.unshift({
        step: 'context',
        detail: 'Nothing decisive next to the address; read the whole report text',
      });
    }
  }
  const trace: TraceStep[] = [];
  trace.push({ step: 'recipient', detail: `Recipient ${facts.address || '(not stated)'}` });
  if (facts.action) trace.push({ step: 'action', detail: `Action: ${facts.action}` });
  trace.push(...d.trace);
  const evidence = d.evidence;
  if (facts.addressFrag) {
    const ev: (typeof evidence)[number] = {
      start: facts.addressFrag.start,
      end: facts.addressFrag.end,
      rule: 'recipient',
      note: 'the failed address',
    };
    if (facts.addressFrag.encoded) ev.encoded = true;
    evidence.unshift(ev);
  }
  return {
    recipient: facts.address,
    category: d.category,
    reason: d.reason,
    action: facts.action,
    status: facts.status?.value,
    replyCode: facts.reply?.value,
    remoteMta: facts.remoteMta,
    diagnostic: facts.diagnostic,
    command: facts.command,
    evidence,
    trace,
  };
}

function nonBounceRecipient(
  address: string,
  reason: 'vacation' | 'feedback' | 'delivered',
  note: string,
): RecipientVerdict {
  return {
    recipient: address,
    category: 'none',
    reason,
    action: reason === 'delivered' ? 'delivered' : '',
    diagnostic: '',
    evidence: [],
    trace: [{ step: 'kind', detail: note }],
  };
}

function humanText(ctx: Context, parts: MimePart[]): Fragment | undefined {
  const root = ctx.msg.root;
  if (root.children.length === 0) return partText(ctx.msg, root, HUMAN_LIMIT);
  const plain = parts.find((p) => p.children.length === 0 && p.type === 'text/plain');
  if (plain) return partText(ctx.msg, plain, HUMAN_LIMIT);
  const html = parts.find((p) => p.children.length === 0 && p.type === 'text/html');
  if (html) {
    const f = partText(ctx.msg, html, HUMAN_LIMIT);
    const text = f.text
      .replace(/<[^<>]{0,2000}>/g, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>');
    return { text, start: f.start, end: f.end, encoded: true };
  }
  const first = parts.find(
    (p) => p.children.length === 0 && !ORIGINAL_TYPES.has(p.type) && !DS_TYPES.has(p.type),
  );
  return first ? partText(ctx.msg, first, HUMAN_LIMIT) : undefined;
}

// Header fields added on the way (relays, signatures) say nothing about who wrote the bounce.
const RELAY_FIELDS = new Set([
  'received',
  'dkim-signature',
  'arc-seal',
  'arc-message-signature',
  'arc-authentication-results',
  'authentication-results',
  'received-spf',
  'x-received',
  'x-google-dkim-signature',
  'x-gm-message-state',
  'x-google-smtp-source',
]);

// The addressee's own fields: a bounce sent to someone at outlook.com was not written by Outlook.
const ADDRESSEE_FIELDS = new Set(['to', 'cc', 'delivered-to', 'x-original-to', 'reply-to']);

/**
 * What names the system that wrote a bounce: its own header fields (not the relays' trace fields)
 * and its report text up to the returned message, lowercase.
 */
function systemSample(root: MimePart, human: Fragment | undefined): string {
  let sample = '';
  for (const h of root.headers) {
    // Relays' trace fields and the addressee's own address say nothing about who wrote it.
    if (RELAY_FIELDS.has(h.name) || ADDRESSEE_FIELDS.has(h.name)) continue;
    sample += `${h.name}: ${h.value.slice(0, 300)}\n`;
  }
  if (human) {
    // The layout steps ask for the same cut over the whole text, so this answer is reused.
    sample += human.text.slice(0, Math.min(originalStart(human.text), 3000));
  }
  return sample.toLowerCase();
}

function classifyEmail(ctx: Context): MessageVerdict {
  const { msg } = ctx;
  const root = msg.root;
  const parts: MimePart[] = [];
  walkParts(root, (p) => parts.push(p));
  const subject = decodeHeader(headerValue(root, 'subject'));
  const from = headerValue(root, 'from');
  const to = headerValue(root, 'to');
  const contentType = headerValue(root, 'content-type').toLowerCase();
  const human = humanText(ctx, parts);
  const dsPart = parts.find((p) => DS_TYPES.has(p.type));
  const system = detectSystem(
    systemSample(root, human) + (dsPart ? partText(msg, dsPart, 1500).text.toLowerCase() : ''),
  );
  const extra: Partial<MessageVerdict> = subject ? { subject } : {};

  // 1. Complaint reports (RFC 5965) and read receipts (RFC 8098) share the multipart/report envelope.
  const feedback = parts.find((p) => p.type === 'message/feedback-report');
  if (
    feedback ||
    contentType.includes('feedback-report') ||
    /^feedback-type:/m.test(human?.text.slice(0, 4000) ?? '')
  ) {
    return classifyFeedback(ctx, parts, feedback, human, extra);
  }
  // Microsoft's Junk Mail Reporting Program sends complaints without a feedback-report part: the
  // reported message is attached and names its recipient in X-HmXmrOriginalRecipient.
  const attached = parts.find((p) => ORIGINAL_TYPES.has(p.type));
  if (attached && /complaint about message from/i.test(subject)) {
    const who =
      originalHeader(ctx, attached, 'x-hmxmroriginalrecipient') ??
      originalHeader(ctx, attached, 'to') ??
      '';
    return feedbackVerdict(ctx, 'arf', addressesIn(who)[0] ?? '', 'abuse', extra, {
      kind: 'A junk-mail complaint with the reported message attached: not a bounce',
      reason: 'Complaint: reason feedback',
    });
  }
  // An unsubscribe request sent automatically by the reader's mail program to the List-Unsubscribe
  // mailto address (RFC 2369 §3.2): feedback from the recipient, of the "opt-out" kind.
  const automatic = isAutoSubmitted(root);
  if (automatic && /^\s*unsubscribe\s*$/i.test(subject)) {
    return feedbackVerdict(ctx, 'unsubscribe', addressesIn(from)[0] ?? '', 'opt-out', extra, {
      kind: 'An automatic unsubscribe request from the reader: feedback (opt-out), not a bounce',
      reason: 'Unsubscribe request: reason feedback',
    });
  }
  if (
    parts.some((p) => p.type === 'message/disposition-notification') ||
    contentType.includes('disposition-notification')
  ) {
    ctx.trace.push({
      step: 'kind',
      detail: 'A disposition notification (RFC 8098 read receipt) is not a bounce',
    });
    const mdn = parts.find((p) => p.type === 'message/disposition-notification');
    const fields = mdn ? parseReportGroups(partText(msg, mdn)) : { message: [], recipients: [] };
    const who = [...fields.message, ...fields.recipients.flat()].find(
      (f) => f.name === 'final-recipient',
    );
    const reader = who ? (addressesIn(who.value)[0] ?? '') : '';
    const recipients = reader
      ? [nonBounceRecipient(reader, 'delivered', 'A read receipt proves the message was delivered')]
      : [];
    return verdict(ctx, 'read-receipt', 'rfc8098', recipients, extra);
  }

  // JSON event notifications (Amazon SES through SNS) carry their verdicts as data.
  if (human && /"?(?:notificationType|eventType)\\?"/.test(human.text.slice(0, 65536))) {
    const note = parseNotification(human.text);
    if (note) return classifyNotification(ctx, note, human, extra);
  }

  const exclude = new Set<string>(
    [
      ...addressesIn(from),
      ...addressesIn(to),
      ...addressesIn(headerValue(root, 'delivered-to')),
      ...addressesIn(headerValue(root, 'x-original-to')),
    ].map((a) => a.toLowerCase()),
  );
  const textRecipients = human ? findTextRecipients(human, exclude) : [];
  const report = human ? reportText(human) : undefined;

  // 2. Standard DSNs (RFC 3464): the delivery-status part is the primary source. When broken MIME
  // hides that part, its fields may still sit in the text: read them from there.
  const dsParts = parts.filter((p) => DS_TYPES.has(p.type));
  const dsTexts = dsParts.map((p) => partText(msg, p));
  if (
    dsTexts.length === 0 &&
    human &&
    (human.text.includes('Final-Recipient') ||
      human.text.includes('final-recipient') ||
      human.text.includes('FINAL-RECIPIENT'))
  ) {
    const at = human.text
      .slice(0, HUMAN_LIMIT)
      .search(/^(?:reporting-mta|final-recipient|original-recipient):/im);
    if (at >= 0 && /^final-recipient:/im.test(human.text.slice(at, HUMAN_LIMIT))) {
      const text = human.text.slice(at);
      dsTexts.push(
        human.encoded
          ? { ...human, text }
          : { text, start: human.start + at, end: human.end, encoded: false },
      );
    }
  }
  if (dsTexts.length > 0) {
    const recipients: RecipientVerdict[] = [];
    let reportingMta: string | undefined;
    for (const dsText of dsTexts) {
      const groups = parseReportGroups(dsText);
      const rm = field(groups.message, 'reporting-mta');
      if (rm && !reportingMta) reportingMta = stripType(rm.value);
      for (const g of groups.recipients) {
        recipients.push(
          dsnRecipient(ctx.input, g, textRecipients, report, groups.recipients.length, system),
        );
      }
    }
    if (recipients.length > 0) {
      ctx.trace.push({
        step: 'layout',
        detail: 'Found a delivery-status part: a standard DSN (RFC 3464)',
      });
      if (system) ctx.trace.push({ step: 'system', detail: `Written by ${system}` });
      const kind = messageKind(recipients);
      return verdict(ctx, kind, system ?? 'rfc3464', recipients, { ...extra, reportingMta });
    }
  }

  // A bounce forwarded as an attachment: read the attached report instead of the wrapper.
  if (textRecipients.length === 0 && ctx.depth < 2) {
    for (const p of parts) {
      if (p.type !== 'message/rfc822' && p.type !== 'message/global') continue;
      const start = msg.lines[p.bodyFrom]?.start;
      const end = msg.lines[p.bodyTo - 1]?.end;
      if (start === undefined || end === undefined) continue;
      const inner = scanMessage(ctx.input, start, end);
      const innerType = headerValue(inner.root, 'content-type').toLowerCase();
      if (
        !innerType.includes('report-type=delivery-status') &&
        !BOUNCE_SENDER.test(headerValue(inner.root, 'from'))
      )
        continue;
      ctx.trace.push({
        step: 'layout',
        detail: 'The message carries an attached bounce; reading that bounce',
      });
      const found = classifyEmail({ ...ctx, msg: inner, depth: ctx.depth + 1 });
      if (found.recipients.length > 0 && found.kind !== 'not-bounce') return found;
    }
  }

  // 3. Non-standard bounces: the sender, subject or text say so.
  const failed = headerValue(root, 'x-failed-recipients');
  // fml marks every post it distributes with X-MLServer; only its refusal notices are bounces.
  const listRefusal = system === 'fml' && report !== undefined && saysSystemRule(system, report);
  const bounceLike =
    dsParts.length > 0 ||
    failed !== '' ||
    BOUNCE_SENDER.test(from) ||
    BOUNCE_SUBJECT.test(subject) ||
    headerValue(root, 'return-path') === '<>' ||
    listRefusal ||
    bounceText(report);
  const autoReply =
    automatic ||
    header(root, 'x-autoreply') !== undefined ||
    header(root, 'x-autorespond') !== undefined ||
    /auto[-_]?reply/i.test(headerValue(root, 'precedence')) ||
    AUTO_SUBJECT.test(subject);
  // A post to a mailing list (RFC 2369 / 2919 List-* fields) from an ordinary sender is not a
  // bounce, however much its text talks about bounces.
  const listPost =
    (header(root, 'list-id') !== undefined || header(root, 'list-unsubscribe') !== undefined) &&
    dsParts.length === 0 &&
    failed === '' &&
    !listRefusal &&
    !BOUNCE_SENDER.test(from);
  if (
    bounceLike &&
    !listPost &&
    !(autoReply && !BOUNCE_SENDER.test(from) && !BOUNCE_SUBJECT.test(subject) && failed === '')
  ) {
    return classifyText(ctx, parts, human, report, textRecipients, failed, system, extra);
  }
  if (autoReply) {
    const who = addressesIn(from)[0] ?? '';
    ctx.trace.push({
      step: 'kind',
      detail:
        'An automatic reply (RFC 3834 Auto-Submitted or an auto-reply subject) is not a bounce',
    });
    return verdict(
      ctx,
      'auto-reply',
      'rfc3834',
      [nonBounceRecipient(who, 'vacation', 'Auto-reply: reason vacation')],
      extra,
    );
  }
  ctx.trace.push({
    step: 'kind',
    detail: 'No report part, no bounce sender, subject or text: not a bounce',
  });
  return verdict(ctx, 'not-bounce', system ?? 'none', [], extra);
}

/** RFC 3834 §5: any Auto-Submitted value but "no" marks a message sent by a program. */
function isAutoSubmitted(root: MimePart): boolean {
  const value = headerValue(root, 'auto-submitted').toLowerCase();
  return value !== '' && !value.startsWith('no');
}

/** A feedback message (complaint, unsubscribe request): not a bounce, one recipient. */
function feedbackVerdict(
  ctx: Context,
  system: string,
  address: string,
  feedbackType: string,
  extra: Partial<MessageVerdict>,
  say: { kind: string; reason: string },
): MessageVerdict {
  ctx.trace.push({ step: 'kind', detail: say.kind });
  const recipient = { ...nonBounceRecipient(address, 'feedback', say.reason), feedbackType };
  return verdict(ctx, 'feedback', system, [recipient], { ...extra, feedbackType });
}

/** True when `frag` holds wording of one of the rules scoped to the sending `system`. */
function saysSystemRule(system: string, frag: Fragment): boolean {
  return matchPhrase([frag], 'provider', { system }, 'system') !== undefined;
}

/** A text that quotes an SMTP error reply and says something failed reads as a bounce. */
function bounceText(report: Fragment | undefined): boolean {
  if (!report) return false;
  const head = report.text.slice(0, 8192);
  return (
    /(?:^|[\r\n])[ \t>]*(?:<<<\s?)?[45]\d\d[ -]/.test(head) &&
    /error|fail|undeliver|could not|unable to|rejected|not delivered|permanent/i.test(head)
  );
}

function messageKind(recipients: readonly RecipientVerdict[]): MessageKind {
  if (recipients.length > 0 && recipients.every((r) => r.reason === 'delivered')) return 'delivery';
  if (recipients.length > 0 && recipients.every((r) => r.action === 'delayed')) return 'delay';
  return 'failure';
}

/**
 * A relaying system often wraps the remote server's reply in its own summary ("5.1.0 - Unknown
 * address error 550-'5.7.1 ... Access denied'"): the remote server's own words are read first,
 * then the whole text.
 */
function withRemoteReply(frag: Fragment): Fragment[] {
  if (frag.encoded) return [frag];
  const pair = findPair(frag.text);
  if (!pair) return [frag];
  const at = frag.text.search(
    new RegExp(`${pair[0]}[ -]{1,2}['"(#]{0,2}${pair[1].replace(/\./g, '\\.')}`),
  );
  const before = at > 0 ? frag.text.slice(0, at).replace(/diagnostic-code|smtp/gi, '') : '';
  if (!/[a-z]{4}/i.test(before)) return [frag];
  return [
    { text: frag.text.slice(at), start: frag.start + at, end: frag.end, encoded: false },
    frag,
  ];
}

// PowerMTA's own bounce categories (X-PowerMTA-BounceCategory, PowerMTA User's Guide, "bounce
// categories"), each mapped to the reason it names.
const POWERMTA_CATEGORIES: Readonly<Record<string, ReasonId>> = {
  'bad-mailbox': 'userunknown',
  'bad-domain': 'hostunknown',
  'inactive-mailbox': 'suspend',
  'quota-issues': 'mailboxfull',
  'message-expired': 'expired',
  'no-answer-from-host': 'networkerror',
  'bad-connection': 'networkerror',
  'routing-errors': 'systemerror',
  'relaying-issues': 'norelaying',
  'invalid-sender': 'rejected',
  'policy-related': 'policyviolation',
  'spam-related': 'spamdetected',
  'virus-related': 'virusdetected',
  'content-related': 'contenterror',
  'protocol-errors': 'syntaxerror',
};

function powerMtaCategory(
  input: string,
  f: ReportField | undefined,
): RecipientFacts['systemCategory'] {
  if (!f) return undefined;
  const category = f.value.trim().toLowerCase();
  const reason = POWERMTA_CATEGORIES[category];
  if (!reason) return undefined;
  const frag = fieldFragment(input, f);
  return {
    reason,
    rule: 'powermta/bounce-category',
    detail: `PowerMTA filed the failure under its bounce category "${category}"`,
    at: frag
      ? { value: category, start: frag.start, end: frag.end, encoded: frag.encoded }
      : undefined,
  };
}

function dsnRecipient(
  input: string,
  g: ReportField[],
  textRecipients: readonly ReturnType<typeof findTextRecipients>[number][],
  report: Fragment | undefined,
  groupCount: number,
  system: string | undefined,
): RecipientVerdict {
  const fr =
    field(g, 'final-recipient') ?? field(g, 'original-recipient') ?? field(g, 'x-actual-recipient');
  const address = fr
    ? cleanAddress(findAddresses(stripType(fr.value), 1)[0] ?? stripType(fr.value))
    : '';
  const action = (field(g, 'action')?.value ?? '').toLowerCase().split(/[\s(]/)[0] ?? '';
  const statusField = field(g, 'status');
  const diagField = field(g, 'diagnostic-code');
  const diagType = diagField
    ? (/^([\w-]{1,30})\s*;/.exec(diagField.value)?.[1] ?? '').toLowerCase()
    : '';
  const diagText = diagField ? stripType(diagField.value) : '';
  const diagFrag = fieldFragment(input, diagField);
  const textMatch =
    textRecipients.find((t) => t.address.toLowerCase() === address.toLowerCase()) ??
    (groupCount === 1 && textRecipients.length === 1 ? textRecipients[0] : undefined);
  const block = textMatch?.block;
  const texts: Fragment[] = [];
  if (diagFrag && diagText) texts.push(...withRemoteReply(diagFrag));
  if (block) texts.push(block);
  const dsStatus = statusField ? firstStatusCode(statusField.value) : undefined;
  const diagStatus = statusIn(diagText);
  const blockStatus = block ? statusIn(block.text) : undefined;
  // The remote server's own code (in Diagnostic-Code) is more precise than the reporting MTA's
  // summary in Status when the two differ (e.g. Status 4.4.7 over "450 4.2.2 Mailbox full").
  let status: Located | undefined;
  if (diagStatus && !isGeneric(diagStatus)) status = located(diagStatus, diagFrag);
  else if (dsStatus && !isGeneric(dsStatus))
    status = located(dsStatus, fieldFragment(input, statusField));
  else if (blockStatus && !isGeneric(blockStatus)) status = located(blockStatus, block);
  else if (dsStatus) status = located(dsStatus, fieldFragment(input, statusField));
  const replyText = findReplyCode(diagText) ?? (block ? findReplyCode(block.text) : undefined);
  const reply = replyText
    ? (located(replyText, diagFrag && diagText.includes(replyText) ? diagFrag : block) ?? undefined)
    : undefined;
  const lower = normalise(`${diagText} ${block?.text.slice(0, 4000) ?? ''}`);
  const facts: RecipientFacts = {
    address,
    addressFrag: fr
      ? { value: address, start: fr.start, end: fr.end, encoded: fr.encoded }
      : undefined,
    action: action || 'failed',
    texts,
    status,
    reply,
    remoteMta: field(g, 'remote-mta') ? stripType(field(g, 'remote-mta')?.value ?? '') : undefined,
    diagnostic: diagText || (block ? normalise(block.text).slice(0, 500) : ''),
    diagnosticType: diagType || undefined,
    command: findCommand(lower),
    system,
    systemCategory: powerMtaCategory(input, field(g, 'x-powermta-bouncecategory')),
  };
  if (facts.action === 'delivered' || dsStatus?.startsWith('2.')) {
    const v = nonBounceRecipient(
      address,
      'delivered',
      'Action delivered / status 2.x.x: a delivery report, not a bounce',
    );
    return {
      ...v,
      status: dsStatus,
      replyCode: replyText,
      remoteMta: facts.remoteMta,
      diagnostic: facts.diagnostic,
    };
  }
  return judge(facts, report ? [report] : []);
}

function classifyText(
  ctx: Context,
  parts: MimePart[],
  human: Fragment | undefined,
  report: Fragment | undefined,
  textRecipients: ReturnType<typeof findTextRecipients>,
  failed: string,
  system: string | undefined,
  extra: Partial<MessageVerdict>,
): MessageVerdict {
  ctx.trace.push({ step: 'layout', detail: 'No delivery-status part: reading the bounce text' });
  if (system) ctx.trace.push({ step: 'system', detail: `Written by ${system}` });
  const lowerReport = report ? normalise(report.text.slice(0, 4000)) : '';
  const action = delayedText(lowerReport) ? 'delayed' : 'failed';
  const targets: {
    address: string;
    addressFrag?: Located | undefined;
    block?: Fragment | undefined;
  }[] = textRecipients.map((t) => ({
    address: t.address,
    addressFrag: { value: t.address, start: t.start, end: t.end, encoded: t.encoded },
    block: t.block,
  }));
  if (targets.length === 0) {
    const failedField = header(ctx.msg.root, 'x-failed-recipients');
    for (const a of addressesIn(failed)) {
      targets.push({
        address: a,
        addressFrag: failedField
          ? { value: a, start: failedField.start, end: failedField.end, encoded: false }
          : undefined,
      });
    }
  }
  if (targets.length === 0) {
    const orig = parts.find((p) => ORIGINAL_TYPES.has(p.type));
    const to = orig ? originalHeader(ctx, orig, 'to') : originalToFromText(human);
    const a = to ? addressesIn(to)[0] : undefined;
    targets.push({ address: a ?? '' });
    if (a)
      ctx.trace.push({
        step: 'recipient',
        detail: 'The text names no recipient; using To: of the returned message',
      });
  }
  const recipients = targets.map((t) => {
    const block =
      t.block && normalise(t.block.text).length > t.address.length + 8 ? t.block : report;
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
        action,
        texts,
        status: located(status, codeSource),
        reply: located(reply, replySource),
        remoteMta: remote,
        diagnostic: diagnosticLine(block),
        command:
          findCommand(lower) ??
          (single ? findCommand(normalise(report.text.slice(0, 8000))) : undefined),
        system,
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
      report && block !== report ? [report] : [],
    );
  });
  // Only the subject looked like a bounce (e.g. a newsletter about bounce rates): with no bounce
  // sender, no failed-recipients header and not one code or known phrase, it is not a bounce.
  const from = headerValue(ctx.msg.root, 'from');
  if (
    !BOUNCE_SENDER.test(from) &&
    failed === '' &&
    recipients.every((r) => r.reason === 'undefined' && !r.status && !r.replyCode)
  ) {
    ctx.trace.push({
      step: 'kind',
      detail: 'Nothing in the text reads like a delivery failure: not a bounce',
    });
    return verdict(ctx, 'not-bounce', system ?? 'none', [], extra);
  }
  return verdict(
    ctx,
    action === 'delayed' ? 'delay' : 'failure',
    system ?? 'text',
    recipients,
    extra,
  );
}

function diagnosticLine(block: Fragment | undefined): string {
  if (!block) return '';
  const text = normalise(block.text.slice(0, 4000));
  const m = /(?:^|\s)([45]\d\d[ -].{0,300})/.exec(text);
  return (m?.[1] ?? text).slice(0, 400);
}

function originalHeader(ctx: Context, part: MimePart, name: string): string | undefined {
  const inner = scanMessage(
    ctx.input,
    ctx.msg.lines[part.bodyFrom]?.start ?? 0,
    ctx.msg.lines[part.bodyTo - 1]?.end ?? 0,
  );
  const h = header(inner.root, name);
  return h?.value;
}

function originalToFromText(human: Fragment | undefined): string | undefined {
  if (!human) return undefined;
  const m = /^to:[ \t]*(.{1,300})$/im.exec(human.text.slice(0, 65536));
  return m?.[1];
}

function classifyFeedback(
  ctx: Context,
  parts: MimePart[],
  feedback: MimePart | undefined,
  human: Fragment | undefined,
  extra: Partial<MessageVerdict>,
): MessageVerdict {
  const frag = feedback ? partText(ctx.msg, feedback) : human;
  const groups = frag ? parseReportGroups(frag) : { message: [], recipients: [] };
  const all = [...groups.message, ...groups.recipients.flat()];
  const type =
    (all.find((f) => f.name === 'feedback-type')?.value ?? 'other').toLowerCase().split(/\s/)[0] ??
    'other';
  let addresses = all
    .filter((f) => f.name === 'original-rcpt-to' || f.name === 'removal-recipient')
    .flatMap((f) => addressesIn(f.value));
  if (addresses.length === 0) {
    const orig = parts.find((p) => ORIGINAL_TYPES.has(p.type));
    const to = orig ? originalHeader(ctx, orig, 'to') : undefined;
    addresses = to ? addressesIn(to).slice(0, 1) : [];
  }
  if (addresses.length === 0) addresses = [''];
  ctx.trace.push({
    step: 'kind',
    detail: `A feedback report (RFC 5965 ARF), Feedback-Type ${type}: a complaint, not a bounce`,
  });
  const recipients = addresses.map((a) => ({
    ...nonBounceRecipient(a, 'feedback', `Complaint of type ${type}: reason feedback`),
    feedbackType: type,
  }));
  return verdict(ctx, 'feedback', 'arf', recipients, { ...extra, feedbackType: type });
}

function classifyBare(ctx: Context): MessageVerdict {
  const { input, range } = ctx;
  const end = Math.min(range.end, range.start + 65536);
  const text = input.slice(range.start, end);
  const frag: Fragment = { text, start: range.start, end, encoded: false };
  const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  const coded = lines.filter((l) => /^\s*(?:<<<\s*)?[245]\d\d[ -]/.test(l)).length;
  const system =
    lines.length === 1 && coded === 1 ? 'smtp-line' : coded > 0 ? 'smtp-transcript' : 'diagnostic';
  ctx.trace.push({
    step: 'layout',
    detail: `Not a message: read as ${system === 'diagnostic' ? 'a diagnostic text' : system}`,
  });
  const rcpt =
    /rcpt to:\s*<([^<>\s]{1,300})>/i.exec(text)?.[1] ??
    /<([^<>\s@]{1,64}@[^<>\s]{1,255})>/.exec(text)?.[1] ??
    findAddresses(text, 1)[0] ??
    '';
  const status = statusIn(text);
  const reply = findReplyCode(text);
  const lower = normalise(text.slice(0, 8000));
  const r = judge(
    {
      address: rcpt ? cleanAddress(rcpt) : '',
      addressFrag: rcpt ? located(rcpt, frag) : undefined,
      action: (reply ?? status ?? '').startsWith('4') ? 'delayed' : 'failed',
      actionStated: false,
      texts: [frag],
      status: located(status, frag),
      reply: located(reply, frag),
      diagnostic: diagnosticLine(frag),
      command: findCommand(lower),
      replyLine: system === 'smtp-line',
    },
    [],
  );
  if (r.reason === 'undefined' && !status && !reply) {
    ctx.trace.push({
      step: 'kind',
      detail: 'No reply code, status code or bounce phrase: not a bounce',
    });
    return verdict(ctx, 'not-bounce', system, []);
  }
  if ((status ?? reply ?? '').startsWith('2')) {
    return verdict(ctx, 'delivery', system, [
      { ...r, reason: 'delivered', category: 'none', action: 'delivered' },
    ]);
  }
  return verdict(ctx, r.action === 'delayed' ? 'delay' : 'failure', system, [r]);
}

function classifyNotification(
  ctx: Context,
  note: Notification,
  human: Fragment,
  extra: Partial<MessageVerdict>,
): MessageVerdict {
  ctx.trace.push({
    step: 'layout',
    detail: `A JSON ${note.type} notification (Amazon SES event format)`,
  });
  const where = (value: string | undefined): Located | undefined => located(value, human);
  if (note.type === 'complaint') {
    const recipients = note.recipients.map((r) => ({
      ...nonBounceRecipient(
        r.address,
        'feedback',
        `Complaint of type ${note.subtype}: reason feedback`,
      ),
      feedbackType: note.subtype,
    }));
    return verdict(ctx, 'feedback', 'amazonses', recipients, {
      ...extra,
      feedbackType: note.subtype,
    });
  }
  if (note.type === 'delivery') {
    const recipients = note.recipients.map((r) => ({
      ...nonBounceRecipient(r.address, 'delivered', 'A delivery notification: reason delivered'),
      status: r.status,
      replyCode: r.diagnostic ? findReplyCode(r.diagnostic) : undefined,
      remoteMta: r.remoteMta,
      diagnostic: r.diagnostic ?? '',
    }));
    return verdict(ctx, 'delivery', 'amazonses', recipients, extra);
  }
  const recipients = note.recipients.map((r) => {
    const diag = r.diagnostic ?? '';
    const diagFrag = where(diag);
    const texts: Fragment[] = diagFrag
      ? [{ text: diag, start: diagFrag.start, end: diagFrag.end, encoded: diagFrag.encoded }]
      : [];
    const status = r.status && !isGeneric(r.status) ? r.status : (statusIn(diag) ?? r.status);
    return judge(
      {
        address: r.address,
        addressFrag: where(r.address),
        action: (r.action ?? 'failed').toLowerCase(),
        texts,
        status: where(status),
        reply: where(findReplyCode(diag)),
        remoteMta: r.remoteMta,
        diagnostic: diag,
        command: findCommand(normalise(diag)),
      },
      [],
    );
  });
  return verdict(ctx, messageKind(recipients), 'amazonses', recipients, extra);
}
