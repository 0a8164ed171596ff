/**
 * SendGrid: Event Webhook rows, `bounce` (with `type` `bounce` or `blocked`) and `deferred`.
 * Sources: research notes §1.6 [SG-EW] [SG-EW-OLD] and the ESP sheet [SG1]–[SG5]: a 5xx reply is
 * a bounce and a 4xx a block by SendGrid's rule of thumb; deferrals are retried for 72 hours;
 * bounces go on the Bounces suppression list, blocks are not suppressed by default.
 */
import { notShownHere } from './common.ts';
import { matchingEvent, ownEvent, pick, pretty, textOf, type BounceFacts } from './facts.ts';
import { VIEW_SOURCES } from './sources.ts';
import type { Cell, Panel, ServiceView } from './types.ts';

const CLASSIFICATIONS =
  'Invalid Address, Technical Failure, Content, Reputation, Frequency or Volume Too High, Mailbox Unavailable, Unclassified';

/** The fields of an event row, in the order the table shows them. */
const COLUMNS = [
  'event',
  'type',
  'email',
  'status',
  'reason',
  'response',
  'attempt',
  'bounce_classification',
];

/** What SendGrid does after an event of this `event` and `type`. */
function consequence(event: unknown, type: unknown): Pick<ServiceView, 'does' | 'doesSources'> {
  if (event === 'deferred') {
    return {
      does: 'SendGrid keeps retrying a deferred message for up to 72 hours; if it still fails, it reports the message as expired.',
      doesSources: [VIEW_SOURCES.SG3],
    };
  }
  if (event === 'bounce' && type === 'blocked') {
    return {
      does: 'SendGrid does not suppress blocked addresses by default: later sends still go to this address.',
      doesSources: [VIEW_SOURCES.SG4],
    };
  }
  return {
    does: 'SendGrid adds the address to its Bounces suppression list, and later sends to it are dropped ("Bounced Address") instead of sent.',
    doesSources: [VIEW_SOURCES.SG5, VIEW_SOURCES['SG-EW-OLD']],
  };
}

/** The event rows as a table: only the columns some row fills. */
function rowsPanel(events: readonly Record<string, unknown>[], origin: Panel['origin']): Panel {
  const columns = COLUMNS.filter((c) => events.some((e) => e[c] !== undefined));
  return {
    type: 'table',
    title: 'Event Webhook › the rows your endpoint receives',
    origin,
    columns,
    rows: events.map((e) =>
      columns.map((c): Cell => ({ text: textOf(e[c]), code: c !== 'reason' && c !== 'response' })),
    ),
  };
}

export function sendgridView(facts: BounceFacts): ServiceView {
  const match = matchingEvent(facts, 'sendgrid');
  const base = {
    id: 'sendgrid' as const,
    name: 'SendGrid',
    inspectorSample: match && { id: match.id, file: match.file },
    sources: [
      VIEW_SOURCES['SG-EW'],
      VIEW_SOURCES['SG-EW-OLD'],
      VIEW_SOURCES.SG1,
      VIEW_SOURCES.SG2,
      VIEW_SOURCES.SG3,
      VIEW_SOURCES.SG4,
      VIEW_SOURCES.SG5,
    ],
  };
  const own = ownEvent(facts, 'sendgrid');
  if (Array.isArray(own)) {
    const events = own.filter(
      (e): e is Record<string, unknown> => typeof e === 'object' && e !== null,
    );
    const first = events[0];
    return {
      ...base,
      panels: [
        rowsPanel(events, 'sample'),
        {
          type: 'json',
          title: 'Event Webhook › the POST body',
          origin: 'sample',
          json: pretty(own),
        },
      ],
      ...consequence(pick(first, 'event'), pick(first, 'type')),
      gaps: [],
    };
  }
  if (facts.situation === 'other') return notShownHere(base, facts, undefined);

  const gaps: string[] = [];
  let event: Record<string, unknown>;
  if (facts.situation === 'delay') {
    event = { email: facts.address, event: 'deferred', response: facts.reply, attempt: '1' };
  } else if (!facts.permanentCode && !facts.transientCode) {
    event = { email: facts.address, event: 'bounce', reason: facts.reply, status: facts.status };
    gaps.push(
      'This bounce states no reply code, so whether SendGrid reports it with type bounce or blocked is not documented.',
    );
  } else if (facts.transientCode) {
    // A 4xx that ended in a failure was deferred first, then given up on.
    event = { email: facts.address, event: 'deferred', response: facts.reply, attempt: '1' };
    gaps.push(
      'A 4xx reply is deferred and retried for 72 hours; the fields of the event SendGrid sends when it finally gives up are not documented in these sources.',
    );
  } else {
    const classification =
      facts.situation === 'hard' && facts.input.recipient.reason === 'userunknown'
        ? 'Invalid Address'
        : undefined;
    event = {
      email: facts.address,
      event: 'bounce',
      type: 'bounce',
      status: facts.status,
      reason: facts.reply,
      bounce_classification: classification,
    };
    if (!classification) {
      gaps.push(
        `Which bounce_classification SendGrid gives this reply is not documented; its values are ${CLASSIFICATIONS}.`,
      );
    }
  }
  const typeUnknown = event['event'] === 'bounce' && event['type'] === undefined;
  const json = pretty([
    {
      ...event,
      timestamp: 1796037245,
      sg_event_id: '…',
      sg_message_id: '…',
      category: ['newsletter'],
    },
  ]);
  return {
    ...base,
    panels: [
      {
        ...rowsPanel([event], 'illustration'),
        note:
          event['type'] === 'bounce'
            ? 'SendGrid\'s rule of thumb: a 5xx reply is a bounce (type bounce) and a 4xx a block (type blocked), though "not all ISPs adhere to that code consistently".'
            : undefined,
      },
      { type: 'json', title: 'Event Webhook › the POST body', origin: 'illustration', json },
    ],
    ...(typeUnknown
      ? {
          does: 'It depends on the type SendGrid gives it: a bounce goes on its Bounces suppression list, a block is not suppressed by default.',
          doesSources: [VIEW_SOURCES.SG5, VIEW_SOURCES.SG4],
        }
      : consequence(event['event'], event['type'])),
    gaps,
  };
}
