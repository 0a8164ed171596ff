/**
 * The part of a bounce that decides its verdict, for a share link when the whole message is too
 * big: the bounce's header, its human-readable notice (where the diagnostic is), the
 * machine-readable report (`message/delivery-status`) and the header of the returned message.
 * Attachments and the body of the returned message, which make a message large, are left out.
 */
import { splitMbox } from '../bounce/mbox/index.ts';
import { bodyRange, scanMessage, type MimeMessage, type MimePart } from '../bounce/mime/index.ts';

/** At most this many characters of one human-readable part, a report, or a header block. */
const TEXT_LIMIT = 16 * 1024;
/** At most this many human-readable parts per message. */
const TEXT_PARTS = 2;

const REPORT_TYPES = new Set([
  'message/delivery-status',
  'message/global-delivery-status',
  'message/feedback-report',
  'message/disposition-notification',
  'message/global-disposition-notification',
  'text/rfc822-headers',
]);
const RETURNED_TYPES = new Set(['message/rfc822', 'message/global']);

/** `text[start, end)` cut at the last line end before `limit` characters. */
function capped(text: string, start: number, end: number, limit = TEXT_LIMIT): string {
  if (end - start <= limit) return text.slice(start, end);
  const cut = text.lastIndexOf('\n', start + limit);
  return text.slice(start, cut > start ? cut : start + limit);
}

function headerBlock(msg: MimeMessage, part: MimePart): string {
  const block = part.headers.map((h) => msg.input.slice(h.start, h.end)).join('\n');
  return capped(block, 0, block.length);
}

/** The header block at the start of a returned message's body. */
function returnedHeader(msg: MimeMessage, part: MimePart): string {
  const { start, end } = bodyRange(msg, part);
  const blank = msg.input.slice(start, end).search(/\r?\n[ \t]*\r?\n/);
  return capped(msg.input, start, blank < 0 ? end : start + blank);
}

interface Budget {
  textParts: number;
}

/** A part rebuilt with only what matters; '' when the part is left out. */
function keep(msg: MimeMessage, part: MimePart, budget: Budget, isRoot: boolean): string {
  const head = headerBlock(msg, part);
  const boundary = part.params['boundary'];
  if (part.type.startsWith('multipart/') && boundary && part.children.length > 0) {
    const kept = part.children
      .map((child) => keep(msg, child, budget, false))
      .filter((text) => text !== '');
    if (kept.length === 0) return '';
    const body = kept.map((text) => `--${boundary}\n${text}\n`).join('');
    return `${head}\n\n${body}--${boundary}--\n`;
  }
  const { start, end } = bodyRange(msg, part);
  if (REPORT_TYPES.has(part.type)) return `${head}\n\n${capped(msg.input, start, end)}`;
  if (RETURNED_TYPES.has(part.type)) return `${head}\n\n${returnedHeader(msg, part)}\n`;
  if (isRoot || part.type === 'text/plain' || part.type === 'text/html') {
    if (!isRoot && budget.textParts >= TEXT_PARTS) return '';
    budget.textParts++;
    return `${head}\n\n${capped(msg.input, start, end)}`;
  }
  return '';
}

/** One message reduced to what matters; a text that is not a message keeps its start. */
function reduceMessage(text: string, start: number, end: number): string {
  const msg = scanMessage(text, start, end);
  if (msg.root.headers.length === 0) return capped(text, start, end);
  const lineEnd = text.indexOf('\n', start);
  const envelope = text.startsWith('From ', start)
    ? `${capped(text, start, lineEnd < 0 ? end : lineEnd, 1000).trimEnd()}\n`
    : '';
  return envelope + keep(msg, msg.root, { textParts: 0 }, true);
}

/**
 * The relevant part of `text`: each message (an mbox holds several) reduced to its header, notice,
 * report and the returned message's header. Line ends become LF.
 *
 * @example relevantPart(hugeBounce).length < hugeBounce.length // true
 */
export function relevantPart(text: string): string {
  return splitMbox(text)
    .map((r) => reduceMessage(text, r.start, r.end).replace(/\r\n?/g, '\n'))
    .join('\n');
}
