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
import { killAllBrowsers, launchBrowser } from '../src/print/pdf-printer';
import { BrowserNotFoundError, browserSetting, checkBrowserVersion, findBrowser } from '../src/print/find-browser';
import { serveDirectory } from '../src/print/static-server';
import { printAll } from '../src/print/print-all';
import { pageCount } from '../src/print/pdf-document';
import { listFiles } from '../src/lib/files';
import { inDownloads, type PrintDocument } from '../src/lib/print-documents';
import type { Audience } from '../src/lib/render-context';
import { siteSearchFiles } from '../src/search/site-search-files';
import { loadFontSubsetter, subsetSiteFonts } from '../src/lib/subset-site-fonts';
import { brokenLinks, convertSiteForFileUse } from '../src/offline/convert-site';
import { CHECKSUM_FILE, HOW_TO_OPEN_FILE, checksumList, howToOpenText, zipFolder } from '../src/offline/package-copy';
import { REPORT_TEMPLATES_DIR, writeFacilitatorPacks, writeReportTemplates, writeWordCopies } from './build-handouts';
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
  step('Checking the content (and the facilitator pack inputs)');
  const { problems, errors, warnings } = checkContent(root);
  for (const p of problems) console.log(formatProblem(p));
  if (errors) throw new BuildError(`${errors} content error(s): nothing was built. Fix them and run the build again (npm run check lists them).`);
  console.log(`  content OK (${warnings} warning(s))`);
  return problems;
}

/** Find the browser that prints the PDFs, and ask it its version, before the long steps: a missing or wrong one stops the build in seconds. */
async function findPrinter() {
  try {
    const version = await checkBrowserVersion(findBrowser());
    console.log(`  browser: ${version}`);
  } catch (error) {
    if (error instanceof BrowserNotFoundError) throw new BuildError(error.message);
    throw error;
  }
}

/** Build the site with Astro; `audience` chooses the trainee site or the facilitator copy (with facilitator notes). */
async function runAstro(outDir: string, audience: Audience) {
  step(`Building the ${audience === 'trainee' ? 'trainee site' : 'facilitator copy of the site'} (Astro, Starlight)`);
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
  step(`Indexing the ${audience} site for search (Lao split into words)`);
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
}

async function printDocuments(): Promise<PrintedOutput[]> {
  const manifest = JSON.parse(readFileSync(join(astroOut, 'print/manifest.json'), 'utf8')) as PrintDocument[];
  step(`Printing ${manifest.length} PDFs`);
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
      onProgress: (done, total, doc) => console.log(`  [${done}/${total}] ${doc.output}`),
    });
    return await Promise.all(printed.map(async (p) => {
      const target = join(stage, p.output);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, p.pdf);
      return { doc: p as PrintDocument, pages: await pageCount(p.pdf), bytes: p.pdf.length, milliseconds: p.milliseconds };
    }));
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
  step(`Cutting the ${audience} site's fonts to the characters its pages use`);
  const subset = await loadFontSubsetter();
  if (!subset) return console.log('  subset-font is not installed: the fonts are shipped whole');
  const { fonts, bytesBefore, bytesAfter } = await subsetSiteFonts(site, subset);
  console.log(`  ${fonts} fonts: ${Math.round(bytesBefore / 1024)} KiB -> ${Math.round(bytesAfter / 1024)} KiB`);
}

/** The offline copy: a site folder converted for file://, with its how-to-open note, checksums and zip. */
async function assembleOffline(site: string, name: string, audience: Audience) {
  step(`Making the offline ${audience} copy (${name}/)`);
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
  step('Scanning the outputs (no facilitator material for trainees, no participant names in the copies)');
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
  step(`Reading the class results for the training report (COURSE_RESULTS=${folder})`);
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

async function main() {
  const started = performance.now();
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);
  removeStaleRuns();
  mkdirSync(work, { recursive: true });
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  checkDistReplaceable();
  const problems = runCheck();
  const trainingReport = await readTrainingReport();
  await findPrinter();
  await runAstro(astroOut, 'trainee');
  await writeSearch(astroOut, 'trainee');
  await runAstro(astroFacilitatorOut, 'facilitator');
  await writeSearch(astroFacilitatorOut, 'facilitator');
  const printed = await printDocuments();
  step('Joining the handouts into one facilitator pack per language');
  const packs = await writeFacilitatorPacks(root, stage, printed.map((p) => p.doc));
  step('Writing the blank training-report inputs (results.csv, feedback.csv)');
  const reportTemplates = writeReportTemplates(root, stage);
  step('Making the Word (DOCX) copies with Pandoc');
  const wordCopies = await writeWordCopies(astroOut, stage, printed.map((p) => p.doc), (done, total, path) => console.log(`  [${done}/${total}] ${path}`));
  assembleSite(astroOut, join(stage, 'site'), 'trainee', printed);
  await subsetFonts(join(stage, 'site'), 'trainee');
  await assembleOffline(join(stage, 'site'), 'offline', 'trainee');
  assembleSite(astroFacilitatorOut, join(work, 'facilitator-site'), 'facilitator', printed);
  if (trainingReport) writeReportPage(join(work, 'facilitator-site'), trainingReport.html);
  await subsetFonts(join(work, 'facilitator-site'), 'facilitator');
  await assembleOffline(join(work, 'facilitator-site'), 'offline-facilitator', 'facilitator');
  step('Making the review copy of the Lao text for LSSO reviewers (review/, review.zip)');
  makeReviewCopy(root, stage);
  scanOutputs(printed);
  const sitePages = listFiles(join(stage, 'site'), '.', ['.html']).length;
  const report = {
    builtAt: new Date().toISOString(),
    seconds: Math.round((performance.now() - started) / 100) / 10,
    ...buildFacts(root, problems),
    site: { path: 'site/', htmlPages: sitePages },
    offline: ['offline', 'offline-facilitator'].map((name) => ({
      path: `${name}/`,
      zip: `${name}.zip`,
      zipBytes: statSync(join(stage, `${name}.zip`)).size,
      files: listFiles(join(stage, name), '.', ['']).length,
    })),
    outputs: [
      ...printed.map(({ doc, pages, bytes, milliseconds }) => ({
        path: doc.output,
        kind: doc.kind,
        lang: reportLanguage(doc),
        audience: doc.audience,
        pages,
        bytes,
        milliseconds,
      })),
      ...packs,
    ],
    docx: wordCopies.map((copy) => ({ ...copy, lang: reportLanguage({ lang: copy.lang, output: copy.path }) })),
    reportTemplates,
  };
  writeFileSync(join(stage, 'build-report.json'), JSON.stringify(report, null, 2));
  swapIntoDist();
  // From here nothing may fail the build: dist/ holds the new one.
  finishing = true;
  cleanWork();
  console.log(`\n✔ Built dist/ in ${report.seconds} s: site (${sitePages} pages), ${printed.length + packs.length} PDFs, ${wordCopies.length} DOCX. See dist/build-report.json.`);
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
