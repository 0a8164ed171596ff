import { describe, expect, it } from 'vitest';
import { REASON_IDS } from '../../reason/ids.ts';
import { REASONS, describeReason, listReasons } from './index.ts';

describe('REASONS', () => {
  it('has one entry per reason id, in the declared order', () => {
    expect(Object.keys(REASONS)).toEqual([...REASON_IDS]);
  });

  it.each(REASON_IDS)('%s has non-empty words and its own id', (id) => {
    const info = REASONS[id];
    expect(info.id).toBe(id);
    expect(info.label.length).toBeGreaterThan(3);
    expect(info.summary.length).toBeGreaterThan(10);
    expect(info.explanation.length).toBeGreaterThan(80);
    expect(info.advice.length).toBeGreaterThan(10);
    expect(info.example.length).toBeGreaterThan(5);
  });

  it('lists only well-formed typical codes', () => {
    for (const info of Object.values(REASONS)) {
      for (const s of info.typicalStatus) expect(s).toMatch(/^[245]\.\d{1,3}\.\d{1,3}$/);
      for (const r of info.typicalReply) expect(r).toMatch(/^[2-5]\d\d$/);
    }
  });

  it('uses only documentation addresses in examples', () => {
    for (const info of Object.values(REASONS)) {
      for (const domain of info.example.match(/[a-z0-9.-]+\.(?:com|net|org)\b/gi) ?? []) {
        expect(domain).toMatch(/(?:^|\.)example\.(?:com|net|org)$/);
      }
      for (const ip of info.example.match(/\b\d{1,3}(?:\.\d{1,3}){3}\b/g) ?? []) {
        expect(ip).toMatch(/^192\.0\.2\./);
      }
    }
  });

  it('tells senders not to suppress recipients for sender-side reasons', () => {
    for (const id of ['authfailure', 'blocked', 'spamdetected', 'badreputation'] as const) {
      expect(REASONS[id].fault).toBe('sender');
      expect(REASONS[id].advice).toMatch(/do not suppress/i);
    }
  });

  it('blames the right party', () => {
    expect(REASONS.userunknown.fault).toBe('recipient');
    expect(REASONS.mailboxfull.fault).toBe('recipient');
    expect(REASONS.notaccept.fault).toBe('destination');
    expect(REASONS.systemfull.fault).toBe('destination');
    expect(REASONS.networkerror.fault).toBe('transit');
    expect(REASONS.vacation.fault).toBe('none');
  });
});

describe('describeReason', () => {
  it('adds the category from categoryOf', () => {
    expect(describeReason('userunknown')).toMatchObject({
      label: 'Address does not exist',
      category: 'hard',
    });
    expect(describeReason('mailboxfull').category).toBe('soft');
    expect(describeReason('mailboxfull').typicalStatus).toContain('5.2.2');
    expect(describeReason('notaccept').category).toBe('hard');
    expect(describeReason('feedback').category).toBe('none');
  });

  it('lists every reason', () => {
    expect(listReasons().map((r) => r.id)).toEqual([...REASON_IDS]);
  });
});
