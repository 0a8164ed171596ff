import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, type MessageVerdict } from '../bounce/index.ts';
import { canSimulate, compareWithService, delayOutcome } from './present.ts';

const SAMPLES = join(import.meta.dirname, '../../../content/samples');

function first(text: string): MessageVerdict {
  const result = classify(text);
  if (!result.ok || !result.messages[0]) throw new Error('no verdict');
  return result.messages[0];
}

const POSTMARK_SOFT = JSON.stringify({
  RecordType: 'Bounce',
  Type: 'SoftBounce',
  TypeCode: 4096,
  Name: 'Soft bounce',
  Details: 'smtp;550 5.1.1 The email account that you tried to reach does not exist.',
  Email: 'jane.doe@example.net',
});
const SENDGRID_BOUNCE = JSON.stringify([
  {
    email: 'jane.doe@example.net',
    event: 'bounce',
    type: 'bounce',
    bounce_classification: 'Invalid Address',
    reason: '550 5.1.1 The email account does not exist.',
    status: '5.1.1',
    sg_event_id: 'abc',
    sg_message_id: 'def',
  },
]);

describe('compareWithService', () => {
  it("puts the service's label beside the classifier's verdict and says when they differ", () => {
    const postmark = first(POSTMARK_SOFT);
    const recipient = postmark.recipients[0];
    if (!recipient) throw new Error('no recipient');
    expect(compareWithService(postmark, recipient)).toEqual({
      says: 'Postmark says: RecordType Bounce, Type SoftBounce (TypeCode 4096)',
      ours: 'hard',
      theirs: 'soft',
      differ: true,
    });
    const sendgrid = first(SENDGRID_BOUNCE);
    expect(compareWithService(sendgrid, sendgrid.recipients[0]!)).toMatchObject({
      says: expect.stringMatching(/^SendGrid says: .*Invalid Address/),
      differ: false,
    });
  });

  it('gives nothing for a message that is not a service event', () => {
    const m = first('550 5.1.1 <a@example.com>: User unknown');
    expect(compareWithService(m, m.recipients[0]!)).toBeUndefined();
  });
});

describe('delays and the simulator', () => {
  const delay = first(readFileSync(join(SAMPLES, 'sendmail-delay-notice.eml'), 'utf8'));
  const recipient = delay.recipients[0]!;

  it('a delay would end as a soft bounce for its cause, and never goes to the simulator', () => {
    expect(delay.kind).toBe('delay');
    expect(delayOutcome(recipient)).toBe('soft');
    expect(delayOutcome({ ...recipient, reason: 'userunknown' })).toBe('hard');
    expect(delayOutcome({ ...recipient, reason: 'undefined' })).toBe('soft');
    expect(canSimulate(delay, recipient)).toBe(false);
  });

  it('a failure with a category goes to the simulator; a lone 452 line is a soft failure', () => {
    const line = first('452 4.2.2 Mailbox full');
    expect(line.kind).toBe('failure');
    expect(canSimulate(line, line.recipients[0]!)).toBe(true);
    const reply = first(readFileSync(join(SAMPLES, 'auto-reply-out-of-office.eml'), 'utf8'));
    expect(reply.recipients.every((r) => !canSimulate(reply, r))).toBe(true);
  });
});
