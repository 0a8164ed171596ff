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
  let start = from;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ start, end: i });
      if (c === 13 && i + 1 < to && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
    i++;
  }
  if (start < to) lines.push({ start, end: to });
  return lines;
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
    return utf8Fatal.decode(bytes);
  } catch {
    return latin1(bytes);
  }
}

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

/** Decodes quoted-printable (RFC 2045 §6.7) into bytes; soft line breaks (`=` at line end) are removed. */
export function decodeQuotedPrintable(text: string): Uint8Array {
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

/** Lowercases and collapses runs of white space to one space, for phrase matching. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Returns true for a line with no visible characters. */
export function isBlank(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
