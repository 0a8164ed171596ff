import type { QuizQuestion } from './quiz.ts';

/** A stored answer that can stand for an option: a whole number from 0 up to `options - 1`. */
export function isChoice(value: unknown, options: number): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) < options;
}

/**
 * The score of a set of answers (question id → chosen option index). An answer that names no
 * option of its question (a damaged or hand-edited store) counts as not answered.
 */
export function scoreQuiz(
  questions: readonly Pick<QuizQuestion, 'id' | 'options'>[],
  answers: Readonly<Record<string, unknown>>,
) {
  let correct = 0;
  let answered = 0;
  for (const q of questions) {
    const choice = answers[q.id];
    if (!isChoice(choice, q.options.length)) continue;
    answered++;
    if (q.options[choice]?.correct) correct++;
  }
  const total = questions.length;
  return {
    total,
    answered,
    correct,
    complete: answered === total,
    passed: total > 0 && answered === total && correct === total,
  };
}

/** The result of `scoreQuiz`. */
export type QuizScore = ReturnType<typeof scoreQuiz>;
