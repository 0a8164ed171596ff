import { useStore } from '@nanostores/preact';
import { $quizzes, $readSet } from '../stores/progress.ts';
import { useHydrated } from './use-hydrated.ts';

export interface OutlineLesson {
  slug: string;
  url: string;
  order: number;
  title: string;
  description: string;
  minutes: number;
  /** Number of quiz questions, 0 when the lesson has no quiz. */
  questions: number;
}

interface Props {
  lessons: OutlineLesson[];
}

/** The course's lessons in order, with reading time, and whether this reader has read each one and passed its quiz. */
export default function CourseOutline({ lessons }: Props) {
  const hydrated = useHydrated();
  const storedRead = useStore($readSet);
  const storedQuizzes = useStore($quizzes);
  const read = hydrated ? storedRead : new Set<string>();
  const quizzes = hydrated ? storedQuizzes : {};
  const done = lessons.filter((l) => read.has(l.slug)).length;
  const withQuiz = lessons.filter((l) => l.questions > 0);
  const passed = withQuiz.filter((l) => quizzes[l.slug]?.passed).length;
  const total = lessons.reduce((sum, l) => sum + l.minutes, 0);

  return (
    <div class="outline">
      <p class="outline__summary" aria-live="polite">
        <strong>
          {done} of {lessons.length}
        </strong>{' '}
        {lessons.length === 1 ? 'lesson' : 'lessons'} read
        {withQuiz.length > 0 && (
          <>
            {' '}
            ·{' '}
            <strong>
              {passed} of {withQuiz.length}
            </strong>{' '}
            quizzes passed
          </>
        )}{' '}
        · about {total} minutes in all · <a href="/progress/">Your progress</a>
      </p>
      <progress class="outline__bar" max={lessons.length} value={done} aria-label="Lessons read">
        {done} of {lessons.length}
      </progress>
      <ol class="outline__list">
        {lessons.map((lesson) => {
          const isRead = read.has(lesson.slug);
          const quiz = quizzes[lesson.slug];
          return (
            <li
              class="outline__item"
              data-lesson={lesson.slug}
              data-read={isRead ? 'true' : 'false'}
              data-quiz={
                lesson.questions === 0 ? 'none' : quiz?.passed ? 'passed' : quiz ? 'taken' : 'open'
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
                  <span aria-hidden="true">{isRead ? '✓ ' : '○ '}</span>
                  {isRead ? 'Read' : 'Not read yet'}
                </span>
                {lesson.questions > 0 && (
                  <span class={quiz?.passed ? 'status status--read' : 'status'}>
                    {quiz?.passed ? (
                      <>
                        <span aria-hidden="true">★ </span>Quiz passed
                      </>
                    ) : quiz ? (
                      `Quiz: ${quiz.correct} of ${quiz.total} right`
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
    </div>
  );
}
