/**
 * The four piles of the triage exercise and their words. Kept apart from the decision logic so the
 * browser islands can import them without the reason catalogue.
 */

/** The four piles of the triage exercise. */
export const TRIAGE_ACTIONS = ['suppress', 'wait', 'fix', 'not-a-bounce'] as const;

/** One pile: `suppress`, `wait`, `fix` or `not-a-bounce`. */
export type TriageAction = (typeof TRIAGE_ACTIONS)[number];

/** Button and result labels of the piles, in plain words. */
export const ACTION_LABELS: Readonly<Record<TriageAction, string>> = {
  suppress: 'Suppress',
  wait: 'Wait',
  fix: 'Fix',
  'not-a-bounce': 'Not a bounce',
};

/** One line under each button, saying what the pile means. */
export const ACTION_HINTS: Readonly<Record<TriageAction, string>> = {
  suppress: 'the address will not work, or its owner asked you to stop',
  wait: 'nothing has failed for good; it should clear up on its own',
  fix: 'the address is fine; something on your side must change',
  'not-a-bounce': 'it reports no failed delivery',
};

/** True when `value` is one of the four piles (for values read back from storage). */
export function isTriageAction(value: unknown): value is TriageAction {
  return typeof value === 'string' && (TRIAGE_ACTIONS as readonly string[]).includes(value);
}
