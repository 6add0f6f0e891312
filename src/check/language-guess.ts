/**
 * Two guesses about a text on a Lao page that has no Lao script in it:
 * is it English left untranslated, or Lao typed with an old non-Unicode
 * font? Both are heuristics; they stay
 * quiet on short or doubtful text (names, acronyms, figures, references).
 */

const LAO = /\p{Script=Lao}/u;

/** Common English words that almost every English sentence has, and Lao text never. */
const STOP_WORDS = new Set(
  ('a an and are as at be but by can do does for from has have he her his how if in into is it its must no not of on or our ' +
    'she should than that the their then there these they this those to was we were what when which who why will with you your')
    .split(' '),
);

const englishWords = (text: string) => text.match(/[A-Za-z]+(?:['’-][A-Za-z]+)*/g) ?? [];
const isStopWord = (word: string) => STOP_WORDS.has(word.toLowerCase());

/**
 * English left in a Lao text: no Lao script, and either a sentence (prose:
 * four words or more, with a common English word or eight words or more) or,
 * for a short label such as a title, two words or more. A line of names only
 * ("International Labour Organization", "Bailey and Turner") is not reported.
 */
export function looksEnglish(text: string, kind: 'prose' | 'label'): boolean {
  if (LAO.test(text)) return false;
  const words = englishWords(text);
  const content = words.filter((w) => !isStopWord(w));
  if (content.every((w) => /^[A-Z]/.test(w))) return false;
  if (kind === 'label') return words.length >= 2;
  return words.length >= 4 && (words.length >= 8 || words.some(isStopWord));
}

/**
 * Lao typed with a legacy font (Saysettha, Alice, old Phetsarath): the file
 * holds the keys pressed on a Lao keyboard, so the text shows as Latin
 * letters mixed with ; [ ] ' ` ~ and digits inside words ("lt[kpfu"), or as
 * accented Latin letters ("ûkf"). Reported when at least three words and
 * four in ten of them look like that, and none is a common English word.
 */
export function looksLikeLegacyFont(text: string): boolean {
  if (LAO.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => /[A-Za-z\u00C0-\u00FF]/.test(w));
  if (words.length < 3) return false;
  if (words.some((w) => isStopWord(w.replace(/[^A-Za-z']/g, '')))) return false;
  const odd = words.filter(
    (w) =>
      /[\u00C0-\u00FF]/.test(w) || // accented Latin letters: the upper half of a legacy font
      /[A-Za-z0-9][;[\]'`~\\/=,.][A-Za-z0-9]/.test(w) || // a key such as ; or [ inside a word
      /[A-Za-z]\d|\d[A-Za-z]/.test(w) || // digits inside a word (the number row types Lao letters)
      /^[;[\]`~]|[;[\]`~]$/.test(w),
  );
  return odd.length / words.length >= 0.4;
}
