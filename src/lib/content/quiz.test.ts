import { describe, expect, it } from 'vitest';
import { quizSchema, scoreQuiz, type QuizQuestion } from './index.ts';

const option = (text: string, correct = false) => ({
  text,
  correct,
  explanation: `Because ${text} is ${correct ? 'right' : 'wrong'}.`,
});
const question = (id: string, rightIndex = 0): QuizQuestion => ({
  id,
  question: `Question ${id}?`,
  options: [0, 1, 2].map((i) => option(`option ${i}`, i === rightIndex)),
});

function issues(input: unknown): string[] {
  const result = quizSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('quizSchema', () => {
  it('accepts three questions with one right answer each', () => {
    expect(issues([question('a'), question('b', 2), question('c', 1)])).toEqual([]);
  });

  it('rejects a question with no right answer or two', () => {
    const none = { ...question('b'), options: [option('x'), option('y')] };
    const two = { ...question('c'), options: [option('x', true), option('y', true)] };
    expect(issues([question('a'), none, two])).toEqual([
      '1.options: question "b" must have exactly one correct option, not 0',
      '2.options: question "c" must have exactly one correct option, not 2',
    ]);
  });

  it('rejects an option without an explanation, duplicate ids and short quizzes', () => {
    const bare = { ...question('b'), options: [{ text: 'x', correct: true }, option('y')] };
    expect(issues([question('a'), bare, question('c')])).toEqual([
      '1.options.0.explanation: Invalid input: expected string, received undefined',
    ]);
    expect(issues([question('a'), question('b'), question('a')])).toEqual([
      '2.id: duplicate question id "a"',
    ]);
    expect(issues([question('a'), question('b')])).toEqual([
      ': a quiz has at least three questions',
    ]);
  });
});

describe('scoreQuiz', () => {
  const quiz = [question('a', 0), question('b', 1), question('c', 2)];
  it('counts answered and correct questions and passes only a perfect, complete quiz', () => {
    expect(scoreQuiz(quiz, {})).toEqual({
      total: 3,
      answered: 0,
      correct: 0,
      complete: false,
      passed: false,
    });
    expect(scoreQuiz(quiz, { a: 0, b: 0 })).toMatchObject({
      answered: 2,
      correct: 1,
      complete: false,
    });
    expect(scoreQuiz(quiz, { a: 0, b: 1, c: 0 })).toMatchObject({
      correct: 2,
      complete: true,
      passed: false,
    });
    expect(scoreQuiz(quiz, { a: 0, b: 1, c: 2 })).toMatchObject({ correct: 3, passed: true });
  });
});
