import { describe, expect, it } from 'vitest';
import { classify } from './index.ts';
import type { ClassifyResult, MessageVerdict } from './types.ts';

function messages(result: ClassifyResult): MessageVerdict[] {
  if (!result.ok) throw new Error(`not ok: ${result.error.code}`);
  return result.messages;
}

function first(result: ClassifyResult) {
  const m = messages(result)[0];
  if (!m) throw new Error('no message');
  return m;
}

const POSTFIX_DSN = [
  'Return-Path: <>',
  'From: MAILER-DAEMON@mx.example.org (Mail Delivery System)',
  'To: sender@example.org',
  'Subject: Undelivered Mail Returned to Sender',
  'Auto-Submitted: auto-replied',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status;',
  '\tboundary="B0UND.ARY/mx.example.org"',
  '',
  'This is a MIME-encapsulated message.',
  '',
  '--B0UND.ARY/mx.example.org',
  'Content-Description: Notification',
  'Content-Type: text/plain; charset=us-ascii',
  '',
  'This is the mail system at host mx.example.org.',
  '',
  '<full@example.net>: host mail.example.net[192.0.2.10] said: 552 5.2.2',
  '    <full@example.net>: Mailbox full (in reply to RCPT TO command)',
  '',
  '<nobody@example.net>: host mail.example.net[192.0.2.10] said: 550 5.1.1',
  '    <nobody@example.net>: Recipient address rejected: User unknown in virtual',
  '    mailbox table (in reply to RCPT TO command)',
  '',
  '--B0UND.ARY/mx.example.org',
  'Content-Description: Delivery report',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mx.example.org',
  'Arrival-Date: Mon,  3 Mar 2025 10:00:00 +0000 (UTC)',
  '',
  'Final-Recipient: rfc822; full@example.net',
  'Action: failed',
  'Status: 5.2.2',
  'Remote-MTA: dns; mail.example.net',
  'Diagnostic-Code: smtp; 552 5.2.2 <full@example.net>: Mailbox full',
  '',
  'Final-Recipient: rfc822; nobody@example.net',
  'Action: failed',
  'Status: 5.1.1',
  'Remote-MTA: dns; mail.example.net',
  'Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.net>: Recipient address',
  '    rejected: User unknown in virtual mailbox table',
  '',
  '--B0UND.ARY/mx.example.org',
  'Content-Type: text/rfc822-headers',
  '',
  'From: sender@example.org',
  'To: full@example.net, nobody@example.net',
  'Subject: hello',
  '',
  '--B0UND.ARY/mx.example.org--',
  '',
].join('\n');

const EXIM_TEXT = [
  'Return-path: <>',
  'From: Mail Delivery System <Mailer-Daemon@relay.example.org>',
  'To: sender@example.org',
  'Subject: Mail delivery failed: returning message to sender',
  'X-Failed-Recipients: gone@example.com',
  'Auto-Submitted: auto-replied',
  '',
  'This message was created automatically by mail delivery software.',
  '',
  'A message that you sent could not be delivered to one or more of its',
  'recipients. This is a permanent error. The following address(es) failed:',
  '',
  '  gone@example.com',
  '    host mx.example.com [192.0.2.25]',
  '    SMTP error from remote mail server after RCPT TO:<gone@example.com>:',
  '    550 5.1.1 <gone@example.com>: mailbox does not exist',
  '',
  '------ This is a copy of the message, including all the headers. ------',
  '',
  'From: sender@example.org',
  'To: gone@example.com',
  'Subject: hi',
  '',
  'hello',
  '',
].join('\n');

const QMAIL_TEXT = [
  'From: MAILER-DAEMON@mail.example.org',
  'To: sender@example.org',
  'Subject: failure notice',
  '',
  'Hi. This is the qmail-send program at mail.example.org.',
  "I'm afraid I wasn't able to deliver your message to the following addresses.",
  "This is a permanent error; I've given up. Sorry it didn't work out.",
  '',
  '<someone@example.net>:',
  "Sorry, I couldn't find any host named example.net. (#5.1.2)",
  '',
  '--- Below this line is a copy of the message.',
  '',
  'From: sender@example.org',
  'To: someone@example.net',
  '',
].join('\n');

