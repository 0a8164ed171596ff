/**
 * A light structural MIME scan (RFC 2045/2046): header fields with their offsets, and the part tree
 * found from boundary lines. Bodies are not decoded here; `partText` decodes only the parts the
 * classifier asks for. The returned original message (message/rfc822) is not descended into.
 */
import {
  binaryToBytes,
  decodeBase64,
  decodeCharset,
  decodeQuotedPrintable,
  isBlank,
  lineIndexAt,
  splitLines,
  trimmedSlice,
  type Fragment,
  type Line,
} from '../text/index.ts';

/** One header field, unfolded (RFC 5322 §2.2.3), with its range in the input. */
export interface HeaderField {
  /** Lowercase field name, e.g. `content-type`. */
  name: string;
  /** Unfolded value with surrounding white space trimmed. */
  value: string;
  start: number;
  end: number;
}

/** One MIME entity; bodies are line index ranges `[bodyFrom, bodyTo)` into `MimeMessage.lines`. */
export interface MimePart {
  headers: HeaderField[];
  /** Lowercase media type, `text/plain` when absent (RFC 2045 §5.2). */
  type: string;
  /** Content-Type parameters with lowercase names. */
  params: Record<string, string>;
  /** Lowercase Content-Transfer-Encoding, `7bit` when absent. */
  encoding: string;
  bodyFrom: number;
  bodyTo: number;
  children: MimePart[];
}

/** A scanned message: its lines and its part tree. */
export interface MimeMessage {
  input: string;
  lines: Line[];
  root: MimePart;
}

const MAX_DEPTH = 12;
const MAX_PARTS = 400;

/**
 * The offset of the colon that ends a field name at the start of `line` (1 to 76 printable
 * characters other than a colon, RFC 5322 §2.2), or -1. Reads the characters in place, without
 * copying the line.
 */
function fieldNameEnd(input: string, line: Line): number {
  const last = Math.min(line.end, line.start + 77);
  for (let i = line.start; i < last; i++) {
    const c = input.charCodeAt(i);
    if (c === 58) return i > line.start ? i : -1;
    if (c < 33 || c > 126) return -1;
  }
  return -1;
}

/** Returns the value of the first field called `name` (lowercase), or undefined. */
export function header(part: MimePart, name: string): HeaderField | undefined {
  return part.headers.find((h) => h.name === name);
}

/**
 * Parses the header block that starts at line `from`. Stops at the first blank line or at the first
 * line that is neither a field nor a continuation (broken messages), and returns the body's first line.
 */
export function parseHeaders(
  input: string,
  lines: Line[],
  from: number,
  to: number,
): { headers: HeaderField[]; body: number } {
  const headers: HeaderField[] = [];
  let i = from;
  for (; i < to; i++) {
    const line = lines[i];
    if (!line) break;
    if (isBlank(input, line)) return { headers, body: i + 1 };
    const c = input.charCodeAt(line.start);
    const last = headers[headers.length - 1];
    if ((c === 32 || c === 9) && last) {
      last.value = `${last.value} ${trimmedSlice(input, line.start, line.end)}`;
      last.end = line.end;
      continue;
    }
    const colon = fieldNameEnd(input, line);
    if (colon < 0) {
      if (i === from && line.end - line.start >= 5 && input.startsWith('From ', line.start))
        continue;
      break;
    }
    headers.push({
      name: input.slice(line.start, colon).toLowerCase(),
      value: trimmedSlice(input, colon + 1, line.end),
      start: line.start,
      end: line.end,
    });
  }
  return { headers, body: i };
}

/**
 * Splits a structured header value (`type/sub; a=b; c="d"`) into its first token and parameters.
 *
 * @example parseParams('multipart/report; report-type=delivery-status').value // 'multipart/report'
 */
export function parseParams(value: string): { value: string; params: Record<string, string> } {
  const params: Record<string, string> = {};
  // Without quotes nothing is escaped: a plain split gives the same pieces, much faster.
  const pieces: string[] = value.includes('"') ? splitQuoted(value) : value.split(';');
  let first = (pieces.shift() ?? '').trim();
  // A missing ";" ("text/plain charset=...") leaves a parameter after white space: split it off
  // (its value keeps its case: boundaries are case-sensitive, RFC 2046 §5.1.1).
  const gap = first.search(/\s/);
  if (gap > 0) {
    pieces.unshift(first.slice(gap).trim());
    first = first.slice(0, gap);
  }
  first = first.toLowerCase();
  for (const p of pieces) {
    const eq = p.indexOf('=');
    if (eq < 1) continue;
    let key = p.slice(0, eq).trim().toLowerCase();
    // RFC 2231 continuation and charset marks (`name*`, `name*0`, `name*0*`).
    if (key.endsWith('*') || key.endsWith('*0')) key = key.replace(/\*0?\*?$/, '');
    if (!(key in params)) params[key] = p.slice(eq + 1).trim();
  }
  return { value: first, params };
}

