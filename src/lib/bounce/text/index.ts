/**
 * Text helpers shared by every step: line scanning with offsets into the input, byte decoding,
 * transfer-encoding decoding and charset decoding. Everything here is linear in the input size.
 */

/** One line of the input: `[start, end)` excludes the line terminator (LF, CRLF or CR). */
export interface Line {
  start: number;
  end: number;
}

/** A piece of text and the range of the input it came from. */
export interface Fragment {
  /** The text itself (already decoded when `encoded` is true). */
  text: string;
  /** Start offset of the source range in the input string. */
  start: number;
  /** End offset (exclusive) of the source range in the input string. */
  end: number;
  /** True when `text` was decoded (base64, quoted-printable or a charset), so offsets inside it do not map 1:1. */
  encoded: boolean;
}

/**
 * Splits `text[from, to)` into lines, accepting LF, CRLF and CR-only endings.
 *
 * @example splitLines('a\r\nb\rc').length // 3
 */
export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  // Jump from terminator to terminator with indexOf (native, fast) instead of testing every
  // character. The search runs in a view of the range only, so a message inside a large mbox never
  // makes it read the rest of the file (a slice shares the characters, it does not copy them).
  const view = from === 0 && to === text.length ? text : text.slice(from, to);
  const length = view.length;
  let start = 0;
  let lf = -1;
  let cr = -1;
  while (start < length) {
    if (lf < start) lf = nextIndex(view, '\n', start);
    if (cr < start) cr = nextIndex(view, '\r', start);
    const end = lf < cr ? lf : cr;
    if (end === length) break;
    lines.push({ start: from + start, end: from + end });
    // CRLF is one terminator.
    start = end === cr && lf === cr + 1 && lf < length ? lf + 1 : end + 1;
  }
  if (from + start < to) lines.push({ start: from + start, end: to });
  return lines;
}

/**
 * Index of the line that holds offset `pos`, searched in `lines[lo, hi]` (lines sorted by start).
 *
 * @example lineIndexAt(splitLines('a\nb\nc'), 2) // 1
 */
export function lineIndexAt(
  lines: readonly Line[],
  pos: number,
  lo = 0,
  hi = lines.length - 1,
): number {
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lines[mid]?.start ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * `text.indexOf(search, from)`, or `text.length` when absent: past every offset that can hold it,
 * and still a small integer (offsets stay small integers in the line objects).
 */
function nextIndex(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at < 0 ? text.length : at;
}

const utf8Fatal = new TextDecoder('utf-8', { fatal: true });

/** Maps each byte to the code point of the same value (ISO-8859-1), so `binaryToBytes` round-trips. */
export function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + 8192)));
  }
  return out;
}

/**
 * Decodes raw bytes as UTF-8, falling back to ISO-8859-1 when they are not valid UTF-8 (a part's own
 * charset, e.g. Shift_JIS, is applied later to that part only).
 */
export function decodeBytes(bytes: Uint8Array): string {
  try {
    if (bytes.length <= DECODE_PIECE) return utf8Fatal.decode(bytes);
    // A streaming decoder joins characters split between pieces, so the text is the same as one
    // call would give; V8-based runtimes decode a large buffer that holds non-ASCII bytes far
    // slower in one call than in pieces.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let text = '';
    for (let at = 0; at < bytes.length; at += DECODE_PIECE) {
      text += decoder.decode(bytes.subarray(at, at + DECODE_PIECE), { stream: true });
    }
    return text + decoder.decode();
  } catch {
    return latin1(bytes);
  }
}

/** Size of the pieces `decodeBytes` decodes a large input in. */
const DECODE_PIECE = 32768;

/** Decodes `bytes` with the named charset; unknown labels fall back to UTF-8 (lenient). */
const DECODERS = new Map<string, TextDecoder>();

function decoderFor(label: string): TextDecoder {
  let d = DECODERS.get(label);
  if (!d) {
    try {
      d = new TextDecoder(label);
    } catch {
      d = DECODERS.get('utf-8') ?? new TextDecoder('utf-8');
    }
    if (DECODERS.size < 64) DECODERS.set(label, d);
  }
  return d;
}

export function decodeCharset(bytes: Uint8Array, charset: string): string {
  const label = charset.trim().toLowerCase() || 'utf-8';
  return decoderFor(label).decode(bytes);
}

/** Turns a string whose chars are byte values (0-255) into bytes; higher code points become `?`. */
export function binaryToBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[i] = c < 256 ? c : 63;
  }
  return out;
}

const B64 = new Int16Array(128).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  .split('')
  .forEach((ch, i) => (B64[ch.charCodeAt(0)] = i));
