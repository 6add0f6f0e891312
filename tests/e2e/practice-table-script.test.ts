/**
 * The live practice-data table's classic script (src/components/PracticeDataTable.astro),
 * run in headless Chromium from file://, on the real data files. The page here
 * carries only the data attributes the script reads; the script is the
 * component's own text, so a change to it is what gets tested.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { launchBrowser } from '../../src/print/pdf-printer';

const component = readFileSync('src/components/PracticeDataTable.astro', 'utf8');
const script = component.match(/<script is:inline>\n([\s\S]*?)<\/script>/)?.[1] ?? '';
const table = JSON.parse(readFileSync('content/data/practice-table.json', 'utf8'));
const solution = JSON.parse(readFileSync('content/data/practice-solution.json', 'utf8'));
const csv = readFileSync('content/data/practice-units.csv', 'utf8');

let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  expect(script).toContain('data-practice-table');
  const columns = { rank: 'Rank', id: 'Unit', province: 'Province', sector: 'Sector', size: 'Size', workers: 'Registered', outside: 'Outside', paid: 'Paid', arrears: 'Arrears', complaints: 'Complaints', score: 'Score' };
  const config = { weights: table.weights, indicators: table.indicators, locale: 'en-US', columns, all: 'All' };
  const weights = Object.entries(table.weights).map(([key, value]) => `<input type="number" value="${value}" data-weight="${key}">`).join('');
  const html = `<!doctype html><meta charset="utf-8"><section data-practice-table>${weights}<output data-weight-total></output><button data-reset></button>
<select data-filter="province"><option value=""></option></select><select data-filter="sector"><option value=""></option></select>
<select data-filter="size_band"><option value=""></option></select><input data-filter="unit_id"><output data-count></output><button data-download-csv></button>
<table><thead><tr data-head></tr></thead><tbody data-body></tbody></table>
<script type="text/csv" data-csv>${csv}</script><script type="application/json" data-config>${JSON.stringify(config)}</script></section>
<script>${script}</script>`;
  const file = join(mkdtempSync(join(tmpdir(), 'practice-table-')), 'index.html');
  writeFileSync(file, html);
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(pathToFileURL(file).href);
});
afterAll(async () => {
  await browser?.close();
});

const firstRows = () => page.$$eval('[data-body] tr', (rows) => rows.slice(0, 3).map((row) => Array.from(row.children).map((cell) => cell.textContent)));
const count = () => page.$eval('[data-count]', (element) => Number(element.textContent));
const setWeight = (key: string, value: number) =>
  page.$eval(`[data-weight="${key}"]`, (input, v) => {
    (input as HTMLInputElement).value = String(v);
    input.dispatchEvent(new Event('input'));
  }, value);

describe('live practice-data table', () => {
  it('shows every unit, ranked as the computed solution ranks them', async () => {
    expect(errors).toEqual([]);
    expect(await count()).toBe(solution.unitCount);
    const rows = await firstRows();
    rows.forEach((row, i) => {
      expect(row[1]).toBe(solution.top20[i].id);
      expect(Number(row[row.length - 1])).toBeCloseTo(solution.top20[i].score, 0);
    });
  });

  it('filters by province', async () => {
    await page.select('[data-filter="province"]', 'CPS');
    expect(await count()).toBe(solution.counts.byProvince.CPS);
    for (const row of await firstRows()) expect(row[2]).toBe('CPS');
    await page.select('[data-filter="province"]', '');
  });

  it('re-ranks when the weights change', async () => {
    for (const key of Object.keys(table.weights)) await setWeight(key, key === 'missedMonths' ? 100 : 0);
    const top = (await firstRows())[0][1] as string;
    expect(table.indicators[top][Object.keys(table.weights).indexOf('missedMonths')]).toBe(1);
    await page.click('[data-reset]');
    expect((await firstRows())[0][1]).toBe(solution.top20[0].id);
  });

  it('sorts by a column when its heading is clicked', async () => {
    await page.$$eval('[data-head] button', (buttons) => (buttons[1] as HTMLButtonElement).click());
    expect((await firstRows())[0][1]).toBe('LU-CPS-0001');
    expect(errors).toEqual([]);
  });
});