describe('classify: standard DSN', () => {
  const result = classify(POSTFIX_DSN);
  const m = first(result);

  it('reads every recipient group with its status and reason', () => {
    expect(m.kind).toBe('failure');
    expect(m.system).toBe('postfix');
    expect(m.reportingMta).toBe('mx.example.org');
    expect(
      m.recipients.map((r) => [r.recipient, r.reason, r.category, r.status, r.replyCode]),
    ).toEqual([
      ['full@example.net', 'mailboxfull', 'soft', '5.2.2', '552'],
      ['nobody@example.net', 'userunknown', 'hard', '5.1.1', '550'],
    ]);
  });

  it('keeps the remote MTA, the action and the SMTP command', () => {
    const r = m.recipients[1];
    expect(r?.remoteMta).toBe('mail.example.net');
    expect(r?.action).toBe('failed');
    expect(r?.command).toBe('RCPT');
  });

  it('points its evidence at the input', () => {
    for (const r of m.recipients) {
      expect(r.evidence.length).toBeGreaterThan(0);
      for (const e of r.evidence) {
        expect(e.start).toBeGreaterThanOrEqual(0);
        expect(e.end).toBeLessThanOrEqual(POSTFIX_DSN.length);
        expect(e.start).toBeLessThanOrEqual(e.end);
      }
    }
    const status = m.recipients[0]?.evidence.find((e) => e.rule === 'status/X.2.2');
    expect(status && POSTFIX_DSN.slice(status.start, status.end)).toBe('5.2.2');
  });

  it('explains itself in a trace', () => {
    const steps = m.recipients[0]?.trace.map((t) => t.detail).join('\n') ?? '';
    expect(steps).toContain('5.2.2');
    expect(steps).toContain('soft');
  });

  it('gives the same verdicts for CRLF and CR-only line endings', () => {
    for (const eol of ['\r\n', '\r']) {
      const converted = POSTFIX_DSN.replace(/\n/g, eol);
      const again = first(classify(converted));
      expect(again.recipients.map((r) => [r.recipient, r.reason, r.status])).toEqual(
        m.recipients.map((r) => [r.recipient, r.reason, r.status]),
      );
    }
  });

  it('accepts bytes as well as strings', () => {
    const bytes = new TextEncoder().encode(POSTFIX_DSN);
    expect(first(classify(bytes)).recipients.map((r) => r.reason)).toEqual([
      'mailboxfull',
      'userunknown',
    ]);
  });
});

describe('classify: non-standard bounces', () => {
  it('reads an Exim bounce', () => {
    const m = first(classify(EXIM_TEXT));
    expect(m.system).toBe('exim');
    expect(m.recipients).toHaveLength(1);
    expect(m.recipients[0]).toMatchObject({
      recipient: 'gone@example.com',
      reason: 'userunknown',
      category: 'hard',
      status: '5.1.1',
      replyCode: '550',
      command: 'RCPT',
    });
  });

  it("reads a postmaster's own words that a mailbox was closed as an unknown address", () => {
    const text = [
      'From: Postmaster <postmaster@example.com>',
      'To: sender@example.org',
      'Subject: RE: Your email to Pat Lee',
      'Date: Thu, 6 Mar 2008 11:00:00 +0900',
      '',
      'Hello,',
      '',
      'We received your message addressed to pat.lee@example.com. Pat Lee no longer works at',
      'Example Corp and the mailbox has been closed. Your message was not delivered.',
      '',
      'Please contact info@example.com for any enquiries.',
    ].join('\n');
    const m = first(classify(text));
    expect(m.kind).toBe('failure');
    expect(m.recipients.map((r) => [r.recipient, r.reason, r.category])).toEqual([
      ['pat.lee@example.com', 'userunknown', 'hard'],
    ]);
  });

  it('reads a qmail bounce', () => {
    const m = first(classify(QMAIL_TEXT));
    expect(m.system).toBe('qmail');
    expect(m.recipients[0]).toMatchObject({
      recipient: 'someone@example.net',
      reason: 'hostunknown',
      category: 'hard',
    });
  });

  it('treats a user-unknown answer to DATA as filtered', () => {
    const text = EXIM_TEXT.replace(
      'after RCPT TO:<gone@example.com>:',
      'after end of data:',
    ).replace(
      '550 5.1.1 <gone@example.com>: mailbox does not exist',
      '550 <gone@example.com>: user unknown',
    );
    expect(first(classify(text)).recipients[0]?.reason).toBe('filtered');
  });

  it('marks evidence found inside a base64 part as encoded', () => {
    const body =
      'Delivery to the following recipient failed permanently:\n\n     lost@example.com\n\n550 5.1.1 The email account that you tried to reach does not exist.\n';
    const b64 = btoa(body).replace(/(.{76})/g, '$1\n');
    const msg = [
      'From: Mail Delivery Subsystem <mailer-daemon@example.com>',
      'To: sender@example.org',
      'Subject: Delivery Status Notification (Failure)',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="zz"',
      '',
      '--zz',
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: base64',
      '',
      b64,
      '--zz--',
      '',
    ].join('\n');
    const r = first(classify(msg)).recipients[0];
    expect(r?.recipient).toBe('lost@example.com');
    expect(r?.reason).toBe('userunknown');
    expect(r?.evidence.some((e) => e.encoded === true)).toBe(true);
  });
});

