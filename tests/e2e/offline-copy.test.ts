/**
 * The offline copies opened from disk (file://) in headless Chromium with the
 * network off: every page loads with no console error and no request outside
 * the copy, every link resolves, axe finds no serious or critical violation,
 * and search, the language switcher, the mobile menu and quizzes work.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { launchBrowser } from '../../src/print/pdf-printer';
import { serveDirectory, type StaticServer } from '../../src/print/static-server';
import { listFiles } from '../../src/lib/files';
import { assessmentForms, facilitatorNoteSnippets, htmlText, readYaml, squash } from '../helpers/curriculum-facts';
import { SEARCH_CASES, resultPage, searchViaUi } from '../helpers/search-ui';
import { PROJECT_ROOT } from '../helpers/scratch-project';

const dist = join(PROJECT_ROOT, 'dist');
const axeSource = readFileSync(join(PROJECT_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveDirectory(join(dist, 'site'));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Visit {
  page: Page;
  errors: string[];
  outside: string[];
}

/** Open a file of a copy with the network off; record console errors and any request leaving the copy. */
async function visit(copyDir: string, file: string): Promise<Visit> {
  const page = await browser.newPage();
  const errors: string[] = [];
  const outside: string[] = [];
  const inside = pathToFileURL(copyDir).href + '/';
  await page.setOfflineMode(true);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith(inside) || request.url().startsWith('data:')) void request.continue();
    else {
      outside.push(request.url());
      void request.abort();
    }
  });
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('requestfailed', (request) => request.url().startsWith(inside) && errors.push(`failed: ${request.url()}`));
  await page.goto(inside + file, { waitUntil: 'load' });
  return { page, errors, outside };
}

