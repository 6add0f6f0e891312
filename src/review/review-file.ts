/**
 * The file a reviewer exports from the review copy ("Export my review"), and
 * reading it back: its schema, its checksum (so a file edited by hand is
 * refused), and clear messages for a truncated or foreign file.
 */
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';

export const REVIEW_FORMAT = 'lsso-review/1';

const fingerprintSchema = z.string().regex(/^[0-9a-f]{12}$/, 'a fingerprint is 12 hex digits');

/** What the reviewer decided about one unit. */
export const reviewEntrySchema = z
  .object({
    /** The unit's id, as the review copy gave it (file#place). */
    id: z.string().min(3),
    /** approved: the Lao is right as it is; changed: the reviewer proposes a corrected Lao text; none: only a comment. */
    decision: z.enum(['approved', 'changed', 'none']),
    /** The corrected Lao text of each changed field, by field key ("" when the unit is one text). */
    proposed: z.record(z.string()).optional(),
    /** The reviewer's comment, if any. */
    comment: z.string().optional(),
    /** Fingerprint of the English text the reviewer saw. */
    en: fingerprintSchema,
    /** Fingerprint of the Lao text the reviewer saw. */
    lo: fingerprintSchema,
  })
  .strict();

/** A review file: who reviewed, when, which version of the course, and one entry per unit reviewed. */
export const reviewFileSchema = z
  .object({
    /** Always "lsso-review/1": tells a review file from any other JSON. */
    format: z.literal(REVIEW_FORMAT),
    /** The reviewer's name as they typed it. */
    reviewer: z.string().trim().min(1, 'the reviewer name is empty'),
    /** The day of the export, YYYY-MM-DD. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'the date is not YYYY-MM-DD'),
    /** content/course.yaml `version` of the review copy. */
    courseVersion: z.string(),
    /** The reviewed units (units left untouched are not listed). */
    units: z.array(reviewEntrySchema),
    /** SHA-256 (hex) of the JSON of every field above, in this order: a file edited by hand no longer matches. */
    checksum: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

export type ReviewEntry = z.infer<typeof reviewEntrySchema>;
export type ReviewFile = z.infer<typeof reviewFileSchema> & { path: string };

/** The checksum of a review file: SHA-256 of the JSON of everything but the checksum, keys in the order written. The review copy computes the same. */
export function reviewChecksum(review: Record<string, unknown>): string {
  const { checksum: _ignored, ...body } = review;
  return createHash('sha256').update(JSON.stringify(body), 'utf8').digest('hex');
}

/** A review file that cannot be imported, with what to do (shown without a stack trace). */
export class ReviewFileError extends Error {}

/** Parse and check one review file's text; throws a ReviewFileError naming the file and what is wrong. */
export function parseReviewFile(path: string, text: string, expectedVersion: string): ReviewFile {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    const hint = text.trim().length === 0 ? 'it is empty' : /[}\]]\s*$/.test(text.trim()) ? 'it is not valid JSON' : 'it ends before the end (a truncated copy?)';
    throw new ReviewFileError(`${path}: cannot be read: ${hint}. Export the review again from the review copy ("Export my review") and import that file.`);
  }
  if (!json || typeof json !== 'object' || (json as { format?: unknown }).format !== REVIEW_FORMAT) {
    throw new ReviewFileError(`${path}: this is not a review file exported from the review copy (no "format": "${REVIEW_FORMAT}").`);
  }
  const parsed = reviewFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ReviewFileError(`${path}: ${issue.path.join('.') || 'the file'}: ${issue.message}. The file was changed after it was exported: export it again from the review copy.`);
  }
  if (reviewChecksum(json as Record<string, unknown>) !== parsed.data.checksum) {
    throw new ReviewFileError(`${path}: the file was edited after it was exported (its checksum does not match its content). Import the file exactly as the review copy saved it, or export it again.`);
  }
  if (parsed.data.courseVersion !== expectedVersion) {
    throw new ReviewFileError(`${path}: this review was made on course version "${parsed.data.courseVersion}", but this project is version "${expectedVersion}". Give the reviewer a review copy of this version (npm run build makes it: dist/review/), or import into the project at version "${parsed.data.courseVersion}".`);
  }
  const ids = new Set<string>();
  for (const entry of parsed.data.units) {
    if (ids.has(entry.id)) throw new ReviewFileError(`${path}: the unit ${entry.id} appears twice. Export the review again.`);
    ids.add(entry.id);
    if (entry.decision === 'changed' && !Object.keys(entry.proposed ?? {}).length) throw new ReviewFileError(`${path}: ${entry.id} is marked "changed" but proposes no text. Export the review again.`);
  }
  return { ...parsed.data, path };
}
