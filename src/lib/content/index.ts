export { lessonSchema, lessonSlug, sourceSchema, TRACK_IDS } from './lesson.ts';
export type { LessonFrontmatter, LessonSource, TrackId } from './lesson.ts';
export { quizOptionSchema, quizQuestionSchema, quizSchema } from './quiz.ts';
export { isChoice, scoreQuiz } from './score.ts';
export type { QuizScore } from './score.ts';
export type { Quiz, QuizOption, QuizQuestion } from './quiz.ts';
export {
  correctPositions,
  lengthCues,
  lengthPasses,
  positionSpread,
  positionsThatPass,
} from './quiz-balance.ts';
export { quizTextParts } from './quiz-text.ts';
export type { QuizTextPart } from './quiz-text.ts';
export { countWords, estimateMinutes, lessonParts, proseWords, READING } from './reading.ts';
export type { LessonParts } from './reading.ts';
export { TRACKS } from './tracks.ts';
export { quizStatus, readLessonList, readQuizRecords, trackProgress } from './progress.ts';
export type { ProgressLesson, StoredQuiz, TrackProgress } from './progress.ts';
export { firstUseProblems, termPattern } from './first-use.ts';
export type { TermMatcher } from './first-use.ts';
export {
  espWordSchema,
  glossaryLetter,
  glossaryProblems,
  glossaryTermSchema,
  lessonSlugSchema,
  termIdSchema,
} from './glossary.ts';
export type { EspWord, GlossaryTerm, LessonSlug } from './glossary.ts';
export { briefAdvice, reasonType, ruleInBrief } from './cheat-sheet.ts';
