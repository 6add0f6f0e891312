/**
 * `npm run bench:site`: what a trainee's browser downloads, measured on the
 * built dist/ (run `npm run build` first). Not a test: numbers for the notes.
 *  - page weight on first visit of a Lao and an English page (gzip, fonts included),
 *    and how much script it loads before search is opened (budgets: 90 KiB, 15 KiB);
 *  - search: bytes loaded and time from opening the dialog to the first result,
 *    over HTTP and from file://, for an English and a Lao query;
 *  - the size of each offline copy and its zip.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../src/print/pdf-printer';
import { serveDirectory } from '../src/print/static-server';
import { listFiles } from '../src/lib/files';

const dist = join(process.cwd(), 'dist');
const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const gzipOf = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

const browser = await launchBrowser();
const server = await serveDirectory(join(dist, 'site'));
const fileOfUrl = (url: string) => (url.startsWith('file:') ? fileURLToPath(url.split('#')[0]) : join(dist, 'site', decodeURIComponent(new URL(url).pathname).replace(/\/$/, '/index.html')));

/** Load a page; return the files it fetched (gzip size each). */
async function firstVisit(path: string) {
  const page = await browser.newPage();
  const loaded: string[] = [];
  page.on('requestfinished', (r) => loaded.push(r.url()));
  await page.goto(server.origin + path, { waitUntil: 'networkidle0' });
  await page.close();
  const files = loaded.map((url) => ({ url, file: fileOfUrl(url) })).map((f) => ({ ...f, gzip: gzipOf(f.file) }));
  const by = (re: RegExp) => files.filter((f) => re.test(f.file)).reduce((sum, f) => sum + f.gzip, 0);
  return { path, requests: files.length, totalKiB: kib(by(/./)), scriptKiB: kib(by(/\.js$/)), fontKiB: kib(by(/\.woff2?$/)), cssKiB: kib(by(/\.css$/)), htmlKiB: kib(by(/\.html$/)) };
}

/** Open the search dialog, type, and time the first result; count what was loaded meanwhile. */
async function searchOnce(base: string, lang: string, query: string) {
  const page = await browser.newPage();
  await page.goto(`${base}${lang}/${base.startsWith('file:') ? 'index.html' : ''}`, { waitUntil: 'load' });
  const loaded: string[] = [];
  page.on('requestfinished', (r) => loaded.push(r.url()));
  const started = Date.now();
  await page.click('[data-open-search]');
  await page.type('course-search input', query);
  await page.waitForSelector('course-search .course-search-results a', { timeout: 30_000 });
  const ms = Date.now() - started;
  const first = await page.$eval('course-search .course-search-results a', (a) => (a as HTMLAnchorElement).href);
  await page.close();
  const bytes = loaded.map(fileOfUrl).reduce((sum, f) => sum + (base.startsWith('file:') ? statSync(f).size : gzipOf(f)), 0);
  return { where: base.startsWith('file:') ? 'file://' : 'http', lang, query, ms, loadedKiB: kib(bytes), compressed: !base.startsWith('file:'), first: first.replace(base, '') };
}

const sitePages = listFiles(join(dist, 'site'), '.', ['.html']).length;
const weights = [await firstVisit('/lo/day-1/ethics/'), await firstVisit('/en/day-1/ethics/')];
const searches = [];
for (const [lang, query] of [['en', 'inspections'], ['lo', 'ຄວາມລັບ']]) {
  searches.push(await searchOnce(`${server.origin}/`, lang, query));
  searches.push(await searchOnce(pathToFileURL(join(dist, 'offline')).href + '/', lang, query));
}
const copies = ['offline', 'offline-facilitator'].map((name) => {
  const files = listFiles(join(dist, name), '.', ['']);
  return { name, files: files.length, pages: files.filter((f) => f.endsWith('.html')).length, folderMiB: Math.round((files.reduce((s, f) => s + statSync(join(dist, name, f)).size, 0) / 1048576) * 10) / 10, zipMiB: Math.round((statSync(join(dist, `${name}.zip`)).size / 1048576) * 10) / 10 };
});
await browser.close();
await server.close();

const results = { measuredAt: new Date().toISOString(), sitePages, weights, searches, copies, budgets: { laoPageKiB: 90, scriptBeforeSearchKiB: 15 } };
console.log(`Site: ${sitePages} pages.`);
console.table(weights);
console.table(searches);
console.table(copies);
for (const w of weights) {
  console.log(`${w.path}: ${w.totalKiB} KiB on first visit (budget 90 for Lao), ${w.scriptKiB} KiB of script before search (budget 15)`);
}
writeFileSync(join(process.cwd(), 'bench/site-results.json'), JSON.stringify(results, null, 2));
