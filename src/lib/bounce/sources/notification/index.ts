/**
 * JSON event notifications that sending services mail out (or show) instead of bounce messages:
 * the event's own fields name the recipients and carry the remote server's reply, which is judged
 * like any other diagnostic.
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
import type { Located } from '../../decide/index.ts';
import { findCommand } from '../../layout/index.ts';
import { findReplyCode } from '../../status-code/index.ts';
import { normalise, type Fragment } from '../../text/index.ts';
import type { FactSource } from '../types.ts';
import { parseNotification, type Notification } from './parse.ts';

function notificationVerdict(m: MessageInput, note: Notification, human: Fragment) {
  m.trace.push({
    step: 'layout',
    detail: `A JSON ${note.type} notification (Amazon SES event format)`,
  });
  const where = (value: string | undefined): Located | undefined => located(value, human);
  if (note.type === 'complaint') {
    const recipients = note.recipients.map((r) => ({
      ...nonBounceRecipient(
        r.address,
        'feedback',
        `Complaint of type ${note.subtype}: reason feedback`,
      ),
      feedbackType: note.subtype,
    }));
    return verdict(m, 'feedback', 'amazonses', recipients, {
      ...m.extra,
      feedbackType: note.subtype,
    });
  }
  if (note.type === 'delivery') {
    const recipients = note.recipients.map((r) => ({
      ...nonBounceRecipient(r.address, 'delivered', 'A delivery notification: reason delivered'),
      status: r.status,
      replyCode: r.diagnostic ? findReplyCode(r.diagnostic) : undefined,
      remoteMta: r.remoteMta,
      diagnostic: r.diagnostic ?? '',
    }));
    return verdict(m, 'delivery', 'amazonses', recipients, m.extra);
  }
  const recipients = note.recipients.map((r) => {
    const diag = r.diagnostic ?? '';
    const diagFrag = where(diag);
    const texts: Fragment[] = diagFrag
      ? [{ text: diag, start: diagFrag.start, end: diagFrag.end, encoded: diagFrag.encoded }]
      : [];
    const status = r.status && !isGeneric(r.status) ? r.status : (statusIn(diag) ?? r.status);
    return judge(
      {
        address: r.address,
        addressFrag: where(r.address),
        action: (r.action ?? 'failed').toLowerCase(),
        texts,
        status: where(status),
        reply: where(findReplyCode(diag)),
        remoteMta: r.remoteMta,
        diagnostic: diag,
        command: findCommand(normalise(diag)),
      },
      [],
      m.profile,
    );
  });
  return verdict(m, messageKind(recipients), 'amazonses', recipients, m.extra);
}

export const notificationSource: FactSource = {
  id: 'notification',
  read(m) {
    const human = m.human;
    if (!human || !/"?(?:notificationType|eventType)\\?"/.test(human.text.slice(0, 65536))) {
      return undefined;
    }
    const note = parseNotification(human.text);
    return note ? notificationVerdict(m, note, human) : undefined;
  },
};