describe('classify: look-alikes that are not bounces', () => {
  it('recognises an RFC 3834 auto-reply', () => {
    const msg =
      'From: Pat <pat@example.com>\nTo: sender@example.org\nSubject: Out of office\nAuto-Submitted: auto-replied\n\nI am away until Monday.\n';
    const m = first(classify(msg));
    expect(m.kind).toBe('auto-reply');
    expect(m.recipients[0]).toMatchObject({
      recipient: 'pat@example.com',
      reason: 'vacation',
      category: 'none',
    });
  });

  it("reads a challenge-response system's request to confirm as an automatic reply", () => {
    const msg = [
      'From: bob@example.net',
      'To: sender@example.org',
      'Subject: Please confirm your message (was: hello)',
      '',
      'Your message to bob@example.net is waiting for approval. Reply to this message or open',
      'the link below to confirm you are a person; unconfirmed messages are deleted after 7 days.',
      '',
    ].join('\n');
    const m = first(classify(msg));
    expect(m.kind).toBe('auto-reply');
    expect(m.recipients[0]).toMatchObject({ recipient: 'bob@example.net', category: 'none' });
  });

  it('recognises an ARF complaint', () => {
    const msg = [
      'From: feedback@example.net',
      'To: abuse@example.org',
      'Subject: complaint',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=feedback-report; boundary="fb"',
      '',
      '--fb',
      'Content-Type: text/plain',
      '',
      'This is an abuse report.',
      '--fb',
      'Content-Type: message/feedback-report',
      '',
      'Feedback-Type: abuse',
      'User-Agent: ExampleFBL/1.0',
      'Version: 1',
      'Original-Rcpt-To: reader@example.net',
      '',
      '--fb--',
      '',
    ].join('\n');
    const m = first(classify(msg));
    expect(m.kind).toBe('feedback');
    expect(m.feedbackType).toBe('abuse');
    expect(m.recipients[0]).toMatchObject({
      recipient: 'reader@example.net',
      reason: 'feedback',
      category: 'none',
    });
  });

  it('recognises an RFC 8098 read receipt', () => {
    const msg = [
      'From: reader@example.net',
      'To: sender@example.org',
      'Subject: Read: hello',
      'Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn"',
      '',
      '--mdn',
      'Content-Type: text/plain',
      '',
      'Your message was displayed.',
      '--mdn',
      'Content-Type: message/disposition-notification',
      '',
      'Final-Recipient: rfc822; reader@example.net',
      'Disposition: manual-action/MDN-sent-manually; displayed',
      '',
      '--mdn--',
    ].join('\n');
    const m = first(classify(msg));
    expect(m.kind).toBe('read-receipt');
    expect(m.recipients).toHaveLength(1);
    expect(m.recipients[0]).toMatchObject({ recipient: 'reader@example.net', category: 'none' });
  });

  it('says an ordinary message is not a bounce', () => {
    const msg =
      'From: friend@example.com\nTo: me@example.org\nSubject: lunch?\nDate: Mon, 3 Mar 2025 10:00:00 +0000\n\nShall we meet at noon?\n';
    expect(first(classify(msg)).kind).toBe('not-bounce');
  });

  it('reports a delivery DSN as delivered, not a bounce', () => {
    const msg = POSTFIX_DSN.replace(
      /Action: failed\nStatus: 5\.2\.2/,
      'Action: delivered\nStatus: 2.0.0',
    );
    const r = first(classify(msg)).recipients[0];
    expect(r).toMatchObject({ reason: 'delivered', category: 'none', action: 'delivered' });
  });
});

describe('classify: other inputs', () => {
  it('reads a single SMTP reply line', () => {
    const m = first(
      classify(
        '550 5.1.1 <a@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
      ),
    );
    expect(m.system).toBe('smtp-line');
    expect(m.recipients[0]).toMatchObject({
      recipient: 'a@example.com',
      reason: 'userunknown',
      category: 'hard',
      status: '5.1.1',
      replyCode: '550',
    });
  });

  it('reads a bare diagnostic text', () => {
    const r = first(classify('smtp; 452 4.2.2 The recipient mailbox is full')).recipients[0];
    expect(r).toMatchObject({
      reason: 'mailboxfull',
      category: 'soft',
      status: '4.2.2',
      replyCode: '452',
    });
  });

  it('reads an SMTP transcript', () => {
    const transcript = [
      '>>> MAIL FROM:<sender@example.org>',
      '<<< 250 2.1.0 Ok',
      '>>> RCPT TO:<who@example.net>',
      '<<< 550 5.1.1 <who@example.net>: Recipient address rejected: User unknown',
    ].join('\n');
    const m = first(classify(transcript));
    expect(m.system).toBe('smtp-transcript');
    expect(m.recipients[0]).toMatchObject({
      recipient: 'who@example.net',
      reason: 'userunknown',
      command: 'RCPT',
    });
  });

  it('splits an mbox and gives each message its range', () => {
    const mbox = `From MAILER-DAEMON Mon Mar  3 10:00:00 2025\n${POSTFIX_DSN}\nFrom MAILER-DAEMON Mon Mar  3 10:05:00 2025\n${QMAIL_TEXT}`;
    const list = messages(classify(mbox));
    expect(list).toHaveLength(2);
    expect(list[0]?.range[0]).toBe(0);
    expect(list[1]?.range[0]).toBe(mbox.indexOf('From MAILER-DAEMON Mon Mar  3 10:05'));
    expect(list[1]?.range[1]).toBe(mbox.length);
    expect(list[1]?.recipients[0]?.reason).toBe('hostunknown');
  });

  it('refuses empty and oversized input with a typed error', () => {
    expect(classify('   \n')).toEqual({
      ok: false,
      error: { code: 'empty', message: 'Input is empty.' },
    });
    const big = classify('x'.repeat(100), { maxBytes: 50 });
    expect(big.ok).toBe(false);
    if (!big.ok) expect(big.error.code).toBe('too-large');
  });

  it('decodes non-UTF-8 bytes with a Latin-1 fallback', () => {
    const text =
      'From: MAILER-DAEMON@example.org\nTo: s@example.org\nSubject: Undelivered Mail\n\n<caf\u00e9@example.net>: 550 5.1.1 user unknown (in reply to RCPT TO command)\n';
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    const r = first(classify(bytes)).recipients[0];
    expect(r?.recipient).toBe('caf\u00e9@example.net');
    expect(r?.reason).toBe('userunknown');
  });

  it('decodes RFC 2047 subjects', () => {
    const msg =
      'From: MAILER-DAEMON@example.org\nTo: s@example.org\nSubject: =?UTF-8?B?44Ko44Op44O8?=\n\n<x@example.net>: 552 5.2.2 mailbox full\n';
    expect(first(classify(msg)).subject).toBe('\u30a8\u30e9\u30fc');
  });
});

