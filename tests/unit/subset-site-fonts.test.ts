/**
 * The site's fonts cut to the characters its pages use: every character of
 * the pages (escaped ones too) keeps its glyph, ASCII and the whole Lao block
 * are always kept, and the files get smaller.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkitten';
import { charactersToKeep, loadFontSubsetter, subsetSiteFonts } from '../../src/lib/subset-site-fonts';

const require = createRequire(import.meta.url);
const fontFile = (spec: string) => require.resolve(spec);
const LATIN = fontFile('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2');
const LAO = fontFile('@fontsource/phetsarath/files/phetsarath-lao-400-normal.woff2');
const fontOf = (buffer: Buffer) => create(buffer) as Font;

describe('characters to keep', () => {
  it('takes every character of the texts, escaped ones too, plus ASCII and the Lao block', () => {
    const kept = charactersToKeep(['café &#8594; &#x2014;', 'x="\\u2191 \\u{1F4C4}"', 'content: "\\2713 "']);
    for (const char of ['é', '→', '—', '↑', '📄', '✓', 'A', '~', 'ກ', 'ໝ', '\u0EFF']) expect(kept, char).toContain(char);
    expect(kept).not.toContain('ß');
  });
});

describe('subsetting a site folder', async () => {
  const subset = await loadFontSubsetter();
  it('is installed (a dependency: the build stops without it)', () => expect(subset).toBeDefined());

  it('keeps a glyph for every character used and for all of Lao, and makes the fonts smaller', async () => {
    const site = mkdtempSync(join(tmpdir(), 'subset-fonts-'));
    mkdirSync(join(site, '_astro'), { recursive: true });
    cpSync(LATIN, join(site, '_astro/latin.woff2'));
    cpSync(LAO, join(site, '_astro/lao.woff2'));
    writeFileSync(join(site, 'index.html'), '<p>Inspection – café → ການກວດກາ</p>');
    const { fonts, bytesBefore, bytesAfter } = await subsetSiteFonts(site, subset!);
    expect(fonts).toBe(2);
    expect(bytesAfter).toBeLessThan(bytesBefore);
    const latin = fontOf(readFileSync(join(site, '_astro/latin.woff2')));
    const wholeLatin = fontOf(readFileSync(LATIN));
    for (const char of 'Inspectioné–~') expect(latin.hasGlyphForCodePoint(char.codePointAt(0)!), char).toBe(true);
    expect(latin.hasGlyphForCodePoint('→'.codePointAt(0)!)).toBe(wholeLatin.hasGlyphForCodePoint('→'.codePointAt(0)!));
    expect(wholeLatin.hasGlyphForCodePoint('ß'.codePointAt(0)!)).toBe(true);
    expect(latin.hasGlyphForCodePoint('ß'.codePointAt(0)!), 'a letter no page uses is dropped').toBe(false);
    const whole = fontOf(readFileSync(LAO));
    const lao = fontOf(readFileSync(join(site, '_astro/lao.woff2')));
    for (let code = 0x0e80; code <= 0x0eff; code++) expect(lao.hasGlyphForCodePoint(code), code.toString(16)).toBe(whole.hasGlyphForCodePoint(code));
    rmSync(site, { recursive: true, force: true });
  });
});
