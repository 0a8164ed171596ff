/**
 * What each email service does with a delay: while a message is still being retried nothing is
 * counted; when the retries run out the service records one bounce. The retry text is the policy's
 * own `retry` field (content/policies); this table only says which of the policy's sources documents
 * it, and the service's word for a message still being retried where a source gives one.
 */
import type { Policy, Source } from '../simulator/policy-schema.ts';
import { treat } from '../simulator/treatment.ts';

/**
 * Per policy id: the source key (listed under the policy's `sources`) that documents its retries,
 * and the service's own word for a message still being retried, where a source gives one.
 * Facts from the research notes: Mailchimp [MC1], Amazon SES [SES4], Braze [BZ1], Brevo [BR1],
 * Campaign Monitor [CM3], HubSpot [HS1], Salesforce Marketing Cloud [SF1].
 */
export const RETRY_SOURCES: Readonly<Record<string, { sourceKey: string; term?: string }>> = {
  mailchimp: { sourceKey: 'MC1' },
  'amazon-ses': { sourceKey: 'SES4' },
  braze: { sourceKey: 'BZ1' },
  brevo: { sourceKey: 'BR1', term: 'Deferred' },
  'campaign-monitor': { sourceKey: 'CM3' },
  hubspot: { sourceKey: 'HS1', term: 'Pending' },
  'salesforce-marketing-cloud': { sourceKey: 'SF1' },
  'constant-contact': { sourceKey: 'CC3' },
};

/** One row of the "every service" table for a delay. */
export interface DelayRow {
  readonly policyId: string;
  readonly name: string;
  /** The service's word for a message still being retried, when a source gives one. */
  readonly term: string | undefined;
  /** What the service does while the message is delayed, or that our sources do not say. */
  readonly whileDelayed: string;
  /** True when a source documents the service's retries. */
  readonly documented: boolean;
  /** What the service records if the retries run out. */
  readonly ifRetriesRunOut: string;
  /** The page behind `whileDelayed`. */
  readonly source: Source | undefined;
}

/**
 * How every service treats a delay, and what it records if the retries run out and the delay
 * becomes a bounce of category `eventual` (the reader's `custom` preset is left out).
 *
 * @example espDelayRows([hubspot], 'soft')[0].term // 'Pending'
 */
export function espDelayRows(policies: readonly Policy[], eventual: 'hard' | 'soft'): DelayRow[] {
  return policies
    .filter((policy) => !policy.custom)
    .map((policy) => {
      const known = RETRY_SOURCES[policy.id];
      const source = known && policy.sources.find((s) => s.key === known.sourceKey);
      const documented = policy.retry !== undefined && source !== undefined;
      return {
        policyId: policy.id,
        name: policy.name,
        term: known?.term,
        whileDelayed: documented
          ? `Nothing is counted yet. ${policy.retry}`
          : `Our sources do not document what ${policy.name} does while a message is delayed.`,
        documented,
        ifRetriesRunOut: treat(policy, eventual).text,
        source: documented ? source : undefined,
      };
    });
}
