/**
 * Checks content/samples against its schema and the course's coverage promises. It reads files,
 * so it lives in tests/ (src/lib stays free of Node built-ins).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REASON_IDS, type ReasonId } from '../../src/lib/bounce/reason/ids.ts';
import { expectedMessages, samplesFileSchema } from '../../src/lib/samples/index.ts';
import type { Sample, SampleKind } from '../../src/lib/samples/index.ts';

const DIR = fileURLToPath(new URL('../../content/samples/', import.meta.url));
const samples: Sample[] = samplesFileSchema.parse(
  parse(readFileSync(`${DIR}samples.yaml`, 'utf8')),
);
const read = (file: string): string => readFileSync(`${DIR}${file}`, 'latin1');

const verdicts = samples.flatMap((s) => expectedMessages(s));
const recipients = verdicts.flatMap((v) => v.recipients);

describe('samples.yaml', () => {
  it('validates against the schema', () => {
    const raw: unknown = parse(readFileSync(`${DIR}samples.yaml`, 'utf8'));
    expect(samplesFileSchema.safeParse(raw).success).toBe(true);
  });

  it('has unique ids and every file exists', () => {
    expect(new Set(samples.map((s) => s.id)).size).toBe(samples.length);
    for (const s of samples) expect(existsSync(`${DIR}${s.file}`), s.file).toBe(true);
  });

  it('has at least 44 .eml messages, a reply line, a transcript and a 3-message mbox', () => {
    expect(samples.filter((s) => s.file.endsWith('.eml')).length).toBeGreaterThanOrEqual(44);
    expect(samples.some((s) => s.file.startsWith('smtp-line-') && s.file.endsWith('.txt'))).toBe(
      true,
    );
    expect(samples.some((s) => s.file.startsWith('smtp-transcript-'))).toBe(true);
    const mbox = samples.find((s) => s.file.endsWith('.mbox'));
    expect(mbox).toBeDefined();
    if (!mbox) return;
    expect(expectedMessages(mbox)).toHaveLength(3);
    expect(read(mbox.file).match(/^From /gm)).toHaveLength(3);
  });

  it('covers every reason of the vocabulary with a real kind of message', () => {
    const seen = new Set(recipients.map((r) => r.reason));
    expect(REASON_IDS.filter((reason) => !seen.has(reason))).toEqual([]);
  });

  it('shows the common reasons several times, from at least three systems each', () => {
    const common: (readonly ReasonId[])[] = [
      ['userunknown'],
      ['mailboxfull'],
      ['hostunknown'],
      ['blocked'],
      ['spamdetected'],
      ['authfailure'],
      ['suspend'],
      ['expired'],
      ['policyviolation'],
      ['badreputation'],
      ['mesgtoobig'],
      ['networkerror'],
      ['rejected'],
      ['norelaying'],
      ['toomanyconn', 'speeding'],
    ];
    const thin = common.filter((reasons) => {
      const systems = new Set(
        samples
          .filter((s) =>
            expectedMessages(s).some((m) => m.recipients.some((r) => reasons.includes(r.reason))),
          )
          .map((s) => s.system),
      );
      return systems.size < 3;
    });
    expect(thin).toEqual([]);
  });

  it('covers every message kind, including the non-bounces', () => {
    const kinds: SampleKind[] = [
      'failure',
      'delay',
      'delivery',
      'auto-reply',
      'feedback',
      'read-receipt',
      'not-bounce',
    ];
    const seen = new Set(verdicts.map((v) => v.kind));
    expect(kinds.filter((k) => !seen.has(k))).toEqual([]);
  });

  it('has the cases lessons point at', () => {
    const has = (reason: ReasonId, status?: string, reply?: string): boolean =>
      recipients.some(
        (r) =>
          r.reason === reason &&
          (status === undefined || r.status === status) &&
          (reply === undefined || r.replyCode === reply),
      );
    expect(has('mailboxfull', '4.2.2', '452')).toBe(true);
    expect(has('mailboxfull', '5.2.2', '552')).toBe(true);
    expect(has('userunknown', '4.1.1', '450')).toBe(true);
    expect(has('userunknown', '5.4.1', '550')).toBe(true);
    expect(has('notaccept', '5.1.10', '556')).toBe(true);
    expect(has('authfailure', '5.7.26')).toBe(true);
    expect(has('authfailure', '5.7.515')).toBe(true);
    expect(has('speeding', '4.7.28', '421')).toBe(true);
    // Gmail's 5.2.1 means two different things; the text decides (research 2.9).
    expect(has('suspend', '5.2.1', '550')).toBe(true);
    expect(has('speeding', '5.2.1', '550')).toBe(true);
    const delay = samples.find((s) => expectedMessages(s).some((v) => v.kind === 'delay'));
    expect(delay && read(delay.file)).toMatch(/^Action: delayed$/m);
    expect(delay && read(delay.file)).toMatch(/^Will-Retry-Until: /m);
  });

  it('has at least 125 messages from at least 55 systems and providers', () => {
    expect(samples.length).toBeGreaterThanOrEqual(125);
    expect(verdicts.length).toBeGreaterThanOrEqual(125);
    const names = new Set(samples.flatMap((s) => [s.system, ...(s.provider ? [s.provider] : [])]));
    for (const generic of GENERIC_SYSTEMS) names.delete(generic);
    expect(names.size).toBeGreaterThanOrEqual(55);
  });

  it('is written in at least seven languages, each tagged', () => {
    const languages = new Set(samples.map((s) => s.language.split('-')[0]));
    expect(languages.size).toBeGreaterThanOrEqual(7);
    for (const tag of ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru', 'pl', 'ja', 'zh', 'ko']) {
      expect(languages.has(tag), tag).toBe(true);
    }
  });

  it('names every recipient it expects somewhere in the file', () => {
    for (const s of samples) {
      const text = views(read(s.file)).join('\n').toLowerCase();
      for (const v of expectedMessages(s)) {
        for (const r of v.recipients) expect(text, s.id).toContain(r.recipient.toLowerCase());
      }
    }
  });

  it('has delay notices with and without a named cause, and they are never bounces yet', () => {
    const delays = samples.filter((s) => expectedMessages(s).some((v) => v.kind === 'delay'));
    expect(delays.length).toBeGreaterThanOrEqual(5);
    const causes = new Set(
      delays.flatMap((s) => expectedMessages(s).flatMap((v) => v.recipients.map((r) => r.reason))),
    );
    for (const cause of ['mailboxfull', 'networkerror', 'blocked', 'undefined'] as const) {
      expect(causes.has(cause), cause).toBe(true);
    }
    expect(delays.some((s) => /greylist/i.test(read(s.file)))).toBe(true);
    expect(delays.some((s) => /timed out/i.test(read(s.file)))).toBe(true);
  });

  it('has look-alikes: auto-replies in three languages, complaints from two systems, list mail', () => {
    const of = (kind: SampleKind) =>
      samples.filter((s) => expectedMessages(s).some((v) => v.kind === kind));
    expect(
      new Set(of('auto-reply').map((s) => s.language.split('-')[0])).size,
    ).toBeGreaterThanOrEqual(3);
    expect(new Set(of('feedback').map((s) => s.system)).size).toBeGreaterThanOrEqual(2);
    expect(of('not-bounce').length).toBeGreaterThanOrEqual(3);
    expect(of('delivery').length).toBeGreaterThanOrEqual(2);
    // An auto-reply that quotes the original message, and a challenge-response request.
    expect(of('auto-reply').some((s) => views(read(s.file)).some((v) => /^> /m.test(v)))).toBe(
      true,
    );
    expect(of('auto-reply').some((s) => /confirm/i.test(read(s.file)))).toBe(true);
  });

  it('keeps the hard cases readers meet', () => {
    const find = (id: string) => samples.find((s) => s.id === id);
    const first = (id: string) => {
      const s = find(id);
      return s ? expectedMessages(s)[0]?.recipients[0] : undefined;
    };
    // Quota words sent with X.1.1, and a disabled account sent with 5.1.1 and with 551.
    expect(first('libero-quota-with-5-1-1')).toMatchObject({
      reason: 'mailboxfull',
      status: '5.1.1',
    });
    expect(first('mailru-account-disabled-koi8r')).toMatchObject({
      reason: 'suspend',
      status: '5.1.1',
    });
    expect(first('smartermail-account-disabled-551')).toMatchObject({
      reason: 'suspend',
      replyCode: '551',
    });
    // A Final-Recipient that is not an address: the Original-Recipient is the one reported.
    const domino = find('domino-unusable-final-recipient');
    expect(domino && read(domino.file)).toMatch(/^Final-Recipient: rfc822;[^@\r\n]+@Example\r?$/m);
    expect(first('domino-unusable-final-recipient')?.recipient).toBe('karl.weber@example.com');
    // Other people in the returned message's To, Cc and Reply-To are not recipients of the report.
    const cgp = find('communigate-other-addresses');
    const copy = cgp ? read(cgp.file) : '';
    for (const other of [
      'paul.girard@example.net',
      'treasurer@example.com',
      'minutes@example.org',
    ]) {
      expect(copy).toContain(other);
      expect(cgp && expectedMessages(cgp)[0]?.recipients.map((r) => r.recipient)).not.toContain(
        other,
      );
    }
    // A one-line legacy report, a lone reply line and a short transcript.
    expect(find('imail-one-line')).toBeDefined();
    expect(samples.filter((s) => s.file.startsWith('smtp-line-')).length).toBeGreaterThanOrEqual(2);
    expect(
      samples.filter((s) => s.file.startsWith('smtp-transcript-')).length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('mixes encodings and line endings', () => {
    const all = samples.map((s) => read(s.file));
    expect(all.some((t) => /^Content-Transfer-Encoding: base64\r?$/im.test(t))).toBe(true);
    expect(all.some((t) => /^Content-Transfer-Encoding: quoted-printable\r?$/im.test(t))).toBe(
      true,
    );
    expect(all.some((t) => /^Subject: =\?[^?]+\?[BQ]\?/im.test(t))).toBe(true);
    expect(all.some((t) => /charset="?(?:ISO-2022-JP|Shift_JIS)/i.test(t))).toBe(true);
    expect(all.some((t) => t.includes('\r\n'))).toBe(true);
  });

  it('uses the charsets the writing systems really use', () => {
    const charsets = new Set(
      samples.flatMap((s) =>
        [...read(s.file).matchAll(/charset="?([\w-]+)/gi)].map((m) => (m[1] ?? '').toUpperCase()),
      ),
    );
    const wanted = [
      ['ISO-8859-1'],
      ['ISO-2022-JP'],
      ['SHIFT_JIS'],
      ['GB2312', 'GB18030'],
      ['EUC-KR'],
      ['KOI8-R'],
      ['UTF-8'],
    ];
    expect(wanted.filter((names) => !names.some((n) => charsets.has(n)))).toEqual([]);
  });
});

describe('email service events (.json)', () => {
  const events = samples.filter((s) => s.file.endsWith('.json'));

  it('covers the services and event types the lessons compare', () => {
    const ids = events.map((s) => s.system);
    for (const system of ['amazonses', 'sendgrid', 'mailgun', 'postmark', 'sparkpost', 'brevo']) {
      expect(ids, system).toContain(system);
    }
    const raw = events.map((s) => read(s.file));
    expect(
      raw.some((t) => /"notificationType": ?"Bounce"|\\"notificationType\\":\\"Bounce\\"/.test(t)),
    ).toBe(true);
    expect(raw.some((t) => /"notificationType": "Complaint"/.test(t))).toBe(true);
    expect(raw.some((t) => /"type": "bounce"/.test(t))).toBe(true);
    expect(raw.some((t) => /"type": "blocked"/.test(t))).toBe(true);
    expect(raw.some((t) => /"event": "deferred"/.test(t))).toBe(true);
    expect(raw.some((t) => /"severity": "permanent"/.test(t))).toBe(true);
    expect(raw.some((t) => /"severity": "temporary"/.test(t))).toBe(true);
    expect(raw.some((t) => /"event": "hard_bounce"/.test(t))).toBe(true);
    expect(raw.some((t) => /"message_event"/.test(t))).toBe(true);
    expect(raw.some((t) => /"RecordType": "Bounce"/.test(t))).toBe(true);
  });

  it.each(events.map((s) => [s.id, s] as const))(
    '%s is valid JSON whose address fields are the expected recipients',
    (_id, sample) => {
      const data: unknown = JSON.parse(readFileSync(`${DIR}${sample.file}`, 'utf8'));
      const expected = expectedMessages(sample).flatMap((v) =>
        v.recipients.map((r) => r.recipient),
      );
      expect(eventAddresses(data).sort()).toEqual(expected.sort());
    },
  );
});

/**
 * The addresses an event names in its documented recipient fields (course-v2-sources.md §1):
 * SES `bouncedRecipients[].emailAddress` / `complainedRecipients[].emailAddress` (also inside an
 * SNS envelope's `Message`), SendGrid and Brevo `email`, Mailgun `recipient`, Postmark `Email`,
 * SparkPost `rcpt_to`.
 */
