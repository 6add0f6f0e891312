/**
 * `npm run build`: check the content, build the trainee site and the
 * facilitator copy with Astro, index them for search, print the PDFs, make
 * the two offline copies, and only then replace dist/. A failure at any step
 * leaves the previous dist/ as it was.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { accessSync, constants, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { checkContent } from '../src/check/index';
import { formatProblem } from '../src/check/problem';
import { PRINT_BATCH_SIZE, killAllBrowsers, launchBrowser } from '../src/print/pdf-printer';
import { BrowserNotFoundError, browserSetting, checkBrowserVersion, findBrowser } from '../src/print/find-browser';
import { serveDirectory } from '../src/print/static-server';
import { printAll } from '../src/print/print-all';
import { OutputCache, codeStamp, fileHasher } from '../src/print/output-cache';
import { listFiles } from '../src/lib/files';
import { inDownloads, type PrintDocument } from '../src/lib/print-documents';
import type { Audience } from '../src/lib/render-context';
import { siteSearchFiles } from '../src/search/site-search-files';
import { loadFontSubsetter, subsetSiteFonts } from '../src/lib/subset-site-fonts';
import { brokenLinks, convertSiteForFileUse } from '../src/offline/convert-site';
import { CHECKSUM_FILE, HOW_TO_OPEN_FILE, checksumList, howToOpenText, zipFolder } from '../src/offline/package-copy';
import { REPORT_TEMPLATES_DIR, writeFacilitatorPacks, writeReportTemplates, writeWordCopies, type PackReportRow, type WordReportRow } from './build-handouts';
import { makeReviewCopy } from './review-copy';
import { makeReport } from '../src/report/make-report';
import { formatProblem as formatReportProblem } from '../src/report/report-input';
import { writeCourseFonts } from '../src/report/print-report';

/** Where the training report goes in the facilitator copy of the site, when COURSE_RESULTS is set. */
const REPORT_PAGE_DIR = 'training-report';
import { describeFindings, findFacilitatorMaterial, findNames } from '../src/offline/output-scan';
import { loadParticipants } from '../src/handouts/participants';
import { keepLaoWordsWholeInSite } from '../src/lib/lao-line-breaks';
import { focusableTables } from '../src/lib/html-transforms';
import { buildFacts, reportLanguage } from '../src/lib/build-facts';
import { fillDownloadFacts } from '../src/lib/download-facts';
import type { Problem } from '../src/check/problem';

const root = process.cwd();
// Each run works in its own folder, so two builds at once cannot delete each other's files.
const work = join(root, '.build', `run-${process.pid}`);
const astroOut = join(work, 'astro');
const astroFacilitatorOut = join(work, 'astro-facilitator');
const stage = join(work, 'stage');
const dist = join(root, 'dist');

class BuildError extends Error {}

/** What state dist/ is in, said with every failure and interruption. */
const DIST_UNTOUCHED = 'dist/ was left as it was.';
let distState = DIST_UNTOUCHED;
/** Set when the work folder holds the only copy of the previous dist/: it must not be deleted. */
let keepWork = false;
/** The child process running now (Astro), killed on an interruption. */
let activeChild: ChildProcess | undefined;
let finishing = false;

