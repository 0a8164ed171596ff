export { lessonSchema, lessonSlug, sourceSchema } from './lesson.ts';
export type { LessonFrontmatter, LessonSource } from './lesson.ts';
