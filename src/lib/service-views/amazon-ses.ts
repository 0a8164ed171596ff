/**
 * Amazon SES: the bounce notification (`notificationType: Bounce`, `bounceType`, `bounceSubType`,
 * `bouncedRecipients[].diagnosticCode`). Sources: research notes §1.5 [SES-NC]; the type and
 * subtype come from content/policies/amazon-ses.yaml (its terms and reason overrides).
 */
import { notShownHere } from './common.ts';
import {
  matchingEvent,
  ownEvent,
  pick,
  policyOf,
  policySources,
  pretty,
  rowOf,
  type BounceFacts,
} from './facts.ts';
import { VIEW_SOURCES } from './sources.ts';
import type { Panel, ServiceView } from './types.ts';

/** The notification inside an SNS envelope (`Message` holds it as a string), or the event itself. */
function notification(event: unknown): unknown {
  const message = pick(event, 'Message');
  if (typeof message !== 'string') return event;
  try {
    return JSON.parse(message) as unknown;
  } catch {
    return event;
  }
}

export function amazonSesView(facts: BounceFacts): ServiceView {
  const policy = policyOf(facts, 'amazon-ses');
  const row = rowOf(facts, 'amazon-ses');
  const name = policy?.name ?? 'Amazon SES';
  const match = matchingEvent(facts, 'amazon-ses');
  const base = {
    id: 'amazon-ses' as const,
    name,
    inspectorSample: match && { id: match.id, file: match.file },
    sources: [VIEW_SOURCES['SES-NC'], ...(policy?.sources ?? [])],
  };
  const own = ownEvent(facts, 'amazon-ses');
  if (own !== undefined) {
    const inner = notification(own);
    const fallback = notShownHere(base, facts, row);
    const known = facts.situation !== 'other' && row;
    const type = pick(inner, 'notificationType') ?? pick(inner, 'eventType');
    return {
      ...base,
      panels: [
        {
          type: 'json',
          title: `${typeof type === 'string' ? type : 'Event'} notification`,
          origin: 'sample',
          json: pretty(inner),
          note:
            inner === own
              ? undefined
              : 'Amazon SNS delivers this notification as a string inside the Message field of its own envelope; it is shown here unwrapped.',
        },
      ],
      does: known ? row.outcome : fallback.does,
      doesSources: known ? (row.source ? [row.source] : []) : fallback.doesSources,
      gaps: [],
    };
  }
  if (facts.situation === 'other' || !row) return notShownHere(base, facts, row);
  if (facts.situation === 'delay') {
    return {
      ...base,
      panels: [],
      does: `No bounce notification yet: ${policy?.retry ?? 'SES keeps retrying a soft bounce for a while before reporting it.'}`,
      doesSources: policySources(policy, ['SES4']),
      gaps: [],
    };
  }

  const [type, termSubType] = row.term.split(' / ');
  // The research's illustration pairs a 550 5.1.1 unknown user with Permanent / General.
  const subType =
    termSubType ??
    (facts.situation === 'hard' && facts.input.recipient.reason === 'userunknown'
      ? 'General'
      : undefined);
  const gaps: string[] = [];
  if (!subType) {
    gaps.push(
      `Which bounceSubType SES gives this reply is not documented in these sources. ${policy?.terms?.note ?? ''}`.trim(),
    );
  }
  const recipient: Record<string, string> = { emailAddress: facts.address, action: 'failed' };
  if (facts.status) recipient['status'] = facts.status;
  if (facts.reply && facts.replyCode) recipient['diagnosticCode'] = `smtp; ${facts.reply}`;
  else
    gaps.push(
      'SES adds diagnosticCode only when the receiving server reported one; it may be absent, as it would be here.',
    );
  const panels: Panel[] = [
    {
      type: 'json',
      title: 'Bounce notification (SNS or event publishing)',
      origin: 'illustration',
      json: pretty({
        notificationType: 'Bounce',
        bounce: {
          bounceType: type,
          ...(subType ? { bounceSubType: subType } : {}),
          bouncedRecipients: [recipient],
          timestamp: '2026-11-30T11:14:03.512Z',
          feedbackId: '0100018c30…',
          reportingMTA: 'dsn; a8-70.smtp-out.amazonses.com',
        },
        mail: {
          messageId: '0100018c2f…',
          source: 'news@example.com',
          destination: [facts.address],
        },
      }),
      note: 'With event publishing instead of notifications, the same field is named eventType.',
    },
  ];
  return {
    ...base,
    panels,
    does: row.outcome,
    doesSources: row.source ? [row.source] : [],
    gaps,
  };
}
