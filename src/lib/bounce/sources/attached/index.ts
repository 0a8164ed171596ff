/**
 * A bounce forwarded as an attachment (a helpdesk or a colleague passing it on): the attached
 * report is read instead of the wrapper.
 */
import { headerValue, messageInput, noticeOf } from '../../classify/message.ts';
import { scanMessage } from '../../mime/index.ts';
import { isBounceSender } from '../text-layout/signs.ts';
import type { FactSource } from '../types.ts';

export const attachedSource: FactSource = {
  id: 'attached',
  read(m, pipeline) {
    if (m.depth >= 2 || noticeOf(m).recipients.length > 0) return undefined;
    for (const p of m.parts) {
      if (p.type !== 'message/rfc822' && p.type !== 'message/global') continue;
      const start = m.msg.lines[p.bodyFrom]?.start;
      const end = m.msg.lines[p.bodyTo - 1]?.end;
      if (start === undefined || end === undefined) continue;
      const inner = scanMessage(m.input, start, end);
      const innerType = headerValue(inner.root, 'content-type').toLowerCase();
      if (
        !innerType.includes('report-type=delivery-status') &&
        !isBounceSender(headerValue(inner.root, 'from'))
      )
        continue;
      m.trace.push({
        step: 'layout',
        detail: 'The message carries an attached bounce; reading that bounce',
      });
      const found = pipeline.readMessage(
        messageInput(m.input, inner, m.range, m.trace, m.depth + 1, m.profile),
      );
      if (found.recipients.length > 0 && found.kind !== 'not-bounce') return found;
    }
    return undefined;
  },
};
