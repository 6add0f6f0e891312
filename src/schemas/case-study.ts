/**
 * A case study: case-studies/<id>.yaml. Facts and figures are written once, in
 * `facts`; the narrative in each language refers to them as {fact-id}, so a
 * number can never differ between the English and the Lao text. A fact may
 * instead name a figure computed from an enterprise data set (`computed`), so a
 * case built on the Day 3 enterprise shows the Day 3 calculation's own numbers.
 */
import { z } from 'astro/zod';
import { idSchema, localized, sourceRef, verifyNote } from './common';

export const caseFactSchema = z
  .object({
    /** Id used in the narrative as {id}. */
    id: idSchema,
    /** What the figure is, in both languages. */
    label: localized,
    /** The value, written once (a number, an amount, a date). Leave it out when `computed` gives it. */
    value: z.union([z.string(), z.number()]).optional(),
    /** Instead of `value`: the name of a figure computed from the case's enterprise data (src/lib/contributions.ts computedValues), e.g. "total.arrears" or "w06.start-month". */
    computed: z.string().min(1).optional(),
    /** Unit after the value, in both languages (e.g. workers / ຄົນ). */
    unit: localized.optional(),
    /** Set when the figure rests on a Lao legal detail LSSO must confirm: what to check, in one or both languages. */
    verify: z.union([verifyNote, localized]).optional(),
  })
  .strict()
  .refine((fact) => (fact.value === undefined) !== (fact.computed === undefined), {
    message: 'a fact needs either "value" (typed once) or "computed" (the name of a computed figure), not both',
  });

export const caseStudySchema = z
  .object({
    /** Case id, also the file name. */
    id: idSchema,
    /** Title. */
    title: localized,
    /** One-line summary, used in lists and handouts. */
    summary: localized,
    /** Whether the case is fictional (built for teaching) or drawn from a documented real case. */
    basis: z.enum(['fictional', 'documented']),
    /** Enterprise data set in case-studies/data/ that `computed` facts are taken from (default: the Day 3 enterprise, keomanivong-bricks). */
    enterprise: idSchema.optional(),
    /** Shared facts and figures. */
    facts: z.array(caseFactSchema).default([]),
    /** The story in Markdown, per language; {fact-id} inserts a fact's value and unit. */
    narrative: localized,
    /** Tasks or questions for the groups. */
    tasks: z.array(localized).min(1),
    /** Facilitator guidance in Markdown: expected findings, pitfalls (facilitator outputs only). */
    guidance: localized,
    /** Debrief questions for the plenary. */
    debrief: z.array(localized).min(1),
    /** Sources for the facts the case relies on. */
    sources: z.array(sourceRef).default([]),
  })
  .strict();

export type CaseStudy = z.infer<typeof caseStudySchema>;
