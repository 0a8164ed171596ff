import type { QuizQuestion } from './quiz.ts';

/** The score of a set of answers (question id → chosen option index). */
export function scoreQuiz(
  questions: readonly QuizQuestion[],
  answers: Readonly<Record<string, number>>,
) {
  let correct = 0;
  let answered = 0;
  for (const q of questions) {
    const choice = answers[q.id];
    if (choice === undefined) continue;
    answered++;
    if (q.options[choice]?.correct) correct++;
  }
  const total = questions.length;
  return {
    total,
    answered,
    correct,
    complete: answered === total,
    passed: answered === total && correct === total,
  };
}
