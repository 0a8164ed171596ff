import { persistentAtom } from '@nanostores/persistent';
import { computed } from 'nanostores';
import { readLessonList, readQuizRecords, type StoredQuiz } from '../lib/content/progress.ts';

/** Parses stored JSON through `read`, which keeps only what can be trusted. */
function decoder<T>(read: (value: unknown) => T) {
  return (raw: string): T => {
    try {
      return read(JSON.parse(raw));
    } catch {
      return read(undefined);
    }
  };
}

/** Slugs of the lessons this reader has finished, kept in this browser only. */
export const $readLessons = persistentAtom<string[]>('bounce-lab:read-lessons', [], {
  encode: JSON.stringify,
  decode: decoder(readLessonList),
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

/**
 * The reader's answers by quiz id (a lesson's slug), kept in this browser only. Only the answers
 * are stored; scores are always computed from them and the quiz itself, so a damaged or outdated
 * entry can never show a score that does not add up.
 */
export const $quizzes = persistentAtom<Record<string, StoredQuiz>>(
  'bounce-lab:quizzes',
  {},
  { encode: JSON.stringify, decode: decoder(readQuizRecords) },
);

/** Records an answer. An answered question keeps its first answer until the quiz is reset. */
export function answerQuestion(quiz: string, question: string, option: number): void {
  const all = $quizzes.get();
  const answers = { ...all[quiz]?.answers };
  if (answers[question] !== undefined) return;
  answers[question] = option;
  $quizzes.set({ ...all, [quiz]: { answers } });
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
