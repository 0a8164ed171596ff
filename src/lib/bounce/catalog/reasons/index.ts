/**
 * Plain-language descriptions of every bounce reason id: what it means, whose problem it is and
 * what to do with the address. The ids and the hard/soft rule live in `../../reason/ids.ts`; this
 * file only adds words, so the category is computed with `categoryOf()` and never stored here.
 */
import { REASON_IDS, categoryOf } from '../../reason/ids.ts';
import type { Category, ReasonId } from '../../reason/ids.ts';

/**
 * Whose problem a reason is.
 * - `recipient`: the address itself (it does not exist, is full, moved, disabled).
 * - `sender`: your own sending (authentication, reputation, content, volume, configuration).
 * - `destination`: the receiving system (its policy, disk, software, or it takes no mail at all).
 * - `transit`: the path between the servers (DNS, network, TLS, protocol, time running out).
 * - `none`: not a failure, or not enough evidence to blame anyone.
 */
export type Fault = 'recipient' | 'sender' | 'destination' | 'transit' | 'none';

/** The reader-facing description of one reason. */
export interface ReasonInfo {
  /** The reason id, e.g. `'mailboxfull'`. */
  readonly id: ReasonId;
  /** A short human name, e.g. "Mailbox full". */
  readonly label: string;
  /** One line saying what happened. */
  readonly summary: string;
  /** One paragraph for a newcomer, precise enough for an expert. */
  readonly explanation: string;
  /** What to do with the address (and with your own sending). */
  readonly advice: string;
  /** Whose problem it is. */
  readonly fault: Fault;
  /** RFC 3463 enhanced status codes that usually come with this reason. */
  readonly typicalStatus: readonly string[];
  /** RFC 5321 reply codes that usually come with this reason. */
  readonly typicalReply: readonly string[];
  /** A realistic diagnostic line (example.com addresses, 192.0.2.0/24 addresses only). */
  readonly example: string;
}

/** A reason description plus the hard/soft/none category from `categoryOf()`. */
export interface ReasonDescription extends ReasonInfo {
  /** `hard`, `soft` or `none`, computed from the reason (not from 4xx vs 5xx). */
  readonly category: Category;
}

const DO_NOT_SUPPRESS =
  'Do not suppress the recipient: the address is probably fine and the problem is on your side.';

