import type { QuizQuestion } from './quiz.ts';

/** The index of the right option of each question, in order. */
export function correctPositions(questions: readonly QuizQuestion[]): number[] {
  return questions.map((q) => q.options.findIndex((o) => o.correct));
}

/**
 * How many right answers sit at each position (0 = first option) across several quizzes.
 * `positionSpread([[a0, b1], [c1]])` → `[1, 2]`.
 */
export function positionSpread(quizzes: ReadonlyArray<readonly QuizQuestion[]>): number[] {
  const spread: number[] = [];
  for (const quiz of quizzes) {
    for (const position of correctPositions(quiz)) {
      spread[position] = (spread[position] ?? 0) + 1;
    }
  }
  return Array.from(spread, (n) => n ?? 0);
}

/**
 * The positions a reader could pick in every question and still pass the quiz. A balanced quiz
 * returns `[]`: always picking the first, second… option must fail somewhere.
 */
export function positionsThatPass(questions: readonly QuizQuestion[]): number[] {
  const positions = correctPositions(questions);
  const first = positions[0];
  if (first === undefined) return [];
  return positions.every((p) => p === first) ? [first] : [];
}

/** How often the right answer is the longest or the shortest option, a cue test-wise readers use. */
export function lengthCues(questions: readonly QuizQuestion[]): {
  longest: number;
  shortest: number;
} {
  let longest = 0;
  let shortest = 0;
  for (const q of questions) {
    const lengths = q.options.map((o) => o.text.length);
    const right = lengths[q.options.findIndex((o) => o.correct)] ?? 0;
    if (right === Math.max(...lengths)) longest++;
    if (right === Math.min(...lengths)) shortest++;
  }
  return { longest, shortest };
}

/** True when always picking the longest option, or always the shortest, passes the quiz. */
export function lengthPasses(questions: readonly QuizQuestion[]): boolean {
  const { longest, shortest } = lengthCues(questions);
  return questions.length > 0 && (longest === questions.length || shortest === questions.length);
}
