/**
 * Building blocks shared by every content schema.
 *
 * Rule of the project: anything that must not differ between the two languages
 * (ids, answers, figures, durations) is written once; only human text is
 * written per language, side by side, so the two cannot drift apart unseen.
 */
import { z } from 'astro/zod';

/** The course languages. English is the default locale; Lao is first-class. */
export const LANGS = ['en', 'lo'] as const;
export type Lang = (typeof LANGS)[number];
export const langSchema = z.enum(LANGS);

/** A short text written in both languages. Both are required: a missing Lao text is an error, not a fallback. */
export const localized = z.object({
  /** English text. */
  en: z.string().trim().min(1, 'English text is empty'),
  /** Lao text, in Lao script. */
  lo: z.string().trim().min(1, 'Lao text is empty'),
}).strict();
export type Localized = z.infer<typeof localized>;

/** A lower-case, hyphenated identifier, stable across languages (used in links and cross-references). */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case letters, digits and hyphens, e.g. "d1-opening"');

/** A reference to an entry of content/sources.yaml, by id. */
export const sourceRef = idSchema;

/** A fact that LSSO must confirm before the material is final; collected into the verification register. */
export const verifyNote = z.string().trim().min(1);

/** Review state of Lao text: a machine or non-native draft, or reviewed by an LSSO native speaker. */
export const translationStatus = z.enum(['draft', 'reviewed']);
