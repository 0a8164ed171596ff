/**
 * Replaces what identifies people and systems in a bounce message with consistent example values,
 * so a reader can share it: addresses, domains, IP addresses, message ids and display names.
 * The same original always maps to the same replacement, so the message still reads correctly
 * (a recipient named in three places is the same example address in all three).
 *
 * Example values come from the names reserved for documentation: example.com/.net/.org
 * (RFC 2606) and 192.0.2.0/24 and 2001:db8::/32 (RFC 5737, RFC 3849).
 */

/** What was replaced, for the reader to review. */
export interface Replacement {
  kind: 'address' | 'domain' | 'ipv4' | 'ipv6' | 'message-id' | 'name';
  original: string;
  replacement: string;
}

export interface RedactResult {
  text: string;
  replacements: Replacement[];
}

// Every pattern below is a single pass without nested quantifiers: linear-time.
const ID_HEADER =
  /^(?:Message-ID|In-Reply-To|References|Resent-Message-ID|Original-Message-ID|X-Original-Message-ID)[ \t]*:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*/gim;
const MESSAGE_ID = /<([^<>\s@]{1,200})@([^<>\s@]{1,200})>/g;
const ADDRESS = /[A-Za-z0-9._%+=-]{1,64}@([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,10})/g;
const IPV4 =
  /(?<![\w.])(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\w.]|\.\d)/g;
const IPV6 = /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])/g;
const DOMAIN =
  /(?<![\w.@-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,10}[A-Za-z]{2,24}(?![\w@-]|\.\w)/g;
const DISPLAY_NAME =
  /^((?:From|To|Cc|Reply-To|Sender):[ \t]*)"?([^"<>\r\n,;:@]{1,80}?)"?[ \t]*<(?=[^>\r\n]*@)/gim;

/** Documentation names and addresses stay as they are. */
const RESERVED_DOMAIN = /(?:^|\.)(?:example\.(?:com|net|org)|example|invalid|localhost|test)$/i;
const RESERVED_IPV4 = /^(?:192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|127\.)/;
/** File names and the like look like domains; leave common extensions alone. */
const NOT_A_TLD = new Set(
  'txt html htm eml msg pdf jpg jpeg png gif zip doc docx xls xlsx csv js css exe dat bin log ics vcf'.split(
    ' ',
  ),
);

class Mapper {
  readonly replacements: Replacement[] = [];
  private readonly seen = new Map<string, string>();
  private readonly counters = new Map<Replacement['kind'], number>();

  get(kind: Replacement['kind'], original: string, make: (n: number) => string): string {
    const key = `${kind}\u0000${original.toLowerCase()}`;
    const known = this.seen.get(key);
    if (known !== undefined) return known;
    const n = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, n);
    const replacement = make(n);
    this.seen.set(key, replacement);
    this.replacements.push({ kind, original, replacement });
    return replacement;
  }
}

function exampleDomain(n: number): string {
  const tld = ['com', 'net', 'org'][(n - 1) % 3] ?? 'com';
  return n <= 3 ? `example.${tld}` : `host${Math.ceil(n / 3)}.example.${tld}`;
}

/**
 * Redacts `text`. Idempotent on its own output.
 *
 * @example redact('550 5.1.1 <jane@acme.io>: User unknown').text // '550 5.1.1 <user1@example.com>: User unknown'
 */
export function redact(text: string): RedactResult {
  const map = new Mapper();
  const domain = (d: string) => (RESERVED_DOMAIN.test(d) ? d : map.get('domain', d, exampleDomain));

  let out = text.replace(DISPLAY_NAME, (_m, prefix: string, name: string) => {
    const trimmed = name.trim();
    if (!trimmed || /^(?:mail delivery|mailer-daemon|postmaster)/i.test(trimmed))
      return `${prefix}${name} <`;
    return `${prefix}${map.get('name', trimmed, (n) => `Person ${n}`)} <`;
  });
  // Message ids only where headers name them: elsewhere <a@b> is an address.
  out = out.replace(ID_HEADER, (header) =>
    header.replace(MESSAGE_ID, (whole, left: string, right: string) =>
      RESERVED_DOMAIN.test(right)
        ? whole
        : `<${map.get('message-id', `${left}@${right}`, (n) => `message${n}@example.com`)}>`,
    ),
  );
  out = out.replace(ADDRESS, (whole, host: string) => {
    if (RESERVED_DOMAIN.test(host)) return whole;
    const local = whole.slice(0, whole.length - host.length - 1);
    if (/^(?:mailer-daemon|postmaster)$/i.test(local)) return `${local}@${domain(host)}`;
    return map.get('address', whole, (n) => `user${n}@${domain(host)}`);
  });
  out = out.replace(IPV4, (ip) =>
    RESERVED_IPV4.test(ip) ? ip : map.get('ipv4', ip, (n) => `192.0.2.${(n % 254) + 1}`),
  );
  // Times such as 09:14:05 have two colons; an IPv6 address has more, or "::".
  out = out.replace(IPV6, (ip) =>
    /^2001:db8:/i.test(ip) ||
    !/[0-9a-f]/i.test(ip) ||
    !(ip.includes('::') || ip.split(':').length > 3)
      ? ip
      : map.get('ipv6', ip, (n) => `2001:db8::${n.toString(16)}`),
  );
  out = out.replace(DOMAIN, (d) => {
    const tld = d.slice(d.lastIndexOf('.') + 1).toLowerCase();
    return NOT_A_TLD.has(tld) ? d : domain(d);
  });
  return { text: out, replacements: map.replacements };
}
