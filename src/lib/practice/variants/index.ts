/**
 * Variants of a sample for practice: the same bounce with another recipient, other reserved domain
 * names and mail host names, other dates, message ids and documentation IP addresses. A variant is
 * a list of edits on the original text, so the page ships the original once plus a few small edits.
 * Whether a variant keeps its verdict is decided by the real classifier (see `../pool/`), never
 * assumed here.
 */
import { pick, pickIndex, shuffle, type Random } from '../random/index.ts';
import type { Edit } from './edits.ts';

export { applyEdits, type Edit } from './edits.ts';

/** A variant: its edits, the recipient's new address, and what kinds of things changed. */
export interface Variant {
  edits: Edit[];
  /** The recipient address as the variant names it ('' when the message names none). */
  recipient: string;
  changed: VariantChange[];
}

export type VariantChange = 'recipient' | 'domains' | 'hosts' | 'dates' | 'message-ids' | 'ips';

/** Local parts for new recipients: made-up names, written for this project. */
const NAMES = [
  'alex.morgan',
  'priya.shah',
  'tomas.novak',
  'li.na',
  'sofia.rossi',
  'kwame.mensah',
  'yuki.sato',
  'olga.ivanova',
  'noah.king',
  'amara.obi',
  'lucas.martin',
  'fatima.haddad',
  'jonas.berg',
  'mei.chen',
  'diego.ramos',
  'hannah.wolf',
];

/** Generic first labels of mail hosts; provider-specific names are left alone. */
const HOST_LABELS = ['mx', 'mx1', 'mx2', 'mail', 'smtp', 'relay', 'mta', 'mta01', 'in', 'smtp-in'];
/** RFC 2606 reserved second-level names the samples use. */
const RESERVED_TLDS = ['com', 'net', 'org'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const DAY_MS = 86_400_000;

// Every pattern below is linear: no nested quantifiers, bounded repetitions.
const RESERVED_DOMAIN = /\bexample\.(com|net|org)\b/gi;
const HOST = /\b([a-z][a-z0-9-]{0,20})\.(?=example\.(?:com|net|org)\b)/gi;
/** RFC 5322 §3.3 date: an optional day name, then day, month name and four-digit year. */
const RFC5322_DATE =
  /\b(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun),([ \t]{0,4}))?(\d{1,2})([ \t]{1,4})(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)([ \t]{1,4})(\d{4})\b/g;
/** ISO 8601 / RFC 3339 date followed by a time (`2026-11-30T11:14:03Z`, `2026-12-07 12:14:05`). */
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})(?=[T ]\d{2}:\d{2})/g;
/** A JSON number of Unix seconds (10 digits) or milliseconds (13) under a time-like key. */
const EPOCH =
  /"[A-Za-z_@-]{0,30}(?:ts|time|Time|stamp)[A-Za-z_-]{0,20}"[ \t]{0,4}:[ \t]{0,4}"?(\d{13}|\d{10})(?![\d])/g;
/** `<local@domain>` whose local part looks machine-made (long, with digits): a message id. */
const BRACKETED_ID = /<([^<>@\s"]{10,120})@[^<>\s"]{1,120}>/g;
/** A JSON field holding a message id without brackets (SES `messageId`, SendGrid `smtp-id`...). */
const JSON_ID =
  /"[A-Za-z_-]{0,20}(?:[Mm]essage[-_]?[Ii][Dd]|smtp-id|event_id|feedbackId)"[ \t]{0,4}:[ \t]{0,4}"<?([^"<>@\\\s]{8,120})/g;
const DOC_IP = /\b(192\.0\.2|198\.51\.100|203\.0\.113)\.(\d{1,3})\b/g;

/** Every position of `needle` in `text`, ignoring ASCII case where that keeps offsets intact. */
function positions(text: string, needle: string): number[] {
  if (needle.length === 0) return [];
  const lower = text.toLowerCase();
  const haystack = lower.length === text.length ? lower : text;
  const target = lower.length === text.length ? needle.toLowerCase() : needle;
  const found: number[] = [];
  for (let at = haystack.indexOf(target); at !== -1; at = haystack.indexOf(target, at + 1)) {
    found.push(at);
  }
  return found;
}

