import { lessonUrl, type Lesson } from './course.ts';
import type { TrackId } from './lib/content/lesson.ts';

/** What the course outline, the lesson sidebar and the progress page know about a lesson. */
export interface OutlineLesson {
  slug: string;
  url: string;
  order: number;
  track: TrackId;
  title: string;
  description: string;
  minutes: number;
  /** Question id → index of the right option; empty when the lesson has no quiz. */
  answerKey: Record<string, number>;
}

/** The outline entries for lessons in course order (the islands get plain data, not entries). */
export function outlineLessons(lessons: readonly Lesson[]): OutlineLesson[] {
  return lessons.map((l) => ({
    slug: l.id,
    url: lessonUrl(l),
    order: l.data.order,
    track: l.data.track,
    title: l.data.title,
    description: l.data.description,
    minutes: l.data.minutes,
    answerKey: Object.fromEntries(
      l.data.quiz.map((q) => [q.id, q.options.findIndex((o) => o.correct)]),
    ),
  }));
}
