/**
 * Turns text into search terms, the same way for the index (build time) and
 * for a query (in the browser): Lao runs split against the vocabulary,
 * everything else split on non-letters, lower-cased, and English words
 * reduced to their stem ("inspections" -> "inspect").
 */
import { stemmer } from 'stemmer';
import { LAO_RUN, isLao, segmentLaoRun } from './lao-segmenter';

export interface Token {
  /** The term as indexed and searched. */
  term: string;
  /** The text it came from, as written (used to highlight excerpts). */
  surface: string;
}

const LATIN_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

// Lao phrases repeat a lot across a curriculum: split each distinct run once per vocabulary.
const splitCache = new WeakMap<ReadonlySet<string>, Map<string, string[]>>();
function splitRun(run: string, vocabulary: ReadonlySet<string>): string[] {
  let cache = splitCache.get(vocabulary);
  if (!cache) splitCache.set(vocabulary, (cache = new Map()));
  let words = cache.get(run);
  if (!words) cache.set(run, (words = segmentLaoRun(run, vocabulary)));
  return words;
}

/**
 * Invisible format characters between two Lao letters (zero-width space and
 * joiners, word joiner, soft hyphen, byte-order mark): pasted from word
 * processors, they would split one Lao word into two for search. Removed
 * before indexing and before a query alike (the check warns about them).
 */
const INVISIBLE_IN_LAO = /(?<=[\u0E80-\u0EFF])[\u200B-\u200D\u2060\u00AD\uFEFF]+(?=[\u0E80-\u0EFF])/gu;

export function normalizeForSearch(text: string): string {
  return text.replace(INVISIBLE_IN_LAO, '');
}

export function tokenize(input: string, vocabulary: ReadonlySet<string>): Token[] {
  const text = normalizeForSearch(input);
  const tokens: Token[] = [];
  let last = 0;
  const latin = (chunk: string) => {
    for (const m of chunk.match(LATIN_WORD) ?? []) {
      if (isLao(m)) continue;
      const lower = m.toLowerCase().replace(/['’]s$/, '');
      tokens.push({ term: /^[a-z]+$/.test(lower) ? stemmer(lower) : lower, surface: m });
    }
  };
  for (const match of text.matchAll(LAO_RUN)) {
    latin(text.slice(last, match.index));
    for (const word of splitRun(match[0], vocabulary)) tokens.push({ term: word, surface: word });
    last = match.index! + match[0].length;
  }
  latin(text.slice(last));
  return tokens;
}

/** Only the terms, as MiniSearch's tokenizer wants them. */
export function terms(text: string, vocabulary: ReadonlySet<string>): string[] {
  return tokenize(text, vocabulary).map((t) => t.term);
}
