/**
 * `npm run bench:site`: what a trainee's browser downloads, measured on the
 * built dist/ (run `npm run build` first). Not a test: numbers for the notes.
 *  - page weight on first visit of a Lao and an English page (gzip, fonts included),
 *    and how much script it loads before search is opened (budgets: 90 KiB, 15 KiB);
 *  - search: bytes loaded before the first result (gzip over HTTP, as stored
 *    from file://) and time from typing to the first result (ms; the query is
 *    typed as soon as the dialog opens, so the head's loading counts too;
 *    msFromOpening adds the click, as the test driver sees it), over HTTP and from file://, with the CPU at full speed and
 *    throttled 4x (an old laptop or a phone), for an English and a Lao query
 *    (goals: throttled file:// Lao within 1 s, at most 300 KiB over HTTP);
 *  - the size of each offline copy and its zip.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../src/print/pdf-printer';
import { serveDirectory } from '../src/print/static-server';
import { listFiles } from '../src/lib/files';

// `-- --dist <folder>` measures another build's dist/ (npm run bench passes its scratch copy's).
const distArg = process.argv.indexOf('--dist');
const dist = distArg > 0 ? process.argv[distArg + 1] : join(process.cwd(), 'dist');
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

/**
 * Open the search dialog and type the query at once (one input event, so the
 * first result is the query's, not a half-typed one's); time the first result
 * and count what was loaded meanwhile (the search script and its data).
 */
async function searchOnce(base: string, lang: string, query: string, cpuSlowdown = 1) {
  const page = await browser.newPage();
  await page.goto(`${base}${lang}/${base.startsWith('file:') ? 'index.html' : ''}`, { waitUntil: 'load' });
  await page.emulateCPUThrottling(cpuSlowdown);
  const loaded: string[] = [];
  page.on('requestfinished', (r) => loaded.push(r.url()));
  // In the page: when the first result appears (timed there, so the driver's own round trips don't count).
  await page.evaluate(() => {
    const w = window as unknown as { __benchShown?: number };
    new MutationObserver(() => (w.__benchShown ??= document.querySelector('course-search .course-search-results a') ? performance.now() : undefined)).observe(document.body, { childList: true, subtree: true });
  });
  const started = Date.now();
  await page.click('[data-open-search]');
  const typedAt = await page.$eval('course-search input', (input, text) => {
    (input as HTMLInputElement).value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return performance.now();
  }, query);
  await page.waitForSelector('course-search .course-search-results a', { timeout: 60_000 });
  const msFromOpening = Date.now() - started;
  const ms = Math.round((await page.evaluate(() => (window as unknown as { __benchShown: number }).__benchShown)) - typedAt);
  const first = await page.$eval('course-search .course-search-results a', (a) => (a as HTMLAnchorElement).href);
  await page.close();
  const bytes = loaded.map(fileOfUrl).reduce((sum, f) => sum + (base.startsWith('file:') ? statSync(f).size : gzipOf(f)), 0);
  return { where: base.startsWith('file:') ? 'file://' : 'http', cpu: `${cpuSlowdown}x slower`, lang, query, ms, msFromOpening, requests: loaded.length, loadedKiB: kib(bytes), compressed: !base.startsWith('file:'), first: decodeURI(first.replace(base, '')).slice(0, 60) };
}

const sitePages = listFiles(join(dist, 'site'), '.', ['.html']).length;
const weights = [await firstVisit('/lo/day-1/ethics/'), await firstVisit('/en/day-1/ethics/')];
const searches = [];
for (const [lang, query] of [['en', 'inspections'], ['lo', 'ຄວາມລັບ']]) {
  for (const cpuSlowdown of [1, 4]) {
    for (const base of [`${server.origin}/`, pathToFileURL(join(dist, 'offline')).href + '/']) {
      // The median of three runs: the machine is shared, one run can be slowed by others.
      const runs = [await searchOnce(base, lang, query, cpuSlowdown), await searchOnce(base, lang, query, cpuSlowdown), await searchOnce(base, lang, query, cpuSlowdown)];
      searches.push({ ...runs.sort((a, b) => a.ms - b.ms)[1], runsMs: runs.map((r) => r.ms).join(' ') });
    }
  }
}
const copies = ['offline', 'offline-facilitator'].map((name) => {
  const files = listFiles(join(dist, name), '.', ['']);
  return { name, files: files.length, pages: files.filter((f) => f.endsWith('.html')).length, folderMiB: Math.round((files.reduce((s, f) => s + statSync(join(dist, name, f)).size, 0) / 1048576) * 10) / 10, zipMiB: Math.round((statSync(join(dist, `${name}.zip`)).size / 1048576) * 10) / 10 };
});
await browser.close();
await server.close();

const results = { measuredAt: new Date().toISOString(), sitePages, weights, searches, copies, budgets: { laoPageKiB: 90, scriptBeforeSearchKiB: 15, searchBeforeFirstResultHttpKiB: 300, laoFirstResultThrottledFileMs: 1000 } };
console.log(`Site: ${sitePages} pages.`);
console.table(weights);
console.table(searches);
console.table(copies);
for (const w of weights) {
  console.log(`${w.path}: ${w.totalKiB} KiB on first visit (budget 90 for Lao), ${w.scriptKiB} KiB of script before search (budget 15)`);
}
for (const s of searches.filter((s) => s.compressed)) console.log(`search over HTTP, ${s.lang} (${s.cpu}): ${s.loadedKiB} KiB gzip before the first result (budget 300)`);
for (const s of searches.filter((s) => s.lang === 'lo' && s.where === 'file://' && s.cpu.startsWith('4'))) console.log(`first Lao result from file://, CPU 4x slower: ${s.ms} ms after typing (budget 1000), ${s.msFromOpening} ms after the click that opens search`);
writeFileSync(join(process.cwd(), 'bench/site-results.json'), JSON.stringify(results, null, 2));
