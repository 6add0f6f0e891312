/**
 * The six-month implementation plan: content/implementation-plan.yaml. One
 * source for the site page, the Gantt chart, the landscape manual page, the
 * print page (and its Word copy) and the spreadsheet LSSO fills.
 */
import { z } from 'astro/zod';
import { idSchema, localized, translationStatus } from './common';

const month = z.number().int().min(1, 'months count from 1 (the first month after the course)').max(6, 'the plan covers six months: use 1 to 6');

export const planWorkstreamSchema = z
  .object({
    /** Id the activities refer to. */
    id: idSchema,
    /** Name shown as a group of rows in the chart and the tables. */
    name: localized,
  })
  .strict();

export const planActivitySchema = z
  .object({
    /** Stable id of the activity (used in the spreadsheet and tests). */
    id: idSchema,
    /** Id of the workstream it belongs to. */
    workstream: idSchema,
    /** What is done, as an action. */
    title: localized,
    /** First month of the activity, 1-6, counted from the end of the course. */
    startMonth: month,
    /** Last month of the activity, 1-6, not before the first. */
    endMonth: month,
    /** A role, or an LSSO unit with "(name to confirm)": never an invented unit name. */
    responsible: localized,
    /** What exists when the activity is done. */
    outputs: localized,
    /** Id of an indicator of Day 2's indicator sheet (content/data/indicators.yaml), when one fits. */
    indicatorId: idSchema.optional(),
    /** The indicator as printed: the Day 2 indicator's name, or a generic indicator. */
    indicator: localized,
    /** People, money, data and equipment needed. */
    resources: localized,
    /** What could stop or spoil the activity. */
    risk: localized,
    /** What reduces that risk. */
    mitigation: localized,
  })
  .strict()
  .refine((a) => a.endMonth >= a.startMonth, { message: 'endMonth is before startMonth', path: ['endMonth'] });

export const implementationPlanSchema = z
  .object({
    /** Review state of the Lao texts. */
    translation: translationStatus.default('draft'),
    /** Title of the plan. */
    title: localized,
    /** Whose plan this is and what is still to be decided: printed on every output. */
    status: localized,
    /** Length of the plan in months (the chart's axis and the template's columns). */
    months: z.literal(6),
    /** Groups of activities, in display order. */
    workstreams: z.array(planWorkstreamSchema).min(1),
    /** The activities, in display order within each workstream. */
    activities: z.array(planActivitySchema).min(1),
  })
  .strict();

export type ImplementationPlan = z.infer<typeof implementationPlanSchema>;
export type PlanActivity = z.infer<typeof planActivitySchema>;
