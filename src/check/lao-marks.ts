/**
 * Lao combining marks in the order Unicode text must store them.
 *
 * A Lao syllable is stored in the order it is typed on a Lao keyboard:
 *
 *   [leading vowel ເ ແ ໂ ໃ ໄ] consonant [ຼ U+0EBC] [one vowel above or below] [one tone mark] [following vowels ະ າ ຳ ຽ ...]
 *
 * - Vowels above: ັ U+0EB1, ິ ີ ຶ ື U+0EB4-0EB7, ົ U+0EBB, ໍ U+0ECD (as in ຂໍ້).
 *   Vowels below: ຸ ູ U+0EB8-0EB9. Tone marks: ່ ້ ໊ ໋ U+0EC8-0ECB.
 * - The tone mark comes after the vowel mark (and after ຼ): ກີ່ is ກ + ີ + ່,
 *   never ກ + ່ + ີ; ຫຼ່ is ຫ + ຼ + ່.
 *   Fonts stack the tone on top of the vowel only in that order; the other
 *   order shows a dotted circle or a collision, and search does not match it.
 *   This is the input-sequence rule of the Thai/Lao standard WTT 2.0
 *   (TIS 1566-2541), used by libthai and Pango for Lao too, which also accepts
 *   a tone mark after ໍ (ຂໍ້).
 * - Unicode normalisation (NFC) fixes only part of this: the vowels below
 *   (combining class 118) sort before tone marks (122), but the vowels above
 *   have class 0 and are never reordered. So the order is checked here, and
 *   NFC separately.
 * - One syllable has at most one tone mark, and a mark always follows a
 *   consonant (or another mark on it): a mark after a space, a digit, a Latin
 *   letter or a spacing vowel (ະ າ ຳ ຽ ເ ແ ໂ ໃ ໄ) has nothing to sit on.
 * - ຳ is one character, U+0EB3. Typed as ໍ + າ it looks the same but search
 *   and spell checkers do not find the word.
 */

const CONSONANT = /[\u0E81-\u0EAE\u0EDC-\u0EDF]/u;
const MARK_RUN = /[\u0EB1\u0EB4-\u0EBC\u0EC8-\u0ECE]+/gu;
/** Marks stored before the tone mark: ຼ, the vowels above and below, and ໍ. */
const BEFORE_TONE = /[\u0EB1\u0EB4-\u0EB9\u0EBB\u0EBC\u0ECD]/u;
const TONE = /[\u0EC8-\u0ECB]/u;

export interface MarkHit {
  /** Offset in the text. */
  index: number;
  /** ໍ + າ for ຳ renders the same and is only a warning; the other problems show broken text. */
  severity: 'error' | 'warning';
  message: string;
  /** The text as it should be typed, when it can be told. */
  fix: string;
}

const code = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
const shown = (ch: string) => `"\u25CC${ch}" (${code(ch)})`;

/** Problems with the order and number of Lao marks in a text. */
export function findMarkProblems(text: string): MarkHit[] {
  const hits: MarkHit[] = [];
  for (const run of text.matchAll(MARK_RUN)) {
    // A run of marks, and what it sits on.
    const marks = run[0];
    const start = run.index!;
    const i = start + marks.length;
    const base = start > 0 ? text[start - 1] : '';
    const word = () => text.slice(Math.max(0, start - 3), Math.min(text.length, i + 2)).trim();
    if (!CONSONANT.test(base)) {
      hits.push({
        index: start,
        severity: 'error',
        message: `the mark ${shown(marks[0])} in "${word()}" has no consonant to sit on (it follows ${base ? `"${base}"` : 'the start of the text'})`,
        fix: 'retype the syllable: consonant first, then the vowel mark, then the tone mark',
      });
      continue;
    }
    if (marks.length === 1 && !(marks === '\u0ECD' && text[i] === '\u0EB2')) continue; // one mark on a consonant: fine
    const tones = [...marks].filter((m) => TONE.test(m));
    if (tones.length > 1) {
      hits.push({ index: start, severity: 'error', message: `"${word()}" has ${tones.length} tone marks on one consonant (${tones.map(code).join(', ')})`, fix: 'keep only the tone mark that is meant' });
      continue;
    }
    const repeated = [...marks].find((m, k) => k > 0 && marks[k - 1] === m);
    if (repeated) {
      hits.push({ index: start, severity: 'error', message: `"${word()}" has the mark ${shown(repeated)} twice`, fix: 'delete one of them' });
      continue;
    }
    const tone = marks.search(TONE);
    if (tone !== -1 && BEFORE_TONE.test(marks.slice(tone + 1))) {
      const ordered = [...marks].filter((m) => !TONE.test(m)).join('') + marks[tone];
      hits.push({
        index: start,
        severity: 'error',
        message: `in "${word()}" the tone mark ${code(marks[tone])} is typed before the vowel mark; Unicode stores the vowel first`,
        fix: `retype it as "${base}${ordered}" (consonant, vowel, then tone)`,
      });
      continue;
    }
    if (/\u0ECD[\u0EC8-\u0ECB]?$/.test(marks) && text[i] === '\u0EB2') {
      hits.push({ index: start, severity: 'warning', message: `"${word()}" has ໍ (U+0ECD) + າ (U+0EB2) where the vowel ຳ (U+0EB3) is meant`, fix: `type ຳ (U+0EB3): "${base}${marks.replace('\u0ECD', '')}\u0EB3"` });
    }
  }
  return hits;
}

/** The first character at which a text differs from its NFC form, if any. */
export function firstNonNfc(text: string): { index: number; found: string; nfc: string } | undefined {
  if (text.normalize('NFC') === text) return undefined;
  // Compare grapheme-sized pieces: a base letter and its marks.
  for (const m of text.matchAll(/\P{M}\p{M}*/gu)) {
    const piece = m[0];
    if (piece.normalize('NFC') !== piece) return { index: m.index!, found: piece, nfc: piece.normalize('NFC') };
  }
  return { index: 0, found: text.slice(0, 10), nfc: text.slice(0, 10).normalize('NFC') };
}

/** Code points of a short text, for messages: "ກ ່ ຸ" -> U+0E81 U+0EC8 U+0EB8. */
export const codePoints = (text: string) => [...text].map(code).join(' ');
