/**
 * Large classes: a page of many certificates is printed a bounded number at a
 * time and joined, with every certificate once, in order, one per page, and
 * no blank page where a batch ends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { launchBrowser, printToPdf } from '../../src/print/pdf-printer';
import { serveDirectory, type StaticServer } from '../../src/print/static-server';
import { pdfPages } from '../helpers/pdf';

let dir: string;
let site: StaticServer;
let browser: Browser;
const UNITS = 7;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'print-batches-'));
  const sections = Array.from({ length: UNITS }, (_, i) => `<section class="cert" data-print-unit><p>Certificate number ${i + 1}</p></section>`).join('');
  writeFileSync(join(dir, 'certs.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Certificates</title>
    <style>@page { size: A4 landscape; margin: 0 } .cert { height: 200mm; break-after: page } .cert:last-child { break-after: auto }</style></head><body>${sections}</body></html>`);
  site = await serveDirectory(dir);
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('printing in batches', () => {
  it.each([3, 7, 100])('batches of %i: every certificate once, in order, one per page', async (batchSize) => {
    const { pdf } = await printToPdf(browser, `${site.origin}/certs.html`, { allowedOrigin: site.origin, batchSize });
    const file = join(dir, `out-${batchSize}.pdf`);
    writeFileSync(file, pdf);
    const pages = (await pdfPages(file)).map((p) => p.trim());
    expect(pages).toEqual(Array.from({ length: UNITS }, (_, i) => `Certificate number ${i + 1}`));
  });
});