/** Splits at semicolons outside double quotes, dropping the quotes and resolving `\` escapes. */
function splitQuoted(value: string): string[] {
  const pieces: string[] = [];
  // Runs of plain characters are copied in one slice; only quotes, separators and escapes end a run.
  let cur = '';
  let from = 0;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 34) {
      cur += value.slice(from, i);
      from = i + 1;
      quoted = !quoted;
    } else if (c === 59 && !quoted) {
      pieces.push(cur + value.slice(from, i));
      cur = '';
      from = i + 1;
    } else if (c === 92 && quoted) {
      // The escaped character is kept as it is, even a quote.
      cur += value.slice(from, i) + value.charAt(i + 1);
      i++;
      from = i + 1;
    }
  }
  pieces.push(cur + value.slice(from));
  return pieces;
}

interface ScanState {
  parts: number;
}

function makePart(
  input: string,
  lines: Line[],
  from: number,
  to: number,
  depth: number,
  state: ScanState,
  defaultType: string,
): MimePart {
  state.parts++;
  const { headers, body } = parseHeaders(input, lines, from, to);
  const ct = headers.find((h) => h.name === 'content-type');
  const parsed = ct ? parseParams(ct.value) : { value: defaultType, params: {} };
  const type = parsed.value.includes('/') ? parsed.value : defaultType;
  const cte = headers.find((h) => h.name === 'content-transfer-encoding');
  const part: MimePart = {
    headers,
    type,
    params: parsed.params,
    encoding: cte ? cte.value.trim().toLowerCase() : '7bit',
    bodyFrom: body,
    bodyTo: to,
    children: [],
  };
  const boundary = parsed.params['boundary'];
  if (type.startsWith('multipart/') && boundary && depth < MAX_DEPTH) {
    const delim = `--${boundary}`;
    const childDefault = type === 'multipart/digest' ? 'message/rfc822' : 'text/plain';
    let open = -1;
    const last = lines[to - 1];
    const stop = last ? last.end : 0;
    // Jump from one occurrence of the delimiter to the next (a native search) instead of reading
    // every line of the body. Only an occurrence at the start of a line counts, so after each one
    // the search goes on from the next line.
    let i = body;
    let hit = body < to ? input.indexOf(delim, (lines[body] as Line).start) : -1;
    while (hit >= 0 && hit < stop) {
      i = lineIndexAt(lines, hit, i, to - 1);
      const line = lines[i] as Line;
      // Where the search goes on: the next line of the body (or past its end).
      const nextStart = i + 1 < to ? (lines[i + 1] as Line).start : stop;
      // Tolerate a little leading white space before a delimiter (seen in hand-edited reports).
      let at = line.start;
      while (at < line.start + 4 && (input.charCodeAt(at) === 32 || input.charCodeAt(at) === 9))
        at++;
      const rest = input.slice(at + delim.length, Math.min(line.end, at + delim.length + 4));
      const closing = rest.startsWith('--');
      if (at !== hit || (!closing && rest.trim() !== '')) {
        hit = input.indexOf(delim, nextStart);
        continue;
      }
      if (open >= 0 && state.parts < MAX_PARTS) {
        part.children.push(makePart(input, lines, open, i, depth + 1, state, childDefault));
      }
      if (closing) {
        open = -1;
        break;
      }
      open = i + 1;
      hit = input.indexOf(delim, nextStart);
    }
    // A multipart cut short (no closing delimiter) still yields its last part.
    if (open >= 0 && open < to && state.parts < MAX_PARTS) {
      part.children.push(makePart(input, lines, open, to, depth + 1, state, childDefault));
    }
  }
  return part;
}

/** Scans the message in `input[from, to)`: headers, and the tree of MIME parts. */
export function scanMessage(input: string, from = 0, to = input.length): MimeMessage {
  const lines = splitLines(input, from, to);
  const root = makePart(input, lines, 0, lines.length, 0, { parts: 0 }, 'text/plain');
  return { input, lines, root };
}

