import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { $quizzes, $readSet, resetProgress } from '../stores/progress.ts';
import type { OutlineLesson } from './CourseOutline.tsx';
import Icon from './icons/Icon.tsx';
import { useHydrated } from './use-hydrated.ts';

interface Props {
  lessons: OutlineLesson[];
}

/**
 * The reader's progress across the course: lessons read, quiz scores, and a "course complete"
 * summary once every lesson is read and every quiz passed. Progress lives in this browser only;
 * the reset clears it after a confirmation.
 */
export default function ProgressReport({ lessons }: Props) {
  const hydrated = useHydrated();
  const storedRead = useStore($readSet);
  const storedQuizzes = useStore($quizzes);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const read = hydrated ? storedRead : new Set<string>();
  const quizzes = hydrated ? storedQuizzes : {};
  const withQuiz = lessons.filter((l) => l.questions > 0);
  const readCount = lessons.filter((l) => read.has(l.slug)).length;
  const passed = withQuiz.filter((l) => quizzes[l.slug]?.passed).length;
  const complete = hydrated && readCount === lessons.length && passed === withQuiz.length;

  return (
    <div class="progress-report" data-complete={complete ? 'true' : 'false'}>
      {complete ? (
        <section class="course-complete" aria-labelledby="complete-heading">
          <h2 id="complete-heading">
            <Icon name="graduate" /> Course complete
          </h2>
          <p>
            You read all {lessons.length} lessons and passed all {withQuiz.length} quizzes. You can
            now read a bounce, tell a hard bounce from a soft one by its reason, explain what each
            email service will do about it, and keep a list and a sender reputation healthy.
          </p>
          <p>
            <a href="/cheat-sheet/">Print the cheat sheet</a> to keep the essentials at hand.
          </p>
        </section>
      ) : (
        <p class="progress-report__summary" aria-live="polite">
          <strong>
            {readCount} of {lessons.length}
          </strong>{' '}
          lessons read,{' '}
          <strong>
            {passed} of {withQuiz.length}
          </strong>{' '}
          quizzes passed. The course is complete when every lesson is read and every quiz passed.
        </p>
      )}
      <table class="compare">
        <caption>Lesson by lesson</caption>
        <thead>
          <tr>
            <th scope="col">Lesson</th>
            <th scope="col">Read</th>
            <th scope="col">Quiz</th>
          </tr>
        </thead>
        <tbody>
          {lessons.map((l) => {
            const quiz = quizzes[l.slug];
            return (
              <tr data-lesson={l.slug}>
                <th scope="row">
                  <a href={l.url}>
                    {l.order}. {l.title}
                  </a>
                </th>
                <td>{read.has(l.slug) ? '✓ Read' : 'Not yet'}</td>
                <td>
                  {l.questions === 0
                    ? 'No quiz'
                    : quiz?.passed
                      ? `★ Passed (${quiz.correct} of ${quiz.total})`
                      : quiz
                        ? `${quiz.correct} of ${quiz.total} right, ${Object.keys(quiz.answers).length} of ${quiz.total} answered`
                        : 'Not taken'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div class="progress-report__reset">
        {confirming ? (
          <p role="group" aria-label="Confirm reset">
            Forget every lesson read and every quiz answer in this browser?{' '}
            <button
              type="button"
              class="button"
              onClick={() => {
                resetProgress();
                setConfirming(false);
                setMessage('Your progress was reset.');
              }}
            >
              Yes, reset my progress
            </button>{' '}
            <button type="button" class="button button--quiet" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </p>
        ) : (
          <button
            type="button"
            class="button button--quiet"
            onClick={() => {
              setConfirming(true);
              setMessage('');
            }}
            disabled={!hydrated}
          >
            Reset my progress
          </button>
        )}
        <p role="status" aria-live="polite">
          {message}
        </p>
      </div>
    </div>
  );
}
