/**
 * Reading progress as it is kept in a browser's storage, read defensively: storage can hold
 * anything (an older version of the site, a hand edit, another tab's half-written value), and a
 * damaged entry must never show as "undefined of undefined right".
 */
import type { TrackId } from './lesson.ts';

/** What is kept for one quiz: question id → index of the chosen option. */
export interface StoredQuiz {
  answers: Record<string, number>;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The quiz records that can be trusted, by quiz id. Entries that are not objects, and answers that
 * are not whole numbers of 0 or more, are dropped; everything else is kept.
 * `readQuizRecords({ a: { answers: { q1: 2, q2: 'x' } }, b: 3 })` → `{ a: { answers: { q1: 2 } } }`.
 */
export function readQuizRecords(value: unknown): Record<string, StoredQuiz> {
  if (!isPlainObject(value)) return {};
  const records: Record<string, StoredQuiz> = {};
  for (const [quiz, record] of Object.entries(value)) {
    if (!isPlainObject(record) || !isPlainObject(record['answers'])) continue;
    const answers: Record<string, number> = {};
    for (const [question, choice] of Object.entries(record['answers'])) {
      if (Number.isInteger(choice) && (choice as number) >= 0) answers[question] = choice as number;
    }
    records[quiz] = { answers };
  }
  return records;
}

/** The lesson slugs that can be trusted in a stored "read" list: strings only, each once. */
export function readLessonList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((v): v is string => typeof v === 'string'))];
}

/** What the outline needs to know about a lesson to show progress. */
export interface ProgressLesson {
  slug: string;
  track: TrackId;
  minutes: number;
  /** Question id → index of the right option; empty when the lesson has no quiz. */
  answerKey: Record<string, number>;
}

/** A quiz scored from the stored answers and the lesson's own answer key. */
export function quizStatus(lesson: ProgressLesson, stored: StoredQuiz | undefined) {
  const ids = Object.keys(lesson.answerKey);
  const answers = stored?.answers ?? {};
  let answered = 0;
  let correct = 0;
  for (const id of ids) {
    const choice = answers[id];
    if (choice === undefined) continue;
    answered++;
    if (choice === lesson.answerKey[id]) correct++;
  }
  const total = ids.length;
  return {
    total,
    answered,
    correct,
    taken: answered > 0,
    passed: total > 0 && correct === total,
  };
}

/** Progress in one track: lessons read, quizzes passed and the reading time, in the track's order. */
export interface TrackProgress {
  track: TrackId;
  lessons: number;
  read: number;
  quizzes: number;
  passed: number;
  minutes: number;
  complete: boolean;
}

/** Progress per track, in the order the tracks first appear among `lessons`. */
export function trackProgress(
  lessons: readonly ProgressLesson[],
  read: ReadonlySet<string>,
  quizzes: Readonly<Record<string, StoredQuiz>>,
): TrackProgress[] {
  const byTrack = new Map<TrackId, TrackProgress>();
  for (const lesson of lessons) {
    const entry = byTrack.get(lesson.track) ?? {
      track: lesson.track,
      lessons: 0,
      read: 0,
      quizzes: 0,
      passed: 0,
      minutes: 0,
      complete: false,
    };
    entry.lessons++;
    entry.minutes += lesson.minutes;
    if (read.has(lesson.slug)) entry.read++;
    const quiz = quizStatus(lesson, quizzes[lesson.slug]);
    if (quiz.total > 0) {
      entry.quizzes++;
      if (quiz.passed) entry.passed++;
    }
    byTrack.set(lesson.track, entry);
  }
  return [...byTrack.values()].map((t) => ({
    ...t,
    complete: t.read === t.lessons && t.passed === t.quizzes,
  }));
}