/** Remove this run's work folder; a failure here is reported, never thrown (it runs in the error handlers). */
function cleanWork() {
  if (keepWork) return;
  try {
    rmSync(work, { recursive: true, force: true });
  } catch (error) {
    console.error(`  (could not remove ${relative(root, work)}: ${(error as Error).message}; the next build removes it)`);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Work folders of builds that were killed (their process is gone) are removed.
 * One that holds the previous dist/ of a build killed during the swap gives it back first.
 */
function removeStaleRuns() {
  const dir = join(root, '.build');
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const pid = Number(/^run-(\d+)$/.exec(name)?.[1]);
    if (!pid || pid === process.pid || isRunning(pid)) continue;
    const stale = join(dir, name);
    const previous = join(stale, 'previous-dist');
    try {
      if (existsSync(previous) && !existsSync(dist)) {
        renameSync(previous, dist);
        console.log(`  dist/ was missing (a build was stopped during the swap): restored from .build/${name}`);
      }
      rmSync(stale, { recursive: true, force: true });
      console.log(`  removed .build/${name}, left by a build that was stopped`);
    } catch (error) {
      console.log(`  could not remove .build/${name}: ${(error as Error).message}`);
    }
  }
}

/**
 * Whether dist/ can be replaced at the end, asked before the long steps so a
 * build that could not finish fails in seconds: dist/ is a folder (or absent),
 * the project folder and dist/ are writable, and the work folder is on the
 * same disk (the swap is a rename, which cannot cross disks).
 */
function checkDistReplaceable() {
  const fix = 'the build replaces dist/ by renaming folders inside the project';
  const stats = lstatSafe(dist);
  if (stats && !stats.isDirectory()) {
    throw new BuildError(`dist is ${stats.isSymbolicLink() ? 'a symbolic link' : 'a file'}, not a folder, so it cannot be replaced by the new build. Move or delete ${dist} and run the build again.`);
  }
  for (const [path, what] of [[root, 'the project folder'], [dist, 'dist/']] as const) {
    if (!existsSync(path)) continue;
    try {
      accessSync(path, constants.W_OK);
    } catch {
      throw new BuildError(`${what} (${path}) is not writable, so dist/ could not be replaced at the end (${fix}). Fix its permissions and run the build again.`);
    }
  }
  if (statSync(work).dev !== statSync(root).dev) {
    throw new BuildError(`.build/ is on another disk than the project, so the new build could not be moved into dist/ in one step (${fix}). Make .build/ an ordinary folder.`);
  }
}

function lstatSafe(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** Ctrl-C, a kill or a closed terminal: say what happened and in what state dist/ is, stop Astro and Chromium, remove the work folder. */
function onSignal(signal: NodeJS.Signals) {
  if (finishing) return;
  finishing = true;
  console.error(`\n✖ The build was stopped (${signal}). ${distState}`);
  try {
    activeChild?.kill('SIGTERM');
    killAllBrowsers();
  } finally {
    cleanWork();
    console.error(keepWork ? `  ${relative(root, work)} was kept: it holds the previous dist/.` : `  Removed ${relative(root, work)}.`);
    process.exit(signal === 'SIGINT' ? 130 : signal === 'SIGHUP' ? 129 : 143);
  }
}

function step(message: string) {
  console.log(`\n▶ ${message}`);
}

function runCheck(): Problem[] {
  const { problems, errors, warnings } = checkContent(root);
  for (const p of problems) console.log(formatProblem(p));
  if (errors) throw new BuildError(`${errors} content error(s): nothing was built. Fix them and run the build again (npm run check lists them).`);
  console.log(`  content OK (${warnings} warning(s))`);
  return problems;
}

/** Find the browser that prints the PDFs, and ask it its version, before the long steps: a missing or wrong one stops the build in seconds. */
async function findPrinter(): Promise<string> {
  try {
    const version = await checkBrowserVersion(findBrowser());
    console.log(`  browser: ${version}`);
    return version;
  } catch (error) {
    if (error instanceof BrowserNotFoundError) throw new BuildError(error.message);
    throw error;
  }
}

/** Build the site with Astro; `audience` chooses the trainee site or the facilitator copy (with facilitator notes). */
async function runAstro(outDir: string, audience: Audience) {
  rmSync(outDir, { recursive: true, force: true });
  const started = performance.now();
  const astroCli = createRequire(join(root, 'package.json')).resolve('astro/package.json').replace(/package\.json$/, 'astro.js');
  // Run asynchronously, so that Ctrl-C or a kill is handled at once (and Astro stopped with the build).
  const result = await new Promise<{ status: number | null; output: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [astroCli, 'build'], {
      cwd: root,
      env: { ...process.env, ASTRO_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', COURSE_AUDIENCE: audience },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    activeChild = child;
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (status) => {
      activeChild = undefined;
      resolve({ status, output: Buffer.concat(chunks).toString('utf8') });
    });
  });
  writeFileSync(join(root, '.build', 'astro-build.log'), result.output);
  if (result.status !== 0) {
    const tail = result.output.trim().split('\n').slice(-25).join('\n');
    throw new BuildError(`The site build failed. Last lines of .build/astro-build.log:\n${tail}`);
  }
  console.log(`  built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  // Lao words kept whole at line ends, on screen and in print (before search indexing and printing read the pages).
  console.log(`  Lao words kept whole on ${keepLaoWordsWholeInSite(outDir)} pages`);
  // Wide tables scroll sideways on a phone: each can take the keyboard focus, so it can be scrolled without a mouse.
  for (const file of listFiles(outDir, '.', ['.html'])) {
    const path = join(outDir, file);
    const html = readFileSync(path, 'utf8');
    const out = focusableTables(html);
    if (out !== html) writeFileSync(path, out);
  }
}

async function writeSearch(siteDir: string, audience: Audience) {
  const files = await siteSearchFiles(siteDir, ['en', 'lo'], audience === 'facilitator');
  for (const file of files) {
    mkdirSync(dirname(join(siteDir, file.path)), { recursive: true });
    writeFileSync(join(siteDir, file.path), file.contents);
  }
  // The data comes in many small chunk scripts: one line for all.
  console.log(`  ${files.length} files in search/ (${Math.round(files.reduce((sum, f) => sum + f.contents.length, 0) / 1024)} KiB)`);
}

interface PrintedOutput {
  doc: PrintDocument;
  pages: number;
  bytes: number;
  milliseconds: number;
  cache: 'reused' | 'made';
}

/** Where printed PDFs and Word copies are kept between builds (src/print/output-cache.ts). */
const cacheDir = join(root, '.build', 'cache');
/** `npm run build -- --fresh` (or COURSE_FRESH=1) prints and converts everything again, ignoring the cache (and refilling it). */
const fresh = process.argv.includes('--fresh') || process.env.COURSE_FRESH === '1';

/** What makes a PDF, besides its page and the files it loads: the printer's code, its packages and the browser. */
function printerStamp(browserVersion: string) {
  return codeStamp(root, {
    files: ['src/print/pdf-printer.ts', 'src/print/pdf-document.ts', 'src/print/print-all.ts', 'src/print/fit-wide.ts'],
    packages: ['puppeteer-core', 'pdf-lib'],
    settings: [browserVersion, PRINT_BATCH_SIZE],
  });
}

/** What makes a Word copy, besides its page: the converter's code and packages, and the browser that draws flowcharts as PNG. */
function wordStamp(browserVersion: string) {
  return codeStamp(root, {
    files: ['src/docx/word-copy.ts', 'src/docx/word-html.ts', 'src/docx/svg-to-png.ts', 'scripts/build-handouts.ts'],
    packages: ['pandoc-wasm', 'fflate'],
    settings: [browserVersion],
  });
}

/** How many outputs were reused from the cache and how many were made, said after each cached step. */
function cacheLine(rows: { cache: 'reused' | 'made' }[]) {
  const reused = rows.filter((r) => r.cache === 'reused').length;
  return `${reused} reused from the cache, ${rows.length - reused} made${fresh ? ' (--fresh: cache not read)' : ''}`;
}

async function printDocuments(browserVersion: string, pdfCache: OutputCache): Promise<PrintedOutput[]> {
  const manifest = JSON.parse(readFileSync(join(astroOut, 'print/manifest.json'), 'utf8')) as PrintDocument[];
  const server = await serveDirectory(astroOut);
  let browser;
  try {
    // Its profile lives in this run's work folder, so it is removed with it, even after a kill.
    browser = await launchBrowser({ profileDir: join(work, 'chromium-profile'), callerHandlesSignals: true });
  } catch (error) {
    await server.close();
    if (error instanceof BrowserNotFoundError) throw new BuildError(error.message);
    const setting = browserSetting();
    const first = ((error as Error).message ?? String(error)).split('\n')[0];
    throw new BuildError(`The browser ${setting ? `set in ${setting} (${process.env[setting]})` : 'that prints the PDFs'} did not start: ${first}${setting ? `. Check ${setting}, or unset it.` : ''}`);
  }
  try {
    const printed = await printAll(browser, server.origin, manifest, {
      onProgress: (done, total, doc, how) => console.log(`  [${done}/${total}] ${doc.output}${how === 'reused' ? ' (unchanged: reused)' : ''}`),
      cache: {
        store: pdfCache,
        stamp: printerStamp(browserVersion),
        pageHtml: (route) => readFileSync(join(astroOut, route, 'index.html'), 'utf8'),
        hashOf: fileHasher(astroOut),
      },
    });
    const outputs = printed.map((p) => {
      const target = join(stage, p.output);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, p.pdf);
      return { doc: p as PrintDocument, pages: p.pages, bytes: p.pdf.length, milliseconds: p.milliseconds, cache: p.cache };
    });
    console.log(`  ${outputs.length} PDFs: ${cacheLine(outputs)}`);
    return outputs;
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * A site folder for one audience: the Astro output without the print pages
 * (they carry facilitator material and are only for printing), plus the PDFs
 * its downloads page lists.
 */
function assembleSite(from: string, to: string, audience: Audience, printed: PrintedOutput[]) {
  cpSync(from, to, { recursive: true, filter: (src) => !src.startsWith(join(from, 'print')) });
  mkdirSync(join(to, 'downloads'), { recursive: true });
  for (const { doc } of printed) {
    if (inDownloads(doc, audience)) cpSync(join(stage, doc.output), join(to, 'downloads', basename(doc.output)));
  }
  // The training report's blank inputs are for facilitators, who type the papers in.
  if (audience === 'facilitator' && existsSync(join(stage, REPORT_TEMPLATES_DIR))) cpSync(join(stage, REPORT_TEMPLATES_DIR), join(to, 'downloads', 'report-templates'), { recursive: true });
  fillDownloadFacts(to, new Map(printed.map((p) => [basename(p.doc.output), { bytes: p.bytes, pages: p.pages }])));
}

/** A site folder's fonts cut to the characters its pages use (the print pages, in the Astro output, keep them whole). */
async function subsetFonts(site: string, audience: Audience) {
  const subset = await loadFontSubsetter();
  if (!subset) throw new BuildError('The package subset-font is missing (it cuts the site\'s fonts to the characters the pages use). Run npm ci and build again.');
  const { fonts, bytesBefore, bytesAfter } = await subsetSiteFonts(site, subset);
  console.log(`  ${audience} site: ${fonts} fonts cut to the characters its pages use, ${Math.round(bytesBefore / 1024)} KiB -> ${Math.round(bytesAfter / 1024)} KiB`);
}

/** The offline copy: a site folder converted for file://, with its how-to-open note, checksums and zip. */
async function assembleOffline(site: string, name: string, audience: Audience) {
  const dir = join(stage, name);
  cpSync(site, dir, { recursive: true });
  const { pages, scripts } = await convertSiteForFileUse(dir);
  const broken = brokenLinks(dir);
  if (broken.length) throw new Error(`offline copy has broken links: ${broken.slice(0, 5).map((b) => `${b.file} -> ${b.url}`).join(', ')}`);
  writeFileSync(join(dir, HOW_TO_OPEN_FILE), howToOpenText(audience));
  writeFileSync(join(dir, CHECKSUM_FILE), checksumList(dir));
  writeFileSync(join(stage, `${name}.zip`), zipFolder(dir, name));
  console.log(`  ${pages} pages, ${scripts} scripts made classic, zipped to ${name}.zip`);
}

/**
 * The last look before the swap: the trainee site, its search data, the
 * trainee offline copy and the trainee workbook's print HTML hold no
 * facilitator material, and no site or offline copy holds a participant's
 * name. Whatever the source looked like, a leak stops the build here.
 */
function scanOutputs(printed: PrintedOutput[]) {
  const traineeFolders: [string, string][] = [
    ['site', join(stage, 'site')],
    ['offline', join(stage, 'offline')],
    ...printed
      .filter(({ doc }) => doc.kind === 'workbook' && doc.audience === 'trainee')
      .map(({ doc }): [string, string] => [`print HTML of ${doc.output}`, join(astroOut, doc.route)]),
  ];
  const leaks = traineeFolders.map(([name, dir]) => ({ name, findings: findFacilitatorMaterial(dir) })).filter((l) => l.findings.length);
  if (leaks.length) {
    throw new BuildError(
      `Facilitator material found in trainee outputs:\n${leaks.map((l) => describeFindings(l.name, l.findings)).join('\n')}\n` +
        'Facilitator notes, answer keys and session plans must be written with their components in .mdx pages (npm run check names pages saved as .md).',
    );
  }
  const names = (loadParticipants(root)?.participants ?? []).flatMap((p) => [p.nameLo, p.nameEn]);
  const copies: [string, string][] = [['site', join(stage, 'site')], ['offline', join(stage, 'offline')], ['offline-facilitator', join(stage, 'offline-facilitator')]];
  const personal = copies.map(([name, dir]) => ({ name, findings: findNames(dir, names) })).filter((l) => l.findings.length);
  if (personal.length) {
    throw new BuildError(
      `Names from the participants list found in the site or an offline copy, which must hold no personal data:\n${personal.map((l) => describeFindings(l.name, l.findings)).join('\n')}\n` +
        'If a participant shares a name with a fictional person of the course, rename the fictional person (content/fictional-names.md).',
    );
  }
  console.log(`  ${traineeFolders.length} trainee outputs clean; ${names.length ? `no participant name in ${copies.length} copies` : 'no participants list'}`);
}

/**
 * Replace dist/ with the new build: two renames on one disk (checked at the
 * start). Either dist/ holds the new build, or it holds the previous one;
 * if even putting the previous one back fails, the message says where it is.
 */
function swapIntoDist() {
  const previous = join(work, 'previous-dist');
  rmSync(previous, { recursive: true, force: true });
  const hadDist = existsSync(dist);
  try {
    if (hadDist) renameSync(dist, previous);
  } catch (error) {
    throw new BuildError(`Could not move the previous dist/ aside: ${(error as Error).message}.`);
  }
  try {
    renameSync(stage, dist);
  } catch (error) {
    const reason = (error as Error).message;
    if (hadDist) {
      try {
        renameSync(previous, dist);
      } catch {
        keepWork = true;
        distState = `dist/ is missing: the previous build is in ${previous}; move it back to dist/ (the next build also does).`;
      }
    }
    throw new BuildError(`Could not move the new build into dist/: ${reason}.`);
  }
  distState = 'dist/ holds the new build.';
  try {
    rmSync(previous, { recursive: true, force: true });
  } catch (error) {
    console.log(`  (the previous build is still in ${relative(root, previous)}: ${(error as Error).message})`);
  }
}

/**
 * The training report of a class (npm run report), when COURSE_RESULTS names its results folder:
 * read and checked before the long steps, so a mistake in the papers stops the build in seconds.
 */
async function readTrainingReport() {
  const folder = process.env.COURSE_RESULTS;
  if (!folder) return undefined;
  const parts = await makeReport(root, resolve(root, folder), new Date().toISOString().slice(0, 10));
  if ('problems' in parts) {
    for (const p of parts.problems) console.log(formatReportProblem({ ...p, file: p.file.replace(`${root}/`, '') }));
    throw new BuildError(`${parts.problems.length} problem(s) in the class results named by COURSE_RESULTS: nothing was built. Fix them (npm run report -- ${folder} lists them too).`);
  }
  console.log(`  ${parts.data.sheets} answer sheet(s), ${parts.data.feedbackRows} feedback form(s)`);
  return parts;
}

/** The report as a page of the facilitator copy (training-report/), with the course fonts beside it: no script, works from file://. */
function writeReportPage(site: string, html: string) {
  const dir = join(site, REPORT_PAGE_DIR);
  mkdirSync(dir, { recursive: true });
  writeCourseFonts(root, dir);
  writeFileSync(join(dir, 'index.html'), html);
}

/** What the steps hand on to each other. */
interface BuildState {
  problems: Problem[];
  browserVersion: string;
  trainingReport?: Awaited<ReturnType<typeof readTrainingReport>>;
  printed: PrintedOutput[];
  packs: PackReportRow[];
  reportTemplates: string[];
  wordCopies: WordReportRow[];
}

/**
 * One step of the build: what it tells the person building, whether it runs,
 * and what it does. Outputs that take long to make (PDFs, Word copies) are
 * kept in a cache keyed by everything that makes them (src/print/output-cache.ts).
 */
interface Step {
  title: string;
  when?: () => boolean;
  run: (state: BuildState) => unknown;
}

const pdfCache = new OutputCache(join(cacheDir, 'pdf'), '.pdf', !fresh);
const wordCache = new OutputCache(join(cacheDir, 'docx'), '.docx', !fresh);

/** The build, in order. A step that throws stops it, and dist/ stays as it was. */
const STEPS: Step[] = [
  { title: 'Checking the content (and the facilitator pack inputs)', run: (s) => (s.problems = runCheck()) },
  {
    title: `Reading the class results for the training report (COURSE_RESULTS=${process.env.COURSE_RESULTS})`,
    when: () => Boolean(process.env.COURSE_RESULTS),
    run: async (s) => (s.trainingReport = await readTrainingReport()),
  },
  { title: 'Finding the browser that prints the PDFs', run: async (s) => (s.browserVersion = await findPrinter()) },
  { title: 'Building the trainee site (Astro, Starlight)', run: () => runAstro(astroOut, 'trainee') },
  { title: 'Indexing the trainee site for search (Lao split into words)', run: () => writeSearch(astroOut, 'trainee') },
  { title: 'Building the facilitator copy of the site (Astro, Starlight)', run: () => runAstro(astroFacilitatorOut, 'facilitator') },
  { title: 'Indexing the facilitator site for search (Lao split into words)', run: () => writeSearch(astroFacilitatorOut, 'facilitator') },
  { title: 'Printing the PDFs (those unchanged since the last build are reused)', run: async (s) => (s.printed = await printDocuments(s.browserVersion, pdfCache)) },
  { title: 'Joining the handouts into one facilitator pack per language', run: async (s) => (s.packs = await writeFacilitatorPacks(root, stage, s.printed.map((p) => p.doc))) },
  { title: 'Writing the blank training-report inputs (results.csv, feedback.csv)', run: (s) => (s.reportTemplates = writeReportTemplates(root, stage)) },
  {
    title: 'Making the Word (DOCX) copies with Pandoc (those unchanged since the last build are reused)',
    run: async (s) => {
      s.wordCopies = await writeWordCopies(astroOut, stage, s.printed.map((p) => p.doc), (done, total, path, how) => console.log(`  [${done}/${total}] ${path}${how === 'reused' ? ' (unchanged: reused)' : ''}`), {
        store: wordCache,
        stamp: wordStamp(s.browserVersion),
      });
      console.log(`  ${s.wordCopies.length} Word copies: ${cacheLine(s.wordCopies)}`);
    },
  },
  { title: 'Making the trainee site and its offline copy (site/, offline/; fonts cut to the characters the pages use)', run: async (s) => {
    assembleSite(astroOut, join(stage, 'site'), 'trainee', s.printed);
    await subsetFonts(join(stage, 'site'), 'trainee');
    await assembleOffline(join(stage, 'site'), 'offline', 'trainee');
  } },
  { title: 'Making the offline facilitator copy (offline-facilitator/; fonts cut likewise)', run: async (s) => {
    assembleSite(astroFacilitatorOut, join(work, 'facilitator-site'), 'facilitator', s.printed);
    if (s.trainingReport) writeReportPage(join(work, 'facilitator-site'), s.trainingReport.html);
    await subsetFonts(join(work, 'facilitator-site'), 'facilitator');
    await assembleOffline(join(work, 'facilitator-site'), 'offline-facilitator', 'facilitator');
  } },
  { title: 'Making the review copy of the Lao text for LSSO reviewers (review/, review.zip)', run: () => makeReviewCopy(root, stage) },
  { title: 'Scanning the outputs (no facilitator material for trainees, no participant names in the copies)', run: (s) => scanOutputs(s.printed) },
];

/** dist/build-report.json: what was built, from what, and how long it took. */
function buildReport(s: BuildState, started: number) {
  return {
    builtAt: new Date().toISOString(),
    seconds: Math.round((performance.now() - started) / 100) / 10,
    ...buildFacts(root, s.problems),
    site: { path: 'site/', htmlPages: listFiles(join(stage, 'site'), '.', ['.html']).length },
    offline: ['offline', 'offline-facilitator'].map((name) => ({
      path: `${name}/`,
      zip: `${name}.zip`,
      zipBytes: statSync(join(stage, `${name}.zip`)).size,
      files: listFiles(join(stage, name), '.', ['']).length,
    })),
    cache: {
      fresh,
      pdf: { reused: s.printed.filter((p) => p.cache === 'reused').length, made: s.printed.filter((p) => p.cache === 'made').length },
      docx: { reused: s.wordCopies.filter((w) => w.cache === 'reused').length, made: s.wordCopies.filter((w) => w.cache === 'made').length },
    },
    outputs: [
      ...s.printed.map(({ doc, pages, bytes, milliseconds, cache }) => ({
        path: doc.output,
        kind: doc.kind,
        lang: reportLanguage(doc),
        audience: doc.audience,
        pages,
        bytes,
        milliseconds,
        cache,
      })),
      ...s.packs,
    ],
    docx: s.wordCopies.map((copy) => ({ ...copy, lang: reportLanguage({ lang: copy.lang, output: copy.path }) })),
    reportTemplates: s.reportTemplates,
  };
}

async function main() {
  const started = performance.now();
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);
  removeStaleRuns();
  mkdirSync(work, { recursive: true });
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  checkDistReplaceable();
  const state = { printed: [], packs: [], reportTemplates: [], wordCopies: [] } as unknown as BuildState;
  const timings: { step: string; seconds: number }[] = [];
  for (const { title, when, run } of STEPS) {
    if (when && !when()) continue;
    step(title);
    const stepStarted = performance.now();
    await run(state);
    timings.push({ step: title, seconds: Math.round((performance.now() - stepStarted) / 100) / 10 });
  }
  const report = { ...buildReport(state, started), steps: timings };
  writeFileSync(join(stage, 'build-report.json'), JSON.stringify(report, null, 2));
  swapIntoDist();
  // From here nothing may fail the build: dist/ holds the new one.
  finishing = true;
  cleanWork();
  // The cache keeps what this build used; older entries go (only after a build that succeeded).
  pdfCache.prune();
  wordCache.prune();
  const { pdf, docx } = report.cache;
  console.log(
    `\n✔ Built dist/ in ${report.seconds} s: site (${report.site.htmlPages} pages), ${state.printed.length + state.packs.length} PDFs ` +
      `(${pdf.reused} of ${state.printed.length} printed ones reused), ${state.wordCopies.length} DOCX (${docx.reused} reused). See dist/build-report.json.`,
  );
}

main().catch((error) => {
  // Never crash here: whatever happens, say what state dist/ is in and exit 1.
  try {
    finishing = true;
    activeChild?.kill('SIGTERM');
    killAllBrowsers();
    cleanWork();
    if (error instanceof BuildError) {
      console.error(`\n✖ ${error.message}\n  ${distState}`);
    } else {
      console.error(`\n✖ The build failed unexpectedly. ${distState}`);
      console.error(error);
    }
  } catch (inner) {
    console.error(`\n✖ The build failed (${String(error)}), and cleaning up failed too (${String(inner)}). ${distState}`);
  }
  process.exit(1);
});
