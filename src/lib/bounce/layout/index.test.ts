import { describe, expect, it } from 'vitest';
import { detectSystem, findCommand, findTextRecipients, originalStart } from './index.ts';

describe('bounce text layout', () => {
  it('names the SMTP command from several MTA wordings', () => {
    expect(findCommand('said: 550 user unknown (in reply to rcpt to command)')).toBe('RCPT');
    expect(findCommand('smtp error from remote mail server after end of data: 550 rejected')).toBe(
      'DATA',
    );
    expect(findCommand('>>> rcpt to:<a@example.com>\n<<< 550 5.1.1 no such user\n>>> data')).toBe(
      'RCPT',
    );
    expect(findCommand('nothing here')).toBeUndefined();
  });

  it('finds recipients and their blocks, skipping the bounce addresses', () => {
    const text =
      'The following addresses failed:\n\n  a@example.net\n    550 5.1.1 unknown\n\n<b@example.org>:\nmailbox full\n\n--- Below this line is a copy of the message.\nTo: c@example.com\n';
    const found = findTextRecipients(
      { text, start: 0, end: text.length, encoded: false },
      new Set(['sender@example.com']),
    );
    expect(found.map((f) => f.address)).toEqual(['a@example.net', 'b@example.org']);
    expect(found[0]?.block.text).toContain('550 5.1.1 unknown');
    expect(found[1]?.block.text).not.toContain('c@example.com');
    expect(text.slice(originalStart(text))).toMatch(/^--- Below/);
  });

  it('recognises sending systems by their wording', () => {
    expect(detectSystem('hi. this is the qmail-send program at mx.example.org.')).toBe('qmail');
    expect(detectSystem('nothing recognisable')).toBeUndefined();
  });
});
