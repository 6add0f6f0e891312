/**
 * Reference data files in content/: glossary, sources, terms-of-reference
 * items, competency framework, and the course calendar.
 */
import { z } from 'astro/zod';
import { idSchema, localized, sourceRef } from './common';
import { timeOfDay } from './session';

/** content/glossary.yaml: one entry per term. Pages and the manual annex are built from it. */
export const glossaryEntrySchema = z
  .object({
    /** Term id. */
    id: idSchema,
    /** The term itself, in each language (the Lao term fixed for the whole curriculum). */
    term: localized,
    /** A short definition, in each language. */
    definition: localized,
    /** Sources for the definition. */
    sources: z.array(sourceRef).default([]),
    /**
     * Variants not to use for this term (Thai false friends, drifting spellings), per language.
     * Each is an error wherever it appears in text of that language; the fix names the term.
     * List whole phrases when the bare word has other, legitimate meanings.
     */
    avoid: z
      .object({
        /** Lao variants to avoid. */
        lo: z.array(z.string().trim().min(1)).default([]),
        /** English variants to avoid. */
        en: z.array(z.string().trim().min(1)).default([]),
      })
      .strict()
      .optional(),
  })
  .strict();
export const glossarySchema = z.array(glossaryEntrySchema).min(1);

/**
 * content/lao-usage.yaml: Lao words and names to avoid that are not glossary
 * terms (institution names, Thai false friends for everyday words), each with
 * the form to use. Checked in all Lao text like a glossary entry's `avoid`.
 */
export const laoUsageEntrySchema = z
  .object({
    /** Entry id. */
    id: idSchema,
    /** What to write instead: the English meaning and the Lao form to use. */
    use: localized,
    /** The Lao forms to avoid (whole phrases when the bare word has legitimate uses). */
    avoid: z.array(z.string().trim().min(1)).min(1),
    /** Why, in a sentence, for the editor who meets the error. */
    why: z.string().min(1),
  })
  .strict();
export const laoUsageSchema = z.array(laoUsageEntrySchema).min(1);

/** content/sources.yaml: the bibliography. Sessions cite entries by id. */
export const sourceEntrySchema = z
  .object({
    /** Source id. */
    id: idSchema,
    /** Full citation as it is printed (author, title, year, publisher). */
    citation: z.string().min(1),
    /** Where to find it, if it is public. */
    url: z.string().url().optional(),
    /** Whether a Lao-language version exists (for the resources list). */
    inLao: z.boolean().default(false),
    /** What the source is used for, or a caution about it. */
    note: z.string().optional(),
  })
  .strict();
export const sourcesSchema = z.array(sourceEntrySchema).min(1);

/** content/tor-items.yaml: what the terms of reference require the curriculum to cover. */
export const torItemSchema = z
  .object({
    /** Item id, used by sessions in `tor`. */
    id: idSchema,
    /** `element`: a Task 1 element of the curriculum; `topic`: a guideline or SOP topic. */
    kind: z.enum(['element', 'topic']),
    /** The item as the terms of reference word it. */
    label: localized,
  })
  .strict();
export const torItemsSchema = z.array(torItemSchema).min(1);

/** content/competencies.yaml: the competency framework, groups of measurable outcomes. */
export const competencyGroupSchema = z
  .object({
    /** Group id, e.g. "legal". */
    id: idSchema,
    /** Group title. */
    title: localized,
    /** Outcomes: what a trained inspector can do, each starting with a Bloom verb. */
    outcomes: z
      .array(
        z
          .object({
            /** Outcome id, e.g. "legal-1". */
            id: idSchema,
            /** Bloom level of the verb. */
            level: z.enum(['remember', 'understand', 'apply', 'analyse', 'evaluate', 'create']),
            /** The outcome statement. */
            text: localized,
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export const competenciesSchema = z.array(competencyGroupSchema).min(1);

/** content/course.yaml: course title and the shape of each day (hours and breaks). */
export const courseSchema = z
  .object({
    /** Course title. */
    title: localized,
    /** Subtitle printed on covers. */
    subtitle: localized,
    /** Who publishes the material. */
    publisher: localized,
    /** Version printed on covers. */
    version: z.string(),
    /** The five days. */
    days: z
      .array(
        z
          .object({
            /** Day number. */
            day: z.number().int().min(1).max(5),
            /** Theme of the day. */
            theme: localized,
            /** First session starts no earlier than this. */
            start: timeOfDay,
            /** Last session ends no later than this. */
            end: timeOfDay,
            /** Fixed breaks, which no session may overlap. */
            breaks: z
              .array(z.object({ start: timeOfDay, duration: z.number().int().min(5), label: localized }).strict())
              .default([]),
          })
          .strict(),
      )
      .length(5),
  })
  .strict();

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type LaoUsageEntry = z.infer<typeof laoUsageEntrySchema>;
export type SourceEntry = z.infer<typeof sourceEntrySchema>;
export type TorItem = z.infer<typeof torItemSchema>;
export type CompetencyGroup = z.infer<typeof competencyGroupSchema>;
export type Course = z.infer<typeof courseSchema>;
