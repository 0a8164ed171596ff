import { persistentAtom } from '@nanostores/persistent';
import { computed } from 'nanostores';
import type { QuizQuestion } from '../lib/content/quiz.ts';
import { scoreQuiz } from '../lib/content/score.ts';

/** Parses stored JSON, falling back to `fallback` when the stored value is missing or damaged. */
function decoder<T>(fallback: T, valid: (value: unknown) => value is T) {
  return (raw: string): T => {
    try {
      const value: unknown = JSON.parse(raw);
      return valid(value) ? value : fallback;
    } catch {
      return fallback;
    }
  };
}

const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string');
const isRecord = (v: unknown): v is Record<string, QuizRecord> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Slugs of the lessons this reader has finished, kept in this browser only. */
export const $readLessons = persistentAtom<string[]>('bounce-lab:read-lessons', [], {
  encode: JSON.stringify,
  decode: decoder<string[]>([], isStringList),
});

/** The same list as a set, for quick look-ups while rendering. */
export const $readSet = computed($readLessons, (slugs) => new Set(slugs));

/** Records that the reader reached the end of a lesson. */
export function markLessonRead(slug: string): void {
  const read = $readLessons.get();
  if (!read.includes(slug)) $readLessons.set([...read, slug]);
}

/** Forgets that a lesson was read. */
export function markLessonUnread(slug: string): void {
  $readLessons.set($readLessons.get().filter((s) => s !== slug));
}

/** What the reader answered in one quiz, and how it scored. */
export interface QuizRecord {
  /** Question id → index of the chosen option. */
  answers: Record<string, number>;
  total: number;
  correct: number;
  /** Every question answered, and answered right. */
  passed: boolean;
}

/** Quiz answers by quiz id (a lesson's slug), kept in this browser only. */
export const $quizzes = persistentAtom<Record<string, QuizRecord>>(
  'bounce-lab:quizzes',
  {},
  {
    encode: JSON.stringify,
    decode: decoder<Record<string, QuizRecord>>({}, isRecord),
  },
);

/** Records an answer and re-scores the quiz. An answered question keeps its first answer. */
export function answerQuestion(
  quiz: string,
  questions: readonly QuizQuestion[],
  question: string,
  option: number,
): void {
  const all = $quizzes.get();
  const answers = { ...all[quiz]?.answers };
  if (answers[question] !== undefined) return;
  answers[question] = option;
  const score = scoreQuiz(questions, answers);
  $quizzes.set({
    ...all,
    [quiz]: { answers, total: score.total, correct: score.correct, passed: score.passed },
  });
}

/** Clears one quiz's answers so it can be taken again. */
export function resetQuiz(quiz: string): void {
  const { [quiz]: _removed, ...rest } = $quizzes.get();
  $quizzes.set(rest);
}

/** Forgets every lesson read and every quiz answer in this browser. */
export function resetProgress(): void {
  $readLessons.set([]);
  $quizzes.set({});
}
