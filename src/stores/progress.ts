import { persistentAtom } from '@nanostores/persistent';
import { computed } from 'nanostores';

/** Parses stored JSON, falling back to an empty list when the stored value is damaged. */
function decodeList(raw: string): string[] {
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** Slugs of the lessons this reader has finished, kept in this browser only. */
export const $readLessons = persistentAtom<string[]>('bounce-lab:read-lessons', [], {
  encode: JSON.stringify,
  decode: decodeList,
});

/** The same list as a set, for quick look-ups while rendering. */
export const $readSet = computed($readLessons, (slugs) => new Set(slugs));

/** Records that the reader reached the end of a lesson. */
export function markLessonRead(slug: string): void {
  const read = $readLessons.get();
  if (!read.includes(slug)) $readLessons.set([...read, slug]);
}

/** Forgets that a lesson was read. */
export function markLessonUnread(slug: string): void {
  $readLessons.set($readLessons.get().filter((s) => s !== slug));
}