describe('classify: the diagnostic a reader sees', () => {
  it('drops the parenthesis a "(reason: 550 ...)" line leaves open, and keeps the case', () => {
    const m = first(
      classify(
        [
          'From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>',
          'To: alice@example.com',
          'Subject: Returned mail: User unknown',
          '',
          '   ----- The following addresses had permanent fatal errors -----',
          'bob@example.net',
          '    (reason: 550 MAILBOX NOT FOUND)',
          '',
        ].join('\n'),
      ),
    );
    expect(m.recipients[0]?.diagnostic).toBe('550 MAILBOX NOT FOUND');
  });

  it('keeps a parenthesis the reply itself closes', () => {
    const m = first(
      classify('550 5.1.1 <bob@example.net>: Recipient address rejected (user unknown)'),
    );
    expect(m.recipients[0]?.diagnostic).toBe(
      '550 5.1.1 <bob@example.net>: Recipient address rejected (user unknown)',
    );
  });
});

describe('classify: single reply lines in other words and scripts', () => {
  const reasonOf = (line: string) => {
    const m = first(classify(line));
    return [m.kind, m.recipients[0]?.reason];
  };

  it('reads a reply whose words are not in the Latin alphabet', () => {
    expect(reasonOf('550 пользователь не найден')).toEqual(['failure', 'userunknown']);
    expect(reasonOf('550 用户不存在')).toEqual(['failure', 'userunknown']);
    expect(reasonOf('550 존재하지 않는 사용자')).toEqual(['failure', 'userunknown']);
  });

  it("reads a reply whose code is followed by the server's own short number", () => {
    expect(
      reasonOf(
        '554 30 Sorry, your message to pat@yahoo.com cannot be delivered. This mailbox is disabled (554.30).',
      ),
    ).toEqual(['failure', 'suspend']);
    expect(reasonOf('552 1 Requested mail action aborted, mailbox is full')).toEqual([
      'failure',
      'mailboxfull',
    ]);
  });

  it('reads further everyday wordings of common refusals', () => {
    expect(reasonOf('550 5.0.0 <pat@example.com>... User is unknown')).toEqual([
      'failure',
      'userunknown',
    ]);
    expect(reasonOf('550 Postfach nicht vorhanden')).toEqual(['failure', 'userunknown']);
    expect(reasonOf('550 Такого пользователя нет')).toEqual(['failure', 'userunknown']);
    expect(reasonOf('550 받는 사람의 메일 주소가 존재하지 않습니다')).toEqual([
      'failure',
      'userunknown',
    ]);
    expect(reasonOf('550 Mailbox quota usage exceeded')).toEqual(['failure', 'mailboxfull']);
    expect(reasonOf('554 5.7.1 You are not allowed to connect.')).toEqual(['failure', 'blocked']);
    // Words about the message's content are not spam wording; the X.6 status decides.
    expect(reasonOf('554 5.6.0 Invalid message content')).toEqual(['failure', 'contenterror']);
  });

  it.each([
    ['550 Extreme bad IP profile', 'blocked'],
    ['550 Rejecting open proxy', 'blocked'],
    ['550 This is not an open relay, so get lost', 'norelaying'],
    ["550 We don't handle mail for example.net", 'norelaying'],
    ['550 x@example.com is a deactivated mailbox', 'suspend'],
    ['550 One or more destination addresses were unknown', 'userunknown'],
    ['550 No such person at this address', 'userunknown'],
    ['550 Recipient no longer on server', 'userunknown'],
    ['452 Mailbox does not have enough space', 'mailboxfull'],
    ['552 User has too many messages on the server', 'mailboxfull'],
    ['552 Email is too large', 'mesgtoobig'],
    ['552 Taille limite du message atteinte', 'mesgtoobig'],
    ['554 5.7.1 The recipient is only accepting mail from specific email addresses', 'filtered'],
    ['550 Recipient domain must exist', 'hostunknown'],
    ['553 Sender domain is empty', 'rejected'],
    ['550 Email address is not verified', 'rejected'],
    ['550 The from address does not match a verified Sender Identity.', 'rejected'],
    ['550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain', 'hostunknown'],
    ['551 User not local; please try <new@example.net>', 'hasmoved'],
    ['550 This domain does not accept email', 'notaccept'],
    ['554 5.0.0 Retry time exceeded', 'expired'],
    ['550 Content filter rejection', 'spamdetected'],
    ['550 This message was rejected by Recurrent Pattern Detection System', 'spamdetected'],
    ['550 5.7.1 Message rejected by a transport rule', 'policyviolation'],
    ['550 Account closed due to inactivity', 'suspend'],
    ['421 4.7.0 IP not in whitelist for RCPT domain, closing connection.', 'blocked'],
    [
      "550 Utilisateur Bernard Leroy (b.leroy@example.fr) non répertorié dans l'annuaire Domino",
      'userunknown',
    ],
  ])('reads %j as %s', (line, reason) => {
    expect(reasonOf(line)).toEqual(['failure', reason]);
  });

  it('still finds nothing in a number followed by no words', () => {
    expect(first(classify('550 12345')).kind).toBe('unrecognised');
  });

  it('reads a reply the server wrote on several lines, and one whose words follow its codes', () => {
    const lines = [
      '550-5.7.26 This mail has been blocked because the sender is',
      '550-5.7.26 unauthenticated. Gmail requires all senders to authenticate with',
      '550 5.7.26 either SPF or DKIM.',
    ];
    const m = first(classify(lines.join('\n')));
    expect([m.kind, m.system, m.recipients[0]?.reason]).toEqual([
      'failure',
      'smtp-line',
      'authfailure',
    ]);
    expect(m.recipients[0]?.diagnostic).toBe(lines.join(' '));
    expect(reasonOf(lines[0] ?? '')).toEqual(['failure', 'authfailure']);
    expect(
      reasonOf(
        '421-4.7.0 [192.0.2.1] Our system has detected an unusual rate of unsolicited mail originating from your IP address.',
      ),
    ).toEqual(['failure', 'blocked']);
  });

  it('reads "invalid address" and "mailbox full" sentences in other languages', () => {
    for (const line of [
      '550 Die E-Mail-Adresse ist ungültig',
      '550 Adresse e-mail invalide',
      '550 받는 사람이 존재하지 않습니다',
    ]) {
      expect(reasonOf(line), line).toEqual(['failure', 'userunknown']);
    }
    for (const line of [
      '550 Boîte de réception pleine',
      '550 Skrzynka pocztowa jest pełna',
      '550 사서함이 꽉 찼습니다',
    ]) {
      expect(reasonOf(line), line).toEqual(['failure', 'mailboxfull']);
    }
  });

  it('reads "the account has been disabled" in other languages as suspended', () => {
    for (const line of [
      '550 Das Konto wurde gesperrt',
      '550 Le compte a été désactivé',
      '550 La cuenta ha sido suspendida',
      "550 L'account è stato sospeso",
      '550 A conta foi desativada',
      '550 Het account is geblokkeerd',
      '550 Konto zostało zablokowane',
    ]) {
      expect(reasonOf(line), line).toEqual(['failure', 'suspend']);
    }
  });

  it('names a connection limit before the words about the sending IP', () => {
    expect(reasonOf('421 Too many connections from your IP')).toEqual(['failure', 'toomanyconn']);
    expect(reasonOf('554 Your IP is listed at zen.spamhaus.org')).toEqual(['failure', 'blocked']);
  });

  it('reads a host name that "does not exist" as an unknown host, an address as an unknown user', () => {
    expect(reasonOf('553 mx.example.com does not exist')).toEqual(['failure', 'hostunknown']);
    expect(reasonOf('550 <bob@example.com> does not exist')).toEqual(['failure', 'userunknown']);
    expect(reasonOf('550 mailbox bob does not exist')).toEqual(['failure', 'userunknown']);
  });

  it('reads "mailbox is not available" and "account is expired" like their other spellings', () => {
    expect(reasonOf('550 The mailbox is not available')).toEqual(['failure', 'userunknown']);
    expect(reasonOf('550 User account is expired')).toEqual(['failure', 'suspend']);
  });
});

