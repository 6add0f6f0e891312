/**
 * Draws SVG images (the procedure flowcharts) as PNG in the build's Chromium,
 * with the course's fonts, for the Word copies' fallback image (see
 * withPngFallbacks in word-copy.ts). Twice the CSS size, so print stays sharp.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'puppeteer-core';

/** The faces the flowcharts name (templates/fonts.css), inlined: a page made with setContent may load no file. */
const FACES: [family: string, weight: number, file: string][] = [
  ['Course Phetsarath', 400, '@fontsource/phetsarath/files/phetsarath-lao-400-normal.woff2'],
  ['Course Phetsarath', 700, '@fontsource/phetsarath/files/phetsarath-lao-700-normal.woff2'],
  ['Course Noto Sans Lao', 400, '@fontsource/noto-sans-lao/files/noto-sans-lao-lao-400-normal.woff2'],
  ['Course Noto Sans Lao', 700, '@fontsource/noto-sans-lao/files/noto-sans-lao-lao-700-normal.woff2'],
  ['Course Noto Sans', 400, '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2'],
  ['Course Noto Sans', 700, '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2'],
];

function fontFaces(): string {
  const require = createRequire(import.meta.url);
  return FACES.map(([family, weight, file]) => {
    const data = readFileSync(require.resolve(file)).toString('base64');
    const range = family.includes('Lao') || family.includes('Phetsarath') ? 'unicode-range: U+0E80-0EFF, U+200B-200D, U+25CC;' : '';
    return `@font-face { font-family: '${family}'; font-weight: ${weight}; src: url(data:font/woff2;base64,${data}) format('woff2'); ${range} }`;
  }).join('\n');
}

/** A function that turns an SVG into PNG bytes, reusing one tab and remembering each image it drew. */
export async function createSvgRasterizer(browser: Browser): Promise<(svg: string) => Promise<Uint8Array>> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 1000, deviceScaleFactor: 2 });
  const faces = fontFaces();
  const drawn = new Map<string, Uint8Array>();
  return async (svg) => {
    const known = drawn.get(svg);
    if (known) return known;
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${faces} body { margin: 0; background: #fff; } svg { display: block; }</style></head><body>${svg}</body></html>`);
    await page.evaluate(() => document.fonts.ready);
    const element = await page.$('svg');
    if (!element) throw new Error('no <svg> to draw');
    const png = new Uint8Array(await element.screenshot({ type: 'png', omitBackground: false }));
    drawn.set(svg, png);
    return png;
  };
}
