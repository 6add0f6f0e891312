/**
 * A site folder's self-hosted fonts cut down to the characters its pages and
 * scripts use, so a first visit downloads less (the Lao page's budget is
 * 90 KiB gzip, fonts included). Every printable ASCII letter and the whole
 * Lao block are always kept: a reader typing a search can type any of them.
 * Works on the site folder after it is copied out of the Astro output, so the
 * print pages (which load the same fonts from the Astro output) keep them whole.
 * The cutting itself is subset-font (HarfBuzz's hb-subset, as WebAssembly).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './files';

/** Cuts one font (WOFF2 in, WOFF2 out) down to the glyphs of `text`. */
export type FontSubsetter = (font: Buffer, text: string) => Promise<Buffer>;

const ALWAYS_KEPT = [
  [0x20, 0x7e], // printable ASCII
  [0x0e80, 0x0eff], // Lao
] as const;

// Characters written as escapes: HTML (&#8594; &#x2192;), JavaScript (\u2192 \u{1F600}; esbuild writes non-ASCII so) and CSS (\2192).
const ESCAPES = /&#(\d+);|&#x([0-9a-f]+);|\\u\{([0-9a-f]+)\}|\\u([0-9a-f]{4})|\\([0-9a-f]{1,6})\s?/gi;

/** The characters to keep: every character of `texts` (escaped ones too), plus ASCII and the Lao block. */
export function charactersToKeep(texts: Iterable<string>): string {
  const kept = new Set<string>();
  const keep = (code: number) => {
    if (code > 0 && code <= 0x10ffff) kept.add(String.fromCodePoint(code));
  };
  for (const [from, to] of ALWAYS_KEPT) for (let code = from; code <= to; code++) keep(code);
  for (const text of texts) {
    for (const char of text) kept.add(char);
    for (const m of text.matchAll(ESCAPES)) keep(m[1] ? Number(m[1]) : parseInt(m[2] ?? m[3] ?? m[4] ?? m[5], 16));
  }
  return [...kept].sort().join('');
}

/** subset-font when it is installed; undefined (fonts are shipped whole) when it is not. */
export async function loadFontSubsetter(): Promise<FontSubsetter | undefined> {
  try {
    const { default: subsetFont } = (await import('subset-font' as string)) as { default: (font: Buffer, text: string, options: { targetFormat: 'woff2' }) => Promise<Buffer> };
    return (font, text) => subsetFont(font, text, { targetFormat: 'woff2' });
  } catch {
    return undefined;
  }
}

/** Subsets every .woff2 file of the site folder in place; returns the bytes before and after. */
export async function subsetSiteFonts(siteDir: string, subset: FontSubsetter): Promise<{ fonts: number; bytesBefore: number; bytesAfter: number }> {
  const texts = listFiles(siteDir, '.', ['.html', '.js', '.css']).map((file) => readFileSync(join(siteDir, file), 'utf8'));
  const keep = charactersToKeep(texts);
  let bytesBefore = 0;
  let bytesAfter = 0;
  const fonts = listFiles(siteDir, '.', ['.woff2']);
  for (const file of fonts) {
    const whole = readFileSync(join(siteDir, file));
    const cut = await subset(whole, keep);
    bytesBefore += whole.length;
    bytesAfter += cut.length;
    writeFileSync(join(siteDir, file), cut);
  }
  return { fonts: fonts.length, bytesBefore, bytesAfter };
}
