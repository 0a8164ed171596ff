import type { Policy, ResetOn } from './policy-schema.ts';

/** The knobs the reader can turn on the `custom` preset. */
export interface CustomRuleOptions {
  /** The soft bounce in a row that removes the address (1 to 100). */
  readonly suppressAt: number;
  /** What breaks the run: `delivery`, `activity` (opens and clicks only) or `never`. */
  readonly resetOn: ResetOn;
}

/**
 * Returns a copy of the `custom` preset with the reader's own run length and reset, validated by
 * the schema. One hard bounce still removes the address at once. The base preset comes from
 * `content/policies/custom.yaml`.
 * @example customPolicy(custom, { suppressAt: 4, resetOn: 'activity' })
 */
export function customPolicy(base: Policy, options: CustomRuleOptions): Policy {
  if (!Number.isInteger(options.suppressAt) || options.suppressAt < 1 || options.suppressAt > 100) {
    throw new RangeError(
      `suppressAt must be a whole number from 1 to 100, got ${String(options.suppressAt)}.`,
    );
  }
  const reset =
    options.resetOn === 'delivery'
      ? 'any delivery breaks the run'
      : options.resetOn === 'activity'
        ? 'only an open or a click breaks the run'
        : 'nothing breaks the run';
  if (
    options.resetOn !== 'delivery' &&
    options.resetOn !== 'activity' &&
    options.resetOn !== 'never'
  ) {
    throw new RangeError(
      `resetOn must be delivery, activity or never, got ${String(options.resetOn)}.`,
    );
  }
  // Built from a validated base and checked options, so no schema pass is needed (and the browser
  // bundle stays free of the schema library).
  return {
    ...base,
    summary: `Soft bounce number ${String(options.suppressAt)} in a row removes the address; ${reset}; one hard bounce removes it at once.`,
    rule: {
      soft: {
        kind: 'run',
        suppressAt: options.suppressAt,
        resetOn: options.resetOn,
        convertsToHard: false,
      },
      hard: { kind: 'suppress' },
    },
  };
}
