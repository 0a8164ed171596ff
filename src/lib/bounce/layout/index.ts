/**
 * Reading the human-readable text of a bounce: which sending system wrote it, where the returned
 * message starts, which lines name the failed recipients, and which text belongs to each of them.
 * Non-standard bounces (qmail, Exim, Gmail, Yahoo, ...) carry everything here; standard DSNs use it
 * to add the remote server's words to their fields.
 */
import { compilePhrases, search } from '../phrase-matcher/index.ts';
import { isHeaderBlock } from '../mime/index.ts';
import { isWhiteSpace, lineIndexAt, splitLines, type Fragment, type Line } from '../text/index.ts';

/** A recipient named in the text, with the block of text that explains its failure. */
export interface TextRecipient {
  address: string;
  /** Range of the address in the input (or of the whole part when it is encoded). */
  start: number;
  end: number;
  encoded: boolean;
  /** The text explaining this recipient's failure. */
  block: Fragment;
}

/** Signatures of sending systems: a lowercase fixed string found in the headers or text → name. */
export const SYSTEM_SIGNATURES: readonly (readonly [string, string])[] = [
  // Mailbox providers and sending services first: they often run a common MTA underneath.
  ['googlegroups.com', 'google-groups'],
  ['groups.google.com', 'google-groups'],
  ['google tried to deliver your message', 'gmail'],
  ['delivery to the following recipient failed permanently', 'gmail'],
  ['delivery to the following recipient has been delayed', 'gmail'],
  ['googlemail.com', 'gmail'],
  // Gmail's current notices (it also sends X-Failed-Recipients, so these come before Exim's mark).
  ['** address not found **', 'gmail'],
  ["your message wasn't delivered to", 'gmail'],
  ['** message blocked **', 'gmail'],
  ['** message not delivered **', 'gmail'],
  ['mx.google.com', 'gmail'],
  ['sorry, we were unable to deliver your message to the following address', 'yahoo'],
  ['amazonses.com', 'amazonses'],
  ['x-ses-outgoing', 'amazonses'],
  ['sendgrid', 'sendgrid'],
  ['zoho', 'zoho'],
  ['outlook.com', 'office365'],
  ['aol.com', 'aol'],
  ['mimecast', 'mimecast'],
  // MessageLabs' own notices; its name alone also turns up in replies it relays for others.
  ['this is the mail delivery agent at', 'messagelabs'],
  ['barracuda', 'barracuda'],
  // Mail transfer agents.
  ['x-postfix-queue-id', 'postfix'],
  ['this is the mail system at host', 'postfix'],
  ['x-failed-recipients', 'exim'],
  ['this message was created automatically by mail delivery software', 'exim'],
  ['this is the qmail-send program', 'qmail'],
  ['qmail-send', 'qmail'],
  ['courier mail server', 'courier'],
  ['this is the mailer-daemon, please do not reply', 'opensmtpd'],
  ['----- transcript of session follows -----', 'sendmail'],
  ['the original message was received at', 'sendmail'],
  ['diagnostic information for administrators', 'exchange'],
  ['x-ms-exchange', 'exchange'],
  ['microsoft exchange', 'exchange'],
  ['did not reach some or all of the intended recipients', 'exchange'],
  ['domino directory', 'domino'],
  ['lotus domino', 'domino'],
  ['x-powermta', 'powermta'],
  ['message from interscan messaging security suite', 'interscanmss'],
  ['imail server', 'imailserver'],
  ['x-mailer: <smtp32', 'imailserver'],
  ['x-mlserver: fml', 'fml'],
  ['x-nai-header', 'mcafee'],
  ['postmaster@ezweb.ne.jp', 'ezweb'],
  ['lsean.ezweb.ne.jp', 'ezweb'],
  ['x-mailer: m-filter', 'mfilter'],
  ['invalid final delivery userid', 'imailserver'],
  ['message could not be delivered to mobile', 'verizon'],
  ['vzwpix.com', 'verizon'],
  ['vtext.com', 'verizon'],
  ['delivery to the following recipients failed', 'exchange'],
  ['x-dsncontext', 'exchange'],
  ['mail delivery subsystem', 'sendmail'],
];

const SIGNATURES = compilePhrases(
  SYSTEM_SIGNATURES.map(([needle]) => needle),
  { foldCase: true },
);

/**
 * Names the sending system from samples of its headers and text (in any case), or undefined: the
 * signature listed first among those found wins.
 */
