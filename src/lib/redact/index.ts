/**
 * Replaces the personal data in a bounce message with consistent placeholders, so a reader can
 * share it: the local parts of addresses, the names in address headers, message ids, and the IP
 * addresses of the sender's own network where the message identifies them (the connecting hosts in
 * Received fields, "client host [IP]" in a refusal).
 *
 * Everything the verdict and the advice depend on stays: status codes and reply codes (including
 * tokens such as `RESOLVER.ADR.RecipientNotFound`), domains, server names, provider and block-list
 * names (`zen.spamhaus.org`), and the IP addresses of the receiving servers. The same original always
 * maps to the same placeholder, so a recipient named in three places is the same placeholder in all
 * three, and redacting a redacted text changes nothing.
 *
 * Placeholders come from the ranges reserved for documentation: 198.51.100.0/24 (RFC 5737) and
 * 2001:db8::/32 (RFC 3849).
 */

/** What was replaced, for the reader to review. */
export interface Replacement {
  kind: 'address' | 'name' | 'message-id' | 'ipv4' | 'ipv6';
  original: string;
  replacement: string;
}

export interface RedactResult {
  text: string;
  replacements: Replacement[];
}

// Every pattern below is a single pass without nested unbounded quantifiers: linear-time. A field
// with its continuation lines repeats a group that must start with a line break.
const ADDRESS_FIELD =
  /^(?:From|To|Cc|Bcc|Reply-To|Sender|Resent-From|Resent-To|Resent-Cc|Resent-Sender|Disposition-Notification-To|Return-Receipt-To)[ \t]*:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*/gim;
const ID_FIELD =
  /^(?:Message-ID|In-Reply-To|References|Resent-Message-ID|Original-Message-ID|X-Original-Message-ID)[ \t]*:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*/gim;
const SENDER_IP_FIELD =
  /^(?:X-Originating-IP|X-Sender-IP|X-Source-IP|X-Client-IP|X-Remote-IP|Received-From-MTA)[ \t]*:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*/gim;
const RECEIVED_FIELD = /^Received[ \t]*:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*/gim;

/** A display name before `<address>`: after the field name, a comma or the start of the value. */
const NAME_BEFORE_ADDRESS = /(^[^:]{1,80}:|,)([ \t\r\n]*)("?)([^"<>,;:@\r\n]{1,80}?)\3([ \t]*)</g;
/** A display name in the old comment form: `address (Name)`. */
const NAME_IN_COMMENT = /(@[A-Za-z0-9.-]{1,253}[ \t]*)\(([^()\r\n]{1,80})\)/g;
const MESSAGE_ID = /<([^<>\s@]{1,200})@([^<>\s@]{1,200})>/g;
const ADDRESS = /([A-Za-z0-9._%+=-]{1,64})@([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,10})/g;
const IPV4 =
  /(?<![\w.])(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\w.]|\.\d)/g;
const IPV6 = /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])/g;

/**
 * Words that, right before an IP address on the same line, say it is the sending side's: "Client
 * host [IP] blocked using zen.spamhaus.org", Yahoo's "Messages from IP temporarily deferred",
 * Microsoft's "messages from [IP] weren't sent".
 */
