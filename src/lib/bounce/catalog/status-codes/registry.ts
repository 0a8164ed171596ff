/**
 * The "SMTP Enhanced Status Codes" registry: RFC 3463 (§2 structure, §3.1–3.8 codes) plus the
 * details IANA added later (registry created by RFC 5248, updated 2024-12-06). Titles are the
 * registry's short code titles; meanings are our own words.
 */

/** One class digit (RFC 3463 §2). */
export interface StatusClassInfo {
  /** `2`, `4` or `5`. */
  readonly digit: '2' | '4' | '5';
  /** Registry title, e.g. "Permanent Failure". */
  readonly title: string;
  /** What the class tells the sender, in one sentence. */
  readonly meaning: string;
  /** Reference page anchor, e.g. `5-x-x`. */
  readonly anchor: string;
}

/** One subject digit X.S (RFC 3463 §2). */
export interface StatusSubjectInfo {
  /** The subject number as text, e.g. `'1'`. */
  readonly subject: string;
  /** Pattern, e.g. `X.1.XXX`. */
  readonly pattern: string;
  /** Registry title, e.g. "Addressing Status". */
  readonly title: string;
  /** What problems in this subject are about, in one sentence. */
  readonly meaning: string;
  /** Reference page anchor, e.g. `x-1-x`. */
  readonly anchor: string;
}

/** One enumerated detail X.S.D. */
export interface StatusDetailInfo {
  /** Pattern with X for the class, e.g. `X.1.1`. */
  readonly code: string;
  /** Registry title, e.g. "Bad destination mailbox address". */
  readonly title: string;
  /** One sentence in our own words. */
  readonly meaning: string;
  /** Defining document, e.g. `RFC 3463 §3.2`. */
  readonly rfc: string;
  /** Associated basic reply codes (RFC 5321), where our sources list them; empty when not given. */
  readonly replyCodes: readonly string[];
  /** Reference page anchor, e.g. `x-1-1`. */
  readonly anchor: string;
}

/** A provider's code outside the registry, or a provider's own use of a registered code. */
export interface ProviderStatusCode {
  /** The code exactly as the provider writes it, e.g. `5.7.515`. */
  readonly code: string;
  /** Provider, e.g. "Gmail". */
  readonly provider: string;
  /** What the provider means by it, in our own words. */
  readonly meaning: string;
  /** Whether the X.S.D detail exists in the IANA registry (possibly with another meaning). */
  readonly registered: boolean;
  /** Remarks, e.g. how the provider's use differs from the registry title. */
  readonly note: string;
  /** Where we read it (key of the research notes plus the vendor page). */
  readonly source: string;
}

export const STATUS_CLASSES: readonly StatusClassInfo[] = [
  {
    digit: '2',
    title: 'Success',
    meaning: 'The action succeeded; in a delivery report this means delivered or relayed.',
    anchor: '2-x-x',
  },
  {
    digit: '4',
    title: 'Persistent Transient Failure',
    meaning:
      'The message is fine as sent but something got in the way for now; the same message may go through if tried again later.',
    anchor: '4-x-x',
  },
  {
    digit: '5',
    title: 'Permanent Failure',
    meaning:
      'Sending the same message again will not help unless something is changed first (the address, the message, or the sender).',
    anchor: '5-x-x',
  },
];

