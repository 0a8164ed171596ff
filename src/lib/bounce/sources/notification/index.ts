/**
 * JSON events of sending services (Amazon SES, SendGrid, Mailgun, Postmark, SparkPost, Brevo),
 * mailed as a message or pasted on their own: the event's fields name the recipients and carry
 * the remote server's reply, which is judged like any other diagnostic; the service's own bucket
 * is kept beside the verdict, in the service's words.
 */
import {
  isGeneric,
  judge,
  located,
  messageKind,
  nonBounceRecipient,
  statusIn,
} from '../../classify/facts.ts';
import { verdict, type MessageInput } from '../../classify/message.ts';
import type { MessageVerdict, RecipientVerdict } from '../../classify/types.ts';
import { findCommand, isAddress } from '../../layout/index.ts';
import { findReplyCode } from '../../status-code/index.ts';
import { normalise, type Fragment } from '../../text/index.ts';
import type { FactSource } from '../types.ts';
import { hasEventMark, parseEvents, type ServiceEvent } from './parse.ts';

const SOURCE = 'notification';

function recipientOf(
  m: Pick<MessageInput, 'profile'>,
  e: ServiceEvent,
  text: Fragment,
): RecipientVerdict {
  // An address is only a recipient if it is a valid address.
  if (!isAddress(e.address)) e = { ...e, address: '' };
  if (e.kind === 'complaint') {
    return {
      ...nonBounceRecipient(
        e.address,
        'feedback',
        `Complaint of type ${e.feedbackType ?? 'abuse'}: reason feedback`,
      ),
      feedbackType: e.feedbackType,
      service: e.service,
    };
  }
  if (e.kind === 'delivery') {
    return {
      ...nonBounceRecipient(e.address, 'delivered', 'A delivery event: reason delivered'),
      status: e.status,
      replyCode: e.diagnostic ? findReplyCode(e.diagnostic) : undefined,
      remoteMta: e.remoteMta,
      diagnostic: e.diagnostic ?? '',
      service: e.service,
    };
  }
  const diag = e.diagnostic ?? '';
  const diagAt = located(diag, text);
  const texts: Fragment[] = diagAt
    ? [{ text: diag, start: diagAt.start, end: diagAt.end, encoded: diagAt.encoded }]
    : [];
  const status = e.status && !isGeneric(e.status) ? e.status : (statusIn(diag) ?? e.status);
  const r = judge(
    {
      address: e.address,
      addressFrag: located(e.address, text),
      action: (e.action ?? (e.kind === 'delay' ? 'delayed' : 'failed')).toLowerCase(),
      texts,
      status: located(status, text),
      reply: located(findReplyCode(diag), text),
      remoteMta: e.remoteMta,
      diagnostic: diag,
      command: findCommand(normalise(diag)),
      structured: true,
    },
    [],
    m.profile,
  );
  return { ...r, service: e.service };
}

/** The verdict for the events found in `text`, or undefined when it holds none. */
export function readEvents(
  m: Pick<MessageInput, 'range' | 'trace' | 'profile'> & { extra?: MessageInput['extra'] },
  text: Fragment,
): MessageVerdict | undefined {
  if (!hasEventMark(text.text.slice(0, 65536))) return undefined;
  const events = parseEvents(text.text);
  const first = events[0];
  if (!first) return undefined;
  m.trace.push({
    step: 'layout',
    detail: `A JSON event of ${first.service.serviceName} (${first.service.label}): its recipient and the server's reply are read from its fields`,
  });
  const recipients = events.map((e) => recipientOf(m, e, text));
  const system = first.service.service;
  const extra = m.extra ?? {};
  if (events.every((e) => e.kind === 'complaint')) {
    return verdict(m, SOURCE, 'feedback', system, recipients, {
      ...extra,
      feedbackType: recipients[0]?.feedbackType,
    });
  }
  if (events.every((e) => e.kind === 'delivery')) {
    return verdict(m, SOURCE, 'delivery', system, recipients, extra);
  }
  const bounces = recipients.filter((r) => r.reason !== 'feedback' && r.reason !== 'delivered');
  return verdict(m, SOURCE, messageKind(bounces), system, recipients, extra);
}

export const notificationSource: FactSource = {
  id: SOURCE,
  read(m) {
    return m.human ? readEvents(m, m.human) : undefined;
  },
};
