/**
 * Spaced repetition for the practice drill, counted in rounds rather than clock time (so it is
 * deterministic and a reader who practises once a month is not flooded). Each topic (a reason, or
 * "not a bounce" for a message that names no recipient) sits in a box, as in a Leitner card file: a
 * wrong answer puts it back in box 0, due the very next round; a right answer moves it up one box,
 * and each box waits twice as long as the one below.
 */

/** Rounds to wait before a topic comes back, by box. Box 0 is "got it wrong": the next round. */
export const INTERVALS = [1, 2, 4, 8, 16, 32] as const;
/** The highest box. */
export const TOP_BOX = INTERVALS.length - 1;

/** Right answers out of answers given. */
export interface Tally {
  right: number;
  seen: number;
}

/** What the reader has shown about one topic. */
export interface TopicProgress {
  /** Leitner box, 0 to `TOP_BOX`. */
  box: number;
  /** The round from which the topic is due again. */
  due: number;
  /** Core track: telling hard, soft and not a bounce apart. */
  core: Tally;
  /** Ops track: naming the reason. Only counts answers where the reason was asked. */
  ops: Tally;
}

/** One answer about a topic, given during round `round`. */
export interface Review {
  round: number;
  /** Hard, soft or not a bounce: right? */
  core: boolean;
  /** The reason: right, wrong, or not asked (undefined). */
  ops?: boolean | undefined;
}

const tally = (t: Tally | undefined, right: boolean): Tally => ({
  right: (t?.right ?? 0) + (right ? 1 : 0),
  seen: (t?.seen ?? 0) + 1,
});

/**
 * The topic's progress after one more answer. A wrong category or a wrong reason counts as a
 * miss: back to box 0, due next round.
 *
 * @example review(undefined, { round: 3, core: false }).due // 4
 * @example review(undefined, { round: 3, core: true }).due  // 5 (box 1 waits 2 rounds)
 */
export function review(previous: TopicProgress | undefined, answer: Review): TopicProgress {
  const correct = answer.core && answer.ops !== false;
  const box = correct ? Math.min((previous?.box ?? 0) + 1, TOP_BOX) : 0;
  return {
    box,
    due: answer.round + (INTERVALS[box] ?? INTERVALS[5]),
    core: tally(previous?.core, answer.core),
    ops:
      answer.ops === undefined
        ? (previous?.ops ?? { right: 0, seen: 0 })
        : tally(previous?.ops, answer.ops),
  };
}

/** Share of right answers in both tracks, 0 to 1 (1 for a topic never answered). */
export function accuracy(p: TopicProgress): number {
  const seen = p.core.seen + p.ops.seen;
  return seen === 0 ? 1 : (p.core.right + p.ops.right) / seen;
}

/**
 * Topics due in round `round`, most urgent first: lowest box, then longest overdue, then lowest
 * accuracy, then by name (so the order never depends on object key order).
 *
 * @example dueTopics({ mailboxfull: { box: 0, due: 4, ... } }, 4) // ['mailboxfull']
 */
export function dueTopics(
  topics: Readonly<Record<string, TopicProgress>>,
  round: number,
): string[] {
  return Object.entries(topics)
    .filter(([, p]) => p.due <= round)
    .sort(
      ([a, p], [b, q]) =>
        p.box - q.box || p.due - q.due || accuracy(p) - accuracy(q) || a.localeCompare(b),
    )
    .map(([topic]) => topic);
}

/** How well a topic is known, in words a reader understands. */
export type Level = 'new' | 'learning' | 'familiar' | 'mastered';

/**
 * `new`: never answered; `learning`: box 0–1; `familiar`: box 2–3; `mastered`: box 4 or 5 (right
 * at least four times in a row, across growing gaps).
 */
export function level(p: TopicProgress | undefined): Level {
  if (!p || p.core.seen === 0) return 'new';
  if (p.box <= 1) return 'learning';
  if (p.box <= 3) return 'familiar';
  return 'mastered';
}
