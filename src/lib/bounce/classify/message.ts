/**
 * One message of the input as every source of facts sees it: its MIME scan, its parts, the header
 * fields sources ask for, its human-readable text and the sending system the profile allows naming.
 */
import { decodeWords } from 'postal-mime';
import type { TraceStep } from '../decide/index.ts';
import {
  cleanAddress,
  detectSystem,
  findAddresses,
  findTextRecipients,
  originalStart,
  reportText,
  type TextRecipient,
} from '../layout/index.ts';
import type { Range } from '../mbox/index.ts';
import {
  header,
  partText,
  scanMessage,
  walkParts,
  type MimeMessage,
  type MimePart,
} from '../mime/index.ts';
import type { Fragment } from '../text/index.ts';
import type { Profile } from './profile.ts';
import type { MessageKind, MessageVerdict, RecipientVerdict, SourceId } from './types.ts';

/** How much of the human-readable part is read: bounce texts are short, returned messages are not. */
export const HUMAN_LIMIT = 32768;

export const DS_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status']);
export const ORIGINAL_TYPES = new Set([
  'message/rfc822',
  'text/rfc822-headers',
  'message/global',
  'message/global-headers',
]);

/** A message being read, with what every source needs to know about it. */
export interface MessageInput {
  input: string;
  msg: MimeMessage;
  range: Range;
  trace: TraceStep[];
  /** How many forwarded (attached) bounces deep we are. */
  depth: number;
  profile: Profile;
  parts: MimePart[];
  subject: string;
  from: string;
  to: string;
  /** Lowercase Content-Type of the whole message. */
  contentType: string;
  /** The human-readable text (first text part, or the body of a single-part message). */
  human: Fragment | undefined;
  /** The sending system named from its signature, when the profile allows naming one. */
  system: string | undefined;
  /** Fields every verdict of this message carries (its subject). */
  extra: Partial<MessageVerdict>;
}

export function headerValue(part: MimePart, name: string): string {
  return header(part, name)?.value ?? '';
}

export function decodeHeader(value: string): string {
  if (!value.includes('=?')) return value;
  try {
    return decodeWords(value);
  } catch {
    return value;
  }
}

export function addressesIn(value: string): string[] {
  return findAddresses(value).map(cleanAddress);
}

/** True when the part's header fields look like a message's (two or more well-known fields). */
export function looksLikeMessage(root: MimePart): boolean {
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

function humanText(msg: MimeMessage, parts: MimePart[]): Fragment | undefined {
  const root = msg.root;
  if (root.children.length === 0) return partText(msg, root, HUMAN_LIMIT);
  const plain = parts.find((p) => p.children.length === 0 && p.type === 'text/plain');
  if (plain) return partText(msg, plain, HUMAN_LIMIT);
  const html = parts.find((p) => p.children.length === 0 && p.type === 'text/html');
  if (html) {
    const f = partText(msg, html, HUMAN_LIMIT);
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
  return first ? partText(msg, first, HUMAN_LIMIT) : undefined;
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
 * and its report text up to the returned message.
 */
function systemSamples(root: MimePart, human: Fragment | undefined): string[] {
  let fields = '';
  for (const h of root.headers) {
    if (RELAY_FIELDS.has(h.name) || ADDRESSEE_FIELDS.has(h.name)) continue;
    fields += `${h.name}: ${h.value.slice(0, 300)}\n`;
  }
  // The layout steps ask for the same cut over the whole text, so this answer is reused.
  return human
    ? [fields, human.text.slice(0, Math.min(originalStart(human.text), 3000))]
    : [fields];
}

/** Reads what every source needs from a scanned message. */
export function messageInput(
  input: string,
  msg: MimeMessage,
  range: Range,
  trace: TraceStep[],
  depth: number,
  profile: Profile,
): MessageInput {
  const root = msg.root;
  const parts: MimePart[] = [];
  walkParts(root, (p) => parts.push(p));
  const subject = decodeHeader(headerValue(root, 'subject'));
  const human = humanText(msg, parts);
  const dsPart = parts.find((p) => DS_TYPES.has(p.type));
  const system = profile.systems
    ? detectSystem(
        ...systemSamples(root, human),
        ...(dsPart ? [partText(msg, dsPart, 1500).text] : []),
      )
    : undefined;
  return {
    input,
    msg,
    range,
    trace,
    depth,
    profile,
    parts,
    subject,
    from: headerValue(root, 'from'),
    to: headerValue(root, 'to'),
    contentType: headerValue(root, 'content-type').toLowerCase(),
    human,
    system,
    extra: subject ? { subject } : {},
  };
}

/** A message verdict for `m`. */
export function verdict(
  m: Pick<MessageInput, 'range' | 'trace'>,
  source: SourceId,
  kind: MessageKind,
  system: string,
  recipients: RecipientVerdict[],
  extra: Partial<MessageVerdict> = {},
): MessageVerdict {
  return {
    kind,
    range: [m.range.start, m.range.end],
    system,
    source,
    recipients,
    trace: m.trace,
    ...extra,
  };
}

/** A header field of an attached (returned) message. */
export function originalHeader(m: MessageInput, part: MimePart, name: string): string | undefined {
  const inner = scanMessage(
    m.input,
    m.msg.lines[part.bodyFrom]?.start ?? 0,
    m.msg.lines[part.bodyTo - 1]?.end ?? 0,
  );
  return header(inner.root, name)?.value;
}

/** A `To:` line of a returned message quoted in the text. */
export function originalToFromText(human: Fragment | undefined): string | undefined {
  if (!human) return undefined;
  const m = /^to:[ \t]*(.{1,300})$/im.exec(human.text.slice(0, 65536));
  return m?.[1];
}

/** The bounce's own text (before the returned message) and the recipients it names. */
export interface NoticeText {
  report: Fragment | undefined;
  recipients: TextRecipient[];
}

// The notices of the last few messages read (an attached bounce is read inside its wrapper), kept
// in a short list: adding a WeakMap entry for every message costs more than the lookups save.
const RECENT_NOTICES = 4;
const noticeInputs: MessageInput[] = [];
const notices: NoticeText[] = [];
let noticeNext = 0;

/**
 * The human-readable notice of `m` and the recipients it names (the bounce's own sender and
 * addressee excluded), read once per message whichever sources ask.
 */
export function noticeOf(m: MessageInput): NoticeText {
  const slot = noticeInputs.indexOf(m);
  let notice = slot >= 0 ? notices[slot] : undefined;
  if (!notice) {
    const root = m.msg.root;
    const exclude = new Set<string>(
      [
        ...addressesIn(m.from),
        ...addressesIn(m.to),
        ...addressesIn(headerValue(root, 'delivered-to')),
        ...addressesIn(headerValue(root, 'x-original-to')),
      ].map((a) => a.toLowerCase()),
    );
    notice = {
      report: m.human ? reportText(m.human) : undefined,
      recipients: m.human ? findTextRecipients(m.human, exclude) : [],
    };
    noticeInputs[noticeNext] = m;
    notices[noticeNext] = notice;
    noticeNext = (noticeNext + 1) % RECENT_NOTICES;
  }
  return notice;
}
