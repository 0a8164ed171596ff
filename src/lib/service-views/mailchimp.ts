/**
 * Mailchimp: the campaign report's Bounced page (each address with its bounce type and a "Bounce
 * Reason" link to the receiver's reply) and the contact's status, Cleaned after a hard bounce.
 * Sources: research notes §1.1 [MC-BR] [MC-CLEAN] [MC-CLEAN-I] [MC-API-MEM] [MC-API-RPT]; the
 * treatment comes from content/policies/mailchimp.yaml.
 */
import { VIEW_SOURCES } from './sources.ts';
import { notShownHere } from './common.ts';
import { policyOf, policySources, pretty, rowOf, type BounceFacts } from './facts.ts';
import type { Panel, ServiceView } from './types.ts';

export function mailchimpView(facts: BounceFacts): ServiceView {
  const policy = policyOf(facts, 'mailchimp');
  const row = rowOf(facts, 'mailchimp');
  const name = policy?.name ?? 'Mailchimp';
  const base = {
    id: 'mailchimp' as const,
    name,
    sources: [
      VIEW_SOURCES['MC-BR'],
      VIEW_SOURCES['MC-CLEAN'],
      VIEW_SOURCES['MC-CLEAN-I'],
      VIEW_SOURCES['MC-API-MEM'],
      VIEW_SOURCES['MC-API-RPT'],
      ...(policy?.sources ?? []),
    ],
  };
  if (facts.situation === 'other' || !row) return notShownHere(base, facts, row);

  // A message still being retried is listed as a soft bounce, and taken off again if it gets
  // through within the three days [MC1].
  const soft = facts.situation !== 'hard' || !row.removesAtOnce;
  const cleaned = !soft;
  const status = cleaned ? 'cleaned' : 'subscribed';
  const panels: Panel[] = [
    {
      type: 'table',
      title: 'Campaign report › Bounced',
      origin: 'illustration',
      columns: ['Email address', 'Bounce type', 'Reason'],
      rows: [
        [
          { text: facts.address, code: true },
          { text: facts.situation === 'delay' ? (policy?.terms?.soft ?? 'Soft bounce') : row.term },
          facts.reply ? { text: 'Bounce Reason', reveals: facts.reply } : { text: null },
        ],
      ],
      note: 'Each address on the Bounced page has a "Bounce Reason" link to the receiving server\'s reply. Mailchimp keeps bounce reasons for 30 days and has no bulk export of them.',
    },
    {
      type: 'fields',
      title: 'Audience › the contact',
      origin: 'illustration',
      fields: [
        { label: 'Email address', value: facts.address, code: true },
        {
          label: 'Email subscription status',
          value: cleaned ? 'Cleaned' : (policy?.activeWord ?? 'Subscribed'),
        },
      ],
      note: cleaned
        ? '"Cleaned contacts have email addresses that have hard bounced or repeatedly soft bounced, and are considered invalid." You can view or export them, but not edit them.'
        : 'A soft bounce leaves the contact subscribed; repeated soft bounces can clean it (see below).',
    },
    {
      type: 'json',
      title: 'Marketing API › the list member',
      origin: 'illustration',
      json: pretty({ email_address: facts.address, status }),
    },
    {
      type: 'json',
      title: "Marketing API › the campaign's report",
      origin: 'illustration',
      json: pretty({
        bounces: {
          hard_bounces: cleaned ? 1 : 0,
          soft_bounces: cleaned ? 0 : 1,
          syntax_errors: 0,
        },
      }),
    },
  ];
  const retrying = facts.situation === 'delay' && policy?.retry;
  return {
    ...base,
    panels,
    does: retrying ? `${policy.retry}` : row.outcome,
    doesSources: retrying ? policySources(policy, ['MC1']) : row.source ? [row.source] : [],
    gaps: [
      "The Bounced page's column headings are not documented; the columns here are named after what they hold.",
    ],
  };
}