function eventAddresses(data: unknown): string[] {
  if (Array.isArray(data)) return data.flatMap(eventAddresses);
  if (!data || typeof data !== 'object') return [];
  const o = data as Record<string, unknown>;
  const sns = o['Message'];
  if (typeof sns === 'string') return eventAddresses(JSON.parse(sns));
  const list = (v: unknown): string[] =>
    Array.isArray(v)
      ? v.flatMap((x) => {
          const address = (x as Record<string, unknown>)['emailAddress'];
          return typeof address === 'string' ? [address] : [];
        })
      : [];
  const bounce = o['bounce'] as Record<string, unknown> | undefined;
  if (bounce) return list(bounce['bouncedRecipients']);
  const complaint = o['complaint'] as Record<string, unknown> | undefined;
  if (complaint) return list(complaint['complainedRecipients']);
  if (o['event-data']) return eventAddresses(o['event-data']);
  if (o['msys']) return eventAddresses((o['msys'] as Record<string, unknown>)['message_event']);
  for (const key of ['email', 'recipient', 'Email', 'rcpt_to']) {
    const address = o[key];
    if (typeof address === 'string') return [address];
  }
  return [];
}

/**
 * Views of a message to check: the text outside encoded parts, plus the decoded body of every
 * quoted-printable and base64 part (base64 read as UTF-8: its ASCII stays exact).
 */