/** Matches the case of `original`: all upper, or as written. */
const sameCase = (original: string, replacement: string) =>
  original === original.toUpperCase() && original !== original.toLowerCase()
    ? replacement.toUpperCase()
    : replacement;

/** A permutation of the reserved TLDs that moves at least one of them. */
function tldPermutation(random: Random): Map<string, string> {
  const orders = [
    ['net', 'org', 'com'],
    ['org', 'com', 'net'],
    ['net', 'com', 'org'],
    ['com', 'org', 'net'],
    ['org', 'net', 'com'],
  ];
  const order = pick(random, orders);
  return new Map(RESERVED_TLDS.map((tld, i) => [tld, order[i] as string]));
}

/** The domain of an address after the TLD permutation (only reserved names change). */
function permuteDomain(domain: string, tlds: Map<string, string>): string {
  return domain.replace(RESERVED_DOMAIN, (match, tld: string) => {
    const to = tlds.get(tld.toLowerCase()) ?? tld;
    return match.slice(0, -tld.length) + sameCase(tld, to);
  });
}

function domainEdits(text: string, tlds: Map<string, string>): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(RESERVED_DOMAIN)) {
    const tld = m[1] as string;
    const to = tlds.get(tld.toLowerCase()) ?? tld;
    if (to === tld.toLowerCase()) continue;
    const start = m.index + m[0].length - tld.length;
    edits.push([start, start + tld.length, sameCase(tld, to)]);
  }
  return edits;
}

function hostEdits(text: string, random: Random): Edit[] {
  const mapping = new Map<string, string>();
  const edits: Edit[] = [];
  for (const m of text.matchAll(HOST)) {
    const label = (m[1] as string).toLowerCase();
    if (!HOST_LABELS.includes(label)) continue;
    // The label must start a host name, not end a longer one ("mail.mx.example.com" keeps "mx").
    const before = m.index > 0 ? text[m.index - 1] : '';
    if (before === '.' || before === '-') continue;
    let to = mapping.get(label);
    if (to === undefined) {
      const others = HOST_LABELS.filter((l) => l !== label && ![...mapping.values()].includes(l));
      to = others.length > 0 ? pick(random, others) : label;
      mapping.set(label, to);
    }
    edits.push([m.index, m.index + label.length, sameCase(m[1] as string, to)]);
  }
  return edits;
}

/** Shifts a calendar date by whole days (UTC arithmetic, so no time zone can move it twice). */
function shiftDay(year: number, month: number, day: number, days: number) {
  const d = new Date(Date.UTC(year, month, day) + days * DAY_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth(),
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
  };
}

function dateEdits(text: string, days: number): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(RFC5322_DATE)) {
    const [whole, weekday, afterComma = '', day = '', gap1 = '', month = '', gap2 = '', year = ''] =
      m;
    const shifted = shiftDay(Number(year), MONTHS.indexOf(month), Number(day), days);
    const dayText = String(shifted.day).padStart(day.length, '0');
    // Postfix pads a one-digit day with a space ("Mon,  5 Apr"): keep the field's width.
    const space =
      dayText.length > day.length && afterComma.length > 1 ? afterComma.slice(1) : afterComma;
    const rewritten =
      (weekday ? `${WEEKDAYS[shifted.weekday]},${space}` : '') +
      `${dayText}${gap1}${MONTHS[shifted.month]}${gap2}${shifted.year}`;
    edits.push([m.index, m.index + whole.length, rewritten]);
  }
  for (const m of text.matchAll(ISO_DATE)) {
    const [whole, year, month, day] = m;
    const shifted = shiftDay(Number(year), Number(month) - 1, Number(day), days);
    const rewritten = `${shifted.year}-${String(shifted.month + 1).padStart(2, '0')}-${String(shifted.day).padStart(2, '0')}`;
    edits.push([m.index, m.index + whole.length, rewritten]);
  }
  for (const m of text.matchAll(EPOCH)) {
    const digits = m[1] as string;
    const shift = digits.length === 13 ? days * DAY_MS : days * 86_400;
    const start = m.index + m[0].length - digits.length;
    edits.push([start, start + digits.length, String(Number(digits) + shift)]);
  }
  return edits;
}