/** Every reason, keyed by id, in the order of `REASON_IDS`. */
export const REASONS: Readonly<Record<ReasonId, ReasonInfo>> = {
  userunknown: {
    id: 'userunknown',
    label: 'Address does not exist',
    summary: 'The part before the @ is not a mailbox at the destination.',
    explanation:
      'The receiving system looked up the local part of the address (the text before the @) and found no such mailbox: a typo, a person who left the company, an address made up on a web form. The usual evidence is status X.1.1 (RFC 3463 §3.2) with reply 550, but Office 365 also says it with 5.1.10 RESOLVER.ADR.RecipientNotFound or 550 5.4.1 "Recipient address rejected: Access denied", and some servers send it as 450 4.1.1 while their administrator tests a configuration. It is a hard bounce even when the code starts with 4, because retrying an address that does not exist cannot succeed.',
    advice:
      'Suppress the address after this bounce and stop sending to it. If many addresses at one domain fail at once, check for a typo in the domain or a problem at that provider before suppressing them all.',
    fault: 'recipient',
    typicalStatus: ['5.1.1', '4.1.1', '5.1.10', '5.4.1'],
    typicalReply: ['550', '450', '553'],
    example: '550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown',
  },
  hostunknown: {
    id: 'hostunknown',
    label: 'Domain does not exist',
    summary: 'The part after the @ cannot be found in DNS, so there is nowhere to deliver to.',
    explanation:
      'Before a message can be sent, the sending server looks up the MX (or A/AAAA) records of the recipient domain. When DNS answers that the domain does not exist (NXDOMAIN), the address cannot be delivered anywhere. Typical evidence is X.1.2 "bad destination system address" (RFC 3463 §3.2) or Postfix\'s "Host or domain name not found". Misspelt domains such as "exmaple.com" are the classic cause. It is a hard bounce; a short DNS outage looks different (it is reported as a temporary lookup failure, not as a missing domain).',
    advice:
      'Suppress the address. If the domain is a near-miss of a popular one, ask the person to correct it at sign-up; do not retry.',
    fault: 'recipient',
    typicalStatus: ['5.1.2', '5.4.4'],
    typicalReply: ['550', '554'],
    example:
      '<anna@exmaple-shop.example.com>: Host or domain name not found. Name service error for name=exmaple-shop.example.com type=AAAA: Host not found',
  },
  hasmoved: {
    id: 'hasmoved',
    label: 'Mailbox has moved',
    summary: 'The mailbox no longer exists here and no forwarding address was left.',
    explanation:
      'Status X.1.6 (RFC 3463 §3.2) means the owner of the mailbox has moved to another address and the receiving system will not forward. Some servers use reply 551 "user not local" (RFC 5321 §3.4) and may name the new address. The old address will never work again, so it is a hard bounce, but unlike an unknown user the message tells you the person is still reachable somewhere.',
    advice:
      'Suppress the old address. If the bounce names a new address, do not switch to it automatically; ask the person to confirm it (consent belongs to an address).',
    fault: 'recipient',
    typicalStatus: ['5.1.6'],
    typicalReply: ['550', '551'],
    example: '550 5.1.6 <old.name@example.com>: Recipient has moved; no forwarding address',
  },
  notaccept: {
    id: 'notaccept',
    label: 'Domain accepts no mail',
    summary: 'The destination says it takes no email at all, for any address.',
    explanation:
      'A domain can declare that it never receives mail by publishing a "null MX" record (MX 0 ".", RFC 7505); a sending server that sees one should fail at once with 556 5.1.10 "Recipient address has null MX". A server can also answer 521 or 556 "does not accept mail" (RFC 7504). Either way no address at that domain can be delivered. It counts as hard when the reply is a 5xx or has no code; with a 4xx or wording such as "temporarily" it is soft, because the destination may open again.',
    advice:
      'Suppress addresses at the domain when the failure is permanent. Parked and web-only domains often publish a null MX; the person probably gave you the wrong domain.',
    fault: 'destination',
    typicalStatus: ['5.1.10', '5.3.2', '5.7.27'],
    typicalReply: ['556', '521', '554'],
    example: '556 5.1.10 <info@example.net>: Recipient address has null MX',
  },
  mailboxfull: {
    id: 'mailboxfull',
    label: 'Mailbox full',
    summary: 'The recipient has used up their storage quota.',
    explanation:
      'The mailbox exists but has no room left. RFC 3463 §3.3 defines X.2.2 and says it should be treated as a persistent transient failure, so it is soft even when it arrives as "552 5.2.2": the owner may delete mail tomorrow. Gmail distinguishes 452 4.2.2 ("out of storage space") from 552 5.2.2 ("out of storage space and inactive"); the second hints that nobody reads the account any more. Vendors disagree on this one: some ESPs treat a full mailbox as a hard bounce.',
    advice:
      'Keep the address and retry later. If it stays full across many sends over weeks, treat it as abandoned and stop mailing it.',
    fault: 'recipient',
    typicalStatus: ['4.2.2', '5.2.2'],
    typicalReply: ['452', '552', '550'],
    example: '452 4.2.2 <busy.reader@example.com>: Mailbox is full; try again later',
  },
  mesgtoobig: {
    id: 'mesgtoobig',
    label: 'Message too big',
    summary: 'Your message is larger than the receiving system allows.',
    explanation:
      'Every mail system has a size limit, announced with the SIZE extension (RFC 1870) and enforced when the message arrives. Status X.3.4 "message too big for system" (RFC 3463 §3.4) or reply 552 after DATA are the usual evidence. Attachments and embedded images are the common cause; base64 encoding adds about a third to their size. Nothing is wrong with the address.',
    advice:
      'Keep the address. Send a smaller message: link to files instead of attaching them and compress images.',
    fault: 'sender',
    typicalStatus: ['5.3.4', '4.3.4'],
    typicalReply: ['552', '554'],
    example: '552 5.3.4 Message size exceeds fixed limit',
  },
  exceedlimit: {
    id: 'exceedlimit',
    label: 'A message limit was exceeded',
    summary: "The message broke an administrative limit of the recipient's mailbox.",
    explanation:
      'Status X.2.3 (RFC 3463 §3.3) means the message is longer than the limit the recipient\'s mailbox or site allows; it is about this mailbox\'s rule rather than the whole system\'s capacity (that is X.3.4, "message too big"). Sendmail reports it as "552 5.2.3 Message size exceeds fixed maximum message size". Retrying the same message will fail again, but the address is fine.',
    advice: 'Keep the address. Send a shorter or smaller message.',
    fault: 'sender',
    typicalStatus: ['5.2.3'],
    typicalReply: ['552'],
    example: '552 5.2.3 Message size exceeds fixed maximum message size (10485760)',
  },
  suspend: {
    id: 'suspend',
    label: 'Account disabled',
    summary: 'The mailbox exists but is disabled, suspended or inactive.',
    explanation:
      'The receiving system knows the address, but the account is switched off: unpaid, locked for abuse, or unused for a long time. RFC 3463 §3.3 defines X.2.1 "mailbox disabled" and allows it to be permanent or temporary. Gmail uses 550 5.2.1 "The email account that you tried to reach is inactive" (careful: Gmail also uses 5.2.1 for a recipient receiving mail too fast). Because an account can be re-enabled, it is soft.',
    advice:
      'Keep the address for now and retry on later sends. If the account stays disabled for weeks, stop mailing it.',
    fault: 'recipient',
    typicalStatus: ['5.2.1', '4.2.1', '5.7.13'],
    typicalReply: ['550', '450', '525'],
    example: '550 5.2.1 The email account that you tried to reach is inactive.',
  },
  filtered: {
    id: 'filtered',
    label: 'Rejected by a recipient filter',
    summary: 'A filter at the destination refused the message after reading it.',
    explanation:
      'The message reached the receiving system and was refused after the DATA command, typically because of a header-based or per-user filter: the recipient blocks your address, accepts only known senders, or a rule matched a header. Some systems even say "user unknown" at this late stage; that is counted here rather than as an unknown address, because the address was accepted at RCPT time. Soft.',
    advice:
      'Keep the address. Check whether the person unsubscribed or blocked you elsewhere; do not resend the same message repeatedly.',
    fault: 'destination',
    typicalStatus: ['5.2.0', '5.7.1', '5.0.0'],
    typicalReply: ['550', '554'],
    example: '550 5.7.1 Delivery not authorized, message refused by recipient filter',
  },
  rejected: {
    id: 'rejected',
    label: 'Sender address refused',
    summary: 'The destination refused your envelope sender (the MAIL FROM address).',
    explanation:
      'The receiving server objected to the return address at the MAIL FROM stage: its domain does not exist or cannot receive replies (X.1.8, or X.7.27 "sender address has null MX", RFC 7505), its syntax is wrong (X.1.7), or the address is on a deny list. It says nothing about the recipient. Soft.',
    advice: `${DO_NOT_SUPPRESS} Check that your return-path domain exists, has an MX and can receive bounces.`,
    fault: 'sender',
    typicalStatus: ['5.1.7', '5.1.8', '5.7.27', '5.1.0'],
    typicalReply: ['550', '553', '501'],
    example: '553 5.1.8 <news@bounce.example.org>: Sender address rejected: Domain not found',
  },
  blocked: {
    id: 'blocked',
    label: 'Sending server blocked',
    summary: 'Your sending IP address or host name is on a block list.',
    explanation:
      'The destination refused the connection or the message because of where it came from: the sending IP is listed on a DNS block list (DNSBL), sits in a range the receiver refuses, or was blocked by the provider itself (Microsoft: "S3150", "5.7.606 banned sending IP"). The recipient never saw anything. Classifiers that read "550" and suppress the address get this badly wrong. Soft.',
    advice: `${DO_NOT_SUPPRESS} Find out which list names your IP, fix the cause, request delisting, and retry.`,
    fault: 'sender',
    typicalStatus: ['5.7.1', '5.7.606', '4.7.1'],
    typicalReply: ['550', '554', '421'],
    example:
      '554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using dnsbl.example.org',
  },
  badreputation: {
    id: 'badreputation',
    label: 'Poor sender reputation',
    summary: 'The destination judged your sending IP or domain untrustworthy.',
    explanation:
      'Large mailbox providers score senders by complaint rates, unknown-user rates and spam-trap hits. When the score drops they defer or refuse mail, often with 421 4.7.0 or 550 5.7.1 and words such as "reputation", "unusual rate" or "suspicious". Yahoo\'s TSS04 deferral is a well-known example. The recipient address is fine; your program is the problem. Soft.',
    advice: `${DO_NOT_SUPPRESS} Slow down, stop mailing unengaged and bounced addresses, and check the provider's postmaster tools.`,
    fault: 'sender',
    typicalStatus: ['4.7.0', '5.7.1', '4.7.1'],
    typicalReply: ['421', '550', '554'],
    example:
      '421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred due to unexpected volume or user complaints',
  },
  spamdetected: {
    id: 'spamdetected',
    label: 'Rejected as spam',
    summary: 'A content filter decided your message looks like spam.',
    explanation:
      'The destination accepted the envelope, read the message, and a spam filter (a score over a threshold, a bad link, a known bulk fingerprint) refused it, usually with 550 or 554 and status X.7.1 or X.7.0. The verdict is about this message from this sender, not about the address. Soft.',
    advice: `${DO_NOT_SUPPRESS} Review the content, links and list source; check authentication and complaint rates.`,
    fault: 'sender',
    typicalStatus: ['5.7.1', '5.7.0', '5.7.350'],
    typicalReply: ['550', '554'],
    example: '554 5.7.1 Message rejected: spam score 9.2 exceeds threshold',
  },
  virusdetected: {
    id: 'virusdetected',
    label: 'Virus found',
    summary: 'A virus scanner found (or thought it found) malware in the message.',
    explanation:
      'An antivirus program at the destination matched the message or an attachment and refused it. False positives happen with macros, archives and some executables. The address is fine. Soft.',
    advice: `${DO_NOT_SUPPRESS} Scan the attachment yourself, or send a link instead.`,
    fault: 'sender',
    typicalStatus: ['5.7.0', '5.7.1'],
    typicalReply: ['550', '554'],
    example: '554 5.7.0 Message rejected: infected by Eicar-Test-Signature',
  },
  policyviolation: {
    id: 'policyviolation',
    label: "Against the destination's policy",
    summary: 'The message broke a local rule of the receiving site.',
    explanation:
      'Organisations set their own rules: no executable attachments, no mail to distribution lists from outside, no messages in certain languages, no mail from free-mail domains. A message that breaks one is refused, commonly with 550 or 554 and X.7.x. It is not about the address and not necessarily about spam. Soft.',
    advice: `${DO_NOT_SUPPRESS} Read the reply text, change the message (e.g. remove the attachment type) and resend.`,
    fault: 'sender',
    typicalStatus: ['5.7.0', '5.7.1'],
    typicalReply: ['550', '554'],
    example: '554 5.7.1 <staff@example.com>: Attachment type .exe is not permitted by local policy',
  },
  authfailure: {
    id: 'authfailure',
    label: 'Authentication failed (SPF / DKIM / DMARC)',
    summary: 'Your message did not pass the sender authentication checks the destination requires.',
    explanation:
      'Receivers check that the sending server may send for your domain (SPF), that the message carries a valid signature (DKIM), and that those results line up with the From: domain (DMARC). Since 2024 Gmail and Yahoo, and since 2025 Outlook.com, reject bulk mail that fails: Gmail with 550 5.7.26, Outlook.com with 550 5.7.515. RFC 7372 registers X.7.20–X.7.26 for these results. Every recipient at that provider will fail the same way until you fix your DNS or signing. Soft.',
    advice: `${DO_NOT_SUPPRESS} Publish correct SPF, sign with DKIM for your From: domain, publish DMARC, then resend.`,
    fault: 'sender',
    typicalStatus: ['5.7.26', '5.7.515', '5.7.23', '5.7.20', '5.7.1'],
    typicalReply: ['550', '421'],
    example:
      "550 5.7.26 Unauthenticated email from example.org is not accepted due to domain's DMARC policy.",
  },
  requireptr: {
    id: 'requireptr',
    label: 'Missing reverse DNS',
    summary: 'Your sending IP has no PTR record, or it does not match.',
    explanation:
      'Many receivers insist that the sending IP address has a reverse DNS (PTR) name and that the name resolves back to the same IP. Without it they refuse the connection or the message, sometimes with X.7.25 "reverse DNS validation failed" (RFC 7372), more often with a plain 550 or 554 text. The address is fine. Soft.',
    advice: `${DO_NOT_SUPPRESS} Ask whoever owns the IP to set a PTR record that matches your HELO name and its forward DNS.`,
    fault: 'sender',
    typicalStatus: ['5.7.25', '5.7.1', '4.7.25'],
    typicalReply: ['550', '554', '450'],
    example: '550 5.7.25 Client host rejected: cannot find your reverse hostname, [192.0.2.25]',
  },
  securityerror: {
    id: 'securityerror',
    label: 'Security requirement not met',
    summary:
      'The destination required a security feature (login, encryption) that the sender did not provide.',
    explanation:
      'A catch-all for security problems that are not SPF/DKIM/DMARC: the server needs SMTP authentication (X.7.0, X.7.8 invalid credentials, RFC 4954), a stronger mechanism, an encrypted channel, or refuses a credential. It is usually a configuration problem at the sending side. Soft.',
    advice: `${DO_NOT_SUPPRESS} Check your relay credentials and TLS settings.`,
    fault: 'sender',
    typicalStatus: ['5.7.0', '5.7.8', '5.7.1', '5.7.9'],
    typicalReply: ['530', '535', '550', '554'],
    example: '535 5.7.8 Authentication credentials invalid',
  },
  failedstarttls: {
    id: 'failedstarttls',
    label: 'TLS could not be set up',
    summary:
      'The encrypted connection (STARTTLS) failed, and the sender was not allowed to continue without it.',
    explanation:
      'Servers upgrade SMTP to TLS with the STARTTLS command (RFC 3207). When the handshake fails (expired certificate, no shared cipher, a policy such as MTA-STS or DANE requiring a valid certificate) a sender that must encrypt gives up. Typical texts: "TLS is required, but was not offered", "Cannot start TLS: handshake failure". Soft: it is a server-to-server problem.',
    advice: 'Keep the address. The sending and receiving administrators need to fix the TLS setup.',
    fault: 'transit',
    typicalStatus: ['4.7.4', '4.7.0', '5.7.10', '4.7.5'],
    typicalReply: ['454', '421', '530'],
    example: '454 4.7.0 TLS not available due to local problem',
  },
  norelaying: {
    id: 'norelaying',
    label: 'Relaying denied',
    summary: 'The server you connected to refuses to pass mail on to another domain.',
    explanation:
      'A mail server only accepts mail for its own domains, unless the client has logged in. "Relay access denied" or "relaying denied" means the message went to the wrong server (an outdated MX, a misrouted smarthost) or the sending application did not authenticate to its relay. Soft; the address may be fine.',
    advice: `${DO_NOT_SUPPRESS} Check your routing and relay authentication.`,
    fault: 'sender',
    typicalStatus: ['5.7.1', '5.7.0'],
    typicalReply: ['554', '550'],
    example: '554 5.7.1 <user@example.net>: Relay access denied',
  },
  contenterror: {
    id: 'contenterror',
    label: 'Content the system could not handle',
    summary: 'The message content or media type was refused as malformed or unsupported.',
    explanation:
      'The destination could not process the message body or its MIME structure: an unsupported media type, a conversion that was needed but not allowed (X.6.x, RFC 3463 §3.7), broken encoding, or lines too long. It is about the message, not the address. Soft.',
    advice: 'Keep the address. Check how your sending software builds the MIME message.',
    fault: 'sender',
    typicalStatus: ['5.6.0', '5.6.1', '5.6.3'],
    typicalReply: ['550', '554'],
    example: '554 5.6.0 Message rejected: Content-Type header is not valid',
  },
  notcompliantrfc: {
    id: 'notcompliantrfc',
    label: 'Message breaks the email format rules',
    summary: 'The message does not follow RFC 5322 (for example, duplicate or missing headers).',
    explanation:
      'Some providers now refuse messages that break the Internet Message Format: more than one From: or Subject: header, a missing Date:, invalid header syntax. Gmail answers such messages with 550 5.7.1 "not RFC 5322 compliant". Soft; fix the generator.',
    advice: 'Keep the address. Fix the headers your software writes.',
    fault: 'sender',
    typicalStatus: ['5.7.1', '5.6.0'],
    typicalReply: ['550', '554'],
    example: '550 5.7.1 This message is not RFC 5322 compliant. There are multiple From headers.',
  },
  syntaxerror: {
    id: 'syntaxerror',
    label: 'SMTP conversation error',
    summary: 'The two servers did not agree on the SMTP commands (syntax or sequence).',
    explanation:
      'Replies 500–504 and status X.5.x (RFC 3463 §3.6) mean the receiving server did not understand a command, its parameters, or the order in which it arrived, e.g. 503 "bad sequence of commands". It points to a bug or incompatibility between two pieces of mail software. Soft.',
    advice:
      'Keep the address. Ask the administrator of the sending software to look at the SMTP log.',
    fault: 'transit',
    typicalStatus: ['5.5.1', '5.5.2', '5.5.4', '5.5.0'],
    typicalReply: ['500', '501', '502', '503', '504'],
    example: '503 5.5.1 Error: need MAIL command',
  },
  networkerror: {
    id: 'networkerror',
    label: 'Network or DNS problem',
    summary: 'The sender could not reach the destination server, or a lookup failed along the way.',
    explanation:
      'Delivery failed in the plumbing: a DNS lookup timed out (not "no such domain"), the connection was refused or timed out, or a routing loop was detected (X.4.x, RFC 3463 §3.5). These conditions are usually temporary and the sender keeps retrying; when they last too long they end as "expired". Soft.',
    advice:
      "Keep the address and let the retries run. Check the destination domain's DNS if it persists.",
    fault: 'transit',
    typicalStatus: ['4.4.1', '4.4.2', '4.4.3', '5.4.6', '5.4.0'],
    typicalReply: ['421', '451'],
    example: 'connect to mx.example.net[192.0.2.80]:25: Connection timed out',
  },
  expired: {
    id: 'expired',
    label: 'Gave up retrying',
    summary: 'A temporary problem lasted so long that the sending system stopped trying.',
    explanation:
      'When delivery fails temporarily the sender retries for a while (RFC 5321 §4.5.4.1 suggests at least 4–5 days; ESPs often use 72 hours). When time runs out it sends a failure report, often with status X.4.7 "delivery time expired" or with the last 4xx code it saw and "Action: failed" (RFC 3464 §2.3.3). The real cause is whatever kept failing; the verdict is still soft. A delay notice (Action: delayed) that names no cause is filed here too: the message is waiting in the queue and the same clock is running.',
    advice:
      'Keep the address and try again in a later send; read the last error to find the underlying cause.',
    fault: 'transit',
    typicalStatus: ['4.4.7', '5.4.7'],
    typicalReply: ['421', '451'],
    example: 'Message could not be delivered for 5 days - Delivery time expired',
  },
  toomanyconn: {
    id: 'toomanyconn',
    label: 'Too many connections',
    summary: 'You opened more simultaneous connections than the destination allows.',
    explanation:
      'Receivers limit how many connections one client may hold open or open per minute, answering 421 or 452 with texts such as "too many connections" or "connection rate limit exceeded" (X.4.5 congestion, X.3.2). The message is retried later. Soft.',
    advice: 'Keep the address. Lower concurrency towards that destination.',
    fault: 'sender',
    typicalStatus: ['4.3.2', '4.4.5', '4.7.0'],
    typicalReply: ['421', '452'],
    example: '421 4.7.0 mx.example.net Error: too many connections from 192.0.2.25',
  },
  speeding: {
    id: 'speeding',
    label: 'Sending too fast',
    summary: 'The destination is rate-limiting you because of your volume or sending rate.',
    explanation:
      'Providers throttle senders whose volume jumps or whose mail looks unwanted. Gmail says so with 421 4.7.28 ("unusual rate of unsolicited mail", a Google code outside the IANA registry) and with 550 5.2.1 for a single recipient receiving mail too fast; Microsoft uses 421 RP-001/RP-002. The message is retried later. Soft.',
    advice: `${DO_NOT_SUPPRESS} Spread the send over time, warm up new IPs, and improve list quality.`,
    fault: 'sender',
    typicalStatus: ['4.7.28', '4.7.0', '4.2.1'],
    typicalReply: ['421', '450', '451'],
    example:
      '421 4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your IP address.',
  },
  systemerror: {
    id: 'systemerror',
    label: 'Error at the destination',
    summary: 'The receiving system had an internal problem.',
    explanation:
      'A software or configuration fault at the receiving end: "local error in processing" (451), X.3.0/X.3.5 "system incorrectly configured" (RFC 3463 §3.4), a crashed back end. Nothing about the address or your message. Soft.',
    advice: 'Keep the address and retry later.',
    fault: 'destination',
    typicalStatus: ['4.3.0', '5.3.0', '5.3.5'],
    typicalReply: ['451', '554', '550'],
    example: '451 4.3.0 Temporary local problem - please try later',
  },
  systemfull: {
    id: 'systemfull',
    label: 'Destination out of disk space',
    summary: 'The receiving server itself is out of storage (not one mailbox).',
    explanation:
      'Status X.3.1 "mail system full" (RFC 3463 §3.4) or reply 452 "insufficient system storage" means the whole server has no room, unlike a full mailbox which concerns one person. Its administrator has to free space; senders retry. Soft.',
    advice: 'Keep the address and retry later.',
    fault: 'destination',
    typicalStatus: ['4.3.1', '5.3.1', '4.4.5'],
    typicalReply: ['452', '552'],
    example: '452 4.3.1 Insufficient system storage',
  },
  mailererror: {
    id: 'mailererror',
    label: 'Local delivery program failed',
    summary: 'A program that delivers mail into the mailbox (procmail, a pipe, a script) failed.',
    explanation:
      'After the server accepts a message it may hand it to a local program (procmail, maildrop, a forward to a script). When that program exits with an error, the server reports a failure with a diagnostic type such as "x-unix" instead of "smtp". A problem at the destination, not with the address. Soft.',
    advice: "Keep the address. The recipient's administrator needs to fix the delivery program.",
    fault: 'destination',
    typicalStatus: ['5.3.0', '4.3.0'],
    typicalReply: ['554', '451'],
    example: 'x-unix; procmail: Error while writing to "/var/mail/sam"',
  },
  suppressed: {
    id: 'suppressed',
    label: "On your provider's suppression list",
    summary: 'Your sending service did not even try: the address is on its suppression list.',
    explanation:
      'ESPs keep lists of addresses that hard-bounced or complained before and refuse to send to them again. Amazon SES, for example, reports "OnAccountSuppressionList" (the account-level list, not counted in your bounce rate) and "Suppressed" (its global list). No server of the recipient was contacted, so the bounce carries no new evidence about the address. Soft in the vocabulary, but sending again is pointless until the entry is removed.',
    advice:
      'Do not retry. Check why the address was listed; remove it from the suppression list only if you have fresh proof that it works.',
    fault: 'sender',
    typicalStatus: ['5.1.1', '5.0.0'],
    typicalReply: ['550'],
    example:
      'Amazon SES did not send the message to this address because it is on the suppression list for your account.',
  },
  onhold: {
    id: 'onhold',
    label: 'Undecided',
    summary: 'There is a failure, but not enough information to say why.',
    explanation:
      'The receiving server did answer with a reply code, but its words name no known cause and its status (often a generic X.0.0) says nothing more, as in "550 Not accepted here". The classifier holds back from guessing, as the reference analyser does. Soft.',
    advice: 'Keep the address and look at the raw message yourself.',
    fault: 'none',
    typicalStatus: ['5.0.0', '4.0.0'],
    typicalReply: ['550', '554'],
    example: '550 5.0.0 Message refused by the remote system',
  },
  undefined: {
    id: 'undefined',
    label: 'Unknown reason',
    summary: 'No reason could be detected in the message.',
    explanation:
      'The message looks like a bounce, but nothing in it matches a known code or phrase, and no server reply is quoted (with one, the reason is "undecided"). Treating an unknown failure as hard suppresses real customers; treating it as soft keeps mailing dead addresses. This project treats it as soft and shows the trace.',
    advice: 'Keep the address; read the original text and report new patterns.',
    fault: 'none',
    typicalStatus: [],
    typicalReply: [],
    example: 'Delivery to the following recipient failed: kim@example.com',
  },
  delivered: {
    id: 'delivered',
    label: 'Delivered',
    summary: 'A delivery report that says the message arrived.',
    explanation:
      'A sender can ask for a success notice with NOTIFY=SUCCESS (RFC 3461). The report looks like a bounce (multipart/report, delivery-status) but says "Action: delivered" and a 2.x.x status (RFC 3464 §2.3.3). It means the destination took responsibility, not that a person read it.',
    advice: 'Nothing to do: the address works.',
    fault: 'none',
    typicalStatus: ['2.0.0', '2.1.5'],
    typicalReply: ['250'],
    example: '250 2.0.0 OK: queued as 4Tq9Zr1XyzZ',
  },
  feedback: {
    id: 'feedback',
    label: 'Complaint report',
    summary: 'The recipient reported your message as spam (an ARF feedback report).',
    explanation:
      'Providers with feedback loops send a report in the Abuse Reporting Format (RFC 5965: multipart/report with a message/feedback-report part, Feedback-Type: abuse) when a user clicks "this is spam". It is not a bounce: the message was delivered. It is a stronger signal than most bounces, though, and counts towards complaint rates.',
    advice: 'Stop sending marketing mail to the address at once (treat it like an unsubscribe).',
    fault: 'none',
    typicalStatus: [],
    typicalReply: [],
    example: 'Feedback-Type: abuse',
  },
  vacation: {
    id: 'vacation',
    label: 'Auto-reply',
    summary: 'An automatic answer such as an out-of-office reply.',
    explanation:
      'Out-of-office and "I have a new address" answers are automatic responses (RFC 3834); well-behaved ones carry "Auto-Submitted: auto-replied". They prove the message arrived. They are not bounces and must not count towards bounce rates.',
    advice: 'Nothing to do with the address; read it if it announces a new contact.',
    fault: 'none',
    typicalStatus: [],
    typicalReply: [],
    example: 'Auto-Submitted: auto-replied',
  },
};

/**
 * Describes a reason: its words plus its hard/soft/none category.
 *
 * @example describeReason('mailboxfull').category // 'soft'
 */
export function describeReason(id: ReasonId): ReasonDescription {
  return { ...REASONS[id], category: categoryOf(id) };
}

/** All reason descriptions in the declared order of `REASON_IDS`. */
export function listReasons(): ReasonDescription[] {
  return REASON_IDS.map((id) => describeReason(id));
}
