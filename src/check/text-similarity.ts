/**
 * When two quiz questions are near copies (an assessment item taken from a
 * self-check, or one item on two assessment forms).
 *
 * Measured on the Day 1 quizzes (1,713 pairs of questions from different
 * quizzes): a copied scenario is reworded, so word 3-grams miss it (the
 * highest 3-gram Jaccard of any pair was 0.11, for a copy). What a copy keeps
 * is its content words: the same people, figures and facts. The Jaccard
 * similarity of the sets of content words (below) was 0.39 or more
 * for the three copies (the same 45 workers and 12 months of deductions
 * twice, the cousin who is the company's accountant: 0.48, 0.39, 0.42), and
 * at most 0.27 for items that test the same outcome with a new case. A long run of the same
 * words in the same order is a copy too, whatever the rest.
 */

/** Jaccard similarity of content words at or above this is a near copy. */
export const CONTENT_WORD_THRESHOLD = 0.3;
/** A run of this many words shared in the same order is a near copy. */
export const SHARED_RUN_THRESHOLD = 8;

/** Words that say nothing about the scenario of a question. */
const STOP_WORDS = new Set(
  ('a an the of to in on at for and or nor but is are was were be been being it its this that these those which what who whom whose how why when where ' +
    'do does did done you your yours they their them he him she his her we our i my me with by from as not no than then so if into about under over ' +
    'after before all any each some such can could should would will shall may must has have had there here up out more most other only own same ' +
    'very just also best most least following').split(' '),
);

/** Lower-cased words of a text, without Markdown marks or punctuation. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The content words of a text: no stop words, plural and -ing/-ed endings cut, figures kept. */
export function contentWords(text: string): Set<string> {
  return new Set(
    wordsOf(text)
      .filter((w) => !STOP_WORDS.has(w))
      .map((w) => (/^\d/.test(w) ? w : w.replace(/ies$/, 'y').replace(/(?<=[a-z]{3})(es|s|ing|ed)$/, ''))),
  );
}

export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Length of the longest run of words the two texts share in the same order. */
export function longestSharedRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        row[j] = previous[j - 1] + 1;
        best = Math.max(best, row[j]);
      }
    }
    previous = row;
  }
  return best;
}

export interface Similarity {
  /** Jaccard similarity of the content words, 0 to 1. */
  contentWords: number;
  /** Longest run of the same words in the same order. */
  sharedRun: number;
  nearCopy: boolean;
}

export function questionSimilarity(a: string, b: string): Similarity {
  const contentWordsScore = jaccard(contentWords(a), contentWords(b));
  const sharedRun = longestSharedRun(wordsOf(a), wordsOf(b));
  return { contentWords: contentWordsScore, sharedRun, nearCopy: contentWordsScore >= CONTENT_WORD_THRESHOLD || sharedRun >= SHARED_RUN_THRESHOLD };
}

/** The similarity in words, for a message. */
export function describeSimilarity(s: Similarity): string {
  return `${Math.round(s.contentWords * 100)}% of their content words shared${s.sharedRun >= SHARED_RUN_THRESHOLD ? `, ${s.sharedRun} words in a row identical` : ''}`;
}

/** Content-word share above which two questions with the same figures tell the same case. */
export const SAME_CASE_THRESHOLD = 0.6;

const figures = (text: string) => [...text.matchAll(/\d[\d.,]*/g)].map((m) => m[0].replace(/[.,]$/, '')).sort().join(' ');

/**
 * Whether two questions of the two forms of the pre/post test are the same item.
 * Parallel forms test each outcome with a parallel item: often the same kind of
 * question with another case and other figures, which shares many words by design.
 * The same item is the same case: most content words shared and the same figures.
 */
export function sameCase(a: string, b: string): Similarity & { sameCase: boolean } {
  const similarity = questionSimilarity(a, b);
  return { ...similarity, sameCase: similarity.contentWords >= SAME_CASE_THRESHOLD && figures(a) === figures(b) };
}