export const STATUS_SUBJECTS: readonly StatusSubjectInfo[] = [
  {
    subject: '0',
    pattern: 'X.0.XXX',
    title: 'Other or Undefined Status',
    meaning: 'No subject applies or the reporting system did not say.',
  },
  {
    subject: '1',
    pattern: 'X.1.XXX',
    title: 'Addressing Status',
    meaning:
      'The problem is with an address (recipient or sender); usually the sender can fix the address and try again.',
  },
  {
    subject: '2',
    pattern: 'X.2.XXX',
    title: 'Mailbox Status',
    meaning:
      'The address is right but the mailbox behind it has a problem, something the recipient controls.',
  },
  {
    subject: '3',
    pattern: 'X.3.XXX',
    title: 'Mail System Status',
    meaning:
      'The receiving mail system as a whole has a problem, something its administrator controls.',
  },
  {
    subject: '4',
    pattern: 'X.4.XXX',
    title: 'Network and Routing Status',
    meaning: 'Something went wrong in the network or in finding a route to the destination.',
  },
  {
    subject: '5',
    pattern: 'X.5.XXX',
    title: 'Mail Delivery Protocol Status',
    meaning: 'The SMTP conversation itself failed: a command, its syntax or its order.',
  },
  {
    subject: '6',
    pattern: 'X.6.XXX',
    title: 'Message Content or Media Status',
    meaning: 'The content or format of the message could not be handled as it is.',
  },
  {
    subject: '7',
    pattern: 'X.7.XXX',
    title: 'Security or Policy Status',
    meaning:
      'A security or policy rule stopped the message: authentication, encryption, reputation or local policy.',
  },
].map((s) => ({ ...s, anchor: `x-${s.subject}-x` }));

/** `[code, title, meaning, rfc, replyCodes]`; anchors are derived. */
type DetailRow = readonly [string, string, string, string, readonly string[]];

const R3463 = 'RFC 3463';

