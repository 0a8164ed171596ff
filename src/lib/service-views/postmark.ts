/**
 * Postmark: the bounce webhook (`RecordType: "Bounce"`, `Type`, `TypeCode`, `Description`,
 * `Details`, `Inactive`, `CanActivate`). Sources: research notes §1.8 [PM-WH] [PM-TS] [PM-DESC]
 * and the ESP sheet [PM2] [PM3]: a HardBounce deactivates the address (it can be reactivated),
 * a SoftBounce never does; Postmark picks the Type "solely based on the error response".
 */
import type { ReasonId } from '../bounce/index.ts';
import { notShownHere } from './common.ts';
import { matchingEvent, ownEvent, pick, pretty, textOf, type BounceFacts } from './facts.ts';
import { VIEW_SOURCES } from './sources.ts';
import type { Field, Panel, ServiceView } from './types.ts';

interface PostmarkType {
  type: string;
  code: number;
  name?: string;
  description: string;
  inactive: boolean;
}

const HARD: PostmarkType = {
  type: 'HardBounce',
  code: 1,
  name: 'Hard bounce',
  description:
    'The server was unable to deliver your message (ex: unknown user, mailbox not found).',
  inactive: true,
};

const SOFT: PostmarkType = {
  type: 'SoftBounce',
  code: 4096,
  description:
    'Unable to temporarily deliver message (i.e. mailbox full, account disabled, exceeds quota, out of disk space).',
  inactive: false,
};

/** Reasons whose Postmark type the type descriptions name outright. */
const DESCRIBED: Partial<Record<ReasonId, PostmarkType>> = {
  userunknown: HARD,
  mailboxfull: SOFT,
  suspend: SOFT,
  systemfull: SOFT,
};

/** What Postmark does after a bounce of this Type. */
function consequence(type: unknown): Pick<ServiceView, 'does' | 'doesSources'> {
  if (type === 'HardBounce') {
    return {
      does: 'Postmark deactivates the address on this server (Inactive: true); a hard bounce can be reactivated (CanActivate: true).',
      doesSources: [VIEW_SOURCES.PM3],
    };
  }
  if (type === 'SoftBounce') {
    return {
      does: 'A soft bounce never deactivates the address on Postmark: later messages are still sent.',
      doesSources: [VIEW_SOURCES.PM3],
    };
  }
  return {
    does: 'What Postmark does depends on the Type it gives this reply, which is not documented here.',
    doesSources: [VIEW_SOURCES.PM3],
  };
}

function fieldsPanel(event: unknown, origin: Panel['origin']): Panel {
  const keys = ['Type', 'TypeCode', 'Name', 'Email', 'Details', 'Inactive', 'CanActivate'];
  const fields: Field[] = keys.map((k) => ({
    label: k,
    value: textOf(pick(event, k)),
    code: k !== 'Details',
  }));
  return { type: 'fields', title: 'Bounce webhook › the key fields', origin, fields };
}

export function postmarkView(facts: BounceFacts): ServiceView {
  const match = matchingEvent(facts, 'postmark');
  const base = {
    id: 'postmark' as const,
    name: 'Postmark',
    inspectorSample: match && { id: match.id, file: match.file },
    sources: [
      VIEW_SOURCES['PM-WH'],
      VIEW_SOURCES['PM-TS'],
      VIEW_SOURCES['PM-DESC'],
      VIEW_SOURCES.PM2,
      VIEW_SOURCES.PM3,
    ],
  };
  const own = ownEvent(facts, 'postmark');
  if (own !== undefined) {
    return {
      ...base,
      panels: [
        fieldsPanel(own, 'sample'),
        {
          type: 'json',
          title: 'Bounce webhook › the POST body',
          origin: 'sample',
          json: pretty(own),
        },
      ],
      ...consequence(pick(own, 'Type')),
      gaps: [],
    };
  }
  if (facts.situation === 'other') return notShownHere(base, facts, undefined);
  if (facts.situation === 'delay') {
    return {
      ...base,
      panels: [],
      does: "Nothing to show yet: Postmark's bounce webhook reports bounces, and no event for a message still being retried is documented in these sources.",
      doesSources: [VIEW_SOURCES['PM-WH']],
      gaps: [],
    };
  }
  const described = DESCRIBED[facts.input.recipient.reason];
  const type =
    described && (described === HARD) === (facts.situation === 'hard') ? described : undefined;
  const gaps: string[] = [];
  if (!type) {
    gaps.push(
      'Postmark picks the Type "solely based on the error response"; which Type it gives this reply is not documented in these sources, so Type, TypeCode and Inactive are left out.',
    );
  } else if (!type.name) {
    gaps.push(`The Name Postmark gives a ${type.type} is not documented in these sources.`);
  }
  const event = {
    RecordType: 'Bounce',
    MessageStream: 'outbound',
    ID: 4323372036,
    ...(type
      ? {
          Type: type.type,
          TypeCode: type.code,
          ...(type.name ? { Name: type.name } : {}),
          Description: type.description,
        }
      : {}),
    Details: facts.reply ? `smtp;${facts.reply}` : undefined,
    Email: facts.address,
    From: 'news@example.com',
    BouncedAt: '2026-11-30T11:14:03Z',
    ...(type ? { Inactive: type.inactive } : {}),
    ...(type === HARD ? { CanActivate: true } : {}),
    Subject: 'November news',
  };
  return {
    ...base,
    panels: [
      fieldsPanel(event, 'illustration'),
      {
        type: 'json',
        title: 'Bounce webhook › the POST body',
        origin: 'illustration',
        json: pretty(event),
      },
    ],
    ...consequence(type?.type),
    gaps,
  };
}