function views(raw: string): string[] {
  const plain: string[] = [];
  const decoded: string[] = [];
  const lines = raw.split(/\r?\n/);
  const boundaries = new Set(
    [...raw.matchAll(/boundary="?([^";\r\n]+)"?/gi)].map((m) => `--${m[1] ?? ''}`),
  );
  const isBoundary = (line: string) => boundaries.has(line.replace(/--$/, ''));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    plain.push(line);
    const encoding = /^Content-Transfer-Encoding:\s*(base64|quoted-printable)\s*$/i.exec(line)?.[1];
    if (!encoding) continue;
    while (i + 1 < lines.length && lines[i + 1] !== '') plain.push(lines[++i] ?? '');
    const body: string[] = [];
    while (i + 1 < lines.length && !isBoundary(lines[i + 1] ?? '')) body.push(lines[++i] ?? '');
    if (encoding.toLowerCase() === 'base64') {
      const chunk = body.filter((b) => /^[A-Za-z0-9+/=]+$/.test(b)).join('');
      decoded.push(Buffer.from(chunk, 'base64').toString('utf8'));
    } else {
      decoded.push(
        body
          .join('\n')
          .replace(/=\n/g, '')
          .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      );
    }
  }
  return [plain.join('\n'), ...decoded];
}

// Names that look like host names to the pattern below but are not domains.
const TLD =
  '(?:com|net|org|edu|gov|io|co|jp|uk|de|fr|it|es|nl|pl|pt|kr|ms|info|biz|me|us|ca|au|br|ru|cn|in|app|dev)';
