/**
 * The indicator sheet for LSSO inspection (content/data/indicators.yaml): its
 * schema, and a reader that names the file and line of any mistake. The pages
 * read the JSON copy that scripts/generate-practice-data.ts writes from it.
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { localized } from '../src/schemas/common';
import { parseYaml } from '../src/check/yaml-file';

/** Activity (what inspectors do), output (what the work produces) or outcome (the change in compliance). */
export const indicatorKind = z.enum(['activity', 'output', 'outcome']);

/** One indicator, with every field of the indicator sheet. */
export const indicatorSchema = z
  .object({
    /** Stable id, lower-case and hyphenated. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** Activity, output or outcome. */
    kind: indicatorKind,
    /** Short name. */
    name: localized,
    /** What is counted, precisely. */
    definition: localized,
    /** How it is calculated. */
    formula: localized,
    /** Where the figures come from. */
    source: localized,
    /** How often it is reported. */
    frequency: localized,
    /** Starting value, or how LSSO will set it: an example, never a fact. */
    baseline: localized,
    /** Target: an example for LSSO to set, never a fact. */
    target: localized,
    /** Who reports it. */
    reportedBy: localized,
    /** What to watch for: the perverse incentive or limit of this indicator. */
    caution: localized,
  })
  .strict();

/** A candidate indicator card for the sorting activity. */
export const candidateSchema = z
  .object({
    /** Where it belongs: activity, output or outcome. */
    kind: indicatorKind,
    /** True if using it to judge inspectors invites perverse incentives. */
    perverse: z.boolean(),
    /** English text of the card. */
    en: z.string().min(1),
    /** Lao text of the card. */
    lo: z.string().min(1),
  })
  .strict();

/** The whole sheet. */
export const indicatorSheetSchema = z
  .object({
    /** Says that baselines and targets are examples for LSSO to set. */
    note: localized,
    /** Six to eight indicators. */
    indicators: z.array(indicatorSchema).min(6).max(8),
    /** About fifteen candidate cards for the sort. */
    candidates: z.array(candidateSchema).min(10),
  })
  .strict();

export type IndicatorSheet = z.infer<typeof indicatorSheetSchema>;

/** Reads and checks the sheet; throws one readable message listing every problem with its line. */
export function readIndicatorSheet(path: string): IndicatorSheet {
  const { parsed, problems } = parseYaml(path, readFileSync(path, 'utf8'));
  if (!parsed) throw new Error(problems.map((p) => `${path}:${p.line ?? '?'}: ${p.message}${p.fix ? ` (fix: ${p.fix})` : ''}`).join('\n'));
  const result = indicatorSheetSchema.safeParse(parsed.data);
  if (!result.success) {
    throw new Error(
      result.error.issues
        .map((issue) => `${path}:${parsed.lineOf(issue.path as (string | number)[]) ?? '?'}: "${issue.path.join('.')}": ${issue.message}`)
        .join('\n'),
    );
  }
  const ids = result.data.indicators.map((i) => i.id);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) throw new Error(`${path}: indicator id "${duplicate}" is used twice; give each indicator its own id`);
  return result.data;
}
