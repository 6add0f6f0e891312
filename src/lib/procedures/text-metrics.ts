/**
 * How wide a line of text will be, measured from the advance widths in the
 * very font files the pages use (the @fontsource WOFF files: Phetsarath OT for
 * Lao, Noto Sans Lao for the Lao letters Phetsarath lacks, Noto Sans for Latin
 * letters and digits), and text wrapped to a width at the word breaks ICU
 * finds (Lao has no spaces between words).
 *
 * Why not measure in a browser: the flowcharts are made while Astro renders a
 * page, where no browser runs; this is synchronous, deterministic and needs
 * nothing but Node. Lao vowel and tone marks (Unicode category Mn) sit above or
 * below their consonant and take no width; Lao needs no ligatures that change
 * widths, so summing advances is a close estimate. A safety margin covers the
 * rest (kerning, a browser's rounding).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { keepCompoundsWhole } from '../lao-line-breaks';

/** Widths are multiplied by this, so a box is never narrower than its text. */
export const SAFETY = 1.06;

interface FontMetrics {
  unitsPerEm: number;
  /** Advance width (font units) of each code point the font has. */
  advances: Map<number, number>;
}

/** The tables of a WOFF 1.0 file, decompressed. */
function woffTables(bytes: Buffer): Map<string, Buffer> {
  if (bytes.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 font');
  const count = bytes.readUInt16BE(12);
  const tables = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const entry = 44 + i * 20;
    const tag = bytes.toString('latin1', entry, entry + 4);
    const offset = bytes.readUInt32BE(entry + 4);
    const compLength = bytes.readUInt32BE(entry + 8);
    const origLength = bytes.readUInt32BE(entry + 12);
    const data = bytes.subarray(offset, offset + compLength);
    tables.set(tag, compLength < origLength ? inflateSync(data) : data);
  }
  return tables;
}

/** Code point to glyph id, from the cmap's Unicode subtable (format 4 or 12). */
function glyphIds(cmap: Buffer): Map<number, number> {
  const map = new Map<number, number>();
  const count = cmap.readUInt16BE(2);
  const subtables = Array.from({ length: count }, (_, i) => ({
    platform: cmap.readUInt16BE(4 + i * 8),
    encoding: cmap.readUInt16BE(6 + i * 8),
    offset: cmap.readUInt32BE(8 + i * 8),
  }));
  const pick = subtables.find((s) => s.platform === 3 && s.encoding === 10) ?? subtables.find((s) => s.platform === 3 && s.encoding === 1) ?? subtables.find((s) => s.platform === 0);
  if (!pick) return map;
  const t = cmap.subarray(pick.offset);
  const format = t.readUInt16BE(0);
  if (format === 4) {
    const segments = t.readUInt16BE(6) / 2;
    const ends = 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const rangeOffsets = deltas + segments * 2;
    for (let s = 0; s < segments; s++) {
      const end = t.readUInt16BE(ends + s * 2);
      const start = t.readUInt16BE(starts + s * 2);
      const delta = t.readInt16BE(deltas + s * 2);
      const rangeOffset = t.readUInt16BE(rangeOffsets + s * 2);
      for (let c = start; c <= end && c !== 0xffff; c++) {
        let glyph: number;
        if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
        else {
          const at = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
          glyph = t.readUInt16BE(at);
          if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
        }
        if (glyph !== 0) map.set(c, glyph);
      }
    }
  } else if (format === 12) {
    const groups = t.readUInt32BE(12);
    for (let g = 0; g < groups; g++) {
      const start = t.readUInt32BE(16 + g * 12);
      const end = t.readUInt32BE(20 + g * 12);
      const first = t.readUInt32BE(24 + g * 12);
      for (let c = start; c <= end; c++) map.set(c, first + (c - start));
    }
  }
  return map;
}

function readMetrics(file: string): FontMetrics {
  const tables = woffTables(readFileSync(file));
  const head = tables.get('head')!;
  const hhea = tables.get('hhea')!;
  const hmtx = tables.get('hmtx')!;
  const unitsPerEm = head.readUInt16BE(18);
  const longMetrics = hhea.readUInt16BE(34);
  const lastAdvance = hmtx.readUInt16BE((longMetrics - 1) * 4);
  const advances = new Map<number, number>();
  for (const [codePoint, glyph] of glyphIds(tables.get('cmap')!)) {
    advances.set(codePoint, glyph < longMetrics ? hmtx.readUInt16BE(glyph * 4) : lastAdvance);
  }
  return { unitsPerEm, advances };
}