const DOMAIN = new RegExp(`\\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+${TLD}(?![\\w-])`, 'gi');
// Dotted numbers that are provider codes, not IP addresses (Yahoo's TSS04 reference, [Y4]).
const NOT_ADDRESSES: ReadonlySet<string> = new Set(['4.16.55.1']);
const ALLOWED_DOMAIN = /(?:^|\.)example\.(?:com|net|org)$/i;
/**
 * Providers' own host names, allowed only as host names where they are part of the real wording
 * (an MX host, a help link); people's addresses stay on the documentation domains.
 */
const PROVIDER_DOMAIN =
  /(?:^|\.)(?:google\.com|yahoodns\.net|yahooinc\.com|outlook\.com|aka\.ms|amazonses\.com|amazonaws\.com|icloud\.com|comcast\.net|web\.de|t-online\.de|orange\.fr|yandex\.ru|mail\.ru|qq\.com|docomo\.ne\.jp|mimecast\.com|pphosted\.com|proofpoint\.com|iphmx\.com|barracudanetworks\.com|messagelabs\.com)$/i;
/** RFC 5737 documentation networks: 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24. */
const DOCUMENTATION_IPV4 = /^(?:192\.0\.2|198\.51\.100|203\.0\.113)\./;
const IPV6 = /(?<![\w:])(?:[0-9a-f]{1,4}:){1,7}:?[0-9a-f]{0,4}(?![\w:])/gi;
const IPV4 = /(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]*\d)/g;
/** System ids that name a standard or a kind of text, not a sending system or provider. */
const GENERIC_SYSTEMS = ['rfc3464', 'rfc3834', 'arf', 'mdn', 'human', 'smtp', 'mixed'];

