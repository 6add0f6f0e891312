/**
 * `npm run check`: report every content problem with file and line; exit 1 on any error.
 *
 *   npm run check                                   check the content
 *   npm run check -- --translations                 list the translation status of every Lao page
 *   npm run check -- --quiz-stats                   answers per letter and option lengths of every quiz
 *   npm run check -- --mark-translated <Lao page>…  record that Lao pages match their English page as it is now
 *
 * A folder given as the first argument is used instead of the current one (page paths are relative to it).
 */
import { checkContent } from '../src/check/index';
import { formatProblem } from '../src/check/problem';
import { formatQuizStats, quizStats } from '../src/check/quiz-stats';
import { loadContent } from '../src/check/load-content';
import { formatStatusTable, MarkError, markTranslated, readTranslationStatuses } from '../src/check/translation-status';
import { formatReviewSummary, withUnitReviews } from '../src/review/review-progress';
import { ReviewStatusError } from '../src/review/review-status';
import { UnitReadError } from '../src/review/units';

const args = process.argv.slice(2);
const markAt = args.indexOf('--mark-translated');
const toMark = markAt === -1 ? [] : args.slice(markAt + 1).filter((a) => !a.startsWith('--'));
const others = (markAt === -1 ? args : args.slice(0, markAt)).filter((a) => !a.startsWith('--'));
const root = others[0] ?? process.cwd();

if (markAt !== -1) {
  if (toMark.length === 0) {
    console.log('Give the Lao page(s) to mark, e.g.: npm run check -- --mark-translated content/lo/day-1/opening.mdx');
    process.exit(1);
  }
  let failed = 0;
  for (const file of toMark) {
    try {
      console.log(markTranslated(root, file));
    } catch (error) {
      if (!(error instanceof MarkError)) throw error;
      console.log(`error: ${error.message}`);
      failed++;
    }
  }
  process.exit(failed ? 1 : 0);
} else if (args.includes('--quiz-stats')) {
  const { quizzes } = loadContent(root);
  console.log(formatQuizStats(quizzes.map((q) => ({ id: q.value.id, stats: quizStats(q.value.items) }))));
} else if (args.includes('--translations')) {
  try {
    const summary = withUnitReviews(root, readTranslationStatuses(root));
    console.log(`${formatStatusTable(summary.pages)}\n${formatReviewSummary(summary)}`);
  } catch (error) {
    if (!(error instanceof ReviewStatusError || error instanceof UnitReadError)) throw error;
    console.log(formatStatusTable(readTranslationStatuses(root)));
    console.error(`\n✖ ${error.message}`);
    process.exit(1);
  }
} else {
  const { problems, errors, warnings } = checkContent(root);
  for (const p of problems) console.log(formatProblem(p));
  console.log(`\n${errors} error(s), ${warnings} warning(s).`);
  process.exit(errors > 0 ? 1 : 0);
}