export type Weight = 400 | 700;

/** The fonts in the order the page's font stack (templates/fonts.css) tries them. */
const FONT_FILES: Record<Weight, string[]> = {
  400: ['@fontsource/phetsarath/files/phetsarath-lao-400-normal.woff', '@fontsource/noto-sans-lao/files/noto-sans-lao-lao-400-normal.woff', '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff'],
  700: ['@fontsource/phetsarath/files/phetsarath-lao-700-normal.woff', '@fontsource/noto-sans-lao/files/noto-sans-lao-lao-700-normal.woff', '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff'],
};

/** The unicode-range of each face in templates/fonts.css: Lao faces serve only Lao, the Latin face the rest. */
const isLaoRange = (c: number) => (c >= 0x0e80 && c <= 0x0eff) || (c >= 0x200b && c <= 0x200d) || c === 0x25cc;

const loaded = new Map<Weight, FontMetrics[]>();
function fontsFor(weight: Weight): FontMetrics[] {
  let fonts = loaded.get(weight);
  if (!fonts) {
    const require = createRequire(import.meta.url);
    fonts = FONT_FILES[weight].map((file) => readMetrics(require.resolve(file)));
    loaded.set(weight, fonts);
  }
  return fonts;
}

const MARK = /\p{Mn}/u;

/** Width in pixels of one line of text at a font size (px) and weight. */
export function textWidth(text: string, size: number, weight: Weight = 400): number {
  const [lao, laoFallback, latin] = fontsFor(weight);
  let em = 0;
  for (const char of text) {
    const c = char.codePointAt(0)!;
    if (MARK.test(char) || (c >= 0x200b && c <= 0x200d)) continue;
    const candidates = isLaoRange(c) ? [lao, laoFallback] : [latin];
    const font = candidates.find((f) => f.advances.has(c));
    // A character none of the fonts has: count it as wide as an "M", never as nothing.
    em += font ? font.advances.get(c)! / font.unitsPerEm : (latin.advances.get(0x4d) ?? 800) / latin.unitsPerEm;
  }
  return em * size * SAFETY;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string, granularity: 'word' | 'grapheme'): Intl.Segmenter {
  const key = `${lang}:${granularity}`;
  let s = segmenters.get(key);
  if (!s) segmenters.set(key, (s = new Intl.Segmenter(lang, { granularity })));
  return s;
}

/**
 * Lines of at most `maxWidth` pixels. Breaks between words (ICU's dictionary
 * for Lao, spaces for English); a single word longer than the line is split
 * between letters (grapheme clusters, so a vowel never leaves its consonant).
 */
export function wrapText(text: string, maxWidth: number, size: number, lang: string, weight: Weight = 400): string[] {
  const pieces: string[] = [];
  // Punctuation stays with its word: "?" or ")" never starts a line, "(" never ends one.
  const words: string[] = [];
  let opening = '';
  for (const { segment } of segmenter(lang, 'word').segment(text.replace(/\s+/g, ' ').trim())) {
    if (/^\p{Ps}+$/u.test(segment)) opening += segment;
    else if (/^[\p{P}\p{S}]+$/u.test(segment) && words.length && !/\s$/.test(words[words.length - 1])) words[words.length - 1] += segment;
    else {
      words.push(opening + segment);
      opening = '';
    }
  }
  if (opening) words.push(opening);
  // ICU cuts some Lao words (ຜູ້ອອກແຮງ|ງານ): mend them as the pages do (src/lib/lao-line-breaks.ts), so a label never wraps inside one.
  for (const segment of lang === 'lo' ? keepCompoundsWhole(words) : words) {
    if (textWidth(segment, size, weight) <= maxWidth) pieces.push(segment);
    else {
      let part = '';
      for (const { segment: g } of segmenter(lang, 'grapheme').segment(segment)) {
        if (part && textWidth(part + g, size, weight) > maxWidth) {
          pieces.push(part);
          part = '';
        }
        part += g;
      }
      if (part) pieces.push(part);
    }
  }
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const candidate = line + piece;
    if (line.trim() && textWidth(candidate.trimEnd(), size, weight) > maxWidth) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else line = candidate;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
