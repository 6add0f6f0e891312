/**
 * content/review-status.yaml: the units of Lao text an LSSO reviewer has
 * approved (or corrected), with who, when, and the fingerprints of the text
 * approved. A record counts only while both fingerprints match the text as it
 * is: change the English or the Lao and the unit needs review again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse, stringify } from 'yaml';
import type { ReviewUnit } from './units';

export const REVIEW_STATUS_FILE = 'content/review-status.yaml';

/** One approval of one unit by one reviewer. */
export const reviewRecordSchema = z
  .object({
    /** The unit's id (file#place). */
    unit: z.string(),
    /** The reviewer's name. */
    reviewer: z.string(),
    /** The day of the review, YYYY-MM-DD. */
    date: z.string(),
    /** approved: as it was; corrected: the reviewer's own corrected text was applied. */
    decision: z.enum(['approved', 'corrected']),
    /** Fingerprint of the English text at the time. */
    en: z.string(),
    /** Fingerprint of the Lao text approved (after the correction, for a corrected unit). */
    lo: z.string(),
  })
  .strict();

export type ReviewRecord = z.infer<typeof reviewRecordSchema>;

const HEADER = `# Units of Lao text approved by an LSSO native reviewer, written by
# \`npm run review:import\` (see content/README.md). Do not edit by hand.
# A record counts while the unit's English (en) and Lao (lo) fingerprints
# still match its text: change either and the unit needs review again.
`;

/** content/review-status.yaml cannot be read, with what to do. */
export class ReviewStatusError extends Error {}

/** Read the review records of a project (none when the file does not exist yet). */
export function readReviewStatus(root: string): ReviewRecord[] {
  const path = join(root, REVIEW_STATUS_FILE);
  if (!existsSync(path)) return [];
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8')) ?? [];
  } catch (error) {
    throw new ReviewStatusError(`${REVIEW_STATUS_FILE} is not valid YAML (${(error as Error).message.split('\n')[0]}): the file is written by npm run review:import; restore it with git (git checkout -- ${REVIEW_STATUS_FILE})`);
  }
  const parsed = z.array(reviewRecordSchema).safeParse(data);
  if (!parsed.success) throw new ReviewStatusError(`${REVIEW_STATUS_FILE}: record ${parsed.error.issues[0].path.join('.')}: ${parsed.error.issues[0].message}. The file is written by npm run review:import; restore it with git (git checkout -- ${REVIEW_STATUS_FILE})`);
  return parsed.data;
}

export function formatReviewStatus(records: ReviewRecord[]): string {
  const sorted = [...records].sort((a, b) => a.unit.localeCompare(b.unit) || a.reviewer.localeCompare(b.reviewer));
  return HEADER + (sorted.length ? stringify(sorted, { lineWidth: 0 }) : '[]\n');
}

/** Add records, replacing an earlier record of the same unit by the same reviewer. */
export function mergeRecords(existing: ReviewRecord[], added: ReviewRecord[]): ReviewRecord[] {
  const key = (r: ReviewRecord) => `${r.unit}\u0000${r.reviewer}`;
  const map = new Map(existing.map((r) => [key(r), r]));
  for (const r of added) map.set(key(r), r);
  return [...map.values()];
}

/** The records that still apply to a unit as it is now. */
export function currentRecords(unit: ReviewUnit, records: ReviewRecord[]): ReviewRecord[] {
  return records.filter((r) => r.unit === unit.id && r.en === unit.en && r.lo === unit.lo);
}

export interface ReviewProgress {
  /** Units in the group. */
  total: number;
  /** Units with at least one current approval. */
  reviewed: number;
  /** Reviewers of the current approvals, with their latest date. */
  reviewers: { name: string; date: string; units: number }[];
}

/** How much of a set of units is reviewed now, and by whom. */
export function reviewProgress(units: ReviewUnit[], records: ReviewRecord[]): ReviewProgress {
  const reviewers = new Map<string, { name: string; date: string; units: number }>();
  let reviewed = 0;
  for (const unit of units) {
    const current = currentRecords(unit, records);
    if (current.length) reviewed++;
    for (const r of current) {
      const entry = reviewers.get(r.reviewer) ?? { name: r.reviewer, date: r.date, units: 0 };
      entry.units++;
      if (r.date > entry.date) entry.date = r.date;
      reviewers.set(r.reviewer, entry);
    }
  }
  return { total: units.length, reviewed, reviewers: [...reviewers.values()].sort((a, b) => b.units - a.units) };
}

/** "Name (2026-11-30), Other (2026-12-01)" */
export const reviewerList = (p: ReviewProgress) => p.reviewers.map((r) => `${r.name} (${r.date})`).join(', ');