/** Visits every part depth-first, parents before children. */
export function walkParts(part: MimePart, visit: (p: MimePart) => void): void {
  visit(part);
  for (const child of part.children) walkParts(child, visit);
}

/** Input offsets of the body of `part`. */
export function bodyRange(msg: MimeMessage, part: MimePart): { start: number; end: number } {
  const first = msg.lines[part.bodyFrom];
  const last = msg.lines[part.bodyTo - 1];
  if (!first || !last || part.bodyFrom >= part.bodyTo) {
    const at = first ? first.start : (msg.lines[msg.lines.length - 1]?.end ?? 0);
    return { start: at, end: at };
  }
  return { start: first.start, end: last.end };
}

const PLAIN_CHARSETS = new Set(['', 'us-ascii', 'ascii', 'utf-8', 'utf8']);

/**
 * Returns the decoded text of a leaf part (transfer encoding, then charset), at most `limit`
 * characters of source. The fragment is marked `encoded` when the text no longer maps 1:1 onto the input.
 */
export function partText(msg: MimeMessage, part: MimePart, limit = 262144): Fragment {
  const range = bodyRange(msg, part);
  const end = Math.min(range.end, range.start + limit);
  const raw = msg.input.slice(range.start, end);
  const charset = (part.params['charset'] ?? '').toLowerCase();
  let bytes: Uint8Array | undefined;
  if (part.encoding === 'base64') bytes = decodeBase64(raw);
  else if (part.encoding === 'quoted-printable') bytes = decodeQuotedPrintable(raw);
  else if (!PLAIN_CHARSETS.has(charset) && isByteString(raw)) bytes = binaryToBytes(raw);
  else if (raw.includes('\u001b$B') && isByteString(raw)) {
    // ISO-2022-JP escape sequences in a part that declares no charset (common in Japanese reports).
    return {
      text: decodeCharset(binaryToBytes(raw), 'iso-2022-jp'),
      start: range.start,
      end,
      encoded: true,
    };
  }
  if (!bytes) return { text: raw, start: range.start, end, encoded: false };
  return { text: decodeCharset(bytes, charset || 'utf-8'), start: range.start, end, encoded: true };
}

// Any character above U+00FF (a character class scan is native, far quicker than a loop here).
const ABOVE_BYTE = /[\u0100-\uffff]/;

function isByteString(text: string): boolean {
  return !ABOVE_BYTE.test(text);
}

/** Header fields every message has one or more of; a block holding two of them is a header. */
const CORE_FIELDS = new Set([
  'received',
  'return-path',
  'from',
  'to',
  'cc',
  'subject',
  'date',
  'message-id',
  'mime-version',
  'content-type',
  'delivered-to',
]);

/**
 * True when a header block starts at line `i`: at least `fields` field lines (continuations
 * allowed) among which at least two are common message fields (and the field `need`, when given),
 * ending at a blank line (or the end).
 */
export function isHeaderBlock(
  input: string,
  lines: readonly Line[],
  i: number,
  fields = 2,
  need?: string,
): boolean {
  let count = 0;
  let core = 0;
  let needed = need === undefined;
  for (let k = i; k < lines.length && k < i + 60; k++) {
    const line = lines[k];
    if (!line) break;
    if (isBlank(input, line)) return count >= fields && core >= 2 && needed;
    const c = input.charCodeAt(line.start);
    if ((c === 32 || c === 9) && count > 0) continue;
    const colon = fieldNameEnd(input, line);
    if (colon < 0) return false;
    count++;
    const name = input.slice(line.start, colon).toLowerCase();
    if (CORE_FIELDS.has(name)) core++;
    if (name === need) needed = true;
  }
  return count >= fields && core >= 2 && needed;
}

/**
 * Where a message's header starts in `input[from, to)` when something else comes first (blank
 * lines, a line of junk a tool or a copy-paste left): the offset of the first header block within
 * the first lines, or -1 when there is none.
 */
export function findHeaderStart(input: string, from: number, to: number): number {
  const lines = splitLines(input, from, Math.min(to, from + 8192));
  for (let i = 0; i < lines.length && i < 40; i++) {
    const line = lines[i];
    if (line && isHeaderBlock(input, lines, i)) return line.start;
  }
  return -1;
}
