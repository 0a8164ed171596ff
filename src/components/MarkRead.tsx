import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import { $readSet, markLessonRead, markLessonUnread } from '../stores/progress.ts';
import { useHydrated } from './use-hydrated.ts';
import Icon from './icons/Icon.tsx';

interface Props {
  /** The lesson's slug, e.g. `what-is-a-bounce`. */
  lesson: string;
  title: string;
}

/**
 * Sits at the end of a lesson and hydrates only when scrolled into view, so reaching it means the
 * reader got to the end: it then records the lesson as read in this browser.
 */
export default function MarkRead({ lesson, title }: Props) {
  const stored = useStore($readSet).has(lesson);
  const read = useHydrated() && stored;
  useEffect(() => markLessonRead(lesson), [lesson]);

  return (
    <section
      class="mark-read"
      aria-labelledby="mark-read-heading"
      data-read={read ? 'true' : 'false'}
    >
      <h2 id="mark-read-heading" class="visually-hidden">
        Your progress
      </h2>
      <p role="status" aria-live="polite">
        {read ? (
          <>
            <Icon name="check" /> You finished “{title}”. It is marked as read on the course
            overview (kept in this browser only).
          </>
        ) : (
          <>Reach the end of the lesson to mark it as read.</>
        )}
      </p>
      {read && (
        <button type="button" class="button button--quiet" onClick={() => markLessonUnread(lesson)}>
          Mark as not read
        </button>
      )}
    </section>
  );
}
