/**
 * Turns the bytes of a file the reader opened or dropped into text. A byte-order mark decides the
 * encoding (UTF-8, UTF-16LE, UTF-16BE; Windows tools save "Unicode" text as UTF-16LE with a mark);
 * without one, the classifier's own decoding applies (UTF-8, else ISO-8859-1), so offsets match
 * what it reads.
 */
import { decodeBytes } from '../bounce/text/index.ts';

/** The text of a file and the encoding it was read with. */
export interface DecodedFile {
  text: string;
  /** `utf-16le` and `utf-16be` only when a byte-order mark said so. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-8 or latin-1';
}

/**
 * Decodes a file's bytes, honouring a byte-order mark.
 *
 * @example decodeFile(new Uint8Array([0xff, 0xfe, 0x35, 0, 0x35, 0, 0x30, 0])).text // '550'
 */
export function decodeFile(bytes: Uint8Array): DecodedFile {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeBytes(bytes.subarray(3)), encoding: 'utf-8' };
  }
  return { text: decodeBytes(bytes), encoding: 'utf-8 or latin-1' };
}

/** A pasted text may start with a byte-order mark character; the classifier reads it without. */
export function withoutMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