describe('classify: subjects alone do not make a bounce', () => {
  it('reads a newsletter about bounce rates as not a bounce', () => {
    const msg =
      'From: news@example.com\nTo: me@example.org\nSubject: How to lower your bounce rate\n\nHi reader@example.net,\nhere are five tips.\n';
    expect(first(classify(msg)).kind).toBe('not-bounce');
  });
});

describe('classify: delay or failure in a notice without a report part', () => {
  const notice = (subject: string, body: string[]) =>
    [
      'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>',
      'To: alice@example.com',
      `Subject: ${subject}`,
      '',
      ...body,
      '',
    ].join('\n');

  it('reads a warning that the message "could not be delivered for more than 4 hours" as a delay', () => {
    const m = first(
      classify(
        notice('Warning: message delayed', [
          '#### THIS IS A WARNING ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE. ####',
          '',
          'Your message could not be delivered for more than 4 hour(s).',
          'It will be retried until it is 5 day(s) old.',
          '',
          '<bob@example.org>: connect to mx.example.org[192.0.2.1]:25: Connection timed out',
        ]),
      ),
    );
    expect(m.kind).toBe('delay');
    expect(m.recipients.map((r) => [r.recipient, r.action, r.category])).toEqual([
      ['bob@example.org', 'delayed', 'none'],
    ]);
  });

  it('takes a recipient\'s own "still trying" over a heading that says it could not be delivered', () => {
    const m = first(
      classify(
        notice('Undeliverable: hello', [
          'Your message could not be delivered to some recipients.',
          '',
          'bob@example.org: mailbox is full, still trying for 3 more days',
          'carol@example.org: 550 5.1.1 user unknown',
        ]),
      ),
    );
    expect(m.kind).toBe('failure');
    expect(m.recipients.map((r) => [r.recipient, r.action, r.reason])).toEqual([
      ['bob@example.org', 'delayed', 'mailboxfull'],
      ['carol@example.org', 'failed', 'userunknown'],
    ]);
  });

  it('reads a promise of what happens "if the delivery fails permanently" as no sign of giving up', () => {
    const m = first(
      classify(
        notice('Delivery Status Notification (Delay)', [
          '** Delivery incomplete **',
          '',
          'There was a temporary problem delivering your message to bob@example.net. Gmail will retry',
          "for 47 more hours. You'll be notified if the delivery fails permanently.",
          '',
          'The response was:',
          '',
          'The recipient server did not accept our requests to connect. [mx.example.net: timed out]',
        ]),
      ),
    );
    expect(m.kind).toBe('delay');
    expect(m.recipients[0]).toMatchObject({ action: 'delayed', reason: 'networkerror' });
  });

  it('still reads giving up in a notice that also says what to do if the reader needs help', () => {
    const m = first(
      classify(
        notice('Undeliverable: hello', [
          'Delivery to bob@example.org failed permanently; you should check the address.',
          'We will retry other messages. If you need help, contact your administrator.',
        ]),
      ),
    );
    expect(m.kind).toBe('failure');
    expect(m.recipients[0]?.action).toBe('failed');
  });

  it('keeps a notice that could not deliver, with no word of retrying, a failure', () => {
    const m = first(
      classify(
        notice('Undeliverable: hello', [
          'Your message could not be delivered.',
          '',
          'bob@example.org: mailbox is full',
        ]),
      ),
    );
    expect(m.kind).toBe('failure');
    expect(m.recipients[0]?.action).toBe('failed');
  });
});

