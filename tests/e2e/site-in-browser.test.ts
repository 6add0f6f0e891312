/**
 * The built site in headless Chromium over HTTP: Lao and English pages, the
 * language switcher, a self-check quiz, self-hosted fonts, no outside requests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { launchBrowser } from '../../src/print/pdf-printer';
import { serveDirectory, type StaticServer } from '../../src/print/static-server';
import { readYaml } from '../helpers/curriculum-facts';
import { SEARCH_CASES, resultPage, searchViaUi } from '../helpers/search-ui';
import { PROJECT_ROOT } from '../helpers/scratch-project';

let server: StaticServer;
let browser: Browser;
const outside: string[] = [];

beforeAll(async () => {
  server = await serveDirectory(join(PROJECT_ROOT, 'dist/site'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith(server.origin) || request.url().startsWith('data:')) void request.continue();
    else {
      outside.push(request.url());
      void request.abort();
    }
  });
  await page.goto(server.origin + path, { waitUntil: 'networkidle0' });
  return page;
}

const session = readYaml('content/sessions/d1-principles.yaml');
const quiz = readYaml('quizzes/d1-principles-check.yaml');

describe('the site in a browser', () => {
  it('shows a Lao page with Lao chrome, Lao fonts and the draft notice', async () => {
    const page = await open(`/lo/${session.page}/`);
    expect(await page.$eval('html', (el) => el.lang)).toBe('lo');
    expect(await page.$eval('h1', (el) => el.textContent?.trim())).toBe(session.title.lo);
    const body = await page.$eval('body', (el) => el.innerText);
    expect(body).toContain('ໃນໜ້ານີ້'); // "On this page"
    expect(body).not.toContain('On this page');
    expect(body).not.toContain('Skip to content');
    expect(body).toContain('ສະບັບແປຮ່າງ'); // draft translation notice
    await page.evaluate(() => document.fonts.ready);
    const fonts = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, '')));
    expect(fonts).toContain('Course Phetsarath');
    await page.close();
  });

  it('switches from Lao to the same page in English', async () => {
    const page = await open(`/lo/${session.page}/`);
    const select = await page.$('starlight-lang-select select');
    expect(select).not.toBeNull();
    const english = await page.$$eval('starlight-lang-select select option', (options) => options.find((o) => o.textContent?.trim() === 'English')!.value);
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.select('starlight-lang-select select', english)]);
    expect(new URL(page.url()).pathname).toBe(`/en/${session.page}/`);
    expect(await page.$eval('html', (el) => el.lang)).toBe('en');
    expect(await page.$eval('h1', (el) => el.textContent?.trim())).toBe(session.title.en);
    await page.close();
  });

  it('answers a self-check quiz and shows the feedback', async () => {
    const page = await open(`/en/${session.page}/`);
    const item = quiz.items[0];
    const wrong = item.options.find((o: { id: string }) => o.id !== item.answer).id;
    const name = `${quiz.id}-${item.id}`;
    const itemSelector = `.quiz-item:has(input[name="${name}"])`;
    await page.click(`input[name="${name}"][value="${wrong}"]`);
    await page.click(`${itemSelector} .quiz-check`);
    const verdictWrong = await page.$eval(`${itemSelector} .quiz-verdict`, (el) => el.textContent);
    expect(verdictWrong).toMatch(/^Not quite\. The correct answer is/);
    expect(await page.$eval(itemSelector, (el) => el.getAttribute('data-result'))).toBe('incorrect');
    expect(await page.$eval(`${itemSelector} .quiz-feedback`, (el) => (el as HTMLElement).innerText)).toContain(item.explanation.en.split(/\s+/).slice(0, 4).join(' ').replace(/[*_`]/g, ''));
    await page.click(`input[name="${name}"][value="${item.answer}"]`);
    await page.click(`${itemSelector} .quiz-check`);
    expect(await page.$eval(`${itemSelector} .quiz-verdict`, (el) => el.textContent)).toBe('Correct.');
    await page.close();
  });

  it('answers a quiz in Lao with Lao feedback', async () => {
    const page = await open(`/lo/${session.page}/`);
    const item = quiz.items[1];
    const name = `${quiz.id}-${item.id}`;
    await page.click(`input[name="${name}"][value="${item.answer}"]`);
    await page.click(`.quiz-item:has(input[name="${name}"]) .quiz-check`);
    expect(await page.$eval(`.quiz-item:has(input[name="${name}"]) .quiz-verdict`, (el) => el.textContent)).toBe('ຖືກຕ້ອງ.');
    await page.close();
  });

  it('offers both languages from the root landing page', async () => {
    const page = await open('/');
    const links = await page.$$eval('a.enter', (as) => as.map((a) => [a.getAttribute('hreflang'), a.getAttribute('href')]));
    expect(links).toEqual([['lo', 'lo/'], ['en', 'en/']]);
    await page.close();
  });

  it.each(SEARCH_CASES)('finds $expect first for "$query" ($why)', async ({ lang, query, expect: expected }) => {
    const page = await open(`/${lang}/`);
    const results = await searchViaUi(page, query);
    expect(results.length).toBeGreaterThan(0);
    expect(resultPage(results[0].href, `${server.origin}/`)).toBe(expected);
    // results stay in the reader's language
    expect(results.every((r) => resultPage(r.href, `${server.origin}/`).startsWith(`${lang}/`))).toBe(true);
    // the excerpt shows the text as written, with the match marked
    expect(results[0].excerptHtml).toContain('<mark>');
    // a phrase typed without spaces is shown as written: no spaces were put between the Lao words
    if (!query.includes(' ') && lang === 'lo' && query.length > 10) {
      expect(results.some((r) => r.excerptHtml.replace(/<\/?mark>/g, '').includes(query))).toBe(true);
    }
    await page.close();
  });

  it('stems English: "inspections" finds and marks "inspection"', async () => {
    const page = await open('/en/');
    const results = await searchViaUi(page, 'inspections');
    expect(results.some((r) => /<mark>inspection<\/mark>/i.test(r.excerptHtml))).toBe(true);
    await page.close();
  });

  it('made no request outside the site', () => {
    expect(outside).toEqual([]);
  });
});
