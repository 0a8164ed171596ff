/**
 * The reason question: the right reason and three plausible wrong ones. Plausible means close to
 * the right one: the same hard / soft / not-a-bounce category, the same party at fault, codes of
 * the same kind; never the "no idea" reasons (`undefined`, `onhold`), which teach nothing.
 */
import { REASONS } from '../../bounce/catalog/reasons/index.ts';
import { REASON_IDS, categoryOf, type ReasonId } from '../../bounce/reason/ids.ts';
import { shuffle, type Random } from '../random/index.ts';

/** Options in a reason question. */
export const OPTION_COUNT = 4;

/** Reasons that say "the classifier could not tell": never asked, never offered. */
const UNTEACHABLE: ReadonlySet<ReasonId> = new Set(['undefined', 'onhold']);

/** True when a reason can be asked about. */
export function askable(reason: ReasonId): boolean {
  return !UNTEACHABLE.has(reason);
}

/** `5.1.1` → `X.1`: the subject of an enhanced status code (RFC 3463 §2). */
const subjects = (codes: readonly string[]) => new Set(codes.map((c) => `X.${c.split('.')[1]}`));

/** How alike two reasons are, for a reader who knows one of them. */
function likeness(a: ReasonId, b: ReasonId): number {
  const ra = REASONS[a];
  const rb = REASONS[b];
  let score = 0;
  if (categoryOf(a) === categoryOf(b)) score += 3;
  if (ra.fault === rb.fault) score += 2;
  const sa = subjects(ra.typicalStatus);
  if ([...subjects(rb.typicalStatus)].some((s) => sa.has(s))) score += 1;
  if (rb.typicalReply.some((r) => ra.typicalReply.includes(r))) score += 1;
  return score;
}

/**
 * Four reasons in a shuffled order, one of them `reason`: the distractors are drawn from the six
 * reasons most like it. Returns [] for a reason that cannot be asked about.
 *
 * @example reasonOptions('mailboxfull', mulberry32(1)) // e.g. ['suspend', 'mailboxfull', 'exceedlimit', 'systemfull']
 */
export function reasonOptions(reason: ReasonId, random: Random): ReasonId[] {
  if (!askable(reason)) return [];
  const ranked = REASON_IDS.filter((r) => r !== reason && askable(r))
    .map((r) => ({ r, score: likeness(reason, r) }))
    // Ties keep the vocabulary's order, so the result depends only on `random`.
    .sort((x, y) => y.score - x.score)
    .slice(0, 6)
    .map((x) => x.r);
  const distractors = shuffle(ranked, random).slice(0, OPTION_COUNT - 1);
  return shuffle([reason, ...distractors], random);
}
