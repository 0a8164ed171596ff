/**
 * The end of a round: its score, and a result card in plain text for a team chat. The card is
 * built in the page and goes nowhere unless the reader copies it.
 */
import type { Category } from '../../bounce/reason/ids.ts';

/** One answered item of a round. */
export interface RoundAnswer {
  itemId: string;
  /** The classifier's category. */
  verdict: Category;
  /** What the reader answered. */
  answer: Category;
  /** The reason question: undefined when not asked or skipped. */
  reasonRight?: boolean | undefined;
}

export interface RoundScore {
  right: number;
  total: number;
  /** Reasons named right, out of reasons answered. */
  reasons: { right: number; answered: number };
}

/** Counts a round's answers. */
export function roundScore(answers: readonly RoundAnswer[]): RoundScore {
  const named = answers.filter((a) => a.reasonRight !== undefined);
  return {
    right: answers.filter((a) => a.answer === a.verdict).length,
    total: answers.length,
    reasons: { right: named.filter((a) => a.reasonRight).length, answered: named.length },
  };
}

export interface CardInput {
  answers: readonly RoundAnswer[];
  /** The round's seed. */
  seed: string;
  /** True for a team challenge: everyone with the link gets this round. */
  team: boolean;
  /** The page's address without a query, e.g. `https://bounce-lab.example.org/practice/`. */
  pageUrl: string;
}

const WORD: Record<Category, string> = { hard: 'hard', soft: 'soft', none: 'not a bounce' };

/**
 * The result card: title and score, one mark per message (✓ right, ✗ wrong, with the right answer),
 * the reasons named, and the link to play the same round (a team challenge) or the drill.
 *
 * @example resultCard({ answers, seed: 'k7m2qd', team: true, pageUrl }) // "Bounce Lab · Hard or soft? 8/10 ..."
 */
export function resultCard({ answers, seed, team, pageUrl }: CardInput): string {
  const score = roundScore(answers);
  const marks = answers
    .map((a, i) => `${i + 1} ${a.answer === a.verdict ? '✓' : `✗ (${WORD[a.verdict]})`}`)
    .join(' · ');
  const lines = [
    `Bounce Lab · Hard or soft? ${score.right}/${score.total}`,
    team ? `Team challenge, round “${seed}”` : 'Practice round',
    marks,
  ];
  if (score.reasons.answered > 0) {
    lines.push(`Reasons named: ${score.reasons.right} of ${score.reasons.answered}`);
  }
  const link = new URL(pageUrl);
  if (team) link.searchParams.set('seed', seed);
  lines.push(team ? `Play the same round: ${link.href}` : `Practise: ${link.href}`);
  return lines.join('\n');
}