export function detectSystem(...samples: string[]): string | undefined {
  let best = Infinity;
  for (const sample of samples) {
    for (const index of search(SIGNATURES, sample).keys()) if (index < best) best = index;
  }
  return SYSTEM_SIGNATURES[best]?.[1];
}

// Lines that start the returned copy of the original message.
const ORIGINAL_MARKERS = [
  'below this line is a copy of the message',
  'this is a copy of the message',
  'this is a copy of your message',
  'a copy of the original message',
  'original message',
  'the header of the original message',
  'message headers follow',
  'message header follows',
  'undelivered message',
  'original message follows',
  '----- original message -----',
  '------ original message ------',
  'original message headers',
  'the original message was',
  '--- the header of the original message is following. ---',
  'returned message',
  'unsent message below',
  'unsent message follows',
  'content-type: message/rfc822',
  'original message header',
  '----- message header follows -----',
  'headers of the original message',
  'the original message headers are included',
  'your message reads (in part)',
  'original mail as follows',
  'below is a copy of the original message',
];

// A line that names a recipient: the address first (after list marks, a reply code, a field name
// such as "Recipient:" or a lead-in such as "undeliverable to"), in any of the layouts bounces use.
const ADDRESS_LINE = new RegExp(
  [
    '^[\\s>*•-]{0,12}(?:[245]\\d\\d[ -](?:[245]\\.\\d{1,3}\\.\\d{1,3}\\s{1,3})?)?',
    '(?:',
    // "Recipient address:", "Original-Recipient:", "Unknown user:", "Empfänger:", "宛先："...
    '(?:(?:final-|original-)?(?:recipient(?: address)?|rcpt to|to|address|addressee|user|mailbox|unknown user|user unknown|invalid (?:user|recipient|address|mailbox)|bad (?:address|recipient)|no such user|empfänger|destinataire|destinatario|destinatário|ontvanger|получатель|adresat|宛先|收件人|수신자)\\s{0,3}[:：]\\s{0,6})',
    // "Delivery failed 3 attempts:", "undeliverable to", "could not be delivered to"...
    '|(?:delivery failed(?: \\d{1,3} attempts?)?|delivery to|undeliverable to|could not (?:be )?deliver(?:ed)? to|failed to deliver to|unable to deliver (?:message |mail )?to|not delivered to|message (?:to|for)|mail (?:to|for)|permanently failed for)\\s{0,3}:?\\s{0,6}',
    ')?',
    '(?:"[^"\\n]{0,80}"\\s{0,4})?"?<?(?:mailto:)?',
    '([^\\s<>()"\',;:@[\\]]{1,64}@[A-Za-z0-9][A-Za-z0-9.-]{0,253})',
  ].join(''),
  'i',
);
// A line that gives the reason first and the address last ("Unknown user: a@b", "User mailbox
// exceeds allowed size: a@b", IMail and similar): only when those words speak of a failure.
const REASON_THEN_ADDRESS =
  /^[\s>*•-]{0,12}([\p{L}][\p{L}\d '’/-]{2,70}):\s{0,6}<?([^\s<>()"',;:@[\]]{1,64}@[A-Za-z0-9][A-Za-z0-9.-]{0,253})>?\s*$/u;
const FAILURE_REASON =
  /unknown|invalid|not found|no such|does not exist|exceed|full|quota|disabled|suspended|rejected|refused|denied|failed|error|undeliverable|unavailable|inactive|blocked/i;
const ANY_ADDRESS = /<([^\s<>()"',;:@[\]]{1,64}@[A-Za-z0-9][A-Za-z0-9.-]{0,253})>/g;
// Words before an address that make it a contact or an example, not a failed recipient.
const NOT_A_RECIPIENT =
  /\be\.g\.|for example|such as|example:|z\. ?b\.|par exemple|por ejemplo|ad esempio|contact|questions?\b|\bhelp\b|support|assistance|inquir|write to|send (?:an? )?(?:e-?mail|mail|message) to|report (?:this|it|abuse)|webmaster|administrator at|reply to/i;
const ROLE = /^(?:mailer-daemon|noreply|no-reply)@/i;
// Addresses a notice gives to write to, not to report on.
const CONTACT_ROLE = /^(?:postmaster|abuse|hostmaster|webmaster|support|help|helpdesk)@/i;

function isLocalChar(c: number): boolean {
  // Anything but white space, controls and the characters that delimit addresses in mail text.
  return (
    c > 32 &&
    c !== 60 &&
    c !== 62 &&
    c !== 40 &&
    c !== 41 &&
    c !== 34 &&
    c !== 39 &&
    c !== 44 &&
    c !== 59 &&
    c !== 58 &&
    c !== 64 &&
    c !== 91 &&
    c !== 93 &&
    c !== 127
  );
}

function isDomainChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46
  );
}

