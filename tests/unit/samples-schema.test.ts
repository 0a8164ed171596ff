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

/** Decoded views of a message: raw text with soft line breaks joined, plus decoded base64 parts. */
function views(raw: string): string[] {
  // Quoted-printable: join soft line breaks and decode =XX escapes (harmless for other text).
  const out = [
    raw
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
  ];
  const lines = raw.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    if (!/^Content-Transfer-Encoding:\s*base64\s*$/i.test(lines[i] ?? '')) continue;
    let j = i + 1;
    while (j < lines.length && lines[j] !== '') j++;
    const chunk: string[] = [];
    for (j += 1; j < lines.length && /^[A-Za-z0-9+/=]+$/.test(lines[j] ?? ''); j++) {
      chunk.push(lines[j] ?? '');
    }
    out.push(Buffer.from(chunk.join(''), 'base64').toString('utf8'));
  }
  return out;
}

// Names that look like host names to the pattern below but are not domains.
const TLD = '(?:com|net|org|edu|gov|io|co|jp|uk|de|fr|info|biz|me|us|ca|au|br|ru|cn|in|app|dev)';
const DOMAIN = new RegExp(`\\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+${TLD}(?![\\w-])`, 'gi');
// Dotted numbers that are provider codes, not IP addresses (Yahoo's TSS04 reference, [Y4]).
const NOT_ADDRESSES: ReadonlySet<string> = new Set(['4.16.55.1']);
const ALLOWED_DOMAIN = /(?:^|\.)example\.(?:com|net|org)$/i;
const IPV6 = /(?<![\w:])(?:[0-9a-f]{1,4}:){1,7}:?[0-9a-f]{0,4}(?![\w:])/gi;
const IPV4 = /(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]*\d)/g;

describe('sample privacy', () => {
  it.each(samples.map((s) => [s.file] as const))(
    '%s names only documentation domains and addresses',
    (file) => {
      for (const text of views(read(file))) {
        const domains = (text.match(DOMAIN) ?? []).filter((d) => !ALLOWED_DOMAIN.test(d));
        expect(domains, file).toEqual([]);
        for (const match of text.matchAll(IPV4)) {
          const octets = match.slice(1, 5).map(Number);
          if (octets.some((o) => o > 255)) continue; // a version number, not an address
          if (NOT_ADDRESSES.has(match[0])) continue;
          expect(match[0].startsWith('192.0.2.'), `${file}: ${match[0]}`).toBe(true);
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