describe.each(['offline', 'offline-facilitator'])('the %s copy from file://', (name) => {
  const dir = join(dist, name);
  const pages = listFiles(dir, '.', ['.html']);

  it('has its how-to-open note, checksums of every file and a zip', () => {
    expect(readFileSync(join(dir, 'HOW-TO-OPEN.txt'), 'utf8')).toContain('index.html');
    const sums = readFileSync(join(dir, 'SHA256SUMS.txt'), 'utf8').trim().split('\n');
    expect(sums.length).toBe(listFiles(dir, '.', ['']).length - 1);
    expect(sums.every((line) => /^[0-9a-f]{64} {2}\S/.test(line))).toBe(true);
    expect(existsSync(join(dist, `${name}.zip`))).toBe(true);
  });

  it('loads every page with no error, no request outside the copy, no broken link, and no serious accessibility violation', async () => {
    expect(pages.length).toBeGreaterThan(20);
    const problems: string[] = [];
    // Three pages at a time: axe runs in each page's own renderer process, so they overlap (about half the time on 2 cores).
    const queue = [...pages];
    const check = async (file: string) => {
      const { page, errors, outside } = await visit(dir, file);
      for (const e of errors) problems.push(`${file}: console: ${e}`);
      for (const o of outside) problems.push(`${file}: request outside the copy: ${o}`);
      const links = await page.$$eval('a[href], link[href], script[src], img[src]', (els) =>
        els.map((el) => (el as HTMLAnchorElement).href || (el as HTMLScriptElement).src),
      );
      for (const link of links.filter((l) => l.startsWith('file:'))) {
        const path = fileURLToPath(link.split('#')[0]);
        if (!existsSync(path)) problems.push(`${file}: broken link ${link}`);
      }
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run({ resultTypes: ['violations'] });
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`);
      });
      for (const v of violations) problems.push(`${file}: axe: ${v}`);
      await page.close();
    };
    const worker = async () => {
      for (let file = queue.shift(); file; file = queue.shift()) await check(file);
    };
    await Promise.all([worker(), worker(), worker()]);
    expect(problems.sort()).toEqual([]);
  }, 600_000);

  it.each(SEARCH_CASES)('search finds the same first page as over HTTP for "$query"', async ({ lang, query, expect: expected }) => {
    const { page, errors } = await visit(dir, `${lang}/index.html`);
    const results = await searchViaUi(page, query);
    const root = pathToFileURL(dir).href + '/';
    expect(resultPage(results[0].href, root)).toBe(expected);
    if (name === 'offline') {
      const http = await browser.newPage();
      await http.goto(`${server.origin}/${lang}/`, { waitUntil: 'networkidle0' });
      const overHttp = await searchViaUi(http, query);
      expect(results.slice(0, 3).map((r) => resultPage(r.href, root))).toEqual(overHttp.slice(0, 3).map((r) => resultPage(r.href, `${server.origin}/`)));
      await http.close();
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches language, opens the mobile menu, and answers a self-check quiz', async () => {
    const session = readYaml('content/sessions/d1-principles.yaml');
    const quiz = readYaml('quizzes/d1-principles-check.yaml');
    const { page, errors } = await visit(dir, `lo/${session.page}/index.html`);
    const english = await page.$$eval('starlight-lang-select option', (os) => os.find((o) => o.textContent?.trim() === 'English')!.value);
    await Promise.all([page.waitForNavigation(), page.select('starlight-lang-select select', english)]);
    expect(page.url()).toBe(pathToFileURL(join(dir, `en/${session.page}/index.html`)).href);

    await page.setViewport({ width: 390, height: 800 });
    await page.click('starlight-menu-button button');
    expect(await page.$eval('starlight-menu-button', (b) => b.getAttribute('aria-expanded'))).toBe('true');
    expect(await page.$eval('body', (b) => b.hasAttribute('data-mobile-menu-expanded'))).toBe(true);
    expect(await page.$eval('#starlight__sidebar', (s) => s.getBoundingClientRect().height > 100)).toBe(true);
    await page.click('starlight-menu-button button');

    const item = quiz.items[0];
    const name_ = `${quiz.id}-${item.id}`;
    await page.setViewport({ width: 1280, height: 800 });
    await page.click(`input[name="${name_}"][value="${item.answer}"]`);
    await page.click(`.quiz-item:has(input[name="${name_}"]) .quiz-check`);
    expect(await page.$eval(`.quiz-item:has(input[name="${name_}"]) .quiz-verdict`, (el) => el.textContent)).toBe('Correct.');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('what each copy may hold', () => {
  it('the trainee copy has no facilitator notes, answer keys or facilitator PDFs anywhere', () => {
    const dir = join(dist, 'offline');
    const text = squash(listFiles(dir, '.', ['.html', '.js']).map((f) => htmlText(readFileSync(join(dir, f), 'utf8'))).join('\n'));
    for (const note of facilitatorNoteSnippets('en')) expect(text).not.toContain(squash(note.snippet));
    for (const form of assessmentForms()) for (const item of form.items.slice(0, 10)) expect(text).not.toContain(squash(item.explanation.en));
    const pdfs = listFiles(dir, 'downloads', ['.pdf']);
    expect(pdfs.length).toBeGreaterThan(3);
    expect(pdfs.filter((f) => /facilitator-manual|answer-key|role-cards/.test(f))).toEqual([]);
  });

  it('the facilitator copy has the facilitator notes, the manual and the answer keys', () => {
    const dir = join(dist, 'offline-facilitator');
    const text = squash(listFiles(dir, 'en', ['.html']).map((f) => htmlText(readFileSync(join(dir, f), 'utf8'))).join('\n'));
    for (const note of facilitatorNoteSnippets('en')) expect(text).toContain(squash(note.snippet));
    const pdfs = listFiles(dir, 'downloads', ['.pdf']);
    expect(pdfs).toContain('downloads/facilitator-manual-lo.pdf');
    for (const form of assessmentForms()) expect(pdfs.some((f) => f.includes(`answer-key-${form.id}`)), form.id).toBe(true);
  });
});
