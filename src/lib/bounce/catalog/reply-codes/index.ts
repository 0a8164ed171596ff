/**
 * SMTP basic reply codes: the list in RFC 5321 §4.2.2/§4.2.3, plus 521 and 556 from RFC 7504.
 * Meanings are our own words; the theory of the first and second digit is RFC 5321 §4.2.1.
 */

/** One reply code. */
export interface ReplyCodeInfo {
  /** Three digits, e.g. `'550'`. */
  readonly code: string;
  /** A short title, e.g. "Mailbox unavailable". */
  readonly title: string;
  /** What the reply means, in one or two sentences. */
  readonly meaning: string;
  /** Where it is defined, e.g. `RFC 5321 §4.2.3`. */
  readonly rfc: string;
  /** Gotchas for people who read bounces; empty when there are none. */
  readonly notes: readonly string[];
  /** Reference page anchor, e.g. `reply-550`. */
  readonly anchor: string;
}

/** The meaning of a first or second digit (RFC 5321 §4.2.1). */
export interface ReplyDigitInfo {
  readonly digit: string;
  /** Pattern, e.g. `5yz` or `x5z`. */
  readonly pattern: string;
  readonly title: string;
  readonly meaning: string;
}

/** First digit: how the command went (RFC 5321 §4.2.1). */
export const REPLY_FIRST_DIGITS: readonly ReplyDigitInfo[] = [
  {
    digit: '2',
    pattern: '2yz',
    title: 'Positive Completion',
    meaning: 'The command worked; the client can go on.',
  },
  {
    digit: '3',
    pattern: '3yz',
    title: 'Positive Intermediate',
    meaning: 'So far so good; the server is waiting for more (e.g. the message text after DATA).',
  },
  {
    digit: '4',
    pattern: '4yz',
    title: 'Transient Negative Completion',
    meaning:
      'It did not work this time, but the same command may work later; the client should retry.',
  },
  {
    digit: '5',
    pattern: '5yz',
    title: 'Permanent Negative Completion',
    meaning:
      'It did not work and repeating the same request unchanged should not help, though some such conditions can be fixed.',
  },
];

/** Second digit: what area the reply is about (RFC 5321 §4.2.1). */
export const REPLY_SECOND_DIGITS: readonly ReplyDigitInfo[] = [
  {
    digit: '0',
    pattern: 'x0z',
    title: 'Syntax',
    meaning: 'The command was malformed, unknown or not implemented.',
  },
  {
    digit: '1',
    pattern: 'x1z',
    title: 'Information',
    meaning: 'Answers to requests for status or help.',
  },
  {
    digit: '2',
    pattern: 'x2z',
    title: 'Connections',
    meaning: 'About the transmission channel itself.',
  },
  {
    digit: '3',
    pattern: 'x3z',
    title: 'Unspecified',
    meaning: 'Not assigned a meaning by RFC 5321.',
  },
  {
    digit: '4',
    pattern: 'x4z',
    title: 'Unspecified',
    meaning: 'Not assigned a meaning by RFC 5321.',
  },
  {
    digit: '5',
    pattern: 'x5z',
    title: 'Mail system',
    meaning: 'About the receiving mail system or the requested mail action.',
  },
];

type Row = readonly [string, string, string, string, readonly string[]];

const R = 'RFC 5321 §4.2.3';

