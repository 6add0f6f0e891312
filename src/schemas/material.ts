/**
 * A printed teaching material made from data: a set of cards to cut out
 * (scenario cards, article cards, sorting cards, dilemma cards) or a one-sheet
 * handout (a summary table). Lives in content/materials/<id>.yaml; a session
 * names it in its `materials` list with `material: <id>`, and the build prints
 * it into the facilitator pack (PDF and Word), cards several to an A4 sheet
 * with cut lines.
 */
import { z } from 'astro/zod';
import { idSchema, localized, sourceRef } from './common';

/** One card (or one row of a sheet). */
export const materialCardSchema = z
  .object({
    /** Stable id within the material, e.g. "card-3"; printed small on the card so a facilitator can find its answer. */
    id: idSchema,
    /** Optional small heading printed above the text, e.g. "Scenario" or "Article 12". */
    label: localized.optional(),
    /** What the card says (Markdown: **bold**, lists). On a sheet, the left column. */
    front: localized,
    /** The answer or explanation. On cards it is never printed on the card itself but on the facilitator's answer sheet at the end; on a sheet it is the right column. */
    back: localized.optional(),
  })
  .strict();

export const materialSchema = z
  .object({
    /** Stable id, also the file name, e.g. "d1-c81-article-cards". Sessions refer to it by this id. */
    id: idSchema,
    /** The session that uses it (content/sessions/<id>.yaml). */
    session: idSchema,
    /** "cards": cut-out cards, several per A4 sheet; "sheet": a handout printed as a table (front | back). */
    layout: z.enum(['cards', 'sheet']),
    /** Title printed at the top of the first page and in the facilitator pack's bookmarks. */
    title: localized,
    /** How to use it: what to print, cut and hand out, and what participants do (Markdown). */
    instructions: localized,
    /** Column headings of a sheet (left, right); ignored for cards. */
    columns: z.tuple([localized, localized]).optional(),
    /** Cards per A4 sheet (cards layout): 2, 4, 6 or 8. */
    perSheet: z.union([z.literal(2), z.literal(4), z.literal(6), z.literal(8)]).default(4),
    /** How many sets to print, e.g. one per group the plan forms. A sheet is printed once and photocopied: keep 1. */
    sets: z.number().int().min(1).max(12).default(1),
    /** How many copies of each card one set holds (e.g. 2 when pairs share a set). */
    copiesPerSet: z.number().int().min(1).max(6).default(1),
    /** A case study (case-studies/<id>.yaml) whose facts the card texts insert as {fact-id}, so a card and its case sheet cannot disagree on a figure. */
    caseStudy: idSchema.optional(),
    /** The cards, or the rows of a sheet, in order. */
    cards: z.array(materialCardSchema).min(1),
    /** Sources (content/sources.yaml) the material draws on. */
    sources: z.array(sourceRef).default([]),
  })
  .strict();

export type Material = z.infer<typeof materialSchema>;
export type MaterialCard = z.infer<typeof materialCardSchema>;
