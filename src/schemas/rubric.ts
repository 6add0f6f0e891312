/**
 * A scoring rubric for a performance task: content/rubrics/<id>.yaml. Criteria
 * by levels, each level with a descriptor of what the observer sees and its
 * points; prints as a scoring sheet (one per participant or group).
 */
import { z } from 'astro/zod';
import { idSchema, localized, sourceRef, translationStatus } from './common';

export const rubricLevelSchema = z
  .object({
    /** Level name, e.g. "Proficient". */
    label: localized,
    /** Points a criterion scores at this level. */
    points: z.number().int().min(0).max(20),
  })
  .strict();

export const rubricCriterionSchema = z
  .object({
    /** Id, unique in the rubric. */
    id: idSchema,
    /** What is assessed, as an observable behaviour or product. */
    title: localized,
    /** What the observer sees at each level, in the order of `levels` (lowest first). */
    descriptors: z.array(localized).min(2),
    /** Weight: the level's points are multiplied by it (default 1). */
    weight: z.number().int().min(1).max(5).default(1),
  })
  .strict();

export const rubricSchema = z
  .object({
    /** Rubric id, also the file name. */
    id: idSchema,
    /** Title of the scoring sheet. */
    title: localized,
    /** The performance task assessed, in one or two sentences. */
    task: localized,
    /** Sessions where it is used (ids in content/sessions/). */
    sessions: z.array(idSchema).default([]),
    /** Who is scored on one sheet. */
    scored: z.enum(['participant', 'group']),
    /** How the observer uses the sheet. */
    instructions: localized,
    /** The levels, lowest first. */
    levels: z.array(rubricLevelSchema).min(2).max(5),
    /** The criteria, in the order they are observed. */
    criteria: z.array(rubricCriterionSchema).min(2).max(10),
    /** Review state of the Lao text. */
    translation: translationStatus.default('draft'),
    /** Sources the criteria follow (ids in content/sources.yaml). */
    sources: z.array(sourceRef).default([]),
  })
  .strict()
  .superRefine((rubric, ctx) => {
    const points = rubric.levels.map((l) => l.points);
    if (points.some((p, i) => i > 0 && p <= points[i - 1])) ctx.addIssue({ code: 'custom', path: ['levels'], message: 'level points must rise from the first (lowest) level to the last' });
    const seen = new Set<string>();
    rubric.criteria.forEach((c, i) => {
      if (c.descriptors.length !== rubric.levels.length) ctx.addIssue({ code: 'custom', path: ['criteria', i, 'descriptors'], message: `criterion "${c.id}" has ${c.descriptors.length} descriptors for ${rubric.levels.length} levels: write one per level, lowest first` });
      for (const lang of ['en', 'lo'] as const) {
        const texts = c.descriptors.map((d) => d[lang].trim());
        if (new Set(texts).size !== texts.length) ctx.addIssue({ code: 'custom', path: ['criteria', i, 'descriptors'], message: `criterion "${c.id}": two ${lang} level descriptors are the same; each level must describe something different` });
      }
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['criteria', i, 'id'], message: `duplicate criterion id "${c.id}"` });
      seen.add(c.id);
    });
  });

export type Rubric = z.infer<typeof rubricSchema>;

/** The highest total a sheet can score. */
export function maxScore(rubric: Rubric): number {
  const top = Math.max(...rubric.levels.map((l) => l.points));
  return rubric.criteria.reduce((sum, c) => sum + top * c.weight, 0);
}
