import { getCollection, type CollectionEntry } from 'astro:content';

export type Lesson = CollectionEntry<'lessons'>;

/** The top-level sections of the site, for the header's aria-current. */
export type Section =
  | 'home'
  | 'lessons'
  | 'inspector'
  | 'simulator'
  | 'practice'
  | 'reference'
  | 'glossary'
  | 'search'
  | 'about';

/** Site-wide names and copy used by layouts and metadata. */
export const SITE = {
  name: 'Bounce Lab',
  tagline: 'Learn what happens when an email cannot be delivered',
  description:
    'A free, hands-on course on email bounces for marketers, support staff and new email-operations hires: hard and soft bounces, SMTP and enhanced status codes, delivery status notifications and what to do about them.',
} as const;

/**
 * All lessons in course order. Fails the build with a readable message when two lessons share an
 * order or a file's NN- prefix disagrees with its `order` field.
 */
export async function getLessons(): Promise<Lesson[]> {
  const lessons = (await getCollection('lessons')).sort((a, b) => a.data.order - b.data.order);
  const seen = new Map<number, string>();
  for (const lesson of lessons) {
    const file = lesson.filePath ?? lesson.id;
    const prefix = /(?:^|\/)(\d\d)-[^/]*$/.exec(file)?.[1];
    if (prefix !== undefined && Number(prefix) !== lesson.data.order) {
      throw new Error(
        `Lesson ${file}: its file name starts with ${prefix} but its order is ${lesson.data.order}. Make them agree.`,
      );
    }
    const other = seen.get(lesson.data.order);
    if (other)
      throw new Error(`Lessons ${other} and ${file} both have order ${lesson.data.order}.`);
    seen.set(lesson.data.order, file);
  }
  return lessons;
}

/** The URL of a lesson page. */
export function lessonUrl(lesson: Pick<Lesson, 'id'>): string {
  return `/lessons/${lesson.id}/`;
}
