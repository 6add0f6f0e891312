/**
 * `npm run review:import`: bring reviewers' decisions back into the source.
 *
 * Rules, unit by unit:
 * - the unit must still exist and its English and Lao fingerprints must be
 *   those the reviewer saw; otherwise it is a conflict (review it again) and
 *   nothing is applied or recorded;
 * - two reviewers who disagree on a unit (one approves, one corrects; or two
 *   different corrections) are listed and neither is applied;
 * - an approval is recorded in content/review-status.yaml;
 * - a correction is written into the source (see write-back.ts) if it keeps
 *   what the build relies on (headings, components, {fact} placeholders,
 *   {{ui}} variables, no Thai letters), and recorded as "corrected";
 * - comments are listed for the maintainer.
 * A Lao page whose units are then all approved is marked reviewed.
 *
 * Every review file is checked first (see review-file.ts): one bad file and
 * nothing changes at all.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReviewFile, ReviewFileError, type ReviewEntry, type ReviewFile } from './review-file';
import { currentRecords, formatReviewStatus, mergeRecords, readReviewStatus, REVIEW_STATUS_FILE, type ReviewRecord } from './review-status';
import { courseVersion, mdxParts, readReviewUnits, type ReviewUnit } from './units';
import { markPageReviewed, replaceMdx, replaceUiStrings, replaceYamlValues, WriteBackError } from './write-back';
import { findThai } from '../check/lao-script';
import { MarkError, markTranslated } from '../check/translation-status';

export interface AppliedChange {
  file: string;
  unit: string;
  reviewer: string;
  key: string;
  old: string;
  new: string;
}

export interface Conflict {
  unit: string;
  reviewer: string;
  reason: string;
}

export interface Disagreement {
  unit: string;
  views: { reviewer: string; decision: string; proposed?: Record<string, string> }[];
}

export interface ImportPlan {
  approvals: ReviewRecord[];
  /** Corrections to write, grouped by unit (one entry per field). */
  changes: AppliedChange[];
  conflicts: Conflict[];
  disagreements: Disagreement[];
  comments: { unit: string; reviewer: string; comment: string }[];
}

/** What a reviewer's entry says, as one comparable value (approve, or the exact corrected texts). */
const verdict = (e: ReviewEntry) => (e.decision === 'approved' ? 'approved' : e.decision === 'changed' ? `changed:${JSON.stringify(Object.entries(e.proposed ?? {}).sort())}` : 'none');

const placeholders = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[0]).sort().join(' ');
const TAGS = /<\/?[A-Z][\w.]*|^#{1,6}(?=\s)/gm;

/** Why a corrected text cannot be written as it is, or undefined when it can. */
export function proposalProblem(unit: ReviewUnit, key: string, text: string): string | undefined {
  const field = unit.fields.find((f) => f.key === key);
  if (!field) return `it corrects a text the unit does not have ("${key}")`;
  if (!text.trim()) return 'the corrected text is empty';
  if (findThai(text).length) return 'the corrected text contains Thai letters';
  if (unit.kind === 'page-section' && placeholders(text, TAGS) !== placeholders(field.lo, TAGS)) return 'the correction adds or removes a heading or a component (<...>): apply it by hand';
  if (unit.kind === 'page-section' && (text.match(/<Verify\b/g) ?? []).length !== (field.lo.match(/<Verify\b/g) ?? []).length) return 'the correction adds or removes a <Verify> marker: apply it by hand';
  if (placeholders(text, /\{\{\w+\}\}/g) !== placeholders(field.lo, /\{\{\w+\}\}/g)) return 'the correction changes a {{...}} placeholder: keep them as they are';
  if (unit.kind !== 'page-section' && placeholders(text, /\{[\w-]+\}/g) !== placeholders(field.lo, /\{[\w-]+\}/g)) return 'the correction changes a {fact} placeholder: keep them as they are';
  return undefined;
}