/**
 * Finds e-mail addresses in `text` by expanding around each "@" (linear time: every character is
 * looked at a bounded number of times), at most `limit` of them.
 *
 * @example findAddresses('rfc822; <a@example.com>') // ['a@example.com']
 */
export function findAddresses(text: string, limit = 50): string[] {
  const out: string[] = [];
  let at = text.indexOf('@');
  while (at >= 0 && out.length < limit) {
    let start = at;
    while (start > 0 && at - start < 64 && isLocalChar(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    if (end < text.length && isDomainChar(text.charCodeAt(end)) && text.charCodeAt(end) !== 46) {
      while (end < text.length && end - at <= 254 && isDomainChar(text.charCodeAt(end))) end++;
    }
    if (start < at && end > at + 1) out.push(text.slice(start, end));
    at = text.indexOf('@', Math.max(end, at + 1));
  }
  return out;
}

const LOCAL_PART =
  /^(?:[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uffff-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uffff-]+)*|"[^"\\\r\n]{1,62}")$/;
const DOMAIN_LABEL = /^(?!-)[A-Za-z0-9\u0080-\uffff-]{1,63}(?<!-)$/;
const ADDRESS_LITERAL = /^\[(?:\d{1,3}\.){3}\d{1,3}\]$/;

/**
 * True for an address a message can be sent to (RFC 5321 §4.1.2 Mailbox, with the UTF-8 of RFC
 * 6531): one "@", a local part of at most 64 characters, and a domain of at least two labels whose
 * last is not a number (or an address literal). Text with two "@", a bare local part, "<>" or an
 * X.400 form is not an address.
 *
 * @example isAddress('a.b@example.com') // true
 * @example isAddress('a@b@example.com') // false
 */
export function isAddress(address: string): boolean {
  const at = address.lastIndexOf('@');
  if (at <= 0 || address.length > 254) return false;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local.length > 64 || !LOCAL_PART.test(local)) return false;
  if (ADDRESS_LITERAL.test(domain)) return true;
  const labels = domain.split('.');
  if (labels.length < 2 || domain.length > 253) return false;
  if (!labels.every((l) => DOMAIN_LABEL.test(l))) return false;
  return !/^\d+$/.test(labels[labels.length - 1] ?? '');
}

