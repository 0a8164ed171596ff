import { describe, expect, it } from 'vitest';
import {
  quizStatus,
  readLessonList,
  readQuizRecords,
  scoreQuiz,
  trackProgress,
  type ProgressLesson,
} from './index.ts';

describe('readQuizRecords', () => {
  it('keeps whole-number answers and drops everything else', () => {
    expect(
      readQuizRecords({
        a: { answers: { q1: 2, q2: 'x', q3: -1, q4: 1.5, q5: 0 }, total: 'lots', correct: null },
        b: 3,
        c: { answers: [1, 2] },
        d: null,
      }),
    ).toEqual({ a: { answers: { q1: 2, q5: 0 } } });
  });

  it('reads nonsense as no records', () => {
    for (const value of [null, 42, 'text', [], undefined])
      expect(readQuizRecords(value)).toEqual({});
  });
});

describe('readLessonList', () => {
  it('keeps strings, once each', () => {
    expect(readLessonList(['a', 3, 'b', 'a', null])).toEqual(['a', 'b']);
    expect(readLessonList({ a: 1 })).toEqual([]);
  });
});

const lessons: ProgressLesson[] = [
  { slug: 'one', track: 'core', minutes: 6, answerKey: { a: 0, b: 2 } },
  { slug: 'two', track: 'core', minutes: 7, answerKey: { c: 1 } },
  { slug: 'three', track: 'ops', minutes: 9, answerKey: { d: 3 } },
];

describe('quizStatus', () => {
  it('scores stored answers against the lesson key, ignoring unknown questions', () => {
    expect(quizStatus(lessons[0]!, { answers: { a: 0, b: 1, stale: 4 } })).toEqual({
      total: 2,
      answered: 2,
      correct: 1,
      taken: true,
      passed: false,
    });
    expect(quizStatus(lessons[0]!, undefined)).toMatchObject({ answered: 0, passed: false });
  });
});

describe('trackProgress', () => {
  it('sums lessons read, quizzes passed and minutes per track', () => {
    expect(
      trackProgress(lessons, new Set(['one', 'three']), {
        one: { answers: { a: 0, b: 2 } },
        three: { answers: { d: 0 } },
      }),
    ).toEqual([
      { track: 'core', lessons: 2, read: 1, quizzes: 2, passed: 1, minutes: 13, complete: false },
      { track: 'ops', lessons: 1, read: 1, quizzes: 1, passed: 0, minutes: 9, complete: false },
    ]);
  });
});

describe('scoreQuiz with damaged answers', () => {
  const option = (correct: boolean) => ({ text: 'x', correct, explanation: 'Because it is.' });
  const questions = [
    { id: 'a', options: [option(true), option(false)] },
    { id: 'b', options: [option(false), option(true)] },
  ];
  it('counts an answer that names no option as not answered', () => {
    expect(scoreQuiz(questions, { a: 7, b: 'one' })).toMatchObject({ answered: 0, correct: 0 });
    expect(scoreQuiz(questions, { a: 0, b: 1 })).toMatchObject({ correct: 2, passed: true });
    expect(scoreQuiz([], {})).toMatchObject({ total: 0, passed: false });
  });
});
