import { useStore } from '@nanostores/preact';
import { $readSet } from '../stores/progress.ts';
import { useHydrated } from './use-hydrated.ts';

export interface OutlineLesson {
  slug: string;
  url: string;
  order: number;
  title: string;
  description: string;
  minutes: number;
}

interface Props {
  lessons: OutlineLesson[];
}

/** The course's lessons in order, with reading time and whether this reader has read each one. */
export default function CourseOutline({ lessons }: Props) {
  const stored = useStore($readSet);
  const read = useHydrated() ? stored : new Set<string>();
  const done = lessons.filter((l) => read.has(l.slug)).length;
  const total = lessons.reduce((sum, l) => sum + l.minutes, 0);

  return (
    <div class="outline">
      <p class="outline__summary" aria-live="polite">
        <strong>
          {done} of {lessons.length}
        </strong>{' '}
        {lessons.length === 1 ? 'lesson' : 'lessons'} read · about {total} minutes in all
      </p>
      <progress class="outline__bar" max={lessons.length} value={done} aria-label="Lessons read">
        {done} of {lessons.length}
      </progress>
      <ol class="outline__list">
        {lessons.map((lesson) => {
          const isRead = read.has(lesson.slug);
          return (
            <li
              class="outline__item"
              data-lesson={lesson.slug}
              data-read={isRead ? 'true' : 'false'}
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
              </p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