describe('classify: relayed replies and complaints without a report part', () => {
  it("reads the remote server's reply before the relaying service's summary", () => {
    const msg = POSTFIX_DSN.replace(
      'Diagnostic-Code: smtp; 552 5.2.2 <full@example.net>: Mailbox full',
      "Diagnostic-Code: smtp; 5.1.0 - Unknown address error 550-'5.7.1 <bounce@example.org>... Access denied'",
    ).replace('Status: 5.2.2', 'Status: 5.0.0');
    const r = first(classify(msg)).recipients[0];
    expect(r).toMatchObject({
      recipient: 'full@example.net',
      status: '5.7.1',
      replyCode: '550',
      reason: 'securityerror',
    });
  });

  it('reads a junk-mail complaint that only attaches the reported message', () => {
    const msg = [
      'From: staff@mail.example.com',
      'To: abuse@example.org',
      'Subject: complaint about message from 192.0.2.1',
      'Content-Type: multipart/mixed; boundary="j"',
      '',
      '--j',
      'Content-Type: message/rfc822',
      '',
      'X-HmXmrOriginalRecipient: reader@example.net',
      'From: sender@example.org',
      'To: reader@example.net',
      'Subject: offer',
      '',
      'hello',
      '--j--',
    ].join('\n');
    const m = first(classify(msg));
    expect(m.kind).toBe('feedback');
    expect(m.recipients[0]).toMatchObject({
      recipient: 'reader@example.net',
      reason: 'feedback',
      category: 'none',
    });
  });
});

