/**
 * `npm run report -- <results folder> [--out <folder>]`: the training report from the typed-in
 * answer sheets (results.csv) and feedback forms (feedback.csv). Writes into its own folder
 * (default: <results folder>/report/), never into dist/:
 *   training-report.pdf   bilingual A4 report (the manual's printer and fonts)
 *   training-report.html  the same report, to open in a browser
 *   participants.csv      participant,pre_score,post_score,gain
 *   items.csv             form,item,difficulty,discrimination
 * Bad input: every problem with file, row and column, exit 1, nothing written.
 *
 * `npm run report -- --templates <folder>` writes the blank results.csv and feedback.csv for this
 * course (its item and question ids as columns) into <folder>; the build puts them in the facilitator pack.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { formatProblem } from '../src/report/report-input';
import { loadReportCourse, makeReport } from '../src/report/make-report';
import { CLASS_SIZE, feedbackTemplate, resultsTemplate } from '../src/report/templates';
import { printReport, writeCourseFonts } from '../src/report/print-report';

const args = process.argv.slice(2);
const templatesAt = args.indexOf('--templates');
if (templatesAt >= 0) writeTemplates(args[templatesAt + 1]);

const outAt = args.indexOf('--out');
const folderArg = args.find((a, i) => !a.startsWith('--') && (outAt === -1 || i !== outAt + 1));
if (!folderArg) {
  console.log('Give the folder with results.csv and/or feedback.csv, e.g.: npm run report -- ~/class-2026/results');
  process.exit(1);
}
const root = process.cwd();
const folder = resolve(folderArg);
const out = resolve(outAt >= 0 && args[outAt + 1] ? args[outAt + 1] : join(folder, 'report'));
const date = new Date().toISOString().slice(0, 10);

async function main() {
  const parts = await makeReport(root, folder, date);
  if ('problems' in parts) {
    for (const p of parts.problems) console.log(formatProblem({ ...p, file: p.file.replace(`${root}/`, '') }));
    console.log(`\n${parts.problems.length} problem(s): nothing was written. Fix them and run the command again.`);
    process.exit(1);
  }
  const pdf = await printReport(root, parts.html);
  mkdirSync(dirname(out), { recursive: true });
  // Everything is written into a scratch folder first and moved into place at the end.
  const work = mkdtempSync(join(dirname(out), '.report-'));
  try {
    writeCourseFonts(root, work);
    writeFileSync(join(work, 'training-report.html'), parts.html);
    writeFileSync(join(work, 'training-report.pdf'), pdf);
    writeFileSync(join(work, 'participants.csv'), parts.participantsCsv);
    writeFileSync(join(work, 'items.csv'), parts.itemsCsv);
    rmSync(out, { recursive: true, force: true });
    renameSync(work, out);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`Training report: ${parts.data.sheets} answer sheet(s), ${parts.data.feedbackRows} feedback form(s) -> ${out}/`);
  console.log(`  training-report.pdf, training-report.html, participants.csv, items.csv`);
}

function writeTemplates(folder: string | undefined): never {
  if (!folder) {
    console.log('Give the folder to write the templates into, e.g.: npm run report -- --templates ~/class-2026/results');
    process.exit(1);
  }
  const course = loadReportCourse(process.cwd());
  if ('problems' in course) {
    for (const p of course.problems) console.log(formatProblem(p));
    process.exit(1);
  }
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'results.csv'), resultsTemplate(course.forms, CLASS_SIZE));
  writeFileSync(join(folder, 'feedback.csv'), feedbackTemplate(course.feedback, CLASS_SIZE));
  console.log(`Blank results.csv and feedback.csv for ${CLASS_SIZE} participants -> ${resolve(folder)}/`);
  process.exit(0);
}

main().catch((error) => {
  console.error(`error: the report could not be made: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
