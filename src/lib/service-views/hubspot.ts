/**
 * HubSpot: the bounce type on the Recipients tab of a marketing email's performance page (Hard,
 * Soft, Pending, Global) and, for a hard bounce, the contact property "Email hard bounce reason".
 * Sources: research notes §1.2 [HS-BT] [HS-QA] [HS-PROP]; the treatment comes from
 * content/policies/hubspot.yaml, including reasons HubSpot (or its users) report as hard.
 */
import { notShownHere } from './common.ts';
import { policyOf, rowOf, type BounceFacts } from './facts.ts';
import { VIEW_SOURCES } from './sources.ts';
import type { Cell, Field, Panel, ServiceView } from './types.ts';

/** The hard bounce reason category in a policy term such as "Hard bounce (Spam)". */
function categoryIn(term: string): string | undefined {
  const inner = /\(([^)]+)\)\s*$/.exec(term)?.[1];
  return inner && ['Content', 'Spam', 'Policy', 'Other'].includes(inner) ? inner : undefined;
}

export function hubspotView(facts: BounceFacts): ServiceView {
  const policy = policyOf(facts, 'hubspot');
  const row = rowOf(facts, 'hubspot');
  const name = policy?.name ?? 'HubSpot';
  const base = {
    id: 'hubspot' as const,
    name,
    sources: [
      VIEW_SOURCES['HS-BT'],
      VIEW_SOURCES['HS-QA'],
      VIEW_SOURCES['HS-PROP'],
      ...(policy?.sources ?? []),
    ],
  };
  if (facts.situation === 'other' || !row) return notShownHere(base, facts, row);

  const pending = facts.situation === 'delay';
  const hard = !pending && row.term.startsWith('Hard');
  const type = pending ? 'Pending' : hard ? 'Hard' : 'Soft';
  const category = hard ? categoryIn(row.term) : undefined;
  const gaps: string[] = [
    "The wording of a bounce on the contact's timeline is not documented in these sources, so the timeline is not re-created.",
    "The Recipients tab's column headings are not documented; the bounce types are.",
  ];
  const columns = hard
    ? ['Contact', 'Bounce type', 'Hard bounce reason']
    : ['Contact', 'Bounce type'];
  const cells: Cell[] = [{ text: facts.address, code: true }, { text: type }];
  if (hard) cells.push({ text: category ?? null });
  const panels: Panel[] = [
    {
      type: 'table',
      title: 'Marketing email › Performance › Recipients tab',
      origin: 'illustration',
      columns,
      rows: [cells],
      note: row.reported
        ? "HubSpot's own article names Hard and Soft bounces; that it files this reason as Hard is reported by its users, not documented by HubSpot."
        : pending
          ? 'Pending: HubSpot retries "for up to 72 hours. If the message isn\'t delivered during that time, it becomes a soft bounce."'
          : hard
            ? '"Hard bounce: usually indicates a permanent error, but can also be caused by a strict email security filter."'
            : 'Soft-bounced contacts "are eligible to receive future emails from you."',
    },
  ];
  if (hard) {
    const fields: Field[] = [
      { label: 'Email', value: facts.address, code: true },
      {
        label: 'Email hard bounce reason',
        name: 'hs_email_hard_bounce_reason_enum',
        value: null,
      },
    ];
    panels.push({
      type: 'fields',
      title: 'Contacts › the contact › properties',
      origin: 'illustration',
      fields,
      note: 'HubSpot describes the property as "The issue that caused a contact to hard bounce from your emails."',
    });
    gaps.push(
      category
        ? `The property's stored value for the ${category} category is not documented (HubSpot's list of values was not found).`
        : 'Which hard bounce reason HubSpot records for this reply is not documented: its documented categories include Content, Spam, Policy (DMARC, DKIM and SPF failures) and Other, and its list of property values was not found.',
    );
  }
  return {
    ...base,
    panels,
    does: pending
      ? 'HubSpot shows the message as Pending and retries it for up to 72 hours; if it is still not delivered, it becomes a soft bounce.'
      : row.outcome,
    doesSources: pending ? [VIEW_SOURCES['HS-BT']] : row.source ? [row.source] : [],
    gaps,
  };
}