B64['-'.charCodeAt(0)] = 62;
B64['_'.charCodeAt(0)] = 63;

/** Decodes base64 leniently (RFC 2045 §6.8: characters outside the alphabet are ignored). */
export function decodeBase64(text: string): Uint8Array {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
  let n = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 61) break;
    const v = c < 128 ? (B64[c] ?? -1) : -1;
    if (v < 0) continue;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

const ASCII_ENCODER = new TextEncoder();
const NON_ASCII = /[\u0080-\uffff]/;

/** Decodes quoted-printable (RFC 2045 §6.7) into bytes; soft line breaks (`=` at line end) are removed. */
export function decodeQuotedPrintable(text: string): Uint8Array {
  if (!NON_ASCII.test(text)) return decodeAsciiQuotedPrintable(text);
  const out = new Uint8Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 61) {
      const a = text.charCodeAt(i + 1);
      if (a === 13 || a === 10) {
        i += a === 13 && text.charCodeAt(i + 2) === 10 ? 2 : 1;
        continue;
      }
      const h = hexValue(a);
      const l = hexValue(text.charCodeAt(i + 2));
      if (h >= 0 && l >= 0) {
        out[n++] = h * 16 + l;
        i += 2;
        continue;
      }
    }
    out[n++] = c < 256 ? c : 63;
  }
  return out.subarray(0, n);
}

/**
 * `decodeQuotedPrintable` for ASCII text, where every character is its own byte: the bytes are
 * written natively in one call, then only the `=` sequences are rewritten, closing the gaps with
 * block copies instead of copying the text character by character.
 */
function decodeAsciiQuotedPrintable(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  ASCII_ENCODER.encodeInto(text, out);
  let n = 0;
  let i = 0;
  for (let eq = text.indexOf('='); eq >= 0; eq = text.indexOf('=', i)) {
    if (n !== i) out.copyWithin(n, i, eq);
    n += eq - i;
    i = eq;
    const a = text.charCodeAt(i + 1);
    if (a === 13 || a === 10) {
      i += a === 13 && text.charCodeAt(i + 2) === 10 ? 3 : 2;
      continue;
    }
    const h = hexValue(a);
    const l = hexValue(text.charCodeAt(i + 2));
    if (h >= 0 && l >= 0) {
      out[n++] = h * 16 + l;
      i += 3;
    } else {
      out[n++] = 61;
      i += 1;
    }
  }
  if (n !== i) out.copyWithin(n, i, text.length);
  n += text.length - i;
  return out.subarray(0, n);
}

/**
 * The runs of white space that `normalise` must rewrite: two or more characters, or one that is not
 * a plain space. A lone space is left alone (same result as replacing every `\s+`), which saves
 * rebuilding the string at every word break.
 */
const WHITE_SPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/g;

/** Lowercases and collapses runs of white space to one space, for phrase matching. */
export function normalise(text: string): string {
  // Several steps read the same report text (command, diagnostic line, phrases): reuse the answer.
  for (let i = 0; i < NORMALISED_KEYS.length; i++) {
    if (NORMALISED_KEYS[i] === text) return NORMALISED_VALUES[i] ?? '';
  }
  const value = text.toLowerCase().replace(WHITE_SPACE_TO_COLLAPSE, ' ').trim();
  NORMALISED_KEYS[normalisedNext] = text;
  NORMALISED_VALUES[normalisedNext] = value;
  normalisedNext = (normalisedNext + 1) % NORMALISED_CACHE_SIZE;
  return value;
}

/** The last few texts `normalise` was given and their results (a small ring buffer). */
const NORMALISED_CACHE_SIZE = 8;
const NORMALISED_KEYS: string[] = [];
const NORMALISED_VALUES: string[] = [];
let normalisedNext = 0;

/**
 * True for the characters `String.prototype.trim` removes and `\s` matches (white space and line
 * terminators).
 */
export function isWhiteSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 160) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * `text.slice(from, to).trim()` for offsets into the text, in one step, without building the
 * untrimmed copy first.
 *
 * @example trimmedSlice('Subject:  hello \n', 8, 16) // 'hello'
 */
export function trimmedSlice(text: string, from: number, to: number): string {
  let start = Math.max(0, from);
  let end = Math.min(text.length, to);
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

/** True when `text[from, to)` holds only white space (what `trim` would remove entirely). */
export function isBlankRange(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isWhiteSpace(text.charCodeAt(i))) return false;
  return true;
}

/** Returns true for a line with no visible characters. */
export function isBlank(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
