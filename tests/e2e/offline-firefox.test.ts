/**
 * Many Lao offices use Firefox. The trainee offline copy, opened from disk in
 * Firefox ESR (driven headless through WebDriver BiDi): every page loads
 * without a script error, and search, the language switcher and a
 * self-check quiz work. Skipped only where no Firefox is installed
 * (.ci/run installs Debian's firefox-esr).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { listFiles } from '../../src/lib/files';
import { readYaml } from '../helpers/curriculum-facts';
import { SEARCH_CASES, resultPage, searchViaUi } from '../helpers/search-ui';
import { PROJECT_ROOT } from '../helpers/scratch-project';

const FIREFOX = process.env.COURSE_FIREFOX ?? '/usr/bin/firefox-esr';
const dir = join(PROJECT_ROOT, 'dist/offline');
const root = pathToFileURL(dir).href + '/';
let browser: Browser;

beforeAll(async () => {
  if (existsSync(FIREFOX)) browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
});
afterAll(async () => browser?.close());

async function open(file: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(root + file, { waitUntil: 'load' });
  return { page, errors };
}

describe.skipIf(!existsSync(FIREFOX))('the offline copy in Firefox', () => {
  it('opens every page with no script error', async () => {
    const problems: string[] = [];
    for (const file of listFiles(dir, '.', ['.html'])) {
      const { page, errors } = await open(file);
      const styled = await page.evaluate(() => getComputedStyle(document.body).fontFamily.includes('Course'));
      if (!styled) problems.push(`${file}: styles not applied`);
      for (const e of errors) problems.push(`${file}: ${e}`);
      await page.close();
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it.each(SEARCH_CASES.filter((c) => c.lang === 'lo' || c.query === 'gifts'))('search finds $expect first for "$query"', async ({ lang, query, expect: expected }) => {
    const { page, errors } = await open(`${lang}/index.html`);
    const results = await searchViaUi(page, query);
    expect(resultPage(decodeURI(results[0].href), decodeURI(root))).toBe(expected);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches language and answers a self-check quiz', async () => {
    const session = readYaml('content/sessions/d1-principles.yaml');
    const quiz = readYaml('quizzes/d1-principles-check.yaml');
    const { page, errors } = await open(`lo/${session.page}/index.html`);
    const english = await page.$$eval('starlight-lang-select option', (os) => os.find((o) => o.textContent?.trim() === 'English')!.value);
    await Promise.all([page.waitForNavigation(), page.select('starlight-lang-select select', english)]);
    expect(decodeURI(page.url())).toBe(decodeURI(root + `en/${session.page}/index.html`));
    const item = quiz.items[0];
    const name = `${quiz.id}-${item.id}`;
    await page.click(`input[name="${name}"][value="${item.answer}"]`);
    await page.click(`.quiz-item:has(input[name="${name}"]) .quiz-check`);
    expect(await page.$eval(`.quiz-item:has(input[name="${name}"]) .quiz-verdict`, (el) => el.textContent)).toBe('Correct.');
    expect(errors).toEqual([]);
    await page.close();
  });
});
