/** Pieces several service views share. */
import type { EspVerdictRow } from '../esp/verdicts.ts';
import type { BounceFacts } from './facts.ts';
import type { ServiceView } from './types.ts';

const WHAT: Record<string, string> = {
  feedback: 'a complaint',
  'auto-reply': 'an automatic reply',
  delivery: 'a delivery report',
  'read-receipt': 'a read receipt',
  'not-bounce': 'ordinary mail',
  unrecognised: 'a message that is not a bounce',
  failure: 'a failure report without a hard or soft verdict',
  delay: 'a delay notice',
};

/**
 * The view of a message these screens do not cover (a complaint, an auto-reply...): no panel,
 * the policy's treatment when there is one, and a plain statement of the gap.
 */
export function notShownHere(
  base: Pick<ServiceView, 'id' | 'name' | 'sources'>,
  facts: BounceFacts,
  row: EspVerdictRow | undefined,
): ServiceView {
  const what = WHAT[facts.input.kind] ?? 'this message';
  return {
    ...base,
    panels: [],
    does:
      row?.outcome ??
      `How ${base.name} shows ${what} is not documented in the sources this page relies on.`,
    doesSources: row?.source ? [row.source] : [],
    gaps: [`These views show bounces; ${base.name}'s screen for ${what} is not re-created here.`],
  };
}
