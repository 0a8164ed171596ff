/**
 * Mailgun: the `failed` event with its `severity` (permanent or temporary), `reason` and
 * `delivery-status`, as a webhook posts it. Sources: research notes §1.7 [MG-EV] and the ESP sheet
 * [MG1]–[MG4]: any 5xx is permanent and not retried; temporary failures are retried for up to
 * 8 hours and never go on the Bounces list; one hard bounce puts an address on it.
 */
import { notShownHere } from './common.ts';
import { matchingEvent, ownEvent, pick, pretty, textOf, type BounceFacts } from './facts.ts';
import { VIEW_SOURCES } from './sources.ts';
import type { Field, Panel, ServiceView } from './types.ts';

/** What Mailgun does after a `failed` event of this severity and reason. */
function consequence(
  severity: unknown,
  reason: unknown,
): Pick<ServiceView, 'does' | 'doesSources'> {
  if (severity === 'temporary') {
    return {
      does: 'Mailgun retries a temporary failure for up to 8 hours; temporary failures never put the address on its Bounces list.',
      doesSources: [VIEW_SOURCES.MG1, VIEW_SOURCES.MG2],
    };
  }
  if (severity === 'permanent' && reason === 'bounce') {
    return {
      does: 'Mailgun stops after one hard bounce: the address goes on its Bounces list, and a later send to it fails at once ("Not delivering to previously bounced address").',
      doesSources: [VIEW_SOURCES.MG2, VIEW_SOURCES['MG-EV']],
    };
  }
  return {
    does: "Whether this failure puts the address on Mailgun's Bounces list depends on its severity and reason, which are not documented for this reply.",
    doesSources: [VIEW_SOURCES.MG2],
  };
}

/** The event's key fields as a record, read from its `event-data`. */
function fieldsPanel(data: unknown, origin: Panel['origin']): Panel {
  const fields: Field[] = [
    { label: 'event', value: textOf(pick(data, 'event')), code: true },
    { label: 'severity', value: textOf(pick(data, 'severity')), code: true },
    { label: 'reason', value: textOf(pick(data, 'reason')), code: true },
    { label: 'recipient', value: textOf(pick(data, 'recipient')), code: true },
    {
      label: 'delivery-status.code',
      value: textOf(pick(data, 'delivery-status', 'code')),
      code: true,
    },
    {
      label: 'delivery-status.enhanced-code',
      value: textOf(pick(data, 'delivery-status', 'enhanced-code')),
      code: true,
    },
    { label: 'delivery-status.message', value: textOf(pick(data, 'delivery-status', 'message')) },
  ];
  return { type: 'fields', title: 'Logs › the failed event', origin, fields };
}

export function mailgunView(facts: BounceFacts): ServiceView {
  const match = matchingEvent(facts, 'mailgun');
  const base = {
    id: 'mailgun' as const,
    name: 'Mailgun',
    inspectorSample: match && { id: match.id, file: match.file },
    sources: [
      VIEW_SOURCES['MG-EV'],
      VIEW_SOURCES.MG1,
      VIEW_SOURCES.MG2,
      VIEW_SOURCES.MG3,
      VIEW_SOURCES.MG4,
    ],
  };
  const own = ownEvent(facts, 'mailgun');
  if (own !== undefined) {
    const data = pick(own, 'event-data');
    return {
      ...base,
      panels: [
        fieldsPanel(data, 'sample'),
        { type: 'json', title: 'Webhook › the POST body', origin: 'sample', json: pretty(own) },
      ],
      ...consequence(pick(data, 'severity'), pick(data, 'reason')),
      gaps: [],
    };
  }
  if (facts.situation === 'other') return notShownHere(base, facts, undefined);

  const gaps: string[] = [];
  const reasonId = facts.input.recipient.reason;
  let severity: string | undefined;
  let reason: string | undefined;
  if (facts.situation === 'delay') {
    severity = 'temporary';
    reason = 'generic';
  } else if (facts.situation === 'hard' || reasonId === 'mailboxfull') {
    // Any 5xx, and a full mailbox, are permanent in Mailgun's retry article; a 4xx that ran out
    // of retries is a message that "reached their retry limit", also permanent.
    severity = 'permanent';
    reason = facts.situation === 'hard' ? 'bounce' : undefined;
  }
  if (!severity) {
    gaps.push(
      'Whether Mailgun reports this reply as permanent, or as a temporary "espblock" ("failed temporary due to ESP block, will be retried"), is not documented for this reply.',
    );
  }
  if (!reason) {
    gaps.push(
      'Which reason Mailgun gives this reply is not documented; values in its samples include bounce, generic, espblock and suppress-bounce.',
    );
  }
  if (reasonId === 'mailboxfull') {
    gaps.push(
      "Mailgun's own pages disagree about a full mailbox: its retry article lists it as permanent, its tracking guide calls it a soft bounce.",
    );
  }
  const code = Number(facts.replyCode);
  const data = {
    event: 'failed',
    severity,
    reason,
    id: '…',
    timestamp: 1796037245.37,
    recipient: facts.address,
    'delivery-status': {
      'attempt-no': 1,
      code: Number.isFinite(code) && facts.replyCode ? code : undefined,
      'enhanced-code': facts.status,
      message: facts.reply,
      description: '',
    },
    flags: { 'is-delayed-bounce': false },
  };
  return {
    ...base,
    panels: [
      fieldsPanel(data, 'illustration'),
      {
        type: 'json',
        title: 'Webhook › the POST body',
        origin: 'illustration',
        json: pretty({
          signature: { timestamp: '1796037246', token: '…', signature: '…' },
          'event-data': data,
        }),
      },
    ],
    ...consequence(severity, reason),
    gaps,
  };
}
