/**
 * Review progress for the translation status (npm run check -- --translations
 * and the site's translation status page): per Lao page, how many of its units
 * reviewers approved and who; and the same for the other Lao texts.
 */
import type { PageTranslation } from '../check/translation-status';
import { readReviewStatus, reviewerList, reviewProgress, type ReviewProgress } from './review-status';
import { readReviewUnits } from './units';

export interface ReviewSummary {
  pages: PageTranslation[];
  /** Units outside the pages: quizzes, case studies, glossary, forms, UI strings... */
  other: ReviewProgress;
  /** Every current approval, by reviewer. */
  all: ReviewProgress;
}

/** Add each page's unit review progress to the translation statuses. */
export function withUnitReviews(root: string, statuses: PageTranslation[]): ReviewSummary {
  const units = readReviewUnits(root);
  const records = readReviewStatus(root);
  const pages = statuses.map((s) => {
    const mine = units.filter((u) => u.file === s.loFile);
    if (!mine.length) return s;
    const p = reviewProgress(mine, records);
    return { ...s, units: { total: p.total, reviewed: p.reviewed, reviewers: reviewerList(p) } };
  });
  const pageFiles = new Set(statuses.map((s) => s.loFile));
  return { pages, other: reviewProgress(units.filter((u) => !pageFiles.has(u.file)), records), all: reviewProgress(units, records) };
}

/** Lines for the terminal under the status table. */
export function formatReviewSummary(summary: ReviewSummary): string {
  const lines = [`Other Lao texts (quizzes, case studies, glossary, forms, UI strings): ${summary.other.reviewed} of ${summary.other.total} units approved.`];
  if (!summary.all.reviewers.length) lines.push('No unit approved by a reviewer yet (npm run review:import records them).');
  for (const r of summary.all.reviewers) lines.push(`Approved by ${r.name}: ${r.units} unit(s), latest ${r.date}.`);
  return lines.join('\n');
}
