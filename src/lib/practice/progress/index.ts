/**
 * The reader's practice record, as kept in the browser (`bounce-lab:practice`): mastery per topic
 * and the round counter the scheduler counts in. Reading it is tolerant: a value edited by hand,
 * cut short or written by an older version gives what can be salvaged, never an error.
 */
import {
  level,
  review,
  TOP_BOX,
  type Level,
  type Tally,
  type TopicProgress,
} from '../schedule/index.ts';

/** Version of the stored shape. */
export const PROGRESS_VERSION = 1;

export interface PracticeProgress {
  version: typeof PROGRESS_VERSION;
  /** The last round in which the reader answered (0: never). */
  round: number;
  /** Ask for the reason after hard / soft / not a bounce (the ops track). */
  opsTrack: boolean;
  /** Mastery by topic: a reason id, or `not-bounce`. */
  topics: Record<string, TopicProgress>;
}

export const EMPTY_PROGRESS: PracticeProgress = {
  version: PROGRESS_VERSION,
  round: 0,
  opsTrack: false,
  topics: {},
};

/** Topic names are reason ids or `not-bounce`: lowercase letters and dashes. */
const TOPIC = /^[a-z][a-z-]{0,31}$/;
/** More topics than the vocabulary holds means the value was not written by this page. */
const MAX_TOPICS = 64;
const MAX_COUNT = 1_000_000;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A whole number in [0, max], or undefined when `v` is not a finite number. */
function count(v: unknown, max = MAX_COUNT): number | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v)) return undefined;
  return Math.min(max, Math.max(0, Math.floor(v)));
}

function readTally(v: unknown): Tally {
  if (!isObject(v)) return { right: 0, seen: 0 };
  const seen = count(v['seen']) ?? 0;
  return { right: Math.min(seen, count(v['right']) ?? 0), seen };
}

function readTopic(v: unknown): TopicProgress | undefined {
  if (!isObject(v)) return undefined;
  const box = count(v['box'], TOP_BOX);
  const due = count(v['due']);
  if (box === undefined || due === undefined) return undefined;
  const core = readTally(v['core']);
  if (core.seen === 0) return undefined;
  return { box, due, core, ops: readTally(v['ops']) };
}

/**
 * Reads a stored value. Unknown fields are ignored, bad entries dropped, numbers clamped.
 *
 * @example readProgress('not json').round // 0
 */
export function readProgress(raw: string | undefined): PracticeProgress {
  if (!raw) return EMPTY_PROGRESS;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return EMPTY_PROGRESS;
  }
  if (!isObject(value)) return EMPTY_PROGRESS;
  const topics: Record<string, TopicProgress> = {};
  if (isObject(value['topics'])) {
    for (const [name, entry] of Object.entries(value['topics']).slice(0, MAX_TOPICS)) {
      const topic = TOPIC.test(name) ? readTopic(entry) : undefined;
      if (topic) topics[name] = topic;
    }
  }
  return {
    version: PROGRESS_VERSION,
    round: count(value['round']) ?? 0,
    opsTrack: value['opsTrack'] === true,
    topics,
  };
}

/** One answer to record. */
export interface Answer {
  topic: string;
  /** The round the answer was given in (see `nextRound`). */
  round: number;
  core: boolean;
  /** Undefined when the reason was not asked. */
  ops?: boolean | undefined;
}

/** The progress after an answer. */
export function recordAnswer(progress: PracticeProgress, answer: Answer): PracticeProgress {
  return {
    ...progress,
    round: Math.max(progress.round, answer.round),
    topics: {
      ...progress.topics,
      [answer.topic]: review(progress.topics[answer.topic], answer),
    },
  };
}

/** The number of the round about to start. */
export function nextRound(progress: PracticeProgress): number {
  return progress.round + 1;
}

/** One row of the mastery summary. */
export interface TopicSummary {
  topic: string;
  level: Level;
  box: number;
  /** Rounds until the topic is due again: 1 is the next round. */
  backIn: number;
  core: Tally;
  ops: Tally;
  /** Right answers out of all answers, both tracks, 0–1. */
  score: number;
}

export interface ProgressSummary {
  /** Topics answered at least once, weakest first. */
  topics: TopicSummary[];
  tracks: { core: Tally; ops: Tally };
  /** Up to three topics most in need of practice (with at least one miss). */
  weakest: TopicSummary[];
  /** Topics at each level. */
  levels: Record<Level, number>;
}

/**
 * Mastery per topic and per track. Weakest: lowest share of right answers, then lowest box, then
 * most answers (a topic missed five times is weaker than one missed once).
 */
export function summarize(progress: PracticeProgress): ProgressSummary {
  const topics = Object.entries(progress.topics)
    .map(([topic, p]): TopicSummary => {
      const seen = p.core.seen + p.ops.seen;
      return {
        topic,
        level: level(p),
        box: p.box,
        backIn: Math.max(1, p.due - progress.round),
        core: p.core,
        ops: p.ops,
        score: seen === 0 ? 0 : (p.core.right + p.ops.right) / seen,
      };
    })
    .sort(
      (a, b) =>
        a.score - b.score ||
        a.box - b.box ||
        b.core.seen + b.ops.seen - (a.core.seen + a.ops.seen) ||
        a.topic.localeCompare(b.topic),
    );
  const sum = (pick: (t: TopicSummary) => Tally): Tally =>
    topics.reduce(
      (acc, t) => ({ right: acc.right + pick(t).right, seen: acc.seen + pick(t).seen }),
      { right: 0, seen: 0 },
    );
  const levels: Record<Level, number> = { new: 0, learning: 0, familiar: 0, mastered: 0 };
  for (const t of topics) levels[t.level]++;
  return {
    topics,
    tracks: { core: sum((t) => t.core), ops: sum((t) => t.ops) },
    weakest: topics.filter((t) => t.score < 1).slice(0, 3),
    levels,
  };
}
