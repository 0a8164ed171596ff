import { useStore } from '@nanostores/preact';
import type { OutlineLesson } from '../course-outline.ts';
import { quizStatus, trackProgress } from '../lib/content/progress.ts';
import { TRACKS } from '../lib/content/tracks.ts';
import { $quizzes, $readSet } from '../stores/progress.ts';
import { useHydrated } from './use-hydrated.ts';
import Icon from './icons/Icon.tsx';

interface Props {
  lessons: OutlineLesson[];
}

/**
 * The course's two tracks, each with its lessons in order, reading times, and this reader's
 * progress: lessons read and quizzes passed, per track and per lesson.
 */
export default function CourseOutline({ lessons }: Props) {
  const hydrated = useHydrated();
  const storedRead = useStore($readSet);
  const storedQuizzes = useStore($quizzes);
  const read = hydrated ? storedRead : new Set<string>();
  const quizzes = hydrated ? storedQuizzes : {};
  const tracks = trackProgress(lessons, read, quizzes);

  return (
    <div class="outline">
      {tracks.map((t) => {
        const track = TRACKS[t.track];
        const headingId = `track-${t.track}`;
        return (
          <section class="outline__track" data-track={t.track} aria-labelledby={headingId}>
            <h3 id={headingId} class="outline__track-title">
              {track.title}
              <span class="outline__audience"> · {track.audience}</span>
            </h3>
            <p class="outline__track-summary">{track.summary}</p>
            <p class="outline__summary" aria-live="polite">
              <strong>
                {t.read} of {t.lessons}
              </strong>{' '}
              {t.lessons === 1 ? 'lesson' : 'lessons'} read ·{' '}
              <strong>
                {t.passed} of {t.quizzes}
              </strong>{' '}
              {t.quizzes === 1 ? 'quiz' : 'quizzes'} passed · about {t.minutes} minutes
              {t.complete && hydrated && (
                <span class="status status--read">
                  {' '}
                  · <Icon name="check" /> track complete
                </span>
              )}
            </p>
            <progress
              class="outline__bar"
              max={t.lessons}
              value={t.read}
              aria-label={`${track.title}: lessons read`}
            >
              {t.read} of {t.lessons}
            </progress>
            <ol class="outline__list">
              {lessons
                .filter((l) => l.track === t.track)
                .map((lesson) => {
                  const isRead = read.has(lesson.slug);
                  const quiz = quizStatus(lesson, quizzes[lesson.slug]);
                  return (
                    <li
                      class="outline__item"
                      data-lesson={lesson.slug}
                      data-read={isRead ? 'true' : 'false'}
                      data-quiz={
                        quiz.total === 0
                          ? 'none'
                          : quiz.passed
                            ? 'passed'
                            : quiz.taken
                              ? 'taken'
                              : 'open'
                      }
                    >
                      <span class="outline__number" aria-hidden="true">
                        {String(lesson.order).padStart(2, '0')}
                      </span>
                      <div class="outline__body">
                        <a class="outline__title" href={lesson.url}>
                          {lesson.title}
                        </a>
                        <p class="outline__description">{lesson.description}</p>
                      </div>
                      <p class="outline__meta">
                        <span>{lesson.minutes} min</span>
                        <span class={isRead ? 'status status--read' : 'status'}>
                          <Icon name={isRead ? 'check' : 'circle'} />{' '}
                          {isRead ? 'Read' : 'Not read yet'}
                        </span>
                        {quiz.total > 0 && (
                          <span class={quiz.passed ? 'status status--read' : 'status'}>
                            {quiz.passed ? (
                              <>
                                <Icon name="star" /> Quiz passed
                              </>
                            ) : quiz.taken ? (
                              `Quiz: ${String(quiz.correct)} of ${String(quiz.total)} right`
                            ) : (
                              'Quiz not taken'
                            )}
                          </span>
                        )}
                      </p>
                    </li>
                  );
                })}
            </ol>
          </section>
        );
      })}
      <p class="outline__more">
        <a href="/progress/">Your progress</a>, kept in this browser only.
      </p>
    </div>
  );
}
