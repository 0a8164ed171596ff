import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classify, decodeBytes } from '../bounce/index.ts';
import { evidenceLine, triageFeedback } from './item.ts';

const DIR = fileURLToPath(new URL('../../../content/samples/', import.meta.url));

function feedbackFor(file: string) {
  const text = decodeBytes(readFileSync(DIR + file)).replace(/\r\n?/g, '\n');
  const result = classify(text);
  if (!result.ok) throw new Error(result.error.message);
  return triageFeedback(text, result.messages);
}

describe('evidenceLine', () => {
  it('returns the whole line when it is short', () => {
    const text = 'From: x\nStatus: 5.1.1\nAction: failed';
    const start = text.indexOf('5.1.1');
    expect(evidenceLine(text, start, start + 5, 'note')).toEqual({
      before: 'Status: ',
      match: '5.1.1',
      after: '',
      note: 'note',
    });
  });

  it('cuts a long line around the evidence and says so', () => {
    const text = `${'a'.repeat(400)} user unknown ${'b'.repeat(400)}`;
    const start = text.indexOf('user unknown');
    const line = evidenceLine(text, start, start + 12, 'n');
    expect(line.match).toBe('user unknown');
    expect(line.before.startsWith('…')).toBe(true);
    expect(line.after.endsWith('…')).toBe(true);
    expect((line.before + line.match + line.after).length).toBeLessThanOrEqual(165);
  });

  it('stops the marked part at the end of its line', () => {
    const text = 'one two\nthree';
    expect(evidenceLine(text, 4, 13, '').match).toBe('two');
  });
});

describe('triageFeedback', () => {
  it('explains a hard bounce with its evidence line and the server words', () => {
    const f = feedbackFor('postfix-user-unknown.eml');
    expect(f.action).toBe('suppress');
    expect(f.case).toBe('hard');
    expect(f.verdict).toBe('A hard bounce: Address does not exist');
    expect(f.reason).toBe('userunknown');
    expect(f.evidence?.match).toBe('5.1.1');
    expect(f.evidence?.before).toBe('Diagnostic-Code: smtp; 550 ');
    expect(f.evidence?.note).toMatch(/bad destination mailbox address/);
    expect(f.diagnostic).toMatch(/^550 5\.1\.1 <maria\.lopez@example\.com>/);
    expect(f.reading).toBeUndefined();
  });

  it('quotes the sending service for a JSON event', () => {
    const f = feedbackFor('sendgrid-event-blocked.json');
    expect(f.action).toBe('fix');
    expect(f.service).toBe(
      "SendGrid's own words: event bounce, type blocked, bounce_classification Reputation",
    );
    expect(f.evidence?.match.toLowerCase()).toBe('service unavailable; client host');
  });

  it('says how a message without evidence lines was read', () => {
    const f = feedbackFor('auto-reply-out-of-office.eml');
    expect(f.action).toBe('not-a-bounce');
    expect(f.verdict).toBe('An automatic reply');
    expect(f.evidence).toBeUndefined();
    expect(f.reading).toMatch(/automatic reply/i);
    expect(f.diagnostic).toBeUndefined();
  });

  it('calls a delay a delay and names its cause', () => {
    const f = feedbackFor('sendmail-delay-notice.eml');
    expect(f.action).toBe('wait');
    expect(f.verdict).toBe('A delay notice: not a bounce yet (cause: Network or DNS problem)');
  });

  it('refuses an empty verdict list', () => {
    expect(() => triageFeedback('', [])).toThrow(/no message/);
  });
});
