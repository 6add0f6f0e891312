/**
 * The procedure flowcharts of the built site, measured by Chromium with the
 * page's own fonts: every line of text stays inside its box or diamond (the
 * widths the build estimated from the font files were not too small), the text
 * is real, selectable SVG text in the page's language, and no script runs.
 * Also read from file:// in the offline copy, where the charts must look the same.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { launchBrowser } from '../../src/print/pdf-printer';
import { serveDirectory, type StaticServer } from '../../src/print/static-server';
import { PROJECT_ROOT } from '../helpers/scratch-project';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDirectory(join(PROJECT_ROOT, 'dist/site'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** Every text block of every chart that does not fit its shape, measured in the chart's own units. */
function overflowing(page: Page) {
  return page.$$eval('svg.procedure-flowchart .flow-nodes > g', (groups) => ({
    checked: groups.length,
    outside: groups.flatMap((g) => {
      const text = g.querySelector('text') as SVGTextElement | null;
      const shape = g.querySelector('rect, polygon') as SVGGraphicsElement | null;
      if (!text || !shape) return [];
      const t = text.getBBox();
      const s = shape.getBBox();
      const label = text.textContent ?? '';
      if (shape.tagName === 'polygon') {
        // Inside a diamond: each corner of the text's box within the four sides.
        const cx = s.x + s.width / 2;
        const cy = s.y + s.height / 2;
        const corners = [[t.x, t.y], [t.x + t.width, t.y], [t.x, t.y + t.height], [t.x + t.width, t.y + t.height]];
        const worst = Math.max(...corners.map(([x, y]) => Math.abs(x - cx) / (s.width / 2) + Math.abs(y - cy) / (s.height / 2)));
        // The glyph box includes the fonts' full ascent and descent, a little more than the ink.
        return worst > 1.08 ? [{ label, worst }] : [];
      }
      const fits = t.x >= s.x - 0.5 && t.x + t.width <= s.x + s.width + 0.5;
      return fits ? [] : [{ label, overflow: t.x + t.width - (s.x + s.width) }];
    }),
  }));
}

describe('procedure flowcharts in a browser', () => {
  it.each(['en', 'lo'] as const)('keep every label inside its box (%s)', async (lang) => {
    const page = await open(`${server.origin}/${lang}/procedures/`);
    expect(await page.$$eval('svg.procedure-flowchart', (svgs) => svgs.length)).toBeGreaterThanOrEqual(9);
    const { checked, outside } = await overflowing(page);
    expect(checked).toBeGreaterThan(80); // nine charts of 6 to 10 steps, with their start and end
    expect(outside).toEqual([]);
    await page.close();
  });

  it('writes Lao labels as Lao SVG text in the Lao fonts, selectable', async () => {
    const page = await open(`${server.origin}/lo/procedures/`);
    const first = await page.$eval('svg.procedure-flowchart', (svg) => ({
      lang: svg.getAttribute('lang'),
      text: svg.textContent ?? '',
      font: getComputedStyle(svg.querySelector('tspan')!).fontFamily,
      select: getComputedStyle(svg.querySelector('text')!).userSelect,
    }));
    expect(first.lang).toBe('lo');
    expect(first.text).toMatch(/[\u0E80-\u0EFF]{4}/);
    expect(first.text).not.toMatch(/[\u0E00-\u0E7F]/);
    expect(first.font).toContain('Course Phetsarath');
    expect(first.select).not.toBe('none');
    await page.close();
  });

  it('draws the same charts from file:// in the offline copy, with no script in them', async () => {
    const page = await open(pathToFileURL(join(PROJECT_ROOT, 'dist/offline/lo/procedures/index.html')).href);
    expect(await page.$$eval('svg.procedure-flowchart', (svgs) => svgs.length)).toBeGreaterThanOrEqual(9);
    expect(await page.$$eval('svg.procedure-flowchart script', (s) => s.length)).toBe(0);
    expect((await overflowing(page)).outside).toEqual([]);
    await page.close();
  });
});
