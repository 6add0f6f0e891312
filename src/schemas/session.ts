/**
 * A training session: the language-neutral record behind one session page.
 * Lives in content/sessions/<id>.yaml; the pages content/en/... and content/lo/...
 * point to it with `session: <id>` in their frontmatter.
 */
import { z } from 'astro/zod';
import { idSchema, localized, sourceRef } from './common';

/** Teaching methods a session may use. */
export const METHODS = [
  'lecture',
  'discussion',
  'group-work',
  'role-play',
  'case-study',
  'hands-on',
  'microteaching',
  'assessment',
  'evaluation',
] as const;

/** A time of day, 24-hour "HH:MM". */
export const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'write the time as HH:MM, e.g. "08:30"');

/** One step of the timed session plan: what the facilitator does and says, what participants do. */
export const planStepSchema = z
  .object({
    /** Minutes this step takes; the steps add up to the session's duration. */
    minutes: z.number().int().min(1),
    /** What the facilitator does and says. */
    facilitator: localized,
    /** What participants do. */
    participants: localized,
    /** True for a step the facilitator may drop when time runs short (listed as "drop first"); core steps are the rest. */
    optional: z.boolean().default(false),
    /** True for facilitator input (presenting, explaining, instructing, plenary answers): it takes about twice as long with consecutive interpretation. */
    input: z.boolean().default(false),
  })
  .strict();

/** One line of a session's materials list: the text in both languages, and the printed material it refers to, if any. */
export const sessionMaterialSchema = localized.extend({
  /** Id of a material in content/materials/ that the facilitator pack prints (cards, handout); the check verifies it exists. */
  material: idSchema.optional(),
});

export const sessionSchema = z
  .object({
    /** Stable id, e.g. "d1-opening"; also the file name. */
    id: idSchema,
    /** Course day, 1 to 5. */
    day: z.number().int().min(1).max(5),
    /** Position within the day (1, 2, ...); the curriculum order is day then order. */
    order: z.number().int().min(1),
    /** Start time on the day. */
    start: timeOfDay,
    /** Length in minutes, written once for both languages. */
    duration: z.number().int().min(5).max(480),
    /** Session title in both languages. */
    title: localized,
    /** Learning objectives, one measurable (Bloom) verb each, in both languages. */
    objectives: z.array(localized).min(1),
    /** Competency outcomes (content/competencies.yaml) this session builds. */
    outcomes: z.array(z.string()).default([]),
    /** Teaching methods used. */
    methods: z.array(z.enum(METHODS)).min(1),
    /** Materials the facilitator prepares, in both languages; `material` names a printed material (content/materials/<id>.yaml) when the build supplies it. */
    materials: z.array(sessionMaterialSchema).default([]),
    /** Terms-of-reference items (content/tor-items.yaml) the session covers. */
    tor: z.array(z.string()).min(1),
    /** Sources (content/sources.yaml) the session draws on; shown on the page. */
    sources: z.array(sourceRef).default([]),
    /** Timed session plan for the facilitator, minute by minute (facilitator outputs only). */
    plan: z.array(planStepSchema).default([]),
    /** Slug of the session page below content/<lang>/, e.g. "day-1/opening". Empty for sessions not yet written. */
    page: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/).optional(),
  })
  .strict();

export type Session = z.infer<typeof sessionSchema>;