describe('layouts of particular sending systems', () => {
  const reasons = (text: string) =>
    first(classify(text)).recipients.map((r) => `${r.recipient} ${r.reason}`);

  it('gives each recipient of a Sendmail transcript the conversation before its line', () => {
    const text = [
      'From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.org>',
      'To: sender@example.org',
      'Subject: Returned mail: see transcript for details',
      '',
      '   ----- Transcript of session follows -----',
      'While talking to mx.example.net:',
      '>>> MAIL From:<sender@example.org>',
      '<<< 550 Insecure Mail Relay',
      '554 <first@example.net>... Remote protocol error',
      '550 example.com (smtp)... 550 Host unknown',
      '554 <second@example.com>... 550 Host unknown (Authoritative answer from name server)',
      '   ----- Unsent message follows -----',
      'Subject: hello',
    ].join('\n');
    expect(reasons(text)).toEqual([
      'first@example.net norelaying',
      'second@example.com hostunknown',
    ]);
  });

  it("reads qmail's wording for the refused command", () => {
    const text = [
      'From: MAILER-DAEMON@mail.example.org',
      'To: sender@example.org',
      'Subject: failure notice',
      '',
      'Hi. This is the qmail-send program at mail.example.org.',
      "I'm afraid I wasn't able to deliver your message to the following addresses.",
      '',
      '<gone@example.net>:',
      '192.0.2.8 does not like recipient.',
      'Remote host said: 550 5.2.1 <gone@example.net>... User Unknown',
      'Giving up on 192.0.2.8.',
      '',
      '--- Below this line is a copy of the message.',
    ].join('\n');
    const r = first(classify(text)).recipients[0];
    expect(r?.command).toBe('RCPT');
    expect(r?.reason).toBe('userunknown');
  });

  it("takes PowerMTA's own bounce category", () => {
    const text = [
      'From: postmaster@mta.example.org',
      'To: sender@example.org',
      'Subject: Delivery report',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="PMTA"',
      '',
      '--PMTA',
      'Content-Type: text/plain',
      '',
      '<quiet@example.net> delivery failed; will not continue trying',
      '',
      '--PMTA',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns;mta.example.org',
      'X-PowerMTA-VirtualMTA: pool-1',
      '',
      'Final-Recipient: rfc822;quiet@example.net',
      'Action: failed',
      'Status: 5.0.0 (undefined status)',
      'Diagnostic-Code: smtp;550 account not available',
      'X-PowerMTA-BounceCategory: inactive-mailbox',
      '',
      '--PMTA--',
    ].join('\n');
    const r = first(classify(text)).recipients[0];
    expect(r?.reason).toBe('suspend');
    expect(r?.evidence.some((e) => e.rule === 'powermta/bounce-category')).toBe(true);
  });

  it('reads a mailing-list refusal from fml', () => {
    const text = [
      'From: list-admin@example.org',
      'To: poster@example.net',
      'Subject: You are not member (example ML)',
      'X-MLServer: fml [fml 4.0.3 release]',
      '',
      'You are not a member of this mailing list <list@example.org>.',
      '',
    ].join('\n');
    const m = first(classify(text));
    expect(m.kind).toBe('failure');
    expect(m.recipients[0]?.reason).toBe('rejected');
  });

  it('files an automatic unsubscribe request as opt-out feedback', () => {
    const text = [
      'From: reader@example.net',
      'To: unsubscribe-123@example.org',
      'Subject: unsubscribe',
      'Auto-Submitted: auto-replied',
      '',
      'This message was sent automatically to unsubscribe from a mailing list.',
    ].join('\n');
    const m = first(classify(text));
    expect(m.kind).toBe('feedback');
    expect(m.feedbackType).toBe('opt-out');
    expect(m.recipients[0]?.reason).toBe('feedback');
  });

  it('still finds a text part whose Content-Type lacks the ";" before its charset', () => {
    const text = [
      'From: MAILER-DAEMON@mail.example.org',
      'To: sender@example.org',
      'Subject: Returned Mail: User unknown',
      'Content-Type: multipart/mixed; boundary="XX"',
      '',
      '--XX',
      'Content-Type: text/plain',
      '   charset="us-ascii"',
      '',
      '---The following addresses had delivery errors---',
      '',
      'gone@example.net [User unknown]',
      '',
      '--XX--',
    ].join('\n');
    expect(reasons(text)).toEqual(['gone@example.net filtered']);
  });
});

describe('classify: a quoted SMTP conversation', () => {
  const transcript = (afterRcpt: string[]) =>
    [
      'From: MDaemon@mail.example.com',
      'To: sender@example.org',
      'Subject: Permanent Delivery Failure',
      'Date: Tue, 18 Sep 2007 14:02:13 +0200',
      'X-MDDSN-Message: Yes',
      '',
      'The attached message had PERMANENT fatal delivery errors!',
      '',
      '--- Session Transcript ---',
      ' Tue 2007-09-18 14:02:11: *  From: sender@example.org',
      ' Tue 2007-09-18 14:02:11: *  To: first@example.net',
      ' Tue 2007-09-18 14:02:12: --> MAIL From:<sender@example.org>',
      ' Tue 2007-09-18 14:02:12: <-- 250 2.1.0 <sender@example.org>... Sender ok',
      ' Tue 2007-09-18 14:02:12: --> RCPT To:<first@example.net>',
      ' Tue 2007-09-18 14:02:12: <-- 250 2.1.5 <first@example.net>... Recipient ok',
      ' Tue 2007-09-18 14:02:12: --> RCPT To:<second@example.net>',
      ...afterRcpt,
      '--- End Transcript ---',
    ].join('\n');

  it('reports the recipient the server refused at RCPT TO, not one it accepted', () => {
    const m = first(
      classify(
        transcript([
          ' Tue 2007-09-18 14:02:12: <-- 550-5.1.1 <second@example.net>... User unknown',
          ' Tue 2007-09-18 14:02:12: <-- 550 5.1.1 Check the address and try again',
        ]),
      ),
    );
    expect(m.recipients.map((r) => [r.recipient, r.reason, r.status])).toEqual([
      ['second@example.net', 'userunknown', '5.1.1'],
    ]);
    expect(m.recipients[0]?.diagnostic).toContain('Check the address');
  });

  it('keeps every recipient when the message itself was refused after DATA', () => {
    const m = first(
      classify(
        transcript([
          ' Tue 2007-09-18 14:02:12: <-- 250 2.1.5 <second@example.net>... Recipient ok',
          ' Tue 2007-09-18 14:02:12: --> DATA',
          ' Tue 2007-09-18 14:02:12: <-- 354 Enter mail',
          ' Tue 2007-09-18 14:02:13: <-- 554 5.7.1 Message rejected as spam',
        ]),
      ),
    );
    expect(m.recipients.map((r) => r.recipient)).toContain('first@example.net');
    expect(m.recipients.every((r) => r.reason === 'spamdetected')).toBe(true);
  });
});

