/**
 * `npm run bench`: the build at the course's real size, on a scratch copy of
 * the project (.scratch/), so dist/ and the cache of the project are not
 * touched. Not a test: numbers for the notes, written to bench/build-results.json.
 *
 *  1. cold: `npm run build -- --fresh` (nothing reused);
 *  2. warm: the same again, nothing changed (every PDF and Word copy reused);
 *  3. edit: one sentence of one session page changed (only what holds it remade);
 * then page weight and search (bench/search-and-weight.ts) on that build's dist/.
 *
 * For each build: seconds, the time of each step (the two Astro builds are
 * the floor a build cannot go under), PDFs and Word copies reused and made,
 * and the peak memory of the build with all its processes (Astro, Chromium).
 * Then the size of what was built: PDF pages per book, zips, search data.
 *
 *   npm run bench                   all of the above
 *   npm run bench -- --reuse-cache  start from the project's .build/cache instead of a cold build
 *                                   (the cold row is then the project's last build, if it was cold)
 *   npm run bench -- --keep         keep the scratch project (its path is printed)
 *   npm run bench -- --no-site      skip page weight and search
 */
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeScratchProject, removeScratchProject } from '../tests/helpers/scratch-project';
import { treeRss } from './process-memory';

const args = process.argv.slice(2);
const root = process.cwd();
/** The session page edited in the third build (a sentence added to its first paragraph). */
const EDITED_PAGE = 'content/en/day-3/evidence.mdx';

interface Report {
  seconds: number;
  steps: { step: string; seconds: number }[];
  cache: { pdf: { reused: number; made: number }; docx: { reused: number; made: number } };
  outputs: { path: string; kind: string; pages: number; bytes: number; cache?: string }[];
  offline: { zip: string; zipBytes: number }[];
  site: { htmlPages: number };
}

/** Run one build in the scratch project; sample the memory of its process tree every 250 ms. */
function build(project: string, extra: string[]): Promise<{ report: Report; peakMiB: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts', ...extra], { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 250);
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(sampler);
      if (status !== 0) return reject(new Error(`build failed:\n${output.slice(-3000)}`));
      resolve({ report: JSON.parse(readFileSync(join(project, 'dist/build-report.json'), 'utf8')) as Report, peakMiB: Math.round(peak / 1048576) });
    });
  });
}

function summary(name: string, { report, peakMiB }: { report: Report; peakMiB: number }) {
  const astro = report.steps.filter((s) => s.step.startsWith('Building the')).reduce((n, s) => n + s.seconds, 0);
  return {
    build: name,
    seconds: report.seconds,
    astroSeconds: Math.round(astro * 10) / 10,
    timesAstro: Math.round((report.seconds / astro) * 100) / 100,
    pdfMade: report.cache.pdf.made,
    pdfReused: report.cache.pdf.reused,
    docxMade: report.cache.docx.made,
    docxReused: report.cache.docx.reused,
    peakMiB,
  };
}

const project = makeScratchProject('real');
console.log(`Scratch copy of the course: ${project}`);
try {
  const runs: Record<string, { report: Report; peakMiB: number }> = {};
  if (args.includes('--reuse-cache')) {
    cpSync(join(root, '.build/cache'), join(project, '.build/cache'), { recursive: true });
    const last = JSON.parse(readFileSync(join(root, 'dist/build-report.json'), 'utf8')) as Report;
    if (last.cache.pdf.reused === 0 && last.cache.docx.reused === 0) runs.cold = { report: last, peakMiB: 0 };
    console.log(`1/3 cold build: ${runs.cold ? "the project's last build (dist/build-report.json), peak memory not measured" : 'skipped'}; cache copied from the project`);
  } else {
    console.log('1/3 cold build (--fresh)...');
    runs.cold = await build(project, ['--fresh']);
  }
  console.log('2/3 warm build, nothing changed...');
  runs.warm = await build(project, []);
  const page = join(project, EDITED_PAGE);
  const text = readFileSync(page, 'utf8');
  const paragraph = /\n\n([A-Z][^\n<]+\.)\n/.exec(text.slice(text.indexOf('\n## ')));
  if (!paragraph) throw new Error(`${EDITED_PAGE}: no plain paragraph found to edit`);
  writeFileSync(page, text.replace(paragraph[1], `${paragraph[1]} This sentence was added by the bench.`));
  console.log(`3/3 build after one sentence of ${EDITED_PAGE} changed...`);
  runs.edit = await build(project, []);

  const rows = Object.entries(runs).map(([name, run]) => summary(name, run));
  const last = runs.edit.report;
  const books = last.outputs.filter((o) => o.kind === 'manual' || o.kind === 'workbook').map((o) => ({ path: o.path, pages: o.pages, MiB: Math.round((o.bytes / 1048576) * 10) / 10 }));
  const searchData = ['site', 'offline'].flatMap((copy) =>
    readdirSync(join(project, 'dist', copy, 'search')).map((file) => ({ copy, file, KiB: Math.round(statSync(join(project, 'dist', copy, 'search', file)).size / 1024) })),
  );
  const sizes = {
    sitePages: last.site.htmlPages,
    pdfs: last.outputs.length,
    pdfPages: last.outputs.reduce((n, o) => n + o.pages, 0),
    zipsMiB: Object.fromEntries(last.offline.map((o) => [o.zip, Math.round((o.zipBytes / 1048576) * 10) / 10])),
    editedPageRemade: last.outputs.filter((o) => o.cache === 'made').map((o) => o.path),
  };
  console.table(rows);
  console.table(books);
  console.log(sizes);
  if (runs.cold) {
    console.log('Steps of the cold build:');
    console.table(runs.cold.report.steps);
  }
  writeFileSync(
    join(root, 'bench/build-results.json'),
    JSON.stringify({ measuredAt: new Date().toISOString(), builds: rows, coldSteps: runs.cold?.report.steps, warmSteps: runs.warm.report.steps, books, sizes, searchData }, null, 2),
  );
  if (!args.includes('--no-site')) {
    console.log('\nPage weight and search, on this build (bench/search-and-weight.ts):');
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'bench/search-and-weight.ts'), '--dist', join(project, 'dist')], { cwd: root, stdio: 'inherit' });
      child.on('error', reject);
      child.on('close', (status) => (status === 0 ? resolve() : reject(new Error('bench/search-and-weight.ts failed'))));
    });
  }
  console.log('\nWritten: bench/build-results.json');
} finally {
  if (!args.includes('--keep')) removeScratchProject(project);
}
