import { describe, expect, it } from 'vitest';
import {
  decodeBase64,
  decodeBytes,
  decodeCharset,
  decodeQuotedPrintable,
  normalise,
  splitLines,
} from './index.ts';

describe('text', () => {
  it('splits LF, CRLF and CR lines with offsets into the input', () => {
    const text = 'a\nbb\r\nccc\rd';
    expect(splitLines(text).map((l) => text.slice(l.start, l.end))).toEqual([
      'a',
      'bb',
      'ccc',
      'd',
    ]);
  });

  it('decodes base64 leniently and quoted-printable with soft breaks', () => {
    expect(new TextDecoder().decode(decodeBase64('bWFp\nbGJv eA=='))).toBe('mailbox');
    expect(new TextDecoder().decode(decodeQuotedPrintable('user =\nunknown =3D x'))).toBe(
      'user unknown = x',
    );
  });

  it('decodes charsets, falling back to Latin-1 for invalid UTF-8', () => {
    expect(
      decodeCharset(
        Uint8Array.from([0x1b, 0x24, 0x42, 0x25, 0x46, 0x1b, 0x28, 0x42]),
        'iso-2022-jp',
      ),
    ).toBe('\u30c6');
    expect(decodeBytes(Uint8Array.from([0x63, 0x61, 0x66, 0xe9]))).toBe('caf\u00e9');
  });

  it('normalises case and white space', () => {
    expect(normalise('  User\n   Unknown\t')).toBe('user unknown');
  });
});
