import { describe, expect, it } from 'vitest';
import { excerpt, SHORT_MESSAGE_LINES } from './index.ts';

const HEADERS = [
  'Return-Path: <>',
  'Received: from mx.example.org',
  'From: Mail Delivery System <MAILER-DAEMON@mx.example.org>',
  'Subject: Undelivered Mail Returned to Sender',
  'Content-Type: multipart/report; report-type=delivery-status;',
  '\tboundary="b1"',
  'Message-ID: <1@example.org>',
  '',
];
const BODY = Array.from({ length: 40 }, (_, i) => `body line ${i}`);
const TEXT = [...HEADERS, ...BODY].join('\n');
const lineStart = (n: number) => TEXT.split('\n').slice(0, n).join('\n').length + (n > 0 ? 1 : 0);
const shown = (windows: readonly (readonly [number, number])[]) =>
  windows.map(([s, e]) => TEXT.slice(s, e)).join('\n…\n');

describe('excerpt', () => {
  it('shows a short message whole', () => {
    const short = 'line\n'.repeat(SHORT_MESSAGE_LINES - 1) + 'last';
    expect(excerpt(short, [])).toEqual([[0, short.length]]);
  });

  it('keeps the telling headers with their folded lines, and the evidence with a line of context', () => {
    const start = lineStart(8 + 20) + 5;
    const windows = excerpt(TEXT, [{ start, end: start + 4 }]);
    const text = shown(windows);
    expect(text).toContain('From: Mail Delivery System');
    expect(text).toContain('Subject: Undelivered Mail');
    expect(text).toContain('\tboundary="b1"');
    expect(text).not.toContain('Received:');
    expect(text).not.toContain('Message-ID');
    expect(text).toContain('body line 19\nbody line 20\nbody line 21');
    expect(text).not.toContain('body line 22');
    for (let i = 1; i < windows.length; i++) {
      expect((windows[i] as [number, number])[0]).toBeGreaterThan(
        (windows[i - 1] as [number, number])[1],
      );
    }
  });

  it('shows the opening lines of the body when there is no evidence', () => {
    const text = shown(excerpt(TEXT, []));
    expect(text).toContain('body line 0');
    expect(text).toContain('body line 7');
    expect(text).not.toContain('body line 8');
  });

  it('shows a gap of one or two lines rather than saying it was left out', () => {
    const at = (n: number) => lineStart(8 + n) + 2;
    const text = shown(
      excerpt(TEXT, [
        { start: at(10), end: at(10) + 3 },
        { start: at(14), end: at(14) + 3 },
      ]),
    );
    expect(text).toContain('body line 9\nbody line 10\nbody line 11\nbody line 12\nbody line 13');
    const apart = shown(
      excerpt(TEXT, [
        { start: at(10), end: at(10) + 3 },
        { start: at(16), end: at(16) + 3 },
      ]),
    );
    expect(apart).not.toContain('body line 13');
  });
});