describe('classify: notices in older layouts', () => {
  const reasons = (text: string) =>
    first(classify(text)).recipients.map((r) => [r.recipient, r.reason]);

  it('does not take an example address that a wrapped sentence introduces for a recipient', () => {
    const text = [
      'From: MAILER-DAEMON@mail.example.es',
      'To: shop@example.org',
      'Subject: Mensaje no entregado',
      '',
      'El mensaje que usted envió no ha podido ser',
      'entregado a alvaro@example.es.',
      '',
      'Motivo: 550 5.1.1 Usuario desconocido',
      '',
      'Recuerde que las direcciones tienen la forma nombre@example.es (por ejemplo,',
      'usuario@example.es) y no llevan espacios.',
    ].join('\n');
    expect(reasons(text)).toEqual([['alvaro@example.es', 'userunknown']]);
  });

  it('reads "Original message date:" as a field of the report, not the returned message', () => {
    const text = [
      'From: postmaster@mail.example.ru',
      'To: buyer@example.ru',
      'Subject: Undeliverable Mail',
      '',
      'Original message date: Wed, 04 Apr 2007 16:20:31 +0400',
      'Original message subject: Order',
      '',
      'Could not deliver message to the following recipient(s):',
      '',
      'Failed Recipient: ivan@example.net',
      'Reason: Remote host said: 550 #5.1.0 Address rejected ivan@example.net',
    ].join('\n');
    expect(reasons(text)).toEqual([['ivan@example.net', 'userunknown']]);
  });

  it("does not give one recipient another recipient's reason", () => {
    const text = [
      'From: MAILER-DAEMON@mx.example.net',
      'To: sender@example.org',
      'Subject: failure notice',
      '',
      'Hi. This is the qmail-send program at mx.example.net.',
      "I'm afraid I wasn't able to deliver your message to the following addresses.",
      '',
      '<info@example.at>:',
      'This address no longer accepts mail.',
      '',
      '<office@example.at>:',
      'Delivery to this address was not possible.',
      '',
      '<maria@example.at>:',
      'Sorry, no mailbox here by that name. (#5.1.1)',
      '',
      '--- Below this line is a copy of the message.',
    ].join('\n');
    expect(reasons(text)).toEqual([
      ['info@example.at', 'suspend'],
      ['office@example.at', 'undefined'],
      ['maria@example.at', 'userunknown'],
    ]);
  });
});

describe('what the layout heuristics must not do', () => {
  const reasons = (text: string) =>
    first(classify(text)).recipients.map((r) => `${r.recipient} ${r.reason}`);

  it('leaves an ordinary post from an fml mailing list alone', () => {
    const text = [
      'From: someone@example.net',
      'To: list@example.org',
      'Subject: [example:00042] meeting notes',
      'X-MLServer: fml [fml 4.0.3 release]',
      'X-ML-Name: example',
      'List-Id: example.example.org',
      '',
      'Here are the notes from Tuesday.',
    ].join('\n');
    expect(first(classify(text)).kind).toBe('not-bounce');
  });

  it('keeps a conversation written after the recipient line with that recipient (Courier)', () => {
    const text = [
      'From: Courier mail server at mx.example.org <@>',
      'To: sender@example.org',
      'Subject: NOTICE: mail delivery status.',
      '',
      '<full@example.net>:',
      '>>> RCPT TO:<full@example.net>',
      '<<< 552 5.2.2 <full@example.net>: Mailbox full',
      '',
      '<gone@example.net>:',
      '>>> RCPT TO:<gone@example.net>',
      '<<< 550 5.1.1 <gone@example.net>: User unknown',
      '',
    ].join('\n');
    expect(reasons(text)).toEqual(['full@example.net mailboxfull', 'gone@example.net userunknown']);
  });

  it('gives a Sendmail transcript the same verdicts with LF, CRLF and CR-only line endings', () => {
    const lines = [
      'From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.org>',
      'Subject: Returned mail: see transcript for details',
      '',
      '   ----- Transcript of session follows -----',
      'While talking to mx.example.net:',
      '>>> MAIL From:<sender@example.org>',
      '<<< 550 Insecure Mail Relay',
      '554 <first@example.net>... Remote protocol error',
      '550 example.com (smtp)... 550 Host unknown',
      '554 <second@example.com>... 550 Host unknown',
    ];
    const lf = reasons(lines.join('\n'));
    expect(lf).toEqual(['first@example.net norelaying', 'second@example.com hostunknown']);
    expect(reasons(lines.join('\r\n'))).toEqual(lf);
    expect(reasons(lines.join('\r'))).toEqual(lf);
  });

  it('keeps the case of a boundary written without its ";"', () => {
    const text = [
      'From: MAILER-DAEMON@mail.example.org',
      'Subject: Undelivered Mail Returned to Sender',
      'Content-Type: multipart/mixed boundary="Mixed-Case"',
      '',
      '--Mixed-Case',
      'Content-Type: text/plain',
      '',
      '<gone@example.net>: host mx.example.net said: 550 5.1.1 User unknown (in reply to RCPT TO command)',
      '--Mixed-Case--',
    ].join('\n');
    expect(reasons(text)).toEqual(['gone@example.net userunknown']);
  });

  it('lets the precise reply outrank a PowerMTA category', () => {
    const text = [
      'From: postmaster@mta.example.org',
      'Subject: Delivery report',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="P"',
      '',
      '--P',
      'Content-Type: message/delivery-status',
      '',
      'Final-Recipient: rfc822;gone@example.net',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp;550 5.1.1 user unknown',
      'X-PowerMTA-BounceCategory: spam-related',
      '',
      '--P--',
    ].join('\n');
    expect(reasons(text)).toEqual(['gone@example.net userunknown']);
  });
});
