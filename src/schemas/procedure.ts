/**
 * A standard operating procedure (SOP): content/procedures/<id>.yaml, and the
 * roles that carry out its steps: content/procedure-roles.yaml.
 *
 * The procedures are data, not prose: LSSO replaces the generic steps with its
 * own in one file, and the flowchart, the step table, the checklist job aid,
 * the site page and the books all follow. The check (src/check/rules/procedures.ts)
 * makes sure every step has a known actor, every decision leads somewhere,
 * every form exists, no step is orphaned and no loop is unintended.
 */
import { z } from 'astro/zod';
import { idSchema, localized, sourceRef, verifyNote } from './common';

/** `end`: the procedure stops here. Any other value names a step of the same procedure. */
export const END = 'end';

/** What LSSO must confirm: one text (English), or one text per language. */
export const verifySchema = z.union([verifyNote, localized]);

/** content/procedure-roles.yaml: who acts in the procedures (roles, never named people). */
export const procedureRoleSchema = z
  .object({
    /** Role id, used as `actor` in the steps, e.g. "inspector". */
    id: idSchema,
    /** The role's name, e.g. "Inspector" / "ພະນັກງານກວດກາ". */
    name: localized,
    /** One line on what the role does in the procedures. */
    description: localized,
    /** Set when the role's title or place in LSSO's structure must be confirmed by LSSO. */
    verify: verifySchema.optional(),
  })
  .strict();
export const procedureRolesSchema = z.array(procedureRoleSchema).min(1);

/** A time limit for a step. Never a Lao legal time limit unless LSSO confirms it: a number of days needs `verify`. */
export const timeLimitSchema = z
  .object({
    /** The limit as printed, e.g. "Before the visit" or "Within the period LSSO sets". */
    text: localized,
    /** What LSSO must confirm about this limit (its length, the article that sets it). */
    verify: verifySchema.optional(),
  })
  .strict();

/** One way out of a decision: its label on the arrow, and where it leads. */
export const branchSchema = z
  .object({
    /** The label on the arrow, e.g. "Yes" / "ແມ່ນ". */
    label: localized,
    /** The step it leads to (a step id of this procedure), or "end". */
    next: z.string().min(1),
    /** True when this branch goes back to an earlier step on purpose (a loop): the check accepts the cycle. */
    loop: z.boolean().default(false),
  })
  .strict();

/** A decision: a question with at least two branches. */
export const decisionSchema = z
  .object({
    /** The question, e.g. "Is the plan approved?". */
    question: localized,
    /** The branches: at least two (the check says so with the line). */
    branches: z.array(branchSchema),
  })
  .strict();

export const procedureStepSchema = z
  .object({
    /** Step id, unique in the procedure, e.g. "collect-data"; used by `next`, branches and `steps="a-d"` in pages. */
    id: idSchema,
    /** Who does it: a role id from content/procedure-roles.yaml. */
    actor: z.string().min(1),
    /** A short label for the flowchart box and the checklist (a few words; a question for a decision step). */
    label: localized,
    /** What is done, in full sentences (step table). */
    action: localized,
    /** What the step needs: documents, data, earlier outputs. */
    inputs: z.array(localized).default([]),
    /** What the step produces. */
    outputs: z.array(localized).default([]),
    /** The form used, an id of content/inspection-forms/<id>.yaml. */
    form: z.string().optional(),
    /** The time limit, if there is one (with `verify` where LSSO must confirm it). */
    timeLimit: timeLimitSchema.optional(),
    /** The next step (id or "end"); by default the step written after this one, or "end" for the last. Not used with `decision`. */
    next: z.string().optional(),
    /** True when `next` goes back to an earlier step on purpose (a loop). */
    loop: z.boolean().default(false),
    /** A decision taken at this step; its branches replace `next`. */
    decision: decisionSchema.optional(),
    /** True once LSSO has confirmed that this step is its own; false (the default) prints "generic, to adapt". */
    confirmed: z.boolean().default(false),
  })
  .strict();

export const procedureSchema = z
  .object({
    /** Procedure id, also the file name, e.g. "planning-preparation". */
    id: idSchema,
    /** Position in lists of procedures (1, 2, ...). */
    order: z.number().int().min(1),
    /** Title. */
    title: localized,
    /** Why the procedure exists, in one or two sentences. */
    purpose: localized,
    /** The statement that this is a generic procedure and what LSSO must put in (its own steps, forms, time limits). */
    adaptation: localized,
    /** Sources the generic steps are drawn from (ids of content/sources.yaml). */
    sources: z.array(sourceRef).min(1),
    /** The steps, in order; the first is where the procedure starts. */
    steps: z.array(procedureStepSchema).min(1),
  })
  .strict();

export type ProcedureRole = z.infer<typeof procedureRoleSchema>;
export type TimeLimit = z.infer<typeof timeLimitSchema>;
export type ProcedureStep = z.infer<typeof procedureStepSchema>;
export type Procedure = z.infer<typeof procedureSchema>;
