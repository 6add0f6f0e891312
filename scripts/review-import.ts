/**
 * npm run review:import -- <review.json> [more.json]
 *
 * Imports review files exported from the review copy (dist/review/): records
 * approvals in content/review-status.yaml, applies corrected Lao text where
 * the text is still what the reviewer saw, marks fully approved pages
 * reviewed, and lists conflicts, disagreements and comments.
 */
import { formatImportResult, importReviews, ReviewFileError } from '../src/review/import';
import { UnitReadError } from '../src/review/units';
import { ReviewStatusError } from '../src/review/review-status';

const files = process.argv.slice(2).filter((a) => a !== '--');
try {
  console.log(formatImportResult(importReviews(process.cwd(), files)));
} catch (error) {
  if (error instanceof ReviewFileError || error instanceof UnitReadError || error instanceof ReviewStatusError) {
    console.error(`✖ ${error.message}\nNothing was imported.`);
    process.exit(1);
  }
  throw error;
}
