// Layouts of sending systems written the way those systems write them (addresses are examples).
import { describe, expect, it } from 'vitest';
import { classify } from '../classify/index.ts';

function verdict(text: string) {
  const result = classify(text);
  if (!result.ok) throw new Error(result.error.message);
  const m = result.messages[0];
  if (!m) throw new Error('no message');
  return m;
}

describe('sending-system layouts', () => {
  it('OpenSMTPD: "address: reply" lines', () => {
    const m = verdict(
      'From: Mailer Daemon <MAILER-DAEMON@mx.example.org>\nTo: s@example.org\nSubject: Delivery status notification: error\n\nHi!\n\nThis is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\nAn error has occurred while attempting to deliver a message for\nthe following list of recipients:\n\nnobody@example.net: 550 5.1.1 <nobody@example.net>... User unknown\n\nBelow is a copy of the original message:\n\nTo: nobody@example.net\n',
    );
    expect(m.system).toBe('opensmtpd');
    expect(m.recipients[0]).toMatchObject({
      recipient: 'nobody@example.net',
      reason: 'userunknown',
      status: '5.1.1',
    });
  });

  it('Courier: transcript under the address, generic DSN status', () => {
    const m = verdict(
      'From: Courier mail server at mx.example.org <@>\nTo: s@example.org\nSubject: NOTICE: mail delivery status.\nContent-Type: multipart/report; report-type=delivery-status; boundary="c0"\n\n--c0\nContent-Type: text/plain\n\nThis is a delivery status notification from mx.example.org,\nrunning the Courier mail server.\n\nThe original message was received on Mon, 3 Mar 2025 10:00:00 +0000\n\nYour message to the following recipients cannot be delivered:\n\n<full@example.net>:\n    mail.example.net [192.0.2.9]:\n>>> RCPT TO:<full@example.net>\n<<< 552 5.2.2 Mailbox is over quota\n\n--c0\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; full@example.net\nAction: failed\nStatus: 5.0.0\n\n--c0--\n',
    );
    expect(m.system).toBe('courier');
    expect(m.recipients[0]).toMatchObject({
      reason: 'mailboxfull',
      status: '5.2.2',
      replyCode: '552',
      command: 'RCPT',
    });
  });

  it('Exchange 2003: NDR text with the code in angle brackets', () => {
    const m = verdict(
      'From: System Administrator <postmaster@example.org>\nTo: s@example.org\nSubject: Undeliverable: hello\n\nYour message did not reach some or all of the intended recipients.\n\nThe following recipient(s) could not be reached:\n\n      missing@example.net on 3/3/2025 10:00 AM\n            The e-mail account does not exist at the organization this message was sent to.\n            <mx.example.net #5.1.1>\n',
    );
    expect(m.system).toBe('exchange');
    expect(m.recipients[0]).toMatchObject({
      recipient: 'missing@example.net',
      reason: 'userunknown',
      category: 'hard',
    });
  });

  it('Lotus Domino: directory lookup failure', () => {
    const m = verdict(
      'From: Postmaster@notes.example.org\nTo: s@example.org\nSubject: DELIVERY FAILURE: User someone not listed\n\nYour message\n\n  Subject: hello\n\nwas not delivered to:\n\n  someone@example.net\n\nbecause:\n\n  User someone (someone@example.net) not listed in Domino Directory\n',
    );
    expect(m.recipients[0]).toMatchObject({
      recipient: 'someone@example.net',
      reason: 'userunknown',
      category: 'hard',
    });
  });

  it('Gmail delay warning: kind delay, not a bounce yet, its cause named', () => {
    const m = verdict(
      'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: s@example.org\nSubject: Delivery Status Notification (Delay)\n\nDelivery to the following recipient has been delayed:\n\n     slow@example.net\n\nMessage will be retried for 2 more day(s)\n\nTechnical details of temporary failure:\nThe recipient server did not accept our requests to connect.\n',
    );
    expect(m.kind).toBe('delay');
    expect(m.system).toBe('gmail');
    expect(m.recipients[0]).toMatchObject({
      recipient: 'slow@example.net',
      category: 'none',
      reason: 'networkerror',
      action: 'delayed',
    });
  });

  it('Amazon SES JSON notification delivered by mail', () => {
    const m = verdict(
      'From: no-reply@sns.amazonaws.com\nTo: ops@example.org\nSubject: AWS Notification Message\n\n{"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bouncedRecipients":[{"emailAddress":"nobody@example.net","action":"failed","status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 user unknown"}]},"mail":{"destination":["nobody@example.net"]}}\n',
    );
    expect(m.system).toBe('amazonses');
    expect(m.recipients[0]).toMatchObject({
      recipient: 'nobody@example.net',
      reason: 'userunknown',
      status: '5.1.1',
      replyCode: '550',
    });
  });

  it('Zoho-style error codes separated by commas', () => {
    const m = verdict(
      'From: mailer-daemon@mail.zoho.example\nTo: s@example.org\nSubject: Undelivered Mail Returned to Sender\n\nThis message was created automatically by mail delivery software.\n\nnobody@example.net Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <nobody@example.net>... User unknown\n',
    );
    expect(m.recipients[0]).toMatchObject({
      reason: 'userunknown',
      status: '5.1.1',
      replyCode: '550',
    });
  });
});
