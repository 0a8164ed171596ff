import { plural } from './plural.ts';
import type { Policy } from './policy-schema.ts';

/** How one email service treats one bounce, in its own terms. */
export interface Treatment {
  /** Does this bounce move the address toward removal under the service's rule? */
  readonly counts: boolean;
  /** Is the address removed by this bounce alone? */
  readonly removesAtOnce: boolean;
  /** What happens, in plain words. */
  readonly text: string;
}

/**
 * What a service does with one bounce of the given category, from its policy data.
 *
 * @example treat(mailchimp, 'hard').text // 'Mailchimp removes the address at once: Cleaned.'
 */
export function treat(policy: Policy, category: 'hard' | 'soft' | 'none'): Treatment {
  if (category === 'none') {
    return {
      counts: false,
      removesAtOnce: false,
      text: `Not a bounce: ${policy.name} records no bounce and the address stays ${policy.activeWord}.`,
    };
  }
  if (category === 'hard') {
    const hard = policy.rule.hard;
    if (hard.kind === 'suppress') {
      return {
        counts: true,
        removesAtOnce: true,
        text: `${policy.name} removes the address at once: ${policy.removedWord}.`,
      };
    }
    if (hard.kind === 'window') {
      return {
        counts: true,
        removesAtOnce: true,
        text: `${policy.name} stops your marketing email to the address at once (${hard.senderWord}), for your account only; ${plural(hard.count, 'hard bounce')} within ${plural(hard.windowDays, 'day')}, from any of its senders, make it a ${policy.removedWord}.`,
      };
    }
    if (hard.kind === 'hold') {
      return {
        counts: true,
        removesAtOnce: true,
        text: `${policy.name} stops mail to the address for ${plural(hard.holdDays, 'day')} on every account (${hard.holdWord}), then mails it again; a hard bounce after the hold makes it ${policy.removedWord}.`,
      };
    }
    return {
      counts: true,
      removesAtOnce: false,
      text: `${policy.name} counts a hard bounce as one more bounce in a row, and keeps mailing the address until the run is long enough: ${policy.summary}`,
    };
  }
  const soft = policy.rule.soft;
  if (soft.kind === 'never') {
    return {
      counts: false,
      removesAtOnce: false,
      text:
        soft.documented === false
          ? `${policy.name} retries and records a soft bounce; it documents no number of soft bounces that leads to removal.`
          : `${policy.name} retries and records a soft bounce, but soft bounces never lead to removal there.`,
    };
  }
  return {
    counts: true,
    removesAtOnce: false,
    text: `${policy.name} records one soft bounce, which counts toward removal: ${policy.summary}`,
  };
}
