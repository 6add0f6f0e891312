/**
 * The one module that talks to the browser: it opens a page by URL and
 * returns PDF bytes. It never writes files. Every request outside the allowed
 * origin is blocked, so a printed page can load nothing but the build's own files.
 *
 * Chromium has no target-counter() and ignores break-before: right, so a book
 * is printed twice: the first print tells (from the PDF bookmarks) on which
 * page every heading landed; blank pages are added so that days start on a
 * right-hand page, the page numbers (moved by those blank pages) are written
 * into the contents, and the second print is the one returned. A form that would end on a page
 * holding no heading of its own (its notes or a stray line alone) is printed
 * again, a little smaller each time, until it does not.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findBrowser } from './find-browser';
import { pageCount, readOutline, setMetadata } from './pdf-document';
import { mergePdfs } from './merge-pdfs';
import { fitWideElements } from './fit-wide';

export interface PrintOptions {
  /** Requests must start with this (the local server's origin); all others are blocked. */
  allowedOrigin: string;
  /** Most `[data-print-unit]` elements (e.g. certificates) printed at once; a page with more is printed in batches and joined. */
  batchSize?: number;
}

/**
 * Certificates per print: one print of a whole large class makes Chromium
 * hold every page at once (memory grows with the class); batches of this
 * size keep it flat, and the parts are joined with merge-pdfs.
 */
export const PRINT_BATCH_SIZE = 200;

export interface LaunchOptions {
  /** The browser's profile folder; by default puppeteer makes one in the system temp folder. The build puts it in its own work folder, so it goes with it. */
  profileDir?: string;
  /** The caller handles SIGINT/SIGTERM/SIGHUP itself (and calls killAllBrowsers); otherwise puppeteer closes the browser on them. */
  callerHandlesSignals?: boolean;
}

/** Browsers launched by this process, killed when it exits however it exits, so no Chromium outlives a build. */
const running = new Set<Browser>();
let exitHookInstalled = false;

function killOnExit(browser: Browser) {
  running.add(browser);
  browser.once('disconnected', () => running.delete(browser));
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', killAllBrowsers);
}