/** A new id of the same shape: digits stay digits, hex stays hex, letters keep their case. */
function reshapeId(id: string, random: Random): string {
  const hex = /^[0-9a-f.-]+$/.test(id);
  let out = '';
  for (const c of id) {
    if (c >= '0' && c <= '9') out += String(pickIndex(random, 10));
    else if (hex && c >= 'a' && c <= 'f') out += 'abcdef'[pickIndex(random, 6)];
    else if (c >= 'a' && c <= 'z') out += String.fromCharCode(97 + pickIndex(random, 26));
    else if (c >= 'A' && c <= 'Z') out += String.fromCharCode(65 + pickIndex(random, 26));
    else out += c;
  }
  return out === id ? id.split('').reverse().join('') : out;
}

function messageIdEdits(text: string, random: Random): Edit[] {
  const ids = new Set<string>();
  for (const m of text.matchAll(BRACKETED_ID)) {
    const local = m[1] as string;
    if ((local.match(/\d/g)?.length ?? 0) >= 4) ids.add(local);
  }
  for (const m of text.matchAll(JSON_ID)) ids.add(m[1] as string);
  const edits: Edit[] = [];
  // Longest first, so an id that contains another is replaced whole.
  for (const id of [...ids].sort((a, b) => b.length - a.length)) {
    const to = reshapeId(id, random);
    for (let at = text.indexOf(id); at !== -1; at = text.indexOf(id, at + id.length)) {
      edits.push([at, at + id.length, to]);
    }
  }
  return edits;
}

function ipEdits(text: string, random: Random): Edit[] {
  const mapping = new Map<string, string>();
  const used = new Set<string>();
  for (const m of text.matchAll(DOC_IP)) used.add(m[0]);
  const edits: Edit[] = [];
  for (const m of text.matchAll(DOC_IP)) {
    let to = mapping.get(m[0]);
    if (to === undefined) {
      const prefix = m[1] as string;
      do to = `${prefix}.${1 + pickIndex(random, 254)}`;
      while (used.has(to));
      used.add(to);
      mapping.set(m[0], to);
    }
    edits.push([m.index, m.index + m[0].length, to]);
  }
  return edits;
}

/** Adds edits that do not overlap edits already kept (earlier lists win). */
function merge(groups: readonly Edit[][]): Edit[] {
  const kept: Edit[] = [];
  for (const group of groups) {
    for (const edit of group) {
      if (edit[2] === '' && edit[1] === edit[0]) continue;
      if (kept.some(([s, e]) => edit[0] < e && s < edit[1])) continue;
      kept.push(edit);
    }
  }
  return kept.sort((a, b) => a[0] - b[0]);
}

/**
 * Plans a variant of `text` whose failed recipient is `recipient` ('' when the message names
 * none). Every call with a generator in the same state gives the same variant.
 *
 * @example const v = planVariant(dsn, 'maria.lopez@example.com', mulberry32(7));
 *          classify(applyEdits(dsn, v.edits)) // check it still means the same
 */
export function planVariant(text: string, recipient: string, random: Random): Variant {
  const tlds = tldPermutation(random);
  const days = (random() < 0.5 ? -1 : 1) * (7 + pickIndex(random, 200));
  const changed: VariantChange[] = [];
  const groups: [VariantChange, Edit[]][] = [];

  let newRecipient = recipient;
  const at = recipient.lastIndexOf('@');
  if (at > 0) {
    const local = recipient.slice(0, at);
    const domain = recipient.slice(at + 1);
    const names = shuffle(
      NAMES.filter((n) => n !== local.toLowerCase()),
      random,
    );
    const candidate = names.find((n) => !text.toLowerCase().includes(`${n}@`)) ?? names[0] ?? local;
    newRecipient = `${candidate}@${permuteDomain(domain, tlds)}`;
    groups.push([
      'recipient',
      positions(text, recipient).map((p): Edit => [p, p + recipient.length, newRecipient]),
    ]);
  }
  groups.push(['message-ids', messageIdEdits(text, random)]);
  groups.push(['dates', dateEdits(text, days)]);
  groups.push(['ips', ipEdits(text, random)]);
  groups.push(['hosts', hostEdits(text, random)]);
  groups.push(['domains', domainEdits(text, tlds)]);

  const edits = merge(groups.map(([, g]) => g));
  for (const [change, group] of groups) {
    if (group.some((e) => edits.includes(e))) changed.push(change);
  }
  return { edits, recipient: newRecipient, changed };
}
