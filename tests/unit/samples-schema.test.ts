/**
 * Checks content/samples against its schema and the course's coverage promises. It reads files,
 * so it lives in tests/ (src/lib stays free of Node built-ins).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ReasonId } from '../../src/lib/bounce/reason/ids.ts';
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

  it('covers every reason the course teaches', () => {
    const taught: ReasonId[] = [
      'userunknown',
      'hostunknown',
      'hasmoved',
      'notaccept',
      'mailboxfull',
      'mesgtoobig',
      'exceedlimit',
      'suspend',
      'filtered',
      'rejected',
      'blocked',
      'badreputation',
      'spamdetected',
      'virusdetected',
      'policyviolation',
      'authfailure',
      'requireptr',
      'securityerror',
      'failedstarttls',
      'norelaying',
      'contenterror',
      'syntaxerror',
      'networkerror',
      'expired',
      'toomanyconn',
      'speeding',
      'systemerror',
      'systemfull',
      'suppressed',
      'delivered',
      'feedback',
      'vacation',
    ];
    const seen = new Set(recipients.map((r) => r.reason));
    expect(taught.filter((reason) => !seen.has(reason))).toEqual([]);
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

  it('comes from at least 12 different systems', () => {
    expect(new Set(samples.map((s) => s.system)).size).toBeGreaterThanOrEqual(12);
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
});

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
