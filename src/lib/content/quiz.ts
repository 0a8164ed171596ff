import { z } from 'zod';

/** One answer a reader can pick, with why it is right or wrong. */
export const quizOptionSchema = z.object({
  /** The answer as the reader sees it. */
  text: z.string().trim().min(1, 'an option needs text'),
  /** Marks the one right answer of its question. */
  correct: z.boolean().default(false),
  /** Shown once the reader has answered: why this option is right or wrong. */
  explanation: z.string().trim().min(10, 'every option needs an explanation'),
});

/** A multiple-choice question with exactly one right answer. */
export const quizQuestionSchema = z
  .object({
    /** Stable kebab-case id, unique within the lesson; answers are stored under it. */
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a question id is kebab-case, e.g. "five-means-hard"'),
    /** The question. */
    question: z.string().trim().min(5),
    /** Two to five options, in the order shown. */
    options: z.array(quizOptionSchema).min(2).max(5),
  })
  .superRefine((q, ctx) => {
    const right = q.options.filter((o) => o.correct).length;
    if (right !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `question "${q.id}" must have exactly one correct option, not ${right}`,
      });
    }
  });

/** A lesson's end-of-lesson quiz: three to five questions with unique ids. */
export const quizSchema = z
  .array(quizQuestionSchema)
  .min(3, 'a quiz has at least three questions')
  .max(5, 'a quiz has at most five questions')
  .superRefine((questions, ctx) => {
    const seen = new Set<string>();
    questions.forEach((q, i) => {
      if (seen.has(q.id))
        ctx.addIssue({
          code: 'custom',
          path: [i, 'id'],
          message: `duplicate question id "${q.id}"`,
        });
      seen.add(q.id);
    });
  });

export type QuizOption = z.infer<typeof quizOptionSchema>;
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
export type Quiz = z.infer<typeof quizSchema>;
