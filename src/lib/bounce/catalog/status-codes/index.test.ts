import { describe, expect, it } from 'vitest';
import {
  PROVIDER_STATUS_CODES,
  STATUS_DETAILS,
  STATUS_SUBJECTS,
  describeStatus,
  isStatusCode,
  statusAnchor,
} from './index.ts';

describe('registry data', () => {
  it('has the eight subjects X.0 to X.7', () => {
    expect(STATUS_SUBJECTS.map((s) => s.pattern)).toEqual([
      'X.0.XXX',
      'X.1.XXX',
      'X.2.XXX',
      'X.3.XXX',
      'X.4.XXX',
      'X.5.XXX',
      'X.6.XXX',
      'X.7.XXX',
    ]);
  });

  it('has every RFC 3463 detail and the IANA additions, once each', () => {
    const codes = STATUS_DETAILS.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    // RFC 3463 §3.1–3.8: 1 + 9 + 5 + 6 + 8 + 6 + 6 + 8 = 49
    expect(STATUS_DETAILS.filter((d) => d.rfc.startsWith('RFC 3463'))).toHaveLength(49);
    for (const code of [
      'X.1.9',
      'X.1.10',
      'X.3.6',
      'X.5.6',
      'X.6.6',
      'X.6.10',
      'X.7.8',
      'X.7.30',
    ]) {
      expect(codes).toContain(code);
    }
    for (let d = 8; d <= 30; d++) expect(codes).toContain(`X.7.${d}`);
  });

  it('gives every detail a title, a meaning, a source and an anchor', () => {
    for (const d of STATUS_DETAILS) {
      expect(d.title).not.toBe('');
      expect(d.meaning).toMatch(/\.$/);
      expect(d.rfc).toMatch(/^(RFC \d+|draft-)/);
      expect(d.anchor).toBe(d.code.toLowerCase().replaceAll('.', '-'));
    }
  });

  it('records associated reply codes from the registry', () => {
    const byCode = new Map(STATUS_DETAILS.map((d) => [d.code, d]));
    expect(byCode.get('X.1.1')?.replyCodes).toEqual(['451', '550']);
    expect(byCode.get('X.2.2')?.replyCodes).toEqual(['552']);
    expect(byCode.get('X.1.10')?.replyCodes).toEqual(['556']);
  });

  it('keeps provider codes separate and sourced', () => {
    for (const p of PROVIDER_STATUS_CODES) expect(p.source).not.toBe('');
    const unregistered = PROVIDER_STATUS_CODES.filter((p) => !p.registered).map((p) => p.code);
    expect(unregistered).toEqual(
      expect.arrayContaining(['5.7.515', '5.7.606', '4.7.32', '5.7.32']),
    );
    expect(STATUS_DETAILS.map((d) => d.code)).not.toContain('X.7.515');
  });
});

describe('describeStatus', () => {
  it('explains 5.2.2 as a full mailbox in the permanent class', () => {
    const d = describeStatus('5.2.2');
    expect(d?.class.title).toBe('Permanent Failure');
    expect(d?.subject?.title).toBe('Mailbox Status');
    expect(d?.detail?.title).toBe('Mailbox full');
    expect(d?.meaning).toMatch(/temporary/);
    expect(d?.level).toBe('detail');
    expect(d?.anchor).toBe('x-2-2');
  });

  it('explains 5.1.1 and 4.2.2', () => {
    expect(describeStatus('5.1.1')?.detail?.title).toBe('Bad destination mailbox address');
    expect(describeStatus('4.2.2')?.class.title).toBe('Persistent Transient Failure');
  });

  it('falls back to the subject for an unregistered detail (RFC 3463 §2)', () => {
    const d = describeStatus('4.7.999');
    expect(d?.level).toBe('subject');
    expect(d?.detail).toBeNull();
    expect(d?.subject?.title).toBe('Security or Policy Status');
    expect(d?.anchor).toBe('x-7-x');
  });

  it('falls back to the class for an unknown subject', () => {
    const d = describeStatus('5.9.1');
    expect(d?.level).toBe('class');
    expect(d?.subject).toBeNull();
    expect(d?.class.digit).toBe('5');
  });

  it('attaches provider uses', () => {
    const d = describeStatus('5.7.515');
    expect(d?.level).toBe('subject');
    expect(d?.providerUses[0]?.provider).toMatch(/Microsoft/);
    expect(describeStatus('5.1.10')?.detail?.title).toBe('Recipient address has null MX');
    expect(describeStatus('5.1.10')?.providerUses).toHaveLength(1);
  });

  it('returns null for malformed codes', () => {
    for (const bad of [
      '',
      '5.1',
      '3.1.1',
      '5.01.1',
      '5.1.1.1',
      '4.16.55.1',
      'x.1.1',
      '5.1.1000',
      '550',
    ]) {
      expect(describeStatus(bad)).toBeNull();
      expect(isStatusCode(bad)).toBe(false);
    }
  });

  it('makes stable anchors', () => {
    expect(statusAnchor('5.1.1')).toBe('x-1-1');
    expect(statusAnchor('4.1.1')).toBe('x-1-1');
    expect(statusAnchor('5.7.515')).toBe('5-7-515');
  });
});
