import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import type { OutlineLesson } from '../course-outline.ts';
import { quizStatus, trackProgress } from '../lib/content/progress.ts';
import { TRACKS } from '../lib/content/tracks.ts';
import { $quizzes, $readSet, resetProgress } from '../stores/progress.ts';
import { $triage } from '../stores/triage.ts';
import Icon from './icons/Icon.tsx';
import { useHydrated } from './use-hydrated.ts';

interface Props {
  lessons: OutlineLesson[];
}

/**
 * The reader's progress in each track: lessons read, quiz scores, and a "complete" summary once
 * every lesson of a track is read and every quiz passed. Progress lives in this browser only; the
 * reset clears it after a confirmation.
 */
export default function ProgressReport({ lessons }: Props) {
  const hydrated = useHydrated();
  const storedRead = useStore($readSet);
  const storedQuizzes = useStore($quizzes);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const read = hydrated ? storedRead : new Set<string>();
  const quizzes = hydrated ? storedQuizzes : {};
  const tracks = trackProgress(lessons, read, quizzes);
  const complete = hydrated && tracks.every((t) => t.complete);

  return (
    <div class="progress-report" data-complete={complete ? 'true' : 'false'}>
      {complete ? (
        <section class="course-complete" aria-labelledby="complete-heading">
          <h2 id="complete-heading">
            <Icon name="graduate" /> Course complete
          </h2>
          <p>
            You read all {lessons.length} lessons of both tracks and passed every quiz. You can now
            read a bounce, tell a hard bounce from a soft one by its reason, explain what each email
            service will do about it, and keep a list and a sender reputation healthy.
          </p>
          <p>
            <a href="/cheat-sheet/">Print the cheat sheet</a> to keep the essentials at hand.
          </p>
        </section>
      ) : (
        <p class="progress-report__summary" aria-live="polite">
          {tracks.map((t, i) => (
            <>
              {i > 0 && '; '}
              {TRACKS[t.track].title}:{' '}
              <strong>
                {t.read} of {t.lessons}
              </strong>{' '}
              lessons read,{' '}
              <strong>
                {t.passed} of {t.quizzes}
              </strong>{' '}
              quizzes passed
              {t.complete && hydrated && ' (complete)'}
            </>
          ))}
          . A track is complete when every lesson in it is read and every quiz passed.
        </p>
      )}
      {tracks.map((t) => (
        <table class="compare" data-track={t.track}>
          <caption>{TRACKS[t.track].title}</caption>
          <thead>
            <tr>
              <th scope="col">Lesson</th>
              <th scope="col">Read</th>
              <th scope="col">Quiz</th>
            </tr>
          </thead>
          <tbody>
            {lessons
              .filter((l) => l.track === t.track)
              .map((l) => {
                const quiz = quizStatus(l, quizzes[l.slug]);
                return (
                  <tr data-lesson={l.slug}>
                    <th scope="row">
                      <a href={l.url}>
                        {l.order}. {l.title}
                      </a>
                    </th>
                    <td>
                      {read.has(l.slug) ? (
                        <>
                          <Icon name="check" /> Read
                        </>
                      ) : (
                        'Not yet'
                      )}
                    </td>
                    <td>
                      {quiz.total === 0 ? (
                        'No quiz'
                      ) : quiz.passed ? (
                        <>
                          <Icon name="star" /> Passed ({String(quiz.correct)} of{' '}
                          {String(quiz.total)})
                        </>
                      ) : quiz.taken ? (
                        `${String(quiz.correct)} of ${String(quiz.total)} right, ${String(quiz.answered)} of ${String(quiz.total)} answered`
                      ) : (
                        'Not taken'
                      )}
                    </td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      ))}
      <div class="progress-report__reset">
        {confirming ? (
          <p role="group" aria-label="Confirm reset">
            Forget every lesson read, every quiz answer and the mailbox exercises in this browser?{' '}
            <button
              type="button"
              class="button"
              onClick={() => {
                resetProgress();
                $triage.set({});
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