describe('sample privacy', () => {
  it.each(samples.map((s) => [s.file] as const))(
    '%s names only documentation domains and addresses',
    (file) => {
      for (const text of views(read(file))) {
        // A multi-line reply glues its code to the host name: "554-web.de (mxweb112)".
        const domains = (text.match(DOMAIN) ?? [])
          .map((d) => d.replace(/^[2-5]\d\d-/, ''))
          .filter((d) => !ALLOWED_DOMAIN.test(d) && !PROVIDER_DOMAIN.test(d));
        expect(domains, file).toEqual([]);
        for (const match of text.matchAll(IPV4)) {
          const octets = match.slice(1, 5).map(Number);
          if (octets.some((o) => o > 255)) continue; // a version number, not an address
          if (NOT_ADDRESSES.has(match[0])) continue;
          expect(DOCUMENTATION_IPV4.test(match[0]), `${file}: ${match[0]}`).toBe(true);
        }
        // IPv6: only the documentation prefix 2001:db8::/32 (RFC 3849). Times never contain "::".
        for (const ip of text.match(IPV6) ?? []) {
          if (ip.includes('::') || ip.split(':').length > 4) {
            expect(ip.toLowerCase().startsWith('2001:db8:'), `${file}: ${ip}`).toBe(true);
          }
        }
        for (const address of text.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? []) {
          expect(address, file).toMatch(/@(?:[\w-]+\.)*example\.(?:com|net|org)$/i);
        }
      }
    },
  );
});
