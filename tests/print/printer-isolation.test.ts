/**
 * A printed page may load nothing but the build's own files: the printer
 * blocks every other origin, and file:// paths too. Proved with real images
 * that would print if they were loaded (a same-origin control prints one).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { launchBrowser, printToPdf } from '../../src/print/pdf-printer';
import { serveDirectory, type StaticServer } from '../../src/print/static-server';
import { runOutput } from '../helpers/run-process';

/** An 8 x 8 red 24-bit BMP: the simplest image format Chromium prints as a raster image. */
function redBmp(): Buffer {
  const size = 8;
  const pixels = Buffer.alloc(size * size * 3);
  for (let i = 0; i < pixels.length; i += 3) pixels.set([0, 0, 255], i); // blue, green, red
  const header = Buffer.alloc(54);
  header.write('BM', 0);
  header.writeUInt32LE(54 + pixels.length, 2);
  header.writeUInt32LE(54, 10);
  header.writeUInt32LE(40, 14);
  header.writeInt32LE(size, 18);
  header.writeInt32LE(size, 22);
  header.writeUInt16LE(1, 26);
  header.writeUInt16LE(24, 28);
  header.writeUInt32LE(pixels.length, 34);
  return Buffer.concat([header, pixels]);
}

/** How many times the 8 x 8 test image is placed in a PDF, as `pdfimages -list` lists images (a broken-image icon is 14 x 16). */
async function imagesIn(pdf: Uint8Array, dir: string): Promise<number> {
  const file = join(dir, `check-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const rows = (await runOutput('pdfimages', ['-list', file])).trim().split('\n').slice(2);
  return rows.map((row) => row.trim().split(/\s+/)).filter(([, , type, width, height]) => type === 'image' && width === '8' && height === '8').length;
}

let dir: string;
let site: StaticServer;
let elsewhere: StaticServer;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'printer-isolation-'));
  writeFileSync(join(dir, 'red.bmp'), redBmp());
  site = await serveDirectory(dir);
  elsewhere = await serveDirectory(dir); // the same files from another origin (another port)
  const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;
  writeFileSync(join(dir, 'own.html'), page('<p>own</p><img src="/red.bmp" width="100" height="100">'));
  writeFileSync(join(dir, 'hostile.html'), page(`<p>hostile</p>
    <img src="file://${dir}/red.bmp" width="100" height="100">
    <img src="file:///etc/passwd" width="100" height="100">
    <img src="${elsewhere.origin}/red.bmp" width="100" height="100">
    <link rel="stylesheet" href="${elsewhere.origin}/style.css">
    <div style="width:100px;height:100px;background:url('${elsewhere.origin}/red.bmp')"></div>`));
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await elsewhere?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the PDF printer', () => {
  it('prints an image from the build itself (the control: an image that loads is seen in the PDF)', async () => {
    const { pdf, blocked } = await printToPdf(browser, `${site.origin}/own.html`, { allowedOrigin: site.origin });
    expect(blocked).toEqual([]);
    expect(await imagesIn(pdf, dir)).toBe(1);
  });

  it('loads nothing from another origin or from file://, so nothing of it is printed', async () => {
    const { pdf, blocked } = await printToPdf(browser, `${site.origin}/hostile.html`, { allowedOrigin: site.origin });
    expect(blocked).toEqual(expect.arrayContaining([`${elsewhere.origin}/red.bmp`, `${elsewhere.origin}/style.css`]));
    expect(blocked.every((url) => !url.startsWith(site.origin))).toBe(true);
    expect(await imagesIn(pdf, dir)).toBe(0); // neither the other origin's image nor the file:// one
    const text = await runOutput('pdftotext', ['-', '-'], { input: pdf });
    expect(text).toContain('hostile');
    expect(text).not.toContain('root:');
  });
});