/** Kill every browser this process launched (synchronous: safe in an exit or signal handler). */
export function killAllBrowsers() {
  for (const browser of running) {
    try {
      browser.process()?.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
  running.clear();
}

export async function launchBrowser({ profileDir, callerHandlesSignals = false }: LaunchOptions = {}): Promise<Browser> {
  const browser = await puppeteer.launch({
    executablePath: findBrowser(),
    headless: true,
    // The build handles signals itself (it cleans up, then exits); the exit hook below kills the browser in any case.
    handleSIGINT: !callerHandlesSignals,
    handleSIGTERM: !callerHandlesSignals,
    handleSIGHUP: !callerHandlesSignals,
    ...(profileDir ? { userDataDir: profileDir } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
      '--font-render-hinting=none',
    ],
  });
  killOnExit(browser);
  return browser;
}

export interface PrintResult {
  pdf: Uint8Array;
  /** Requests that were blocked (anything outside the allowed origin). */
  blocked: string[];
  /** URLs the page loaded (the page itself, its stylesheets, fonts, images): what the PDF was made from. */
  loaded: string[];
}

const pdfOptions = { format: 'A4', printBackground: true, preferCSSPageSize: true, outline: true, tagged: true, timeout: 300_000 } as const;

/**
 * Headings in document order, as Chromium turns them into bookmarks, with
 * their ids. A heading that is not rendered (display: none, like a day's
 * agenda heading under the day's title page) makes no bookmark: left out.
 */
function headingsInOrder(page: Page) {
  return page.$$eval('h1, h2, h3, h4, h5, h6', (hs) =>
    // innerText, not textContent: text hidden in print (a form's " / " kept for the Word copy) is not in the bookmark either.
    hs.filter((h) => h.getClientRects().length > 0).map((h) => ({ id: h.id, text: ((h as HTMLElement).innerText ?? '').replace(/\s+/g, ' ').trim() })),
  );
}

/**
 * Page number of each heading in `wanted`, from the bookmarks of a first
 * print. A wanted heading (a contents entry or a right-hand start) takes the
 * bookmark of its title whose rank among same-titled bookmarks is its own
 * rank among same-titled headings (the agenda's "Day 1" heading comes before
 * the day's title page), falling back to the last such bookmark, and never
 * one before the previous entry's. No walk in step over every heading: a
 * heading that made no bookmark (or a repeated "Key takeaways") cannot push
 * the search past whole sessions.
 */
export function matchHeadingsToOutline(
  headings: { id: string; text: string }[],
  outline: { title: string; page: number }[],
  wanted: ReadonlySet<string>,
): Map<string, number> {
  // Chromium drops the space where a bookmark title wrapped: compare without spaces.
  const key = (s: string) => s.replace(/\s+/g, '');
  const positions = new Map<string, number[]>();
  outline.forEach((entry, i) => {
    const k = key(entry.title);
    positions.set(k, [...(positions.get(k) ?? []), i]);
  });
  const seen = new Map<string, number>();
  const pageOfId = new Map<string, number>();
  let last = -1;
  for (const heading of headings) {
    const k = key(heading.text);
    if (!k) continue;
    const rank = seen.get(k) ?? 0;
    seen.set(k, rank + 1);
    if (!wanted.has(heading.id)) continue;
    const candidates = positions.get(k) ?? [];
    let index = candidates[rank] ?? candidates.at(-1) ?? -1;
    if (index !== -1 && index <= last) index = candidates.find((c) => c > last) ?? -1;
    if (index === -1) continue;
    last = index;
    pageOfId.set(heading.id, outline[index].page);
  }
  return pageOfId;
}

/**
 * Bookmarks of each print, read once: the right-hand pages and the contents
 * both look at the first print of a book, and reading a long PDF takes a second.
 */
const outlines = new WeakMap<Uint8Array, ReturnType<typeof readOutline>>();
function outlineOf(pdf: Uint8Array): ReturnType<typeof readOutline> {
  if (!outlines.has(pdf)) outlines.set(pdf, readOutline(pdf));
  return outlines.get(pdf)!;
}

async function pagesOfHeadings(page: Page, pdf: Uint8Array, wanted: string[]): Promise<Map<string, number>> {
  return matchHeadingsToOutline(await headingsInOrder(page), await outlineOf(pdf), new Set(wanted));
}

/**
 * Headings marked data-recto start on a right-hand (odd) page: pad with a
 * blank page where one lands on the left. Returns the ids of the headings
 * padded (each blank page moves everything after it by exactly one page).
 */
async function padToRightHandPages(page: Page, pdf: Uint8Array): Promise<string[]> {
  const ids = await page.$$eval('[data-recto]', (els) => els.map((el) => el.id));
  if (ids.length === 0) return [];
  const pages = await pagesOfHeadings(page, pdf, ids);
  let shift = 0;
  const pad: string[] = [];
  for (const id of ids) {
    const at = (pages.get(id) ?? 1) + shift;
    if (at % 2 === 0) {
      pad.push(id);
      shift++;
    }
  }
  if (pad.length === 0) return [];
  await page.$$eval('[data-recto]', (els, toPad) => {
    for (const el of els) {
      if (!(toPad as string[]).includes(el.id)) continue;
      const blank = document.createElement('div');
      blank.className = 'blank-page';
      el.before(blank);
    }
  }, pad);
  return pad;
}

/**
 * Write the page of each heading into the contents (`[data-toc-target]`
 * slots), from the print made before the blank pages in `padded` were added:
 * a heading moves one page for each of them at or before it. So a book is
 * printed twice, not three times (the numbers take the width of the "000"
 * placeholders, so the contents do not reflow).
 */
async function numberContents(page: Page, pdf: Uint8Array, padded: string[]): Promise<boolean> {
  const targets = await page.$$eval('[data-toc-target]', (els) => els.map((el) => el.getAttribute('data-toc-target')!));
  if (targets.length === 0) return false;
  const pages = await pagesOfHeadings(page, pdf, targets);
  const shifts = await page.evaluate(
    (ids, pads) =>
      ids.map((id) => {
        const target = document.getElementById(id);
        if (!target) return 0;
        return pads.filter((pad) => {
          const el = document.getElementById(pad);
          return el === target || Boolean(el && el.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING);
        }).length;
      }),
    targets,
    padded,
  );
  const numbers = Object.fromEntries(targets.map((id, i) => [id, pages.has(id) ? pages.get(id)! + shifts[i] : 0]));
  await page.$$eval('[data-toc-target]', (els, byId) => {
    for (const el of els) {
      const n = (byId as Record<string, number>)[el.getAttribute('data-toc-target')!];
      el.textContent = n ? String(n) : '';
    }
  }, numbers);
  return true;
}

/** The smallest scale a form may take to save a page: below it there is too little room to write by hand. */
const MIN_FORM_ZOOM = 0.84;

/**
 * An element marked data-fit-last-page="<heading id>" must not end on a page
 * after the one that heading lands on (its notes or a stray line alone). If it
 * does, scale it down 2% at a time (its width widened as much, so lines wrap
 * as before) and print again, until the heading's page is the last page or the
 * smallest scale is reached (then the first print is kept). Returns the better
 * print, or undefined when there is nothing to do.
 */
async function saveLonePage(page: Page, pdf: Uint8Array): Promise<Uint8Array | undefined> {
  const target = await page.$('[data-fit-last-page]');
  if (!target) return undefined;
  const { heading, width } = await target.evaluate((el) => ({ heading: el.getAttribute('data-fit-last-page')!, width: Number(el.getAttribute('data-fit-width') || 0) }));
  const endsWithHeadingPage = async (candidate: Uint8Array) => ((await pagesOfHeadings(page, candidate, [heading])).get(heading) ?? 0) >= (await pageCount(candidate));
  if (await endsWithHeadingPage(pdf)) return undefined;
  for (let zoom = 0.98; zoom >= MIN_FORM_ZOOM - 1e-9; zoom -= 0.02) {
    await target.evaluate((el, z, w) => {
      (el as HTMLElement).style.zoom = String(z);
      if (w) (el as HTMLElement).style.width = `${(w / z).toFixed(1)}mm`;
    }, zoom, width);
    const candidate = await page.pdf(pdfOptions);
    if (await endsWithHeadingPage(candidate)) return candidate;
  }
  await target.evaluate((el) => {
    (el as HTMLElement).style.zoom = '';
    (el as HTMLElement).style.width = '';
  });
  return undefined;
}

/** Handouts up to this many pages are tried a little tighter; books (with contents) never are. */
const MAX_TIGHTENED_PAGES = 12;

/**
 * A handout whose last page would hold a line or two (a quiz paper's last
 * question, an answer key's last sentence): printed again with the
 * `print-tight` class (slightly smaller type and leading, templates/print.css),
 * kept only if that saves a page. Type shrinks by under a tenth, so only a
 * nearly empty last page can go.
 */
async function withoutNearEmptyLastPage(page: Page, pdf: Uint8Array): Promise<Uint8Array> {
  // A book (it has a contents page) is never tightened: no need to count its pages.
  if (await page.$('[data-toc-target]')) return pdf;
  const pages = await pageCount(pdf);
  if (pages < 2 || pages > MAX_TIGHTENED_PAGES) return pdf;
  await page.evaluate(() => document.documentElement.classList.add('print-tight'));
  const tight = await page.pdf(pdfOptions);
  if ((await pageCount(tight)) < pages) return tight;
  await page.evaluate(() => document.documentElement.classList.remove('print-tight'));
  return pdf;
}

async function metadataOf(page: Page) {
  return page.evaluate(() => ({
    title: document.title,
    author: document.querySelector('meta[name=author]')?.getAttribute('content') ?? '',
    subject: document.querySelector('meta[name=description]')?.getAttribute('content') ?? undefined,
    language: document.documentElement.lang,
  }));
}

export async function printToPdf(browser: Browser, url: string, options: PrintOptions): Promise<PrintResult> {
  const page = await browser.newPage();
  const blocked: string[] = [];
  const loaded: string[] = [];
  try {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const target = request.url();
      if (target.startsWith(options.allowedOrigin)) {
        loaded.push(target);
        void request.continue();
      } else if (target.startsWith('data:')) void request.continue();
      else {
        blocked.push(target);
        void request.abort('blockedbyclient');
      }
    });
    const response = await page.goto(url, { waitUntil: 'networkidle0', timeout: 120_000 });
    if (!response || !response.ok()) throw new Error(`Print page ${url} answered ${response?.status() ?? 'nothing'}`);
    await page.evaluate(() => document.fonts.ready);
    // A table wider than the page would make Chromium print every page smaller: it is scaled down alone.
    await fitWideElements(page);
    const units = await page.$$eval('[data-print-unit]', (els) => els.length);
    const batchSize = options.batchSize ?? PRINT_BATCH_SIZE;
    if (units > batchSize) return { pdf: await printInBatches(page, units, batchSize), blocked, loaded };
    let pdf = await page.pdf(pdfOptions);
    // Blank pages and contents numbers both come from this first print; one more print has them all.
    const padded = await padToRightHandPages(page, pdf);
    const numbered = await numberContents(page, pdf, padded);
    if (padded.length || numbered) pdf = await page.pdf(pdfOptions);
    const saved = await saveLonePage(page, pdf);
    if (saved) pdf = saved;
    else if (!(await page.$('[data-fit-last-page]'))) pdf = await withoutNearEmptyLastPage(page, pdf);
    const headings = (await headingsInOrder(page)).map((h) => h.text);
    return { pdf: await setMetadata(pdf, { ...(await metadataOf(page)), headings }), blocked, loaded };
  } finally {
    await page.close();
  }
}

/**
 * Print a page of many units (certificates) `batchSize` at a time: the next
 * batch is shown, the rest hidden (display: none makes no boxes, so no
 * pages), the last one shown ends without a page break, and the units once
 * printed are removed, so each print lays out less. The parts are joined into one PDF.
 */
async function printInBatches(page: Page, units: number, batchSize: number): Promise<Uint8Array> {
  const parts: { title: string; pdf: Uint8Array }[] = [];
  for (let start = 0; start < units; start += batchSize) {
    const end = Math.min(start + batchSize, units);
    await page.$$eval('[data-print-unit]', (els, size) => {
      els.forEach((el, i) => {
        const style = (el as HTMLElement).style;
        style.display = i < size ? '' : 'none';
        style.breakAfter = i === size - 1 ? 'auto' : '';
      });
    }, end - start);
    parts.push({ title: `${start + 1}-${end}`, pdf: await page.pdf(pdfOptions) });
    await page.$$eval('[data-print-unit]', (els, size) => els.slice(0, size).forEach((el) => el.remove()), end - start);
  }
  const meta = await metadataOf(page);
  return mergePdfs(parts, { title: meta.title, author: meta.author, language: meta.language });
}