const ROWS: readonly Row[] = [
  ['211', 'System status', 'A reply to a request for system status or help.', R, []],
  [
    '214',
    'Help message',
    'Human-readable help about the server or a command, usually in reply to HELP.',
    R,
    [],
  ],
  ['220', 'Service ready', 'The greeting: the server is ready to talk SMTP.', R, []],
  [
    '221',
    'Closing',
    'The server says goodbye and closes the connection, usually after QUIT.',
    R,
    [],
  ],
  [
    '250',
    'OK',
    'The requested action completed; after the final dot of DATA it means the server took responsibility for the message.',
    R,
    [
      'RFC 5321 §4.2.5: a 250 after the message text means the receiver must deliver it or send a bounce later.',
    ],
  ],
  [
    '251',
    'User not local; will forward',
    'The recipient is not local here but the server will pass the message on.',
    `${R}, §3.4`,
    [],
  ],
  [
    '252',
    'Cannot verify user; will attempt delivery',
    'The server will not confirm whether the address exists (VRFY) but will accept mail for it.',
    `${R}, §3.5.3`,
    [],
  ],
  [
    '354',
    'Start mail input',
    'Go ahead and send the message text, ending with a line holding a single dot.',
    R,
    [],
  ],
  [
    '421',
    'Service not available, closing channel',
    'The server is shutting the connection, often because it is overloaded or rate-limiting you; it may be sent in reply to any command.',
    R,
    [
      'Providers use 421 for throttling and reputation deferrals (e.g. Gmail 421 4.7.28, Yahoo 421 4.7.0 [TSS04]): retry later, slower.',
    ],
  ],
  [
    '450',
    'Mailbox unavailable (temporary)',
    'The mailbox cannot be used right now, for example because it is busy or temporarily blocked by policy.',
    R,
    ['A 450 4.1.1 "user unknown" is still an unknown address: hard, despite the 4.'],
  ],
  [
    '451',
    'Local error in processing',
    'The server hit an error of its own and aborted; try again later.',
    R,
    ['Greylisting often answers 451 or 450 on the first attempt; a normal retry succeeds.'],
  ],
  [
    '452',
    'Insufficient system storage',
    'The server cannot accept more right now, usually for lack of space; also the correct reply for "too many recipients".',
    `${R}, §4.5.3.1.10`,
    ['452 4.2.2 is a full mailbox (soft); 452 4.5.3 means too many recipients in one transaction.'],
  ],
  [
    '455',
    'Server unable to accommodate parameters',
    'The server cannot handle the MAIL FROM or RCPT TO parameters at the moment.',
    R,
    [],
  ],
  [
    '500',
    'Syntax error, command unrecognised',
    'The server did not recognise the command, or the line was too long.',
    `${R}, §4.2.4`,
    [],
  ],
  [
    '501',
    'Syntax error in parameters',
    'The command was known but its arguments were malformed, e.g. a bad address.',
    R,
    [],
  ],
  [
    '502',
    'Command not implemented',
    'The server recognises the command but does not support it.',
    `${R}, §4.2.4`,
    [],
  ],
  [
    '503',
    'Bad sequence of commands',
    'A command arrived out of order, such as RCPT before MAIL.',
    R,
    [],
  ],
  [
    '504',
    'Command parameter not implemented',
    'The server does not support a parameter given with the command.',
    R,
    [],
  ],
  [
    '521',
    'Does not accept mail',
    'This host never accepts mail; it may be sent as the greeting instead of 220.',
    'RFC 7504',
    ['Used together with null MX domains (RFC 7505); treat as permanent for the whole domain.'],
  ],
  [
    '550',
    'Mailbox unavailable',
    'The action was refused: the mailbox was not found, access was denied, or policy rejected the command.',
    R,
    [
      '550 covers very different causes (unknown user, IP block, spam, authentication); read the status code and text before suppressing.',
    ],
  ],
  [
    '551',
    'User not local',
    'The recipient is not local to this server; the reply may name an address to try instead.',
    `${R}, §3.4`,
    ['Often reported as "mailbox has moved" (hasmoved).'],
  ],
  [
    '552',
    'Exceeded storage allocation',
    'The action was aborted because a storage limit was exceeded.',
    R,
    [
      'At RCPT time a 552 really means "too many recipients": RFC 5321 §4.5.3.1.10 tells clients to treat it as temporary.',
      '552 5.2.2 is a full mailbox, which RFC 3463 §3.3 also treats as temporary.',
    ],
  ],
  [
    '553',
    'Mailbox name not allowed',
    'The address is not acceptable, e.g. its syntax is wrong or the domain is not served here.',
    R,
    [],
  ],
  [
    '554',
    'Transaction failed',
    'The transaction failed; as a greeting it means "no SMTP service here".',
    R,
    ['Many spam and block-list rejections use 554.'],
  ],
  [
    '555',
    'MAIL FROM/RCPT TO parameters not recognised',
    'The server does not recognise or implement a parameter on MAIL FROM or RCPT TO.',
    R,
    [],
  ],
  [
    '556',
    'Domain does not accept mail',
    'The recipient domain accepts no mail at all; senders report it for null MX domains.',
    'RFC 7504',
    ['RFC 7505 §4.1 pairs it with 5.1.10 "Recipient address has null MX".'],
  ],
];

/** Every reply code in numeric order. */
export const REPLY_CODES: readonly ReplyCodeInfo[] = ROWS.map(
  ([code, title, meaning, rfc, notes]) => ({
    code,
    title,
    meaning,
    rfc,
    notes,
    anchor: `reply-${code}`,
  }),
);

const BY_CODE: ReadonlyMap<string, ReplyCodeInfo> = new Map(REPLY_CODES.map((r) => [r.code, r]));

/** A reply code explained, including its first- and second-digit meaning. */
export interface ReplyCodeDescription {
  /** The three digits, e.g. `550`. */
  readonly code: string;
  /** The listed entry, or `null` for a well-formed but unlisted code such as `557`. */
  readonly entry: ReplyCodeInfo | null;
  readonly first: ReplyDigitInfo;
  /** `null` for second digits RFC 5321 does not describe (6–9). */
  readonly second: ReplyDigitInfo | null;
  /** Anchor of the entry, or of the first-digit group for unlisted codes (`reply-5yz`). */
  readonly anchor: string;
}

const REPLY_PATTERN = /^([2-5])([0-9])([0-9])$/;

/**
 * Explains an SMTP reply code; `null` when it is not three digits starting with 2–5.
 *
 * @example describeReplyCode('552')?.entry?.notes[0] // mentions too many recipients
 */
export function describeReplyCode(code: string): ReplyCodeDescription | null {
  const trimmed = code.trim();
  const match = REPLY_PATTERN.exec(trimmed);
  if (!match) return null;
  const first = REPLY_FIRST_DIGITS.find((d) => d.digit === match[1]);
  if (!first) return null;
  const second = REPLY_SECOND_DIGITS.find((d) => d.digit === match[2]) ?? null;
  const entry = BY_CODE.get(trimmed) ?? null;
  return {
    code: trimmed,
    entry,
    first,
    second,
    anchor: entry ? entry.anchor : `reply-${first.pattern}`,
  };
}
