import { describe, expect, it } from 'vitest';
import {
  correctPositions,
  lengthCues,
  lengthPasses,
  positionSpread,
  positionsThatPass,
  type QuizQuestion,
} from './index.ts';

const q = (id: string, right: number, options = 3): QuizQuestion => ({
  id,
  question: `Question ${id}?`,
  options: Array.from({ length: options }, (_, i) => ({
    text: `option ${String(i)}`,
    correct: i === right,
    explanation: `Because option ${String(i)} is what it is.`,
  })),
});

describe('quiz balance', () => {
  it('lists where the right answers are, and their spread over quizzes', () => {
    expect(correctPositions([q('a', 1), q('b', 0), q('c', 2)])).toEqual([1, 0, 2]);
    expect(positionSpread([[q('a', 1), q('b', 1)], [q('c', 3, 4)]])).toEqual([0, 2, 0, 1]);
  });

  it('finds a position that passes a whole quiz', () => {
    expect(positionsThatPass([q('a', 1), q('b', 1), q('c', 1)])).toEqual([1]);
    expect(positionsThatPass([q('a', 1), q('b', 0), q('c', 1)])).toEqual([]);
    expect(positionsThatPass([])).toEqual([]);
  });
});

describe('length cues', () => {
  const sized = (id: string, lengths: number[], right: number): QuizQuestion => ({
    id,
    question: `Question ${id}?`,
    options: lengths.map((n, i) => ({
      text: 'x'.repeat(n),
      correct: i === right,
      explanation: 'Because that is how it is.',
    })),
  });

  it('counts right answers that are the longest or the shortest option', () => {
    const quiz = [
      sized('a', [10, 30, 20], 1),
      sized('b', [10, 30, 20], 0),
      sized('c', [10, 30, 20], 2),
    ];
    expect(lengthCues(quiz)).toEqual({ longest: 1, shortest: 1 });
    expect(lengthPasses(quiz)).toBe(false);
  });

  it('notices a quiz that always picking the longest answer passes', () => {
    expect(lengthPasses([sized('a', [10, 30], 1), sized('b', [40, 5], 0)])).toBe(true);
  });
});
