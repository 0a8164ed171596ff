/**
 * What each field of a delivery status notification means, in our own words, with the section of
 * the standard that defines it. The same field name can mean different things in different places
 * (the top-level `Content-Type` announces the report; a part's `Content-Type` says what that part
 * holds), so notes are keyed by where the field stands as well as by its name.
 */

/** Where a field stands in a DSN. */
export type NoteContext =
  | 'top'
  | 'human'
  | 'delivery-status'
  | 'per-message'
  | 'per-recipient'
  | 'returned'
  | 'returned-headers';

/** A note about one field in one place. */
export interface FieldNote {
  /** What the field tells the reader, in one or two sentences. */
  readonly meaning: string;
  /** The defining document and section, e.g. `RFC 3464 §2.3.4`. */
  readonly source: string;
}

/** Group names for the explanation list, in reading order. */
export const CONTEXT_LABELS: Readonly<Record<NoteContext, string>> = {
  top: 'Headers of the bounce itself',
  human: 'Part 1: the human-readable explanation',
  'delivery-status': 'Part 2: the machine-readable report',
  'per-message': 'Report fields about the message',
  'per-recipient': 'Report fields about each recipient',
  returned: 'Part 3: the returned message',
  'returned-headers': 'Headers of the message that bounced',
};

/** Fields whose name begins with `X-` in the report: one note for them all. */
export const EXTENSION_NOTE: FieldNote = {
  meaning:
    "An extension field of the reporting software, such as Postfix's queue id. Fields starting with X- will never be standard ones, so other software may ignore them.",
  source: 'RFC 3464 §2.4',
};

/** Notes by context, then by lowercase field name. Fields without a note are shown but not explained. */
export const FIELD_NOTES: Readonly<Record<NoteContext, Readonly<Record<string, FieldNote>>>> = {
  top: {
    'return-path': {
      meaning:
        'Empty (<>): the bounce was sent with a null reverse-path, so if it cannot be delivered either, nobody is notified and two servers can never bounce bounces back and forth.',
      source: 'RFC 5321 §4.5.5',
    },
    from: {
      meaning:
        'Who wrote the report: the reporting server, usually as MAILER-DAEMON or postmaster, never a person you can answer.',
      source: 'RFC 5322 §3.6.2',
    },
    to: {
      meaning:
        'The return path of the message that bounced: bounces go to the envelope sender from MAIL FROM, not to the From: address readers saw.',
      source: 'RFC 5321 §6.1',
    },
    'auto-submitted': {
      meaning:
        'auto-replied: software sent this in answer to another message, so auto-responders must not answer it in turn.',
      source: 'RFC 3834 §5',
    },
    'content-type': {
      meaning:
        'multipart/report with report-type=delivery-status: the envelope of every standard report, and report-type says this one is about delivery (a bounce or a delay notice), not a read receipt or a spam complaint. boundary is the line that separates the parts.',
      source: 'RFC 6522; RFC 3464 §2',
    },
  },
  human: {
    'content-type': {
      meaning:
        'The first part is always the explanation for people, in whatever words and language the server chose; it has no fixed format.',
      source: 'RFC 6522',
    },
  },
  'delivery-status': {
    'content-type': {
      meaning:
        'message/delivery-status marks the machine-readable part: fields about the message, a blank line, then one group of fields per recipient.',
      source: 'RFC 3464 §2.1',
    },
  },
  'per-message': {
    'reporting-mta': {
      meaning:
        'Required. The server that wrote this report, which is the server that gave up: not always yours, if a later server accepted the message and failed.',
      source: 'RFC 3464 §2.2.2',
    },
    'arrival-date': {
      meaning: 'When the reporting server received the original message.',
      source: 'RFC 3464 §2.2.5',
    },
    'received-from-mta': {
      meaning: 'The server the reporting server received the original message from.',
      source: 'RFC 3464 §2.2.4',
    },
    'original-envelope-id': {
      meaning:
        'An identifier the sender attached when sending (ENVID), so that it can match the report to its own records.',
      source: 'RFC 3464 §2.2.1',
    },
    'dsn-gateway': {
      meaning: 'The gateway that translated a report from another mail system into this format.',
      source: 'RFC 3464 §2.2.3',
    },
  },
  'per-recipient': {
    'original-recipient': {
      meaning:
        'The address as the sender first gave it (the ORCPT parameter), recorded in case it was rewritten or forwarded on the way.',
      source: 'RFC 3464 §2.3.1',
    },
    'final-recipient': {
      meaning:
        'Required. The address the reporting server was trying to deliver to: usually the one on your list, but after forwarding it can be another.',
      source: 'RFC 3464 §2.3.2',
    },
    action: {
      meaning:
        'Required. What happened: failed (given up, a bounce), delayed (still trying, only a warning), delivered, relayed or expanded.',
      source: 'RFC 3464 §2.3.3',
    },
    status: {
      meaning:
        'Required. The enhanced status code, class.subject.detail: 5.1.1, for example, reads permanent failure, addressing, bad mailbox.',
      source: 'RFC 3464 §2.3.4; RFC 3463',
    },
    'remote-mta': {
      meaning:
        'The server that answered. When it is present, the Diagnostic-Code is that server’s reply; when it is absent, the reporting server found the problem itself.',
      source: 'RFC 3464 §2.3.5',
    },
    'diagnostic-code': {
      meaning:
        'The exact answer, after its type: smtp; means an SMTP reply, such as 550 5.1.1 followed by the remote server’s own words.',
      source: 'RFC 3464 §2.3.6',
    },
    'last-attempt-date': {
      meaning: 'When the reporting server last tried to deliver.',
      source: 'RFC 3464 §2.3.7',
    },
    'will-retry-until': {
      meaning:
        'Until when the server keeps trying; it may only appear when Action is delayed, in a warning.',
      source: 'RFC 3464 §2.3.9',
    },
  },
  returned: {
    'content-type': {
      meaning:
        'message/rfc822: the whole original message comes back (text/rfc822-headers would mean only its headers). This third part is optional.',
      source: 'RFC 6522',
    },
  },
  'returned-headers': {
    'return-path': {
      meaning:
        'The return path the original message was sent with, the MAIL FROM address: this is where the bounce went.',
      source: 'RFC 5321 §4.4',
    },
    from: {
      meaning:
        'The From: the recipient would have seen; bounces do not go here but to the return path.',
      source: 'RFC 5322 §3.6.2',
    },
    to: {
      meaning: 'The recipient as the original message named it.',
      source: 'RFC 5322 §3.6.3',
    },
    'message-id': {
      meaning:
        'The identifier of the message that bounced: what lets a sender match this bounce to the exact message and campaign.',
      source: 'RFC 5322 §3.6.4',
    },
  },
};
