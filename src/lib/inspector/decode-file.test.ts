import { describe, expect, it } from 'vitest';
import { classify } from '../bounce/index.ts';
import { decodeFile, withoutMark } from './decode-file.ts';

const LINE = '550 5.1.1 <jörg@example.com>: Recipient address rejected: User unknown';

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const [a, b] = order === 'le' ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff];
    bytes[2 + i * 2] = a;
    bytes[3 + i * 2] = b;
  }
  return bytes;
}

describe('decodeFile', () => {
  it('reads UTF-16 files with a byte-order mark, little- and big-endian', () => {
    for (const order of ['le', 'be'] as const) {
      const { text, encoding } = decodeFile(utf16(LINE, order));
      expect(encoding).toBe(`utf-16${order}`);
      expect(text).toBe(LINE);
      const result = classify(text);
      expect(result.ok && result.messages[0]?.recipients[0]?.reason).toBe('userunknown');
    }
  });

  it('drops a UTF-8 byte-order mark and falls back to the classifier decoding otherwise', () => {
    const utf8 = new TextEncoder().encode(LINE);
    expect(decodeFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      text: LINE,
      encoding: 'utf-8',
    });
    expect(decodeFile(utf8).text).toBe(LINE);
    expect(decodeFile(new Uint8Array([0x6a, 0xf6, 0x72, 0x67])).text).toBe('jörg');
    expect(withoutMark('\ufeff550')).toBe('550');
  });
});