/** Cleans an address found in text: trailing dots/hyphens, lowercase domain. */
export function cleanAddress(raw: string): string {
  const at = raw.lastIndexOf('@');
  if (at < 0) return raw;
  let domain = raw.slice(at + 1);
  while (domain.endsWith('.') || domain.endsWith('-')) domain = domain.slice(0, -1);
  return `${raw.slice(0, at)}@${domain.toLowerCase()}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// One pass over the text: a separator line is one that starts (after dashes, spaces...) with a marker.
const ORIGINAL_LINE = new RegExp(
  `^[ \\t\\-=*_>]{0,40}(?:${ORIGINAL_MARKERS.map(escapeRegExp).join('|')})`,
  'gim',
);

/**
 * A few words such that every separator contains one of them ("message", "original"), picked
 * greedily from the markers (a marker with no word of four letters stands for itself). Only lines
 * holding one of these words can be separators, so only those lines need the full pattern.
 */
function anchorWords(markers: readonly string[]): string[] {
  const words: string[] = [];
  let left = [...markers];
  while (left.length > 0) {
    const counts = new Map<string, number>();
    for (const m of left) {
      for (const w of new Set(m.match(/[a-z]{4,}/g) ?? [])) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    let best = '';
    for (const [w, n] of counts) if (n > (counts.get(best) ?? 0)) best = w;
    if (!best) {
      words.push(...left);
      break;
    }
    words.push(best);
    left = left.filter((m) => !m.includes(best));
  }
  return words;
}

const MARKER_WORDS = anchorWords(ORIGINAL_MARKERS);
// Case-insensitive like ORIGINAL_LINE, so both accept exactly the same spellings of the words.
const MARKER_WORD_ANY_CASE = new RegExp(MARKER_WORDS.map(escapeRegExp).join('|'), 'gi');
/** How far into its line a word can stand in a separator: the leading run plus the marker. */
const MARKER_REACH = 40 + Math.max(...ORIGINAL_MARKERS.map((m) => m.length));
// The same pattern as ORIGINAL_LINE, tried at one line start (sticky) instead of at every offset.
const ORIGINAL_AT = new RegExp(ORIGINAL_LINE.source.slice(1), 'iy');

/** The last text asked about and its answer: the same report text is asked about several times. */
let lastText: string | undefined;
let lastStart = 0;

/**
 * Returns the offset in `text` where the returned original message starts (or text.length): the
 * first line that, after leading dashes or spaces, starts with one of the usual separators.
 */
export function originalStart(text: string): number {
  if (text !== lastText) {
    lastStart = findOriginalStart(text);
    lastText = text;
  }
  return lastStart;
}

function findOriginalStart(text: string): number {
  const head = text.length > 262144 ? text.slice(0, 262144) : text;
  const at = separatorByWord(head);
  const block = quotedHeaderStart(head, at < 0 ? head.length : at);
  if (block >= 0) return block;
  return at < 0 ? text.length : at;
}

// A common header field (tried at the start of each line): where a returned message's header may begin.
const QUOTED_FIELD_AT = /(?:received|return-path|from|to|subject|date|message-id)[ \t]*:/iy;

/**
 * The start of a returned message's header block written into the text with no separator line
 * before it (three or more fields, two of them common ones and one a From, ending at a blank
 * line), before `limit`;
 * -1 when there is none. A block at the very start is the text's own header, not a returned one.
 */
function quotedHeaderStart(head: string, limit: number): number {
  const stop = Math.min(limit, head.length);
  // Line by line (a sticky pattern tried at each line start costs far less than a multiline
  // search, which tries every offset of the text).
  for (
    let brk = lineEndAfter(head, 0);
    brk >= 0 && brk + 1 < stop;
    brk = lineEndAfter(head, brk + 1)
  ) {
    const start = brk + 1;
    QUOTED_FIELD_AT.lastIndex = start;
    if (!QUOTED_FIELD_AT.test(head)) continue;
    const lines = splitLines(head, start, Math.min(head.length, start + 8000));
    if (isHeaderBlock(head, lines, 0, 3, 'from')) return start;
  }
  return -1;
}

/**
 * The first separator line, trying the full pattern only on lines where one of `MARKER_WORDS`
 * occurs near the start, or -1: the same answer as running `ORIGINAL_LINE` over the whole text,
 * without trying the pattern at every offset.
 */
function separatorByWord(head: string): number {
  MARKER_WORD_ANY_CASE.lastIndex = 0;
  for (let m = MARKER_WORD_ANY_CASE.exec(head); m; m = MARKER_WORD_ANY_CASE.exec(head)) {
    const lineStart = lineStartWithin(head, m.index, MARKER_REACH);
    if (lineStart >= 0) {
      ORIGINAL_AT.lastIndex = lineStart;
      if (
        ORIGINAL_AT.test(head) &&
        !isReceivedLine(head, lineStart) &&
        !isLabelLine(head, lineStart)
      )
        return lineStart;
    }
    // Any later separator is on a later line.
    const end = lineEndAfter(head, m.index);
    if (end < 0) return -1;
    MARKER_WORD_ANY_CASE.lastIndex = end + 1;
  }
  return -1;
}

/** "The original message was received at/on ..." (Sendmail, Courier) starts the report, it is not a cut. */
function isReceivedLine(head: string, at: number): boolean {
  return /the original message was received/i.test(head.slice(at, at + 80));
}

/**
 * "Original message date: …", "Original message subject: …" (Merak, IceWarp and others) label a
 * field of the report; they are not the cut before the returned message.
 */
function isLabelLine(head: string, at: number): boolean {
  return /^[ \t]*original message[ -]?(?:date|subject|id|size|sent|time|from|to)[ \t]*:/i.test(
    head.slice(at, at + 60),
  );
}

/** The line terminators a multiline RegExp `^` stands after, so both searches see the same lines. */
function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/** Start of the line holding offset `at` when it is at most `reach` characters back, else -1. */
function lineStartWithin(text: string, at: number, reach: number): number {
  const stop = Math.max(0, at - reach);
  for (let i = at - 1; i >= stop; i--) if (isLineBreak(text.charCodeAt(i))) return i + 1;
  return stop === 0 ? 0 : -1;
}

const LINE_BREAK = /[\n\r\u2028\u2029]/g;

/** Offset of the first line break at or after `at`, or -1. */
function lineEndAfter(text: string, at: number): number {
  LINE_BREAK.lastIndex = at;
  return LINE_BREAK.exec(text)?.index ?? -1;
}

function sub(frag: Fragment, from: number, to: number): Fragment {
  if (frag.encoded)
    return { text: frag.text.slice(from, to), start: frag.start, end: frag.end, encoded: true };
  return {
    text: frag.text.slice(from, to),
    start: frag.start + from,
    end: frag.start + to,
    encoded: false,
  };
}

// Sendmail reports the host it was talking to on its own line ("550 example.org (smtp)... 550 Host
// unknown") just before the line that names the recipient at that host.
const HOST_STATUS_LINE = /^[245]\d\d [a-z0-9][a-z0-9.-]{0,253} \([a-z0-9-]{1,20}\)\.\.\. /i;

// A header field of a message the notice quotes, indented or not ("To:", "Subject:", "Date:"...).
const NOTICE_FIELD =
  /^[ \t>]{0,12}(to|cc|bcc|reply-to|from|subject|date|sent|message-id)[ \t]{0,3}:/i;
const ADDRESSEE_FIELDS: ReadonlySet<string> = new Set(['to', 'cc', 'bcc', 'reply-to']);

/**
 * For each line, true when it is the To, Cc or Reply-To line of a header block the notice quotes
 * ("This report relates to a message you sent with the following header fields: ... To: ..."):
 * one of its neighbours, blank lines aside, is another field of a message (From, Subject, Date,
 * Sent, Message-ID). Those addresses are where the message was sent, not what failed.
 */
function quotedAddresseeLines(text: string, lines: readonly Line[]): (i: number) => boolean {
  // Worked out only for the lines asked about (those holding an address) and their neighbours.
  const fields: (string | null | undefined)[] = [];
  const fieldAt = (k: number): string | null => {
    let f = fields[k];
    if (f === undefined) {
      const l = lines[k] as Line;
      f =
        NOTICE_FIELD.exec(text.slice(l.start, Math.min(l.end, l.start + 40)))?.[1]?.toLowerCase() ??
        null;
      fields[k] = f;
    }
    return f;
  };
  const blankAt = (k: number): boolean => {
    const l = lines[k] as Line;
    for (let c = l.start; c < l.end; c++) if (!isWhiteSpace(text.charCodeAt(c))) return false;
    return true;
  };
  return (i) => {
    if (i < 0 || i >= lines.length) return false;
    const own = fieldAt(i);
    if (own === null || !ADDRESSEE_FIELDS.has(own)) return false;
    for (const step of [-1, 1]) {
      let looked = 0;
      for (let k = i + step; k >= 0 && k < lines.length && looked < 3; k += step) {
        if (blankAt(k)) continue;
        looked++;
        const other = fieldAt(k);
        if (other === null) break;
        if (!ADDRESSEE_FIELDS.has(other)) return true;
      }
    }
    return false;
  };
}

/**
 * The words of a sentence that a line break at `lineStart` interrupts ("… (por ejemplo," / "x@y)"):
 * the end of the previous line back to its last sentence break, or '' when that line ends a
 * sentence, a heading or a paragraph.
 */
function sentenceBefore(text: string, lineStart: number): string {
  let end = lineStart - 1;
  let breaks = '';
  while (end >= 0 && (text.charCodeAt(end) === 10 || text.charCodeAt(end) === 13)) {
    breaks = text.charAt(end) + breaks;
    end--;
  }
  // A blank line before it: a new paragraph, not a sentence that goes on.
  if (breaks !== '\n' && breaks !== '\r' && breaks !== '\r\n') return '';
  while (end >= 0 && (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9)) end--;
  if (end < 0 || /[.:!?]/.test(text.charAt(end))) return '';
  const from = Math.max(0, end - 80);
  const tail = text.slice(from, end + 1);
  const stop = Math.max(tail.lastIndexOf('\n'), tail.lastIndexOf('. '), tail.lastIndexOf(': '));
  return stop >= 0 ? tail.slice(stop + 1) : tail;
}

function lineText(text: string, line: Line | undefined): string {
  return line ? text.slice(line.start, Math.min(line.end, line.start + 400)) : '';
}

/**
 * Finds the recipients a bounce text names, each with the block of lines that explains its failure
 * (from the line naming it up to the line naming the next recipient). Addresses in `exclude`
 * (the bounce's own sender and receiver) are skipped.
 */
export function findTextRecipients(frag: Fragment, exclude: ReadonlySet<string>): TextRecipient[] {
  const text = frag.text;
  const limit = originalStart(text);
  const lines = splitLines(text, 0, limit);
  const quoted = quotedAddresseeLines(text, lines);
  const inQuotedHeader = (pos: number) => quoted(lineIndexAt(lines, pos));
  const found: { address: string; at: number; lineStart: number }[] = [];
  const seen = new Set<string>();
  // The next "@" at or after the current line: looked up again only once a line passes it, so
  // lines without an address cost nothing and the text is searched once.
  let at = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (at < line.start) at = text.indexOf('@', line.start);
    if (at < 0) break;
    if (at >= line.end || at > line.start + 400 || quoted(i)) continue;
    const raw = text.slice(line.start, Math.min(line.end, line.start + 400));
    let written = ADDRESS_LINE.exec(raw)?.[1];
    if (!written) {
      const r = REASON_THEN_ADDRESS.exec(raw);
      if (r?.[1] && FAILURE_REASON.test(r[1])) written = r[2];
    }
    if (!written) continue;
    const address = cleanAddress(written);
    const key = address.toLowerCase();
    if (!isAddress(address) || ROLE.test(address) || exclude.has(key)) continue;
    if (NOT_A_RECIPIENT.test(raw.slice(0, raw.indexOf(written)))) continue;
    if (NOT_A_RECIPIENT.test(sentenceBefore(text, line.start))) continue;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({ address, at: line.start + raw.indexOf(written), lineStart: line.start });
  }
  if (found.length === 0) {
    // Fall back to an address in angle brackets anywhere in the text ("message to <a@b> was undeliverable").
    ANY_ADDRESS.lastIndex = 0;
    const head = text.slice(0, limit);
    for (let m = ANY_ADDRESS.exec(head); m; m = ANY_ADDRESS.exec(head)) {
      const address = cleanAddress(m[1] ?? '');
      const key = address.toLowerCase();
      if (!isAddress(address) || ROLE.test(address) || exclude.has(key) || seen.has(key)) continue;
      if (inQuotedHeader(m.index)) continue;
      const lineStart = lineStartWithin(head, m.index, 400);
      if (NOT_A_RECIPIENT.test(head.slice(lineStart < 0 ? m.index - 400 : lineStart, m.index)))
        continue;
      seen.add(key);
      found.push({ address, at: m.index + 1, lineStart: lineStart < 0 ? m.index : lineStart });
      break;
    }
  }
  if (found.length === 0) {
    // Last, an address written inside a sentence ("Ihre Nachricht an hans@example.de konnte
    // nicht zugestellt werden"): the first one that is no contact, example or role address.
    const head = text.slice(0, limit);
    for (const raw of findAddresses(head, 20)) {
      const address = cleanAddress(raw);
      const key = address.toLowerCase();
      if (!isAddress(address) || ROLE.test(address) || CONTACT_ROLE.test(address)) continue;
      if (exclude.has(key) || seen.has(key)) continue;
      // Its first mention outside a quoted header block.
      let at = head.indexOf(raw);
      while (at >= 0 && inQuotedHeader(at)) at = head.indexOf(raw, at + raw.length);
      if (at < 0) continue;
      const lineStart = lineStartWithin(head, at, 400);
      if (NOT_A_RECIPIENT.test(head.slice(lineStart < 0 ? Math.max(0, at - 400) : lineStart, at)))
        continue;
      seen.add(key);
      found.push({ address, at, lineStart: lineStart < 0 ? at : lineStart });
      break;
    }
  }
  // Sendmail writes the conversation ("While talking to host:", ">>> MAIL From:", "<<< 550 ...")
  // before the line that names the recipient it failed for: that conversation belongs to it.
  const index = found.map((f) => lineIndexAt(lines, f.lineStart));
  const starts = found.map((f, i) => {
    const from = i > 0 ? (index[i - 1] ?? 0) + 1 : 0;
    for (let k = (index[i] ?? 0) - 1; k >= from; k--) {
      if (lineText(text, lines[k]).toLowerCase().includes('while talking to'))
        return lines[k]?.start ?? f.lineStart;
    }
    return f.lineStart;
  });
  return found.map((f, i) => {
    const next = found[i + 1];
    const blockStart = starts[i] ?? f.lineStart;
    let blockEnd = limit;
    if (next) {
      // Sendmail names the host on its own line ("550 example.org (smtp)... 550 Host unknown")
      // just before the line naming the next recipient: that line belongs to the next one.
      let k = lineIndexAt(lines, starts[i + 1] ?? next.lineStart);
      blockEnd = lines[k]?.start ?? next.lineStart;
      while (k - 1 > (index[i] ?? 0) && HOST_STATUS_LINE.test(lineText(text, lines[k - 1]))) {
        k--;
        blockEnd = lines[k]?.start ?? blockEnd;
      }
      blockEnd = Math.min(blockEnd, starts[i + 1] ?? next.lineStart);
    }
    const start = frag.encoded ? frag.start : frag.start + f.at;
    return {
      address: f.address,
      start,
      end: frag.encoded ? frag.end : start + f.address.length,
      encoded: frag.encoded,
      block: sub(frag, blockStart, blockEnd),
    };
  });
}

// An SMTP conversation a notice quotes: the command sent ("--> RCPT To:<a@b>", ">>> RCPT TO:<a@b>",
// or the command alone on its line) and the server's replies ("<-- 550 ...", "<<< 550 ...").
const SENT_RCPT = /(?:-->|>>>|^)\s*rcpt to:\s*<([^<>\s]{1,300})>/i;
const SENT_DATA = /(?:-->|>>>|^)\s*data\s*$/i;
const SERVER_REPLY = /(?:<--|<<<|^)\s*([245])\d\d[ -]/;

/** What a quoted SMTP conversation says of each recipient it sent. */
export interface TranscriptOutcome {
  /** Recipients the server refused at RCPT TO, with the command and reply lines. */
  refused: { address: string; start: number; end: number; block: Fragment }[];
  /** Recipients (lowercase) the server accepted at RCPT TO. */
  accepted: Set<string>;
  /** True when the message itself was refused after DATA: then accepted recipients failed too. */
  refusedAfterData: boolean;
}

/**
 * Reads an SMTP conversation quoted in `frag` (MDaemon's session transcript, a Sendmail
 * transcript): which RCPT TO the server accepted (2xx) and which it refused (4xx/5xx), so a
 * notice that lists every recipient of the message reports only those that failed.
 */
export function transcriptOutcome(frag: Fragment): TranscriptOutcome {
  const text = frag.text.length > 65536 ? frag.text.slice(0, 65536) : frag.text;
  const outcome: TranscriptOutcome = { refused: [], accepted: new Set(), refusedAfterData: false };
  if (!/rcpt to:/i.test(text)) return outcome;
  const lines = splitLines(text);
  let pending: { address: string; at: number; lineStart: number } | undefined;
  let afterData = false;
  let continued: { refusal: TranscriptOutcome['refused'][number]; from: number } | undefined;
  for (const line of lines) {
    const raw = text.slice(line.start, Math.min(line.end, line.start + 400));
    // Drop a leading time stamp or log prefix ("Tue 2007-09-18 14:02:12: ").
    const body = raw.replace(/^[^<>]{0,60}?:\s(?=\s*(?:-->|<--|>>>|<<<))/, '');
    const rcpt = SENT_RCPT.exec(body);
    if (rcpt?.[1]) {
      pending = { address: rcpt[1], at: line.start + raw.indexOf(rcpt[1]), lineStart: line.start };
      afterData = false;
      continue;
    }
    if (SENT_DATA.test(body.trim())) {
      pending = undefined;
      afterData = true;
      continue;
    }
    const reply = SERVER_REPLY.exec(body.trimStart());
    if (!reply) {
      continued = undefined;
      continue;
    }
    const refused = reply[1] !== '2' && reply[1] !== '3';
    // The further lines of a multi-line reply ("550-5.1.1 ...", then "550 5.1.1 ...") belong to
    // the recipient the first one refused.
    if (continued && !pending) {
      continued.refusal.block = sub(frag, continued.from, line.end);
      continue;
    }
    continued = undefined;
    if (pending) {
      if (refused) {
        const start = frag.encoded ? frag.start : frag.start + pending.at;
        const refusal = {
          address: pending.address,
          start,
          end: frag.encoded ? frag.end : start + pending.address.length,
          block: sub(frag, pending.lineStart, line.end),
        };
        outcome.refused.push(refusal);
        if (/^\d{3}-/.test(body.trimStart().replace(/^(?:<--|<<<)\s*/, '')))
          continued = { refusal, from: pending.lineStart };
      } else outcome.accepted.add(pending.address.toLowerCase());
      pending = undefined;
    } else if (afterData && refused) {
      outcome.refusedAfterData = true;
    }
    if (afterData && !refused && reply[1] === '2') afterData = false;
  }
  return outcome;
}

/** The part of `frag` before the returned original message. */
export function reportText(frag: Fragment): Fragment {
  return sub(frag, 0, originalStart(frag.text));
}

const COMMAND_WORDS: readonly (readonly [string, string])[] = [
  ['rcpt to', 'RCPT'],
  ['rcpt_to', 'RCPT'],
  ['rcpt command', 'RCPT'],
  // The command named alone, as in m-FILTER's "SMTP command" section ("-------SMTP command / RCPT").
  ['rcpt', 'RCPT'],
  ['mail command', 'MAIL'],
  ['mail from', 'MAIL'],
  ['mail_from', 'MAIL'],
  ['end of data', 'DATA'],
  ['data', 'DATA'],
  ['helo', 'HELO'],
  ['ehlo', 'HELO'],
  ['initial connection', 'CONN'],
  ['connect', 'CONN'],
];

const LOCALISED_COMMAND =
  /\b(rcpt to|mail from|data|helo|ehlo)\b.{0,3}(?:コマンド|命令|명령|-?befehl)|(?:befehl|commande|comando|команд[аеуы]?|polecenie|opdracht)\s+(rcpt to|mail from|data|helo|ehlo)\b/;

// The nouns `LOCALISED_COMMAND` needs, searched for first (a native search per noun is far quicker
// than trying the pattern at every offset).
const COMMAND_NOUNS = [
  'コマンド',
  '命令',
  '명령',
  'befehl',
  'commande',
  'comando',
  'команд',
  'polecenie',
  'opdracht',
];

function commandWord(text: string): string | undefined {
  for (const [word, cmd] of COMMAND_WORDS) {
    // A whole word only: "after connecting" or "after database" name no command.
    if (text.startsWith(word) && !/[a-z]/.test(text.charAt(word.length))) return cmd;
  }
  return undefined;
}

/**
 * Names the SMTP command the error answered, from wording like "(in reply to RCPT TO command)"
 * (Postfix), "after RCPT TO:" (Exim), the ">>> RCPT To:" line before the first "<<< 5xx" reply of a
 * Sendmail transcript, "[RCPT_TO]" (Yahoo) or "RCPT TO response" (qmail). Undefined when not stated.
 */
export function findCommand(lowerText: string): string | undefined {
  for (const marker of [
    'in reply to ',
    'after ',
    'error in reply to ',
    'smtp command ',
    'did not like our ',
  ]) {
    let at = lowerText.indexOf(marker);
    while (at >= 0) {
      const cmd = commandWord(lowerText.slice(at + marker.length, at + marker.length + 20));
      if (cmd) return cmd;
      at = lowerText.indexOf(marker, at + 1);
    }
  }
  // Most texts hold no transcript: look for the reply pattern only when its marker is there.
  // (MDaemon writes the same conversation with "-->" and "<--".)
  const reply =
    lowerText.includes('<<<') || lowerText.includes('<--')
      ? lowerText.search(/(?:<<<|<--) ?[45]\d\d/)
      : -1;
  if (reply > 0) {
    const sent = Math.max(
      lowerText.lastIndexOf('>>> ', reply),
      lowerText.lastIndexOf('--> ', reply),
    );
    if (sent >= 0) {
      const cmd = commandWord(lowerText.slice(sent + 4, sent + 24));
      if (cmd) return cmd;
    } else if (lowerText.lastIndexOf('while talking to', reply) >= 0) {
      // The server refused in its greeting, before anything was sent.
      return 'CONN';
    }
  }
  // qmail-remote: "does not like recipient" (RCPT), "does not like sender" (MAIL), "failed after I
  // sent the message" (DATA).
  if (
    lowerText.includes('[rcpt_to]') ||
    lowerText.includes('rcpt to response') ||
    lowerText.includes('does not like recipient')
  )
    return 'RCPT';
  if (lowerText.includes('does not like sender') || lowerText.includes('but sender was rejected'))
    return 'MAIL';
  if (lowerText.includes('but my name was rejected')) return 'HELO';
  if (lowerText.includes('but greeting failed')) return 'CONN';
  if (lowerText.includes('failed on data command')) return 'DATA';
  // Gmail, relaying another server's refusal, names the SMTP state it was in: "(state 14)" comes
  // with recipient refusals (user unknown, mailbox full), "(state 18)" with refusals of the
  // message itself (header errors).
  // The command named in another language: "(RCPT TO コマンドへの応答)", "Befehl RCPT TO",
  // "commande RCPT TO", "comando RCPT TO".
  const localised = COMMAND_NOUNS.some((n) => lowerText.includes(n))
    ? LOCALISED_COMMAND.exec(lowerText)
    : null;
  if (localised) return commandWord(localised[1] ?? localised[2] ?? '');
  if (lowerText.includes('(state 14)')) return 'RCPT';
  if (lowerText.includes('(state 18)')) return 'DATA';
  if (lowerText.includes('failed after i sent the message')) return 'DATA';
  if (lowerText.includes('[data]') || lowerText.includes('end of data')) return 'DATA';
  return undefined;
}
