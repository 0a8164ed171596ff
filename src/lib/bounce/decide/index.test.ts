import { describe, expect, it } from 'vitest';
import type { Fragment } from '../text/index.ts';
import { DECISION_ORDER, decide } from './index.ts';

const frag = (text: string): Fragment => ({ text, start: 0, end: text.length, encoded: false });
const at = (value: string) => ({ value, start: 0, end: value.length, encoded: false });

describe('decision order', () => {
  it('is declared once, strongest evidence first', () => {
    expect(DECISION_ORDER[0]).toBe('mta-verdict');
    expect(DECISION_ORDER.at(-1)).toBe('undefined');
  });

  it('lets a provider phrase beat the status code sent with it', () => {
    const d = decide({
      texts: [
        frag(
          '550-5.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages',
        ),
      ],
      status: at('5.2.1'),
    });
    expect(d.reason).toBe('speeding');
    expect(d.step).toBe('provider-phrase');
  });

  it('lets a specific status beat generic words, and words beat a broad status', () => {
    expect(
      decide({ texts: [frag('552 5.2.2 message size exceeds quota')], status: at('5.2.2') }).reason,
    ).toBe('mailboxfull');
    const blocked = decide({
      texts: [frag('554 5.7.1 client host blocked using zen.example.org')],
      status: at('5.7.1'),
    });
    expect(blocked.reason).toBe('blocked');
  });

  it('treats a 4xx give-up as expired and hard/soft by reason', () => {
    const d = decide({
      texts: [frag('connection timed out')],
      status: at('4.4.1'),
      action: 'failed',
    });
    expect(d.reason).toBe('expired');
    expect(d.category).toBe('soft');
    expect(decide({ texts: [], status: at('5.1.10') }).category).toBe('hard');
    expect(
      decide({ texts: [frag('this domain does not accept mail')], reply: at('421') }).category,
    ).toBe('soft');
  });

  it('says undefined when nothing matches', () => {
    const d = decide({ texts: [frag('something odd happened')] });
    expect(d.reason).toBe('undefined');
    expect(d.trace.at(-1)?.detail).toContain('soft');
  });

  it('says onhold when the server replied in words no rule knows', () => {
    const d = decide({ texts: [frag('550 something odd happened')], reply: at('550') });
    expect(d.reason).toBe('onhold');
  });
});

describe('adjustments for the SMTP command', () => {
  const unknown = frag('550 no such user here');

  it('reads user unknown in answer to MAIL FROM as a refused sender', () => {
    expect(decide({ texts: [unknown], reply: at('550'), command: 'MAIL' }).reason).toBe('rejected');
  });

  it('keeps user unknown at RCPT, and files it as filtered after DATA or with no command', () => {
    expect(decide({ texts: [unknown], command: 'RCPT' }).reason).toBe('userunknown');
    expect(decide({ texts: [unknown], command: 'DATA' }).reason).toBe('filtered');
    expect(decide({ texts: [unknown] }).reason).toBe('filtered');
    expect(decide({ texts: [unknown], status: at('5.2.1') }).reason).toBe('filtered');
    expect(decide({ texts: [unknown], status: at('5.1.1') }).reason).toBe('userunknown');
    expect(decide({ texts: [unknown], replyLine: true }).reason).toBe('userunknown');
  });

  it('reads a refusal at connection or greeting as a blocked sending host', () => {
    const d = decide({ texts: [frag('550 access denied')], reply: at('550'), command: 'CONN' });
    expect(d.reason).toBe('blocked');
    expect(
      decide({ texts: [frag('550 Rejected')], reply: at('550'), command: 'HELO' }).reason,
    ).toBe('blocked');
    expect(decide({ texts: [frag('550 access denied')], command: 'MAIL' }).reason).toBe('rejected');
  });

  it('leaves the cause of a delay notice that names none undefined, and names one that does', () => {
    const causeless = decide({ texts: [], status: at('4.4.0'), action: 'delayed' });
    expect(causeless.reason).toBe('undefined');
    expect(causeless.category).toBe('none');
    expect(
      decide({
        texts: [frag('connect to mx.example.net: connection timed out')],
        action: 'delayed',
      }).reason,
    ).toBe('networkerror');
    expect(
      decide({ texts: [frag('connect to mx.example.net: No route to host')], action: 'delayed' })
        .reason,
    ).toBe('networkerror');
    expect(
      decide({ texts: [frag('connect to mx.example.net: connection refused')], action: 'failed' })
        .reason,
    ).toBe('expired');
  });
});

describe('provider wording that names a cause and its effect', () => {
  it("reads Gmail's rate limit for a low-reputation IP as the reputation problem it names", () => {
    const text =
      '421-4.7.0 This message is suspicious due to the very low reputation of the sending IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited.';
    expect(decide({ texts: [frag(text)], status: at('4.7.0') }).reason).toBe('badreputation');
  });
});

describe('temporary name lookups', () => {
  it('reads a domain-not-found lookup sent with a 4.x.x status as a DNS problem, soft', () => {
    const text =
      'Host or domain name not found. Name service error for name=example.invalid type=MX';
    const temporary = decide({ texts: [frag(text)], status: at('4.4.3'), action: 'failed' });
    expect(temporary.reason).toBe('networkerror');
    expect(temporary.category).toBe('soft');
    const permanent = decide({ texts: [frag(text)], status: at('5.1.2'), action: 'failed' });
    expect(permanent.reason).toBe('hostunknown');
    expect(permanent.category).toBe('hard');
  });

  it("keeps Google's authoritative NXDOMAIN answer a missing domain, whatever its vague code", () => {
    const text =
      "DNS Error: 1234 DNS type 'mx' lookup of example.invalid responded with code NXDOMAIN Domain name not found: example.invalid";
    expect(decide({ texts: [frag(text)], status: at('4.0.0'), action: 'failed' }).reason).toBe(
      'hostunknown',
    );
  });
});

describe('scoped rules', () => {
  const lpn = frag('550 5.5.0 Adresse destinataire invalide. Invalid recipient. LPN007_416');

  it('apply only to their receiving provider, and are not reinterpreted there', () => {
    const inScope = decide({
      texts: [lpn],
      status: at('5.5.0'),
      command: 'DATA',
      context: { host: 'smtpz4.laposte.net' },
    });
    expect(inScope.reason).toBe('userunknown');
    expect(inScope.rule).toBe('laposte/userunknown');
    const elsewhere = decide({ texts: [lpn], status: at('5.5.0'), command: 'DATA' });
    expect(elsewhere.rule).not.toBe('laposte/userunknown');
  });

  it("read the sending system's notice for every recipient it lists", () => {
    const d = decide({
      texts: [frag('<a@example.net>: 550 user unknown (in reply to RCPT TO command)')],
      command: 'RCPT',
      context: { system: 'ezweb' },
      notice: frag('The user(s) account is disabled.'),
    });
    expect(d.reason).toBe('suspend');
    const other = decide({
      texts: [frag('<a@example.net>: 550 user unknown (in reply to RCPT TO command)')],
      command: 'RCPT',
      context: { system: 'postfix' },
      notice: frag('The user(s) account is disabled.'),
    });
    expect(other.reason).toBe('userunknown');
  });
});
