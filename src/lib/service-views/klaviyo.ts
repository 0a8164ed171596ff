/**
 * Klaviyo: a suppressed profile and its suppression reason, in the help centre's words ("An email
 * hard bounced") and in the API's (`HARD_BOUNCE`). Sources: research notes §1.3 [KL-SUP] [KL-API];
 * the treatment comes from content/policies/klaviyo.yaml.
 */
import { notShownHere } from './common.ts';
import { policyOf, pretty, rowOf, type BounceFacts } from './facts.ts';
import { VIEW_SOURCES } from './sources.ts';
import type { ServiceView } from './types.ts';

/** The help centre's reason for a profile suppressed after soft bounces. */
const SOFT_REASON = 'An email soft bounced more than 7 consecutive times';

export function klaviyoView(facts: BounceFacts): ServiceView {
  const policy = policyOf(facts, 'klaviyo');
  const row = rowOf(facts, 'klaviyo');
  const name = policy?.name ?? 'Klaviyo';
  const base = {
    id: 'klaviyo' as const,
    name,
    sources: [VIEW_SOURCES['KL-SUP'], VIEW_SOURCES['KL-API'], ...(policy?.sources ?? [])],
  };
  if (facts.situation === 'other' || !row) return notShownHere(base, facts, row);
  const gaps = [
    "The layout of Klaviyo's profile page is not documented in these sources; the suppression reasons are quoted from its help centre and its API.",
  ];
  if (facts.situation === 'delay') {
    return {
      ...base,
      panels: [],
      does: 'How Klaviyo shows a message it is still retrying is not documented in these sources; nothing is suppressed until a bounce is reported.',
      doesSources: [],
      gaps,
    };
  }
  const suppressed = row.removesAtOnce;
  return {
    ...base,
    panels: [
      {
        type: 'fields',
        title: 'Profiles › the profile › suppression',
        origin: 'illustration',
        fields: [
          { label: 'Email', value: facts.address, code: true },
          {
            label: 'Suppression reason',
            value: suppressed
              ? 'An email hard bounced'
              : 'None: this bounce does not suppress the profile',
          },
        ],
        note: suppressed
          ? 'The API records the same reason as HARD_BOUNCE.'
          : `After more than 7 soft bounces in a row the reason would read "${SOFT_REASON}".`,
      },
      {
        type: 'json',
        title: 'Profiles API › subscriptions.email.marketing',
        origin: 'illustration',
        json: pretty({
          email: facts.address,
          subscriptions: {
            email: {
              marketing: {
                can_receive_email_marketing: !suppressed,
                suppression: suppressed
                  ? [{ reason: 'HARD_BOUNCE', timestamp: '2026-11-30T11:14:03+00:00' }]
                  : [],
              },
            },
          },
        }),
      },
    ],
    does: row.outcome,
    doesSources: row.source ? [row.source] : [],
    gaps,
  };
}
