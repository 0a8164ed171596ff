import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/index.ts';
import { applyEdits, planVariant } from './index.ts';

// A small bounce written for this test: every kind of thing a variant changes appears in it.
const DSN = [
  'From: MAILER-DAEMON@mx.example.org',
  'Date: Sat, 14 Nov 2026 10:30:22 +0000',
  'Message-ID: <20261114103020.6f8a0c2e@mx.example.org>',
  'Subject: Undelivered Mail Returned to Sender',
  '',
  '<ana.silva@example.com>: host mx.example.com[192.0.2.25] said: 550 5.1.1',
  '    <ana.silva@example.com>: Recipient address rejected: User unknown',
  '',
  'Final-Recipient: rfc822; ANA.SILVA@example.com',
  'Arrival-Date: Fri, 13 Nov 2026 23:59:58 +0000',
  'Remote-MTA: dns; mx.example.com [192.0.2.25]',
  'X-Original: {"timestamp": 1794652220, "ts_ms": 1794652220123, "sent": "2026-11-14T10:30:20Z"}',
  'In-Reply-To: <20261114103020.6f8a0c2e@mx.example.org>',
].join('\n');

describe('applyEdits', () => {
  it('applies edits in any order', () => {
    expect(
      applyEdits('mx.example.com', [
        [11, 14, 'net'],
        [0, 2, 'mail'],
      ]),
    ).toBe('mail.example.net');
  });

  it('refuses overlapping or out-of-range edits', () => {
    expect(() =>
      applyEdits('abcdef', [
        [0, 3, 'x'],
        [2, 4, 'y'],
      ]),
    ).toThrow(RangeError);
    expect(() => applyEdits('abc', [[2, 9, 'x']])).toThrow(RangeError);
  });
});

describe('planVariant', () => {
  const plan = planVariant(DSN, 'ana.silva@example.com', mulberry32(42));
  const text = applyEdits(DSN, plan.edits);

  it('is the same for the same generator state, and another for another', () => {
    expect(planVariant(DSN, 'ana.silva@example.com', mulberry32(42))).toEqual(plan);
    expect(planVariant(DSN, 'ana.silva@example.com', mulberry32(43)).edits).not.toEqual(plan.edits);
  });

  it('renames the recipient everywhere, whatever its case, and keeps a reserved domain', () => {
    expect(plan.recipient).toMatch(/^[a-z]+\.?[a-z]*@example\.(net|org|com)$/);
    expect(plan.recipient).not.toContain('ana.silva');
    expect(text.toLowerCase()).not.toContain('ana.silva');
    expect(text.split(plan.recipient).length - 1).toBe(3);
    expect(plan.changed).toEqual(
      expect.arrayContaining(['recipient', 'dates', 'message-ids', 'ips', 'domains']),
    );
  });

  it('shifts every date by the same number of days, with the right day of the week', () => {
    const date = /Date: (\w{3}), (\d{2}) (\w{3}) (\d{4}) 10:30:22 \+0000/.exec(text);
    expect(date).not.toBeNull();
    const [, weekday, day, month, year] = date as RegExpExecArray;
    const shifted = new Date(`${day} ${month} ${year} 12:00:00 UTC`);
    expect(weekday).toBe(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][shifted.getUTCDay()]);
    const days = Math.round((shifted.getTime() - Date.UTC(2026, 10, 14, 12)) / 86_400_000);
    expect(Math.abs(days)).toBeGreaterThanOrEqual(7);
    const arrival = /Arrival-Date: \w{3}, (\d{2} \w{3} \d{4}) 23:59:58/.exec(text)?.[1];
    expect(new Date(`${arrival} 12:00:00 UTC`).getTime()).toBe(
      Date.UTC(2026, 10, 13, 12) + days * 86_400_000,
    );
    const iso = /"sent": "(\d{4}-\d{2}-\d{2})T10:30:20Z"/.exec(text)?.[1];
    expect(Date.parse(`${iso}T00:00:00Z`)).toBe(Date.UTC(2026, 10, 14) + days * 86_400_000);
    expect(text).toContain(`"timestamp": ${1794652220 + days * 86_400}`);
    expect(text).toContain(`"ts_ms": ${1794652220123 + days * 86_400_000}`);
  });

  it('gives a message id a new value of the same shape, the same everywhere it appears', () => {
    const ids = [...text.matchAll(/<(\d{14}\.[0-9a-f]{8})@/g)].map((m) => m[1]);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[0]).not.toBe('20261114103020.6f8a0c2e');
  });

  it('maps each documentation IP address to one new address in the same block', () => {
    const ips = [...text.matchAll(/192\.0\.2\.(\d{1,3})/g)].map((m) => m[0]);
    expect(ips).toHaveLength(2);
    expect(ips[0]).toBe(ips[1]);
    expect(ips[0]).not.toBe('192.0.2.25');
  });

  it('changes generic mail host names but no other words', () => {
    expect(text).not.toContain('MAILER-DAEMON@mx.example.org');
    expect(text).toContain('Recipient address rejected: User unknown');
    expect(text).toContain('Final-Recipient: rfc822; ');
    expect(text).toContain('550 5.1.1');
  });

  it('keeps a Postfix-style padded day the same width', () => {
    const padded = 'Date: Mon,  5 Apr 2027 11:02:40 +0000 (UTC)';
    for (let seed = 0; seed < 30; seed++) {
      const out = applyEdits(padded, planVariant(padded, '', mulberry32(seed)).edits);
      const day = /^Date: \w{3},( {1,2}\d{1,2}) \w{3} \d{4} 11:02:40 /.exec(out)?.[1];
      expect(day).toHaveLength(3);
    }
  });

  it('leaves a text with nothing to vary alone', () => {
    expect(planVariant('Out of office until Monday.', '', mulberry32(1)).edits).toEqual([]);
  });
});
