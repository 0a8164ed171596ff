export { lessonSchema, lessonSlug, sourceSchema } from './lesson.ts';
export type { LessonFrontmatter, LessonSource } from './lesson.ts';
export { quizOptionSchema, quizQuestionSchema, quizSchema } from './quiz.ts';
export { scoreQuiz } from './score.ts';
export type { Quiz, QuizOption, QuizQuestion } from './quiz.ts';
export {
  espWordSchema,
  glossaryLetter,
  glossaryProblems,
  glossaryTermSchema,
  lessonSlugSchema,
  termIdSchema,
} from './glossary.ts';
export type { EspWord, GlossaryTerm, LessonSlug } from './glossary.ts';
export { briefAdvice, ruleInBrief } from './cheat-sheet.ts';
