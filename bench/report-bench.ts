/**
 * `npm run bench:report`: how long the training report takes for a large class:
 * 200 participants x 2 forms x 40 items (synthetic, seeded), and 200 returned
 * copies of each feedback form. Times reading and checking the CSV, the
 * statistics and charts, and the PDF; writes bench/report-results.json.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadReportCourse, computeReport } from '../src/report/make-report';
import { readFeedback, readResults } from '../src/report/report-input';
import { printReport } from '../src/report/print-report';
import { pageCount } from '../src/print/pdf-document';
import { resultsCsv, seeded, syntheticClass, syntheticForms } from '../tests/helpers/synthetic-class';

const PARTICIPANTS = 200;
const ITEMS = 40;
const root = process.cwd();

async function main() {
  const course = loadReportCourse(root);
  if ('problems' in course) throw new Error(course.problems.map((p) => p.message).join('\n'));
  // Synthetic forms of 40 items whose outcomes are the course's own.
  const outcomes = course.outcomeInfo.map((o) => o.id);
  const forms = syntheticForms(ITEMS).map((f) => ({ ...f, items: f.items.map((item, i) => ({ ...item, outcome: outcomes[i % outcomes.length] })) }));
  const resultsText = resultsCsv(forms, syntheticClass(forms, PARTICIPANTS, 5));
  const random = seeded(9);
  const columns = [...new Set(course.feedback.flatMap((f) => f.ratings.map((r) => r.id)))];
  const feedbackText = [
    ['form', ...columns].join(','),
    ...course.feedback.flatMap((form) =>
      Array.from({ length: PARTICIPANTS }, () => [form.id, ...columns.map((c) => (form.ratings.some((r) => r.id === c) ? String(1 + Math.floor(random() * 5)) : ''))].join(',')),
    ),
  ].join('\n');

  const timings: Record<string, number> = {};
  const time = async <T>(name: string, step: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    const value = await step();
    timings[name] = Math.round(performance.now() - started);
    return value;
  };
  const read = await time('read and check results.csv', () => readResults(resultsText, 'results.csv', forms));
  const fb = await time('read and check feedback.csv', () => readFeedback(feedbackText, 'feedback.csv', course.feedback, course.scale.length));
  if (read.problems.length || fb.problems.length) throw new Error('the synthetic class did not read cleanly');
  const parts = await time('statistics, charts and HTML', () => computeReport({ ...course, forms }, read.sheets, fb.rows, '2026-11-30'));
  const pdf = await time('print the PDF', () => printReport(root, parts.html));
  const result = {
    class: { participants: PARTICIPANTS, forms: forms.length, itemsPerForm: ITEMS, answerSheets: read.sheets.length, feedbackForms: fb.rows.length },
    milliseconds: timings,
    totalMilliseconds: Object.values(timings).reduce((a, b) => a + b, 0),
    pdf: { pages: await pageCount(pdf), bytes: pdf.byteLength },
    htmlBytes: parts.html.length,
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  console.table(timings);
  console.log(JSON.stringify(result, null, 2));
  writeFileSync(join(root, 'bench/report-results.json'), JSON.stringify(result, null, 2) + '\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