/** Decide, without touching any file, what an import of these reviews does. */
export function planImport(units: ReviewUnit[], reviews: ReviewFile[]): ImportPlan {
  const byId = new Map(units.map((u) => [u.id, u]));
  const plan: ImportPlan = { approvals: [], changes: [], conflicts: [], disagreements: [], comments: [] };
  const valid = new Map<string, { review: ReviewFile; entry: ReviewEntry }[]>();
  for (const review of reviews) {
    for (const entry of review.units) {
      if (entry.comment?.trim()) plan.comments.push({ unit: entry.id, reviewer: review.reviewer, comment: entry.comment.trim() });
      if (entry.decision === 'none') continue;
      const unit = byId.get(entry.id);
      const conflict = (reason: string) => plan.conflicts.push({ unit: entry.id, reviewer: review.reviewer, reason });
      if (!unit) conflict('this unit is no longer in the course (its heading or id changed): review it again in a new review copy');
      else if (unit.en !== entry.en && unit.lo !== entry.lo) conflict('both the English and the Lao changed since the review: review it again');
      else if (unit.en !== entry.en) conflict('the English changed since the review: review it again');
      else if (unit.lo !== entry.lo) conflict('the Lao changed since the review: review it again');
      else valid.set(entry.id, [...(valid.get(entry.id) ?? []), { review, entry }]);
    }
  }
  for (const [id, views] of valid) {
    const unit = byId.get(id)!;
    if (new Set(views.map((v) => verdict(v.entry))).size > 1) {
      plan.disagreements.push({ unit: id, views: views.map((v) => ({ reviewer: v.review.reviewer, decision: v.entry.decision, proposed: v.entry.proposed })) });
      continue;
    }
    const first = views[0].entry;
    if (first.decision === 'changed') {
      const problems = Object.entries(first.proposed ?? {}).map(([key, text]) => proposalProblem(unit, key, text)).filter(Boolean);
      if (problems.length) {
        for (const v of views) plan.conflicts.push({ unit: id, reviewer: v.review.reviewer, reason: `the correction was not applied: ${problems[0]}` });
        continue;
      }
      for (const [key, text] of Object.entries(first.proposed ?? {})) {
        const old = unit.fields.find((f) => f.key === key)!.lo;
        if (old !== text) plan.changes.push({ file: unit.file, unit: id, reviewer: views.map((v) => v.review.reviewer).join(', '), key, old, new: text });
      }
    }
    for (const v of views) plan.approvals.push({ unit: id, reviewer: v.review.reviewer, date: v.review.date, decision: first.decision === 'changed' ? 'corrected' : 'approved', en: unit.en, lo: unit.lo });
  }
  return plan;
}

