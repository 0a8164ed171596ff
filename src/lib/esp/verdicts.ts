import type { RecipientVerdict } from '../bounce/classify/types.ts';
import type { Policy, Source } from '../simulator/policy-schema.ts';
import { treat } from '../simulator/treatment.ts';
import type { BounceDisagreement } from './disagreement-schema.ts';

/** The parts of a classifier verdict the comparison reads. */
export type VerdictInput = Pick<RecipientVerdict, 'category' | 'reason' | 'status' | 'diagnostic'>;

/** One row of the "every service" table: how one service treats one bounce. */
export interface EspVerdictRow {
  /** The policy id, e.g. `amazon-ses`. */
  readonly policyId: string;
  /** The service's name, e.g. `Amazon SES`. */
  readonly name: string;
  /** The service's own name for this bounce, e.g. `Transient / MailboxFull`. */
  readonly term: string;
  /** Does it move the address toward removal? `maybe` when the source hedges. */
  readonly counts: boolean | 'maybe';
  /** Is the address removed (or mail to it stopped) by this bounce alone? */
  readonly removesAtOnce: boolean;
  /** What happens to the address, in plain words with the service's own word. */
  readonly outcome: string;
  /** The page behind the row: the reason-specific treatment's, else the policy's first source. */
  readonly source: Source | undefined;
  /** The page that documents the service's bounce vocabulary, when the policy names one. */
  readonly termSource: Source | undefined;
  /** True when a reason-specific treatment from the policy data applies. */
  readonly specific: boolean;
  /** True when that treatment is reported by the service's users, not stated by the service. */
  readonly reported: boolean;
}

const PLAIN_TERMS = { hard: 'Hard bounce', soft: 'Soft bounce', none: 'Not a bounce' } as const;

/**
 * How every service in `policies` treats one classified bounce: the policy's rule (`treat`) for
 * the classifier's category, refined by the first override that lists the verdict's reason. The
 * reader's editable `custom` preset is left out: it is not a service. Rows keep the input order.
 *
 * @example espVerdicts([ses], { category: 'soft', reason: 'mailboxfull', diagnostic: '' })[0].term
 * // 'Transient / MailboxFull'
 */
export function espVerdicts(
  policies: readonly Policy[],
  verdict: Pick<VerdictInput, 'category' | 'reason'>,
): EspVerdictRow[] {
  return policies
    .filter((policy) => !policy.custom)
    .map((policy) => {
      const override = policy.overrides.find((o) => o.reasons.includes(verdict.reason));
      const category = override?.treatAs ?? verdict.category;
      const base = treat(policy, category);
      const terms = policy.terms ?? PLAIN_TERMS;
      const byKey = (key: string | undefined) => policy.sources.find((s) => s.key === key);
      const counts = override?.counts ?? base.counts;
      return {
        policyId: policy.id,
        name: policy.name,
        term: override?.term ?? terms[category],
        counts,
        removesAtOnce: counts === true && base.removesAtOnce,
        outcome: override?.outcome ?? base.text,
        source: override ? byKey(override.sourceKey) : policy.sources[0],
        termSource: byKey(policy.terms?.sourceKey),
        specific: override !== undefined,
        reported: override?.reported ?? false,
      };
    });
}

/**
 * The disagreement entries a verdict falls under: every matcher field that is given must match
 * (reason id, exact status code, a lowercase phrase inside the diagnostic).
 *
 * @example matchDisagreements(all, officeAccessDenied).map((d) => d.id) // ['office365-access-denied']
 */
export function matchDisagreements(
  disagreements: readonly BounceDisagreement[],
  verdict: VerdictInput,
): BounceDisagreement[] {
  const diagnostic = verdict.diagnostic.toLowerCase();
  return disagreements.filter(({ match }) => {
    if (match.reasons && !match.reasons.includes(verdict.reason)) return false;
    if (match.statuses && !(verdict.status && match.statuses.includes(verdict.status))) {
      return false;
    }
    if (match.phrases && !match.phrases.some((p) => diagnostic.includes(p))) return false;
    return true;
  });
}
