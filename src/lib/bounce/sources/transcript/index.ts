/**
 * Input that is not a message: one SMTP reply line, an SMTP transcript or a diagnostic text pasted
 * on its own. It is read as one diagnostic for one recipient (the address it names, if any) — but
 * only when it shows the marks a server leaves: a reply code where a reply starts, an enhanced
 * status code, or report fields. Anything else is said to be unrecognised, with what was looked for.
 */
import { delayedText, diagnosticLine, judge, located, statusIn } from '../../classify/facts.ts';
import { verdict, type MessageInput } from '../../classify/message.ts';
import type { MessageVerdict } from '../../classify/types.ts';
import { cleanAddress, findAddresses, findCommand, isAddress } from '../../layout/index.ts';
import { findReplyCode } from '../../status-code/index.ts';
import { normalise, type Fragment } from '../../text/index.ts';

const SOURCE = 'transcript';

/** What a bare input is checked for before it is read as a server's words. */
export const LOOKED_FOR = [
  'the header of an email (From, Subject, Date…), as a bounce message has',
  'report fields of a delivery status notification (Final-Recipient, Action, Status)',
  'an SMTP reply code where a server writes one (a line starting with 550, 452…, or after "said:")',
  'an enhanced status code such as 5.1.1 or 4.2.2',
] as const;

// A reply code where a reply starts: at the start of a line (after spaces, quote marks or the
// "<<<" of a transcript), or after the words that introduce a quoted reply. The second digit is
// 0-5 (RFC 5321 §4.2.1), and words follow, in any script ("550 пользователь не найден"), after
// an enhanced status code (or a server's own short number: Yahoo's "554 30 Sorry...") and a
// bracketed address if the server writes them ("550-5.7.26 This mail...", "421-4.7.0 [192.0.2.1]
// Our system...").
const REPLY_POSITION =
  /(?:^[ \t>"']*(?:<<<\s?)?|(?:said|replied|response|reply|error|smtp;)\s*:?\s*)[245][0-5]\d[ -]+(?:[245]\.\d{1,3}\.\d{1,3}[ -]+|\d{1,3}[ -]+)?(?:\[[^\]\n]{1,64}\][ -]+)?[(<'"]?\p{L}/imu;
const ENHANCED_CODE = /(?<![\w.-])[245]\.[0-7]\.\d{1,3}(?![\w-]|\.\d)/;
const REPORT_FIELD =
  /^(?:final-recipient|original-recipient|action|status|diagnostic-code|remote-mta)[ \t]*:/im;

/** True when `text` shows a server's marks: report fields, a reply code in place, a status code. */
function looksLikeServerWords(text: string): boolean {
  // A reply stands near the top of what a reader pastes; the first lines are enough to look at.
  const head = text.slice(0, 8192);
  return REPORT_FIELD.test(head) || ENHANCED_CODE.test(head) || REPLY_POSITION.test(head);
}

/** The recipient a bare input names: RCPT TO, an address in angle brackets, any address. */
function recipientIn(text: string): string {
  const candidates = [
    /rcpt to:\s*<([^<>\s]{1,300})>/i.exec(text)?.[1],
    /<([^<>\s@]{1,64}@[^<>\s]{1,255})>/.exec(text)?.[1],
    ...findAddresses(text, 5),
  ];
  for (const c of candidates) {
    if (c && isAddress(cleanAddress(c))) return c;
  }
  return '';
}

/** Reads a bare input (no message header) as a reply line, a transcript or a diagnostic. */
export function readBare(
  m: Pick<MessageInput, 'input' | 'range' | 'trace' | 'profile'>,
): MessageVerdict {
  const { input, range } = m;
  const end = Math.min(range.end, range.start + 65536);
  const text = input.slice(range.start, end);
  if (!looksLikeServerWords(text)) {
    m.trace.push({
      step: 'kind',
      detail:
        'No email header, no report fields, no reply or status code where a server writes one: not recognised',
    });
    return verdict(m, SOURCE, 'unrecognised', 'none', [], { lookedFor: [...LOOKED_FOR] });
  }
  const frag: Fragment = { text, start: range.start, end, encoded: false };
  const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  const codes = lines.map((l) => /^\s*(?:<<<\s*)?([245]\d\d)[ -]/.exec(l)?.[1]);
  const coded = codes.filter((c) => c !== undefined).length;
  // One reply, on one line or on several that repeat its code (RFC 5321 §4.2.1: "550-..." lines
  // continue it, "550 ..." ends it), is a reply line; anything else with codes is a conversation.
  const oneReply = coded === lines.length && coded > 0 && codes.every((c) => c === codes[0]);
  const system = oneReply ? 'smtp-line' : coded > 0 ? 'smtp-transcript' : 'diagnostic';
  m.trace.push({
    step: 'layout',
    detail: `Not a message: read as ${system === 'diagnostic' ? 'a diagnostic text' : system}`,
  });
  const rcpt = recipientIn(text);
  const status = statusIn(text);
  const reply = findReplyCode(text);
  const lower = normalise(text.slice(0, 8000));
  // A reply pasted on its own states no DSN action: a 4xx is a temporary refusal, not a delay
  // notice. Only words saying the sender keeps trying make it a delay.
  const action = delayedText(lower) ? 'delayed' : '';
  const r = judge(
    {
      address: rcpt ? cleanAddress(rcpt) : '',
      addressFrag: rcpt ? located(rcpt, frag) : undefined,
      action,
      actionStated: action !== '',
      texts: [frag],
      status: located(status, frag),
      reply: located(reply, frag),
      diagnostic: diagnosticLine(frag),
      command: findCommand(lower),
      replyLine: system === 'smtp-line',
      layoutKnown: system !== 'diagnostic',
    },
    [],
    m.profile,
  );
  if (r.reason === 'undefined' && !status && !reply) {
    m.trace.push({
      step: 'kind',
      detail: 'No reply code, status code or bounce phrase: not recognised',
    });
    return verdict(m, SOURCE, 'unrecognised', 'none', [], { lookedFor: [...LOOKED_FOR] });
  }
  if ((status ?? reply ?? '').startsWith('2')) {
    return verdict(m, SOURCE, 'delivery', system, [
      { ...r, reason: 'delivered', category: 'none', action: 'delivered' },
    ]);
  }
  return verdict(m, SOURCE, action === 'delayed' ? 'delay' : 'failure', system, [r]);
}
