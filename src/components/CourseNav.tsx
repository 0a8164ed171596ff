import { useStore } from '@nanostores/preact';
import type { OutlineLesson } from '../course-outline.ts';
import { trackProgress } from '../lib/content/progress.ts';
import { TRACKS } from '../lib/content/tracks.ts';
import { $quizzes, $readSet } from '../stores/progress.ts';
import { useHydrated } from './use-hydrated.ts';
import Icon from './icons/Icon.tsx';

type NavLesson = Pick<
  OutlineLesson,
  'slug' | 'url' | 'order' | 'track' | 'title' | 'minutes' | 'answerKey'
>;

interface Props {
  lessons: NavLesson[];
  /** The slug of the lesson on this page. */
  current: string;
  /** Prefix for element ids, so the sidebar and the narrow-screen picker can both be on a page. */
  idPrefix: string;
}

/** Both tracks with their lessons, the current one marked, and what this reader has read. */
export default function CourseNav({ lessons, current, idPrefix }: Props) {
  const hydrated = useHydrated();
  const storedRead = useStore($readSet);
  const storedQuizzes = useStore($quizzes);
  const read = hydrated ? storedRead : new Set<string>();
  const tracks = trackProgress(lessons, read, hydrated ? storedQuizzes : {});

  return (
    <div class="course-nav__tracks">
      {tracks.map((t) => {
        const labelId = `${idPrefix}-${t.track}`;
        return (
          <div class="course-nav__track" data-track={t.track}>
            <p class="course-nav__track-title" id={labelId}>
              {TRACKS[t.track].title}{' '}
              <span class="course-nav__count" data-read={t.read}>
                {t.read} of {t.lessons} read
              </span>
            </p>
            <ol aria-labelledby={labelId}>
              {lessons
                .filter((l) => l.track === t.track)
                .map((l) => {
                  const isRead = read.has(l.slug);
                  return (
                    <li data-read={isRead ? 'true' : 'false'}>
                      <a href={l.url} aria-current={l.slug === current ? 'page' : undefined}>
                        <span class="course-nav__number">{l.order}</span> {l.title}
                        {isRead && (
                          <span class="course-nav__read">
                            {' '}
                            <Icon name="check" />
                            <span class="visually-hidden"> (read)</span>
                          </span>
                        )}
                      </a>
                    </li>
                  );
                })}
            </ol>
          </div>
        );
      })}
    </div>
  );
}
