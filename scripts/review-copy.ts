/**
 * npm run review:copy [-- <folder>]: make the review copy (default dist/review/
 * and dist/review.zip) from the content as it is now, without a full build.
 * The build makes the same copy in its own step.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeReviewCopy } from '../src/review/review-copy';

/** The build's step: the review copy and its zip in the staging folder. */
export function makeReviewCopy(root: string, stage: string) {
  const { units, groups } = writeReviewCopy(root, join(stage, 'review'), join(stage, 'review.zip'));
  console.log(`  ${units} units of Lao text in ${groups} parts, zipped to review.zip`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv.slice(2).find((a) => a !== '--') ?? 'dist/review');
  const { units, groups } = writeReviewCopy(process.cwd(), dir, `${dir}.zip`);
  console.log(`Review copy: ${dir}/index.html (${units} units of Lao text in ${groups} parts), zipped to ${dir}.zip`);
}