const SENDER_IP_CONTEXT =
  /(?:client(?:[ \t]+host)?|your[ \t]+(?:ip|server|host|address)|(?:sending|sender|source|connecting|originating)[ \t]+(?:ip|host|server)|messages?[ \t]+from|from[ \t]+ip|ip[ \t]+address|\bip)[ \t]*[:=]?[ \t]*[[(]?[ \t]*$/i;

/** Names that belong to mail systems, not people. */
const SYSTEM_NAME =
  /^(?:mail delivery|mailer[- ]?daemon|postmaster|mail administrator|mail system|system administrator|microsoft outlook|microsoft exchange|delivery status|undeliverable|returned mail|internet mail|amazon ses|mail delivery subsystem)/i;
/** Local parts that name a mail system's role, not a person. */
const SYSTEM_LOCAL = /^(?:mailer-daemon|postmaster|abuse|no-?reply|double-bounce)$/i;

/** Placeholders this module writes: redacting them again changes nothing. */
const PLACEHOLDER_LOCAL = /^(?:user|message)\d+$/i;
const PLACEHOLDER_NAME = /^Person \d+$/;
const DOCUMENTATION_IPV4 = /^(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d+$|^127\./;
const DOCUMENTATION_IPV6 = /^2001:db8:/i;

class Mapper {
  readonly replacements: Replacement[] = [];
  private readonly seen = new Map<string, string>();
  private readonly counters = new Map<string, number>();

  get(kind: Replacement['kind'], original: string, make: (n: number) => string): string {
    const key = `${kind}\u0000${original.toLowerCase()}`;
    const known = this.seen.get(key);
    if (known !== undefined) return known;
    const n = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, n);
    const replacement = make(n);
    this.seen.set(key, replacement);
    if (replacement !== original) this.replacements.push({ kind, original, replacement });
    return replacement;
  }
}

/** The placeholder for one IP address, or the address itself when it needs none. */
function ipPlaceholder(ip: string, family: 'ipv4' | 'ipv6', map: Mapper): string {
  if (family === 'ipv4') {
    return DOCUMENTATION_IPV4.test(ip)
      ? ip
      : map.get('ipv4', ip, (n) => `198.51.100.${((n - 1) % 254) + 1}`);
  }
  // Times such as 09:14:05 have two colons; an IPv6 address has more, or "::".
  const looksLikeIpv6 = /[0-9a-f]/i.test(ip) && (ip.includes('::') || ip.split(':').length > 3);
  return !looksLikeIpv6 || DOCUMENTATION_IPV6.test(ip)
    ? ip
    : map.get('ipv6', ip, (n) => `2001:db8::${n.toString(16)}`);
}

/** Replaces every IP address in `text` (the caller knows they are the sender's). */
function redactIps(text: string, map: Mapper): string {
  return text
    .replace(IPV4, (ip) => ipPlaceholder(ip, 'ipv4', map))
    .replace(IPV6, (ip) => ipPlaceholder(ip, 'ipv6', map));
}

/** In a Received field, only the `from` clause names the connecting (sending) host. */
function redactReceived(field: string, map: Mapper): string {
  const by = field.search(/[ \t\r\n]by[ \t\r\n]/i);
  if (by < 0) return redactIps(field, map);
  return redactIps(field.slice(0, by), map) + field.slice(by);
}

/** IPs in running text: only where the words right before them say they are the sender's. */
function redactSenderIpsInText(text: string, map: Mapper): string {
  const replaceIf = (ip: string, at: number, whole: string, family: 'ipv4' | 'ipv6') => {
    const from = Math.max(whole.lastIndexOf('\n', at) + 1, at - 60);
    return SENDER_IP_CONTEXT.test(whole.slice(from, at)) ? ipPlaceholder(ip, family, map) : ip;
  };
  return text
    .replace(IPV4, (ip, at: number, whole: string) => replaceIf(ip, at, whole, 'ipv4'))
    .replace(IPV6, (ip, at: number, whole: string) => replaceIf(ip, at, whole, 'ipv6'));
}

/**
 * Redacts the personal data in `text`. Idempotent: redacting the result again changes nothing and
 * reports no replacements.
 *
 * @example redact('550 5.1.1 <jane@acme.io>: User unknown').text // '550 5.1.1 <user1@acme.io>: User unknown'
 */
export function redact(text: string): RedactResult {
  const { texts, replacements } = redactAll([text]);
  return { text: texts[0] ?? '', replacements };
}

/**
 * Redacts several texts (the files of a batch) with one set of placeholders, so an address that
 * appears in two files gets the same placeholder in both.
 */
export function redactAll(texts: readonly string[]): {
  texts: string[];
  replacements: Replacement[];
} {
  const map = new Mapper();
  return { texts: texts.map((text) => redactWith(map, text)), replacements: map.replacements };
}

function redactWith(map: Mapper, text: string): string {
  const name = (original: string) => {
    const trimmed = original.trim();
    if (!trimmed || SYSTEM_NAME.test(trimmed) || PLACEHOLDER_NAME.test(trimmed)) return original;
    return map.get('name', trimmed, (n) => `Person ${n}`);
  };

  let out = text.replace(ADDRESS_FIELD, (field) =>
    field
      .replace(
        NAME_BEFORE_ADDRESS,
        (_m, lead: string, space: string, quote: string, display: string, gap: string) =>
          `${lead}${space}${quote}${name(display)}${quote}${gap}<`,
      )
      .replace(NAME_IN_COMMENT, (_m, address: string, display: string) => {
        return `${address}(${name(display)})`;
      }),
  );
  // Message ids only where fields name them: elsewhere <a@b> is an address.
  out = out.replace(ID_FIELD, (field) =>
    field.replace(MESSAGE_ID, (whole, left: string, right: string) =>
      PLACEHOLDER_LOCAL.test(left)
        ? whole
        : `<${map.get('message-id', `${left}@${right}`, (n) => `message${n}@${right}`)}>`,
    ),
  );
  out = out.replace(ADDRESS, (whole, local: string, host: string) => {
    if (SYSTEM_LOCAL.test(local) || PLACEHOLDER_LOCAL.test(local)) return whole;
    const placeholder = map.get('address', whole, (n) => `user${n}@${host}`);
    // Keep the domain as written here (its case may differ from the first occurrence).
    return `${placeholder.slice(0, placeholder.indexOf('@'))}@${host}`;
  });
  out = out.replace(SENDER_IP_FIELD, (field) => redactIps(field, map));
  out = out.replace(RECEIVED_FIELD, (field) => redactReceived(field, map));
  out = redactSenderIpsInText(out, map);
  return out;
}
