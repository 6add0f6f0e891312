/** Drive the search dialog as a person would: open it, type, read the results. */
import type { Page } from 'puppeteer-core';

export interface UiResult {
  href: string;
  title: string;
  excerptHtml: string;
}

export async function searchViaUi(page: Page, query: string): Promise<UiResult[]> {
  await page.click('[data-open-search]');
  await page.waitForSelector('course-search dialog[open] input');
  await page.$eval('course-search input', (input) => ((input as HTMLInputElement).value = ''));
  await page.type('course-search input', query);
  // Results update as one types: wait for the ones of the whole query (the status line names it).
  await page.waitForFunction(
    (q) => (document.querySelector('course-search .course-search-status')?.textContent ?? '').includes(q),
    { timeout: 15_000 },
    query,
  );
  const results = await page.$$eval('course-search .course-search-results a', (links) =>
    links.map((a) => ({ href: (a as HTMLAnchorElement).href, title: a.querySelector('.course-search-title')!.textContent ?? '', excerptHtml: a.querySelector('.course-search-excerpt')!.innerHTML })),
  );
  await page.keyboard.press('Escape');
  return results;
}

/** The page a result points to, without the anchor, relative to the site root ("lo/day-1/ethics/"). */
export function resultPage(href: string, siteRoot: string): string {
  return href.slice(siteRoot.length).split('#')[0].replace(/index\.html$/, '');
}

/** Queries with the page that must come first, in each language (from the Day 1 content). */
export const SEARCH_CASES = [
  { lang: 'lo', query: 'ເກີດລູກ', expect: 'lo/day-1/social-protection/', why: 'a Lao word in the middle of a phrase' },
  { lang: 'lo', query: 'ການເກີດລູກຖືກປະຕິເສດ', expect: 'lo/day-1/social-protection/', why: 'several Lao words typed without spaces' },
  { lang: 'lo', query: 'ການ ເກີດລູກ ຖືກ ປະຕິເສດ', expect: 'lo/day-1/social-protection/', why: 'the same words typed with spaces' },
  { lang: 'lo', query: 'ຂອງຂວັນ', expect: 'lo/day-1/ethics/', why: 'a Lao word for gifts' },
  { lang: 'en', query: 'gifts', expect: 'en/day-1/ethics/', why: 'an English plural (stemmed)' },
  { lang: 'en', query: 'maternity benefits', expect: 'en/day-1/social-protection/', why: 'two English words, stemmed' },
] as const;
