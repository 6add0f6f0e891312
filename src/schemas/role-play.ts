/**
 * A role-play: case-studies/role-plays/<id>.yaml. Every role has a private brief
 * printed on its own card, so a trainee never sees another role's brief.
 */
import { z } from 'astro/zod';
import { idSchema, localized, sourceRef } from './common';

export const roleSchema = z
  .object({
    /** Role id, unique within the role-play. */
    id: idSchema,
    /** Role name, e.g. "Inspector" / "ພະນັກງານກວດກາ". */
    name: localized,
    /** The private brief only this role reads (Markdown). */
    brief: localized,
  })
  .strict();

export const rolePlaySchema = z
  .object({
    /** Role-play id, also the file name. */
    id: idSchema,
    /** Title. */
    title: localized,
    /** The scenario everyone reads (Markdown). */
    scenario: localized,
    /** Minutes: preparation, play and debrief together. */
    duration: z.number().int().min(5).max(180),
    /** The roles, at least two. */
    roles: z.array(roleSchema).min(2),
    /** What observers watch for. */
    observerChecklist: z.array(localized).min(1),
    /** Debrief questions. */
    debrief: z.array(localized).min(1),
    /** How to run it (Markdown; facilitator outputs only). */
    guidance: localized,
    /** Sources. */
    sources: z.array(sourceRef).default([]),
  })
  .strict();

export type RolePlay = z.infer<typeof rolePlaySchema>;
