import { describe, expect, it } from 'vitest';
import { header, parseParams, partText, scanMessage, walkParts } from './index.ts';

const MSG = [
  'From: a@example.com',
  'Subject: test',
  '  folded',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="xx"',
  '',
  'preamble',
  '--xx',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'caf=C3=A9',
  '--xx',
  'Content-Type: message/delivery-status',
  '',
  'Final-Recipient: rfc822; b@example.net',
  '--xx--',
].join('\r\n');

describe('mime', () => {
  it('parses folded header fields and parameters', () => {
    const msg = scanMessage(MSG);
    expect(header(msg.root, 'subject')?.value).toBe('test folded');
    expect(parseParams('multipart/report; boundary="a;b"; report-type=delivery-status')).toEqual({
      value: 'multipart/report',
      params: { boundary: 'a;b', 'report-type': 'delivery-status' },
    });
  });

  it('splits parts only at delimiters that start a line (after at most a little white space)', () => {
    const msg = scanMessage(
      [
        'Content-Type: multipart/mixed; boundary="b"',
        '',
        '--b',
        'Content-Type: text/plain',
        '',
        'a line that mentions --b in passing, --b--, and -- b',
        '  --b',
        'Content-Type: text/html',
        '',
        '<p>x</p>',
        'x--b--',
        '--b--',
      ].join('\n'),
    );
    const types: string[] = [];
    walkParts(msg.root, (p) => types.push(p.type));
    expect(types).toEqual(['multipart/mixed', 'text/plain', 'text/html']);
    const html = msg.root.children[1];
    expect(html && partText(msg, html).text).toBe('<p>x</p>\nx--b--');
  });

  it('finds the parts and decodes only what is asked', () => {
    const msg = scanMessage(MSG);
    const types: string[] = [];
    walkParts(msg.root, (p) => types.push(p.type));
    expect(types).toEqual(['multipart/report', 'text/plain', 'message/delivery-status']);
    const text = msg.root.children[0];
    expect(text && partText(msg, text)).toMatchObject({ text: 'caf\u00e9', encoded: true });
  });

  it('keeps the last part of a multipart that is never closed', () => {
    const msg = scanMessage(MSG.replace('--xx--', ''));
    expect(msg.root.children).toHaveLength(2);
  });
});