const DETAIL_ROWS: readonly DetailRow[] = [
  // RFC 3463 §3.1
  [
    'X.0.0',
    'Other undefined Status',
    'Nothing more specific is known; read the text that comes with it.',
    `${R3463} §3.1`,
    [],
  ],
  // RFC 3463 §3.2 Addressing
  [
    'X.1.0',
    'Other address status',
    'Something is wrong with an address, but the report does not say what.',
    `${R3463} §3.2`,
    [],
  ],
  [
    'X.1.1',
    'Bad destination mailbox address',
    'The mailbox named before the @ does not exist at the destination.',
    `${R3463} §3.2`,
    ['451', '550'],
  ],
  [
    'X.1.2',
    'Bad destination system address',
    'The domain after the @ does not exist or cannot take mail.',
    `${R3463} §3.2`,
    [],
  ],
  [
    'X.1.3',
    'Bad destination mailbox address syntax',
    'The recipient address is not written in a valid form.',
    `${R3463} §3.2`,
    [],
  ],
  [
    'X.1.4',
    'Destination mailbox address ambiguous',
    'The address matches more than one mailbox, so the system cannot pick one.',
    `${R3463} §3.2`,
    [],
  ],
  [
    'X.1.5',
    'Destination address valid',
    'The recipient address is fine; used in success and delay reports.',
    `${R3463} §3.2`,
    [],
  ],
  [
    'X.1.6',
    'Destination mailbox has moved, No forwarding address',
    'The mailbox used to exist here but has moved, and no forwarding is in place.',
    `${R3463} §3.2`,
    [],
  ],
  [
    'X.1.7',
    "Bad sender's mailbox address syntax",
    'The envelope sender address is not written in a valid form.',
    `${R3463} §3.2`,
    [],
  ],
  [
    'X.1.8',
    "Bad sender's system address",
    'The domain of the envelope sender does not exist or cannot receive replies.',
    `${R3463} §3.2`,
    [],
  ],
  [
    'X.1.9',
    'Message relayed to non-compliant mailer',
    'The message was passed on to a system that cannot report delivery status.',
    'RFC 3886',
    [],
  ],
  [
    'X.1.10',
    'Recipient address has null MX',
    'The recipient domain publishes a null MX, declaring that it accepts no mail at all.',
    'RFC 7505 §4.1',
    ['556'],
  ],
  // RFC 3463 §3.3 Mailbox
  [
    'X.2.0',
    'Other or undefined mailbox status',
    'The mailbox exists but has some problem the report does not name.',
    `${R3463} §3.3`,
    [],
  ],
  [
    'X.2.1',
    'Mailbox disabled, not accepting messages',
    'The mailbox exists but is switched off for now or for good.',
    `${R3463} §3.3`,
    [],
  ],
  [
    'X.2.2',
    'Mailbox full',
    'The mailbox is over its quota; RFC 3463 asks for this to be treated as temporary even with class 5.',
    `${R3463} §3.3`,
    ['552'],
  ],
  [
    'X.2.3',
    'Message length exceeds administrative limit',
    "The message is longer than this mailbox's configured limit.",
    `${R3463} §3.3`,
    [],
  ],
  [
    'X.2.4',
    'Mailing list expansion problem',
    'The address is a mailing list that could not be expanded into its members.',
    `${R3463} §3.3`,
    [],
  ],
  // RFC 3463 §3.4 Mail system
  [
    'X.3.0',
    'Other or undefined mail system status',
    'The destination mail system has a problem the report does not name.',
    `${R3463} §3.4`,
    [],
  ],
  [
    'X.3.1',
    'Mail system full',
    'The destination system as a whole has run out of storage.',
    `${R3463} §3.4`,
    [],
  ],
  [
    'X.3.2',
    'System not accepting network messages',
    'The destination is not taking mail at the moment (for example while shutting down).',
    `${R3463} §3.4`,
    [],
  ],
  [
    'X.3.3',
    'System not capable of selected features',
    'The message asked for a feature the destination does not support.',
    `${R3463} §3.4`,
    [],
  ],
  [
    'X.3.4',
    'Message too big for system',
    'The message is larger than the destination system can take.',
    `${R3463} §3.4`,
    [],
  ],
  [
    'X.3.5',
    'System incorrectly configured',
    'The destination system is misconfigured and cannot deliver.',
    `${R3463} §3.4`,
    [],
  ],
  [
    'X.3.6',
    'Requested priority was changed',
    'The message was accepted, but with a different priority from the one asked for.',
    'RFC 6710',
    [],
  ],
  // RFC 3463 §3.5 Network and routing
  [
    'X.4.0',
    'Other or undefined network or routing status',
    'A network or routing problem the report does not name.',
    `${R3463} §3.5`,
    [],
  ],
  [
    'X.4.1',
    'No answer from host',
    'The destination host could not be reached or did not answer.',
    `${R3463} §3.5`,
    [],
  ],
  [
    'X.4.2',
    'Bad connection',
    'A connection was made but broke or misbehaved during the transfer.',
    `${R3463} §3.5`,
    [],
  ],
  [
    'X.4.3',
    'Directory server failure',
    'A directory lookup needed for routing (such as DNS) failed.',
    `${R3463} §3.5`,
    [],
  ],
  [
    'X.4.4',
    'Unable to route',
    'No route to the destination could be found, e.g. no usable MX or address records.',
    `${R3463} §3.5`,
    [],
  ],
  [
    'X.4.5',
    'Mail system congestion',
    'A system along the way is overloaded and cannot take the message now.',
    `${R3463} §3.5`,
    [],
  ],
  [
    'X.4.6',
    'Routing loop detected',
    'The message has been going around in a circle between systems.',
    `${R3463} §3.5`,
    [],
  ],
  [
    'X.4.7',
    'Delivery time expired',
    'The message waited longer than the allowed time and the sender gave up.',
    `${R3463} §3.5`,
    [],
  ],
  // RFC 3463 §3.6 Protocol
  [
    'X.5.0',
    'Other or undefined protocol status',
    'A protocol-level problem the report does not name.',
    `${R3463} §3.6`,
    [],
  ],
  [
    'X.5.1',
    'Invalid command',
    'The server did not accept a command, or it came at the wrong moment.',
    `${R3463} §3.6`,
    [],
  ],
  ['X.5.2', 'Syntax error', 'The server could not parse a command.', `${R3463} §3.6`, []],
  [
    'X.5.3',
    'Too many recipients',
    'The message names more recipients than the server takes in one transaction.',
    `${R3463} §3.6`,
    [],
  ],
  [
    'X.5.4',
    'Invalid command arguments',
    'The command was understood but its parameters were not acceptable.',
    `${R3463} §3.6`,
    [],
  ],
  [
    'X.5.5',
    'Wrong protocol version',
    'The two systems do not speak a compatible version of the protocol.',
    `${R3463} §3.6`,
    [],
  ],
  [
    'X.5.6',
    'Authentication Exchange line is too long',
    'A line sent during SMTP authentication was longer than the server allows.',
    'RFC 4954 §4',
    ['500'],
  ],
  // RFC 3463 §3.7 Content and media
  [
    'X.6.0',
    'Other or undefined media error',
    'The content could not be handled for a reason the report does not name.',
    `${R3463} §3.7`,
    [],
  ],
  [
    'X.6.1',
    'Media not supported',
    'A part of the message uses a media type the destination does not support.',
    `${R3463} §3.7`,
    [],
  ],
  [
    'X.6.2',
    'Conversion required and prohibited',
    'The content would have to be converted to be delivered, but conversion is not allowed.',
    `${R3463} §3.7`,
    [],
  ],
  [
    'X.6.3',
    'Conversion required but not supported',
    'The content would have to be converted, and the system cannot do it.',
    `${R3463} §3.7`,
    [],
  ],
  [
    'X.6.4',
    'Conversion with loss performed',
    'The content was converted and something was lost in the process.',
    `${R3463} §3.7`,
    [],
  ],
  [
    'X.6.5',
    'Conversion Failed',
    'An attempted conversion of the content did not work.',
    `${R3463} §3.7`,
    [],
  ],
  [
    'X.6.6',
    'Message content not available',
    'Content the message refers to (for example by URL) could not be fetched.',
    'RFC 4468',
    [],
  ],
  [
    'X.6.7',
    'Non-ASCII addresses not permitted for that sender/recipient',
    'An internationalised (non-ASCII) address cannot be used on this path.',
    'RFC 6531',
    [],
  ],
  [
    'X.6.8',
    'UTF-8 string reply is required, but not permitted by the SMTP client',
    'The server would need to answer in UTF-8, which the client did not allow.',
    'RFC 6531',
    [],
  ],
  [
    'X.6.9',
    'UTF-8 header message cannot be transferred to one or more recipients',
    'A message with UTF-8 headers cannot travel to a system without UTF-8 support.',
    'RFC 6531',
    [],
  ],
  [
    'X.6.10',
    'Duplicate of X.6.8 (deprecated)',
    'Registered by mistake as a copy of X.6.8; do not use.',
    'RFC 6531',
    [],
  ],
  // RFC 3463 §3.8 Security and policy
  [
    'X.7.0',
    'Other or undefined security status',
    'A security or policy rule applied, and the report does not say which.',
    `${R3463} §3.8`,
    [],
  ],
  [
    'X.7.1',
    'Delivery not authorized, message refused',
    'The sender is not allowed to send to this recipient; local policy refused it.',
    `${R3463} §3.8`,
    ['451', '454', '502', '503', '533', '550', '551'],
  ],
  [
    'X.7.2',
    'Mailing list expansion prohibited',
    'The sender may not send to this mailing list.',
    `${R3463} §3.8`,
    [],
  ],
  [
    'X.7.3',
    'Security conversion required but not possible',
    'A security-related conversion was needed and could not be done.',
    `${R3463} §3.8`,
    [],
  ],
  [
    'X.7.4',
    'Security features not supported',
    'The message asked for security features the system does not have.',
    `${R3463} §3.8`,
    [],
  ],
  [
    'X.7.5',
    'Cryptographic failure',
    'A cryptographic operation (such as decryption or signature checking) failed.',
    `${R3463} §3.8`,
    [],
  ],
  [
    'X.7.6',
    'Cryptographic algorithm not supported',
    'The message uses an algorithm the system does not support.',
    `${R3463} §3.8`,
    [],
  ],
  [
    'X.7.7',
    'Message integrity failure',
    'The message was changed or damaged on the way.',
    `${R3463} §3.8`,
    [],
  ],
  [
    'X.7.8',
    'Authentication credentials invalid',
    'The SMTP login failed: wrong user name or password.',
    'RFC 4954 §6',
    ['535'],
  ],
  [
    'X.7.9',
    'Authentication mechanism is too weak',
    'The login method offered is weaker than the server requires.',
    'RFC 4954 §6',
    ['534'],
  ],
  [
    'X.7.10',
    'Encryption Needed',
    'The server requires an encrypted connection for this.',
    'RFC 5248',
    [],
  ],
  [
    'X.7.11',
    'Encryption required for requested authentication mechanism',
    'The chosen login method may only be used over an encrypted connection.',
    'RFC 4954 §6',
    ['538'],
  ],
  [
    'X.7.12',
    'A password transition is needed',
    'The user has to change or set up a password before this login method works.',
    'RFC 4954 §6',
    ['432'],
  ],
  ['X.7.13', 'User Account Disabled', 'The account is disabled.', 'RFC 5248', []],
  [
    'X.7.14',
    'Trust relationship required',
    'The server will only accept this from a system it has a trust arrangement with.',
    'RFC 5248',
    [],
  ],
  [
    'X.7.15',
    'Priority Level is too low',
    'The message priority is below what the system accepts at the moment.',
    'RFC 6710',
    [],
  ],
  [
    'X.7.16',
    'Message is too big for the specified priority',
    'Messages of this size are not accepted at the requested priority.',
    'RFC 6710',
    [],
  ],
  [
    'X.7.17',
    'Mailbox owner has changed',
    'The mailbox now belongs to someone other than the intended recipient.',
    'RFC 7293',
    [],
  ],
  [
    'X.7.18',
    'Domain owner has changed',
    'The domain now belongs to someone other than when the sender learned the address.',
    'RFC 7293',
    [],
  ],
  [
    'X.7.19',
    'RRVS test cannot be completed',
    'The system cannot check whether the mailbox has changed owner.',
    'RFC 7293',
    [],
  ],
  [
    'X.7.20',
    'No passing DKIM signature found',
    'The message carries no DKIM signature that verifies.',
    'RFC 7372 §3.1',
    [],
  ],
  [
    'X.7.21',
    'No acceptable DKIM signature found',
    "DKIM signatures verified, but none meets the receiver's requirements.",
    'RFC 7372 §3.1',
    [],
  ],
  [
    'X.7.22',
    'No valid author-matched DKIM signature found',
    'No verifying DKIM signature belongs to the domain in the From: header.',
    'RFC 7372 §3.1',
    [],
  ],
  [
    'X.7.23',
    'SPF validation failed',
    'The sending IP is not allowed to send for the envelope domain by its SPF record.',
    'RFC 7372 §3.2',
    [],
  ],
  [
    'X.7.24',
    'SPF validation error',
    'SPF could not be evaluated because of an error (for example a broken record).',
    'RFC 7372 §3.2',
    [],
  ],
  [
    'X.7.25',
    'Reverse DNS validation failed',
    'The sending IP has no matching reverse DNS name.',
    'RFC 7372 §3.3',
    [],
  ],
  [
    'X.7.26',
    'Multiple authentication checks failed',
    'More than one authentication check failed; Gmail uses this for unauthenticated and DMARC-failing mail.',
    'RFC 7372 §3.4',
    [],
  ],
  [
    'X.7.27',
    'Sender address has null MX',
    'The envelope sender domain publishes a null MX, so it could never receive a reply or bounce.',
    'RFC 7505 §4.2',
    ['550'],
  ],
  [
    'X.7.28',
    'Mail flood detected',
    'The receiver sees an abnormal flood of messages and is refusing more.',
    'draft-levine-mailbomb-header',
    [],
  ],
  [
    'X.7.29',
    'ARC validation failure',
    "The message's ARC chain (authentication results kept across forwarding) did not validate.",
    'RFC 8617',
    [],
  ],
  [
    'X.7.30',
    'REQUIRETLS support required',
    'The message demands TLS all the way, and the next system cannot guarantee it.',
    'RFC 8689',
    [],
  ],
];

