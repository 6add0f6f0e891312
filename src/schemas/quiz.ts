/**
 * A quiz item bank: quizzes/<id>.yaml. Answers are written once; questions,
 * options and explanations in both languages, so one source gives the
 * on-screen self-check, the paper and the answer key.
 */
import { z } from 'astro/zod';
import { idSchema, localized } from './common';

export const quizOptionSchema = z
  .object({
    /** Option letter or id, e.g. "a". */
    id: z.string().regex(/^[a-z]$/, 'option ids are single letters: a, b, c, d'),
    /** Option text. */
    text: localized,
  })
  .strict();

export const quizItemSchema = z
  .object({
    /** Item id, unique within the quiz. */
    id: idSchema,
    /** The question. */
    question: localized,
    /** Two to six options. */
    options: z.array(quizOptionSchema).min(2).max(6),
    /** Id of the correct option (written once for both languages). */
    answer: z.string(),
    /** Why the answer is right, shown after answering and in the answer key. */
    explanation: localized,
    /** Competency outcome (content/competencies.yaml) this item tests; required for assessment items. */
    outcome: z.string().optional(),
  })
  .strict();

export const quizSchema = z
  .object({
    /** Quiz id, also the file name. */
    id: idSchema,
    /** `self-check`: trainees see answers on screen. `assessment`: facilitator outputs only. */
    kind: z.enum(['self-check', 'assessment']),
    /** Which administration of the pre/post test this form is: `pre` (first day) or `post` (last day); assessments only. The training report pairs them. */
    phase: z.enum(['pre', 'post']).optional(),
    /** Quiz title. */
    title: localized,
    /** Instructions printed above the items. */
    instructions: localized.optional(),
    /** The items. */
    items: z.array(quizItemSchema).min(1),
  })
  .strict();

export type Quiz = z.infer<typeof quizSchema>;
export type QuizItem = z.infer<typeof quizItemSchema>;
