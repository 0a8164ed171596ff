import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import type { QuizQuestion } from '../lib/content/quiz.ts';
import { quizTextParts } from '../lib/content/quiz-text.ts';
import { isChoice, scoreQuiz } from '../lib/content/score.ts';
import { $quizzes, answerQuestion, resetQuiz } from '../stores/progress.ts';
import { useHydrated } from './use-hydrated.ts';
import Icon from './icons/Icon.tsx';

interface Props {
  /** Where the answers are stored; a lesson's quiz uses the lesson's slug. */
  id: string;
  questions: QuizQuestion[];
  heading?: string;
}

/** Quiz text with its `code spans` shown as code rather than with backticks. */
function QuizText({ text }: { text: string }) {
  return (
    <>{quizTextParts(text).map((part) => (part.code ? <code>{part.text}</code> : part.text))}</>
  );
}

/**
 * A multiple-choice quiz: pick an option, check it, read why every option is right or wrong.
 * Answers are kept in the progress store, so they survive a reload and count on the home page.
 */
export default function Quiz({ id, questions, heading = 'Check your understanding' }: Props) {
  const stored = useStore($quizzes)[id];
  const hydrated = useHydrated();
  const answers = (hydrated && stored?.answers) || {};
  const score = scoreQuiz(questions, answers);
  const headingId = `quiz-${id}-heading`;

  return (
    <section
      class="quiz"
      aria-labelledby={headingId}
      data-quiz={id}
      data-passed={score.passed ? 'true' : 'false'}
    >
      <h2 id={headingId}>{heading}</h2>
      <p class="quiz__intro">
        {questions.length} questions, each about a situation you may meet. Pick an answer and check
        it to see why each option is right or wrong.
      </p>
      {questions.map((q, index) => {
        const answer = answers[q.id];
        return (
          <Question
            key={q.id}
            quiz={id}
            question={q}
            number={index + 1}
            count={questions.length}
            answer={isChoice(answer, q.options.length) ? answer : undefined}
            disabled={!hydrated}
          />
        );
      })}
      <div class="quiz__summary" role="status" aria-live="polite">
        {score.complete ? (
          <p>
            <strong>
              You got {score.correct} of {score.total} right.
            </strong>{' '}
            {score.passed ? (
              <span class="status status--read">
                <Icon name="check" /> Quiz passed.
              </span>
            ) : (
              <span>Read the explanations, then try again to pass.</span>
            )}
          </p>
        ) : (
          score.answered > 0 && (
            <p>
              {score.answered} of {score.total} answered, {score.correct} right so far.
            </p>
          )
        )}
      </div>
      {score.answered > 0 && (
        <button type="button" class="button button--quiet" onClick={() => resetQuiz(id)}>
          {score.passed ? 'Take the quiz again' : 'Start again'}
        </button>
      )}
    </section>
  );
}

interface QuestionProps {
  quiz: string;
  question: QuizQuestion;
  number: number;
  count: number;
  answer: number | undefined;
  disabled: boolean;
}

function Question({ quiz, question, number, count, answer, disabled }: QuestionProps) {
  const [choice, setChoice] = useState<number | undefined>(undefined);
  const answered = answer !== undefined;
  const right = question.options.findIndex((o) => o.correct);
  const name = `${quiz}-${question.id}`;
  const state = !answered ? 'unanswered' : answer === right ? 'correct' : 'wrong';
  const rightOption = question.options[right];

  function check(event: Event) {
    event.preventDefault();
    if (choice !== undefined) answerQuestion(quiz, question.id, choice);
  }

  return (
    <form class="quiz__question" data-question={question.id} data-state={state} onSubmit={check}>
      <fieldset disabled={disabled}>
        <legend>
          <span class="quiz__number">
            Question {number} of {count}
          </span>{' '}
          <QuizText text={question.question} />
        </legend>
        <ul class="quiz__options">
          {question.options.map((option, i) => {
            const picked = answered ? answer === i : choice === i;
            return (
              <li
                class="quiz__option"
                data-option={i}
                data-correct={answered && option.correct ? 'true' : undefined}
                data-picked={picked ? 'true' : undefined}
              >
                <label>
                  <input
                    type="radio"
                    name={name}
                    value={i}
                    checked={picked}
                    disabled={answered}
                    onChange={() => setChoice(i)}
                  />{' '}
                  <span class="quiz__text">
                    <QuizText text={option.text} />
                  </span>
                </label>
                {answered && (
                  <p class="quiz__explanation">
                    <strong>
                      <Icon name={option.correct ? 'check' : 'cross'} />{' '}
                      {option.correct ? 'Right answer:' : 'Not this one:'}
                    </strong>{' '}
                    <QuizText text={option.explanation} />
                  </p>
                )}
              </li>
            );
          })}
        </ul>
        {!answered && (
          <button type="submit" class="button" disabled={choice === undefined}>
            Check answer
          </button>
        )}
        <p class="quiz__feedback" aria-live="polite">
          {state === 'correct' && (
            <>
              <Icon name="check" /> Correct.
            </>
          )}
          {state === 'wrong' && rightOption && (
            <>
              <Icon name="cross" /> Not quite. The right answer:{' '}
              <QuizText text={rightOption.text} />
            </>
          )}
        </p>
      </fieldset>
    </form>
  );
}