/** The new text of every file the corrections touch (nothing written yet). */
export function correctedFiles(root: string, changes: AppliedChange[]): Map<string, string> {
  const out = new Map<string, string>();
  const files = [...new Set(changes.map((c) => c.file))];
  for (const file of files) {
    const mine = changes.filter((c) => c.file === file);
    const text = readFileSync(join(root, file), 'utf8');
    const place = (c: AppliedChange) => c.unit.slice(c.unit.indexOf('#') + 1);
    if (/\.mdx?$/.test(file)) {
      const en = readFileSync(join(root, file.replace(/^content\/lo\//, 'content/en/')), 'utf8');
      out.set(file, replaceMdx(file, text, en, mine.map((c) => ({ anchor: place(c), key: c.key, old: c.old, new: c.new }))));
    } else if (/\.json$/.test(file)) {
      out.set(file, replaceUiStrings(file, text, mine.map((c) => ({ key: place(c), old: c.old, new: c.new }))));
    } else {
      out.set(file, replaceYamlValues(file, text, mine.map((c) => ({ path: [...place(c).split('.'), ...(c.key ? c.key.split('.') : [])], old: c.old, new: c.new }))));
    }
  }
  return out;
}

export interface ImportResult extends ImportPlan {
  /** Lao pages newly marked reviewed. */
  pagesReviewed: string[];
  filesWritten: string[];
}

/**
 * Import review files into a project. Throws a ReviewFileError (nothing
 * changed) when any file is bad; otherwise applies what the rules allow.
 */
export function importReviews(root: string, paths: string[]): ImportResult {
  if (!paths.length) throw new ReviewFileError('give one or more review files: npm run review:import -- review-Name-2026-11-30.json');
  const version = courseVersion(root);
  const reviews = paths.map((path) => {
    if (!existsSync(path)) throw new ReviewFileError(`${path}: no such file`);
    return parseReviewFile(path, readFileSync(path, 'utf8'), version);
  });
  const units = readReviewUnits(root);
  const existing = readReviewStatus(root); // read before anything is written: a broken file stops the import here
  const plan = planImport(units, reviews);
  // A file whose corrections cannot be written safely: its corrections become conflicts, the rest goes on.
  const corrected = new Map<string, string>();
  for (const file of [...new Set(plan.changes.map((c) => c.file))]) {
    const mine = plan.changes.filter((c) => c.file === file);
    try {
      corrected.set(file, correctedFiles(root, mine).get(file)!);
    } catch (error) {
      if (!(error instanceof WriteBackError)) throw error;
      const failed = new Set(mine.map((c) => c.unit));
      plan.changes = plan.changes.filter((c) => !failed.has(c.unit));
      plan.approvals = plan.approvals.filter((a) => !failed.has(a.unit));
      for (const c of mine) plan.conflicts.push({ unit: c.unit, reviewer: c.reviewer, reason: `the correction was not applied: ${error.message}` });
    }
  }
  for (const [file, text] of corrected) writeFileSync(join(root, file), text);
  // Corrected units are recorded with the fingerprint of their new text.
  const after = new Map(readReviewUnits(root).map((u) => [u.id, u]));
  const approvals = plan.approvals.map((a) => (a.decision === 'corrected' && after.get(a.unit) ? { ...a, lo: after.get(a.unit)!.lo } : a));
  const records = mergeRecords(existing, approvals);
  writeFileSync(join(root, REVIEW_STATUS_FILE), formatReviewStatus(records));
  const pagesReviewed: string[] = [];
  const pageFiles = [...new Set([...after.values()].filter((u) => u.kind === 'page-section' || u.kind === 'page-title').map((u) => u.file))];
  for (const file of pageFiles) {
    const pageUnits = [...after.values()].filter((u) => u.file === file);
    const current = pageUnits.map((u) => currentRecords(u, records));
    if (!pageUnits.length || current.some((c) => !c.length)) continue;
    const text = readFileSync(join(root, file), 'utf8');
    const fm = mdxParts(text.replace(/\r\n?/g, '\n')).frontmatter;
    if (fm && /\n?\s*status:\s*reviewed\b/.test(fm.text)) continue;
    const reviewers = new Map<string, string>();
    for (const r of current.flat()) if (!reviewers.has(r.reviewer) || r.date > reviewers.get(r.reviewer)!) reviewers.set(r.reviewer, r.date);
    const by = [...reviewers].map(([name, date]) => `${name}, ${date}`).join('; ');
    try {
      writeFileSync(join(root, file), markPageReviewed(file, text, by));
      pagesReviewed.push(file);
      // Every unit was approved against the English as it is now: the page matches that English, so record its fingerprints too.
      try {
        markTranslated(root, file);
      } catch (error) {
        if (!(error instanceof MarkError)) throw error;
        plan.conflicts.push({ unit: file, reviewer: by, reason: `marked reviewed, but its English version could not be recorded: ${error.message}` });
      }
    } catch (error) {
      if (!(error instanceof WriteBackError)) throw error;
      plan.conflicts.push({ unit: file, reviewer: by, reason: `every unit is approved but ${error.message}` });
    }
  }
  return { ...plan, approvals, pagesReviewed, filesWritten: [...corrected.keys(), REVIEW_STATUS_FILE, ...pagesReviewed] };
}

const short = (text: string, length = 160) => {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > length ? `${one.slice(0, length - 1)}…` : one;
};

/** The lines that differ between two texts (common lines before and after left out), so a long section shows what changed. */
export function changedLines(before: string, after: string): [string, string] {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return [a.slice(start, a.length - end).join('\n'), b.slice(start, b.length - end).join('\n')];
}

/** The import's report for the terminal. */
export function formatImportResult(result: ImportResult): string {
  const lines: string[] = [];
  const reviewers = [...new Set(result.approvals.map((a) => a.reviewer))];
  lines.push(`Recorded ${result.approvals.length} approval(s) in ${REVIEW_STATUS_FILE}${reviewers.length ? ` (${reviewers.join(', ')})` : ''}.`);
  if (result.changes.length) {
    lines.push('', `Corrections applied (${result.changes.length}); see them with git diff:`);
    for (const c of result.changes) {
      const [before, after] = changedLines(c.old, c.new);
      lines.push(`  ${c.file}  ${c.unit.slice(c.unit.indexOf('#') + 1)}${c.key ? ` (${c.key})` : ''}  by ${c.reviewer}`, `    old: ${short(before)}`, `    new: ${short(after)}`);
    }
  }
  if (result.pagesReviewed.length) lines.push('', 'Pages now fully reviewed (draft notice removed):', ...result.pagesReviewed.map((f) => `  ${f}`));
  if (result.conflicts.length) {
    lines.push('', `Not applied: review again (${result.conflicts.length}):`);
    for (const c of result.conflicts) lines.push(`  ${c.unit}  (${c.reviewer}): ${c.reason}`);
  }
  if (result.disagreements.length) {
    lines.push('', `Reviewers disagree (${result.disagreements.length}): nothing applied, decide with them:`);
    for (const d of result.disagreements) {
      lines.push(`  ${d.unit}`);
      for (const v of d.views) lines.push(`    ${v.reviewer}: ${v.decision}${v.proposed ? ` ${short(Object.values(v.proposed).join(' | '))}` : ''}`);
    }
  }
  if (result.comments.length) {
    lines.push('', `Comments (${result.comments.length}):`);
    for (const c of result.comments) lines.push(`  ${c.unit}  (${c.reviewer}): ${short(c.comment, 400)}`);
  }
  return lines.join('\n');
}

export { ReviewFileError };