function anchorOf(pattern: string): string {
  return pattern.toLowerCase().replaceAll('.', '-');
}

/** Every registered detail X.S.D, in registry order. */
export const STATUS_DETAILS: readonly StatusDetailInfo[] = DETAIL_ROWS.map(
  ([code, title, meaning, rfc, replyCodes]) => ({
    code,
    title,
    meaning,
    rfc,
    replyCodes,
    anchor: anchorOf(code),
  }),
);

/**
 * Codes seen from big providers that are not in the registry, or that reuse a registered detail
 * with their own meaning. A classifier must still fall back to class and subject for them
 * (RFC 3463 §2) and keep the code as evidence.
 */
export const PROVIDER_STATUS_CODES: readonly ProviderStatusCode[] = [
  {
    code: '4.7.28',
    provider: 'Gmail',
    meaning:
      'Temporarily rate limited: an unusual rate of unsolicited mail from your IP, network or domain.',
    registered: true,
    note: 'The registry has X.7.28 "Mail flood detected" (a draft, not an RFC); Gmail uses it more broadly for volume and reputation throttling.',
    source: '[G3] support.google.com/a/answer/3726730',
  },
  {
    code: '5.7.28',
    provider: 'Gmail',
    meaning: 'Refused for the same rate and volume reasons as 4.7.28, as a permanent failure.',
    registered: true,
    note: "Same registered detail as 4.7.28; the meaning is Gmail's.",
    source: '[G3] support.google.com/a/answer/3726730',
  },
  {
    code: '4.7.32',
    provider: 'Gmail',
    meaning:
      'Deferred because the From: domain does not align with the SPF or DKIM domain (DMARC alignment).',
    registered: false,
    note: 'X.7.32 is not in the IANA registry.',
    source: '[G3] support.google.com/a/answer/3726730',
  },
  {
    code: '5.7.32',
    provider: 'Gmail',
    meaning:
      'Rejected because the From: domain does not align with the SPF or DKIM domain (DMARC alignment).',
    registered: false,
    note: 'X.7.32 is not in the IANA registry.',
    source: '[G3] support.google.com/a/answer/3726730',
  },
  {
    code: '5.7.515',
    provider: 'Microsoft (Outlook.com)',
    meaning:
      "Access denied: the sending domain does not meet Outlook.com's authentication requirements for high-volume senders (SPF, DKIM and DMARC).",
    registered: false,
    note: 'Enforced with rejections from 5 May 2025.',
    source: '[MS1][MS2] Microsoft high-volume sender requirements',
  },
  {
    code: '5.7.606',
    provider: 'Microsoft',
    meaning: 'Access denied because the sending IP address is banned.',
    registered: false,
    note: 'A block of the sending IP, not a problem with the recipient.',
    source: '[PB2][MS1]',
  },
  {
    code: '5.1.10',
    provider: 'Microsoft (Exchange Online / Office 365)',
    meaning:
      'RESOLVER.ADR.RecipientNotFound: the recipient was not found by address lookup (an unknown user).',
    registered: true,
    note: 'The registry defines X.1.10 as "Recipient address has null MX" (RFC 7505); Microsoft reuses the number for an unknown user, so read the text.',
    source: '[SR1] spamresource.com, Microsoft invalid-recipient variants',
  },
  {
    code: '5.4.1',
    provider: 'Microsoft (Exchange Online / Office 365)',
    meaning:
      '"Recipient address rejected: Access denied": the directory lookup at the edge found no such recipient.',
    registered: true,
    note: 'X.4.1 is registered as "No answer from host"; Microsoft\'s use means user unknown.',
    source: '[SR1][PB1][SP5]',
  },
  {
    code: '4.16.55.1',
    provider: 'Yahoo',
    meaning:
      "Yahoo's internal deferral reference that accompanies 421 4.7.0 [TSS04] (volume or complaints).",
    registered: false,
    note: 'Not an enhanced status code at all: four parts and subject 16. Keep it as evidence, do not parse it as one.',
    source: '[Y4]',
  },
];
