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
    expect(
      findCommand('--> rcpt to:<a@example.com>\n<-- 550 5.1.1 <a@example.com>... user unknown'),
    ).toBe('RCPT');
    expect(
      findCommand('-------server message 550 unknown user a@example.jp -------smtp command rcpt'),
    ).toBe('RCPT');
    expect(findCommand('nothing here')).toBeUndefined();
  });

  it('finds recipients on lines that give the reason first and the address last', () => {
    const text = [
      'Unknown user: one@example.edu',
      '',
      'User mailbox exceeds allowed size: two@example.edu',
      '',
      'Please send questions to: help@example.edu',
      'Prepared by: staff@example.edu',
      '',
      'Original message follows.',
    ].join('\n');
    const found = findTextRecipients(
      { text, start: 0, end: text.length, encoded: false },
      new Set(),
    );
    expect(found.map((r) => [r.address, r.block.text.trim()])).toEqual([
      ['one@example.edu', 'Unknown user: one@example.edu'],
      [
        'two@example.edu',
        'User mailbox exceeds allowed size: two@example.edu\n\nPlease send questions to: help@example.edu\nPrepared by: staff@example.edu',
      ],
    ]);
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

  it('skips the To and Cc lines of a header block the notice quotes before its recipients', () => {
    const text = [
      'This report relates to a message you sent with the following header fields:',
      '',
      '  Message-id: <123@example.com>',
      '  From: sender@example.com',
      '  To: frank@example.org, bob@example.com',
      '  Cc: team@example.org',
      '  Subject: hello',
      '',
      'Your message cannot be delivered to the following recipients:',
      '',
      '  Recipient address: bob@example.com',
      '  Reason: Remote SMTP server has rejected address',
      '',
    ].join('\n');
    const found = findTextRecipients(
      { text, start: 0, end: text.length, encoded: false },
      new Set(['sender@example.com']),
    );
    expect(found.map((f) => f.address)).toEqual(['bob@example.com']);
    expect(found[0]?.block.text).toMatch(/^ {2}Recipient address: bob@example\.com/);
  });

  it('keeps a "To:" line that stands alone as a recipient line', () => {
    const text =
      'Delivery to the following recipient failed:\n\nTo: bob@example.com\nReason: 550 no such user\n';
    const found = findTextRecipients(
      { text, start: 0, end: text.length, encoded: false },
      new Set(),
    );
    expect(found.map((f) => f.address)).toEqual(['bob@example.com']);
  });

  it('names the recipient in the sentence after a quoted header block, not the block itself', () => {
    const text =
      'Your Message\n\nTo:      <kim@example.net>\n\nSubject: Hello\n\nDate:    Thu, 29 Apr 2007 23:34:45 +0000\n\nDid not reach the following recipient: kim@example.net\n';
    const found = findTextRecipients(
      { text, start: 0, end: text.length, encoded: false },
      new Set(),
    );
    expect(found.map((f) => f.address)).toEqual(['kim@example.net']);
    expect(found[0]?.block.text).toMatch(/^Did not reach/);
  });

  it('recognises sending systems by their wording', () => {
    expect(detectSystem('hi. this is the qmail-send program at mx.example.org.')).toBe('qmail');
    expect(detectSystem('nothing recognisable')).toBeUndefined();
  });
});
