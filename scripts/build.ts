/**
 * `npm run build`: check the content, build the trainee site and the
 * facilitator copy with Astro, index them for search, print the PDFs, make
 * the two offline copies, and only then replace dist/. A failure at any step
 * leaves the previous dist/ as it was.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { checkContent } from '../src/check/index';
import { formatProblem } from '../src/check/problem';
import { launchBrowser } from '../src/print/pdf-printer';
import { BrowserNotFoundError, findBrowser } from '../src/print/find-browser';
import { serveDirectory } from '../src/print/static-server';
import { printAll } from '../src/print/print-all';
import { pageCount } from '../src/print/pdf-document';
import { listFiles } from '../src/lib/files';
import { inDownloads, type PrintDocument } from '../src/lib/print-documents';
import type { Audience } from '../src/lib/render-context';
import { siteSearchFiles } from '../src/search/site-search-files';
import { brokenLinks, convertSiteForFileUse } from '../src/offline/convert-site';
import { CHECKSUM_FILE, HOW_TO_OPEN_FILE, checksumList, howToOpenText, zipFolder } from '../src/offline/package-copy';
import { writeFacilitatorPacks, writeWordCopies } from './build-handouts';
import { keepLaoWordsWholeInSite } from '../src/lib/lao-line-breaks';
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

/** Find the browser that prints the PDFs before the long steps, so a missing one stops the build in seconds. */
function findPrinter() {
  try {
    findBrowser();
  } catch (error) {
    if (error instanceof BrowserNotFoundError) throw new BuildError(error.message);
    throw error;
  }
}

/** Build the site with Astro; `audience` chooses the trainee site or the facilitator copy (with facilitator notes). */
function runAstro(outDir: string, audience: Audience) {
  step(`Building the ${audience === 'trainee' ? 'trainee site' : 'facilitator copy of the site'} (Astro, Starlight)`);
  rmSync(outDir, { recursive: true, force: true });
  const started = performance.now();
  const astroCli = createRequire(join(root, 'package.json')).resolve('astro/package.json').replace(/package\.json$/, 'astro.js');
  const result = spawnSync(process.execPath, [astroCli, 'build'], {
    cwd: root,
    env: { ...process.env, ASTRO_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', COURSE_AUDIENCE: audience },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  writeFileSync(join(root, '.build', 'astro-build.log'), `${result.stdout}\n${result.stderr}`);
  if (result.status !== 0) {
    const tail = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-25).join('\n');
    throw new BuildError(`The site build failed. Last lines of .build/astro-build.log:\n${tail}`);
  }
  console.log(`  built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  // Lao words kept whole at line ends, on screen and in print (before search indexing and printing read the pages).
  console.log(`  Lao words kept whole on ${keepLaoWordsWholeInSite(outDir)} pages`);
}

async function writeSearch(siteDir: string, audience: Audience) {
  step(`Indexing the ${audience} site for search (Lao split into words)`);
  for (const file of await siteSearchFiles(siteDir, ['en', 'lo'], audience === 'facilitator')) {
    mkdirSync(dirname(join(siteDir, file.path)), { recursive: true });
    writeFileSync(join(siteDir, file.path), file.contents);
    console.log(`  ${file.path} (${Math.round(file.contents.length / 1024)} KiB)`);
  }
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
    browser = await launchBrowser();
  } catch (error) {
    await server.close();
    if (error instanceof BrowserNotFoundError) throw new BuildError(error.message);
    throw error;
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
  fillDownloadFacts(to, new Map(printed.map((p) => [basename(p.doc.output), { bytes: p.bytes, pages: p.pages }])));
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

function swapIntoDist() {
  const previous = join(work, 'previous-dist');
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(dist)) renameSync(dist, previous);
  renameSync(stage, dist);
  rmSync(previous, { recursive: true, force: true });
}

async function main() {
  const started = performance.now();
  mkdirSync(work, { recursive: true });
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  const problems = runCheck();
  findPrinter();
  runAstro(astroOut, 'trainee');
  await writeSearch(astroOut, 'trainee');
  runAstro(astroFacilitatorOut, 'facilitator');
  await writeSearch(astroFacilitatorOut, 'facilitator');
  const printed = await printDocuments();
  step('Joining the handouts into one facilitator pack per language');
  const packs = await writeFacilitatorPacks(root, stage, printed.map((p) => p.doc));
  step('Making the Word (DOCX) copies with Pandoc');
  const wordCopies = await writeWordCopies(astroOut, stage, printed.map((p) => p.doc), (done, total, path) => console.log(`  [${done}/${total}] ${path}`));
  assembleSite(astroOut, join(stage, 'site'), 'trainee', printed);
  await assembleOffline(join(stage, 'site'), 'offline', 'trainee');
  assembleSite(astroFacilitatorOut, join(work, 'facilitator-site'), 'facilitator', printed);
  await assembleOffline(join(work, 'facilitator-site'), 'offline-facilitator', 'facilitator');
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
  };
  writeFileSync(join(stage, 'build-report.json'), JSON.stringify(report, null, 2));
  swapIntoDist();
  rmSync(work, { recursive: true, force: true });
  console.log(`\n✔ Built dist/ in ${report.seconds} s: site (${sitePages} pages), ${printed.length + packs.length} PDFs, ${wordCopies.length} DOCX. See dist/build-report.json.`);
}

main().catch((error) => {
  rmSync(work, { recursive: true, force: true });
  if (error instanceof BuildError) {
    console.error(`\n✖ ${error.message}\n  dist/ was left as it was.`);
  } else {
    console.error('\n✖ The build failed unexpectedly; dist/ was left as it was.');
    console.error(error);
  }
  process.exit(1);
});
