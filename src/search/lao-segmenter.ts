/**
 * Lao has no spaces between words, and search needs words. The index and the
 * query must be split the same way, but Node's ICU and a browser's ICU split
 * some compounds differently. So: at build time ICU (Node) proposes the
 * vocabulary of the curriculum; then this one function, shipped to the
 * browser as well, splits both the indexed text and the typed query against
 * that vocabulary. Same code, same vocabulary, same words on both sides.
 */

/** Lao letters, marks and digits (U+0E80-0EFF). */
export const LAO_RUN = /[\u0E80-\u0EFF]+/g;
const LAO_CHAR = /[\u0E80-\u0EFF]/;

export function isLao(text: string): boolean {
  return LAO_CHAR.test(text);
}

interface TrieNode {
  next: Map<string, TrieNode>;
  word: boolean;
}

// A letter tree of the vocabulary, built once per vocabulary: walking it finds
// every word starting at a position without cutting substrings.
const tries = new WeakMap<ReadonlySet<string>, TrieNode>();
function trieOf(vocabulary: ReadonlySet<string>): TrieNode {
  let root = tries.get(vocabulary);
  if (root) return root;
  root = { next: new Map(), word: false };
  for (const word of vocabulary) {
    let node = root;
    for (const char of word) {
      let child = node.next.get(char);
      if (!child) node.next.set(char, (child = { next: new Map(), word: false }));
      node = child;
    }
    node.word = true;
  }
  tries.set(vocabulary, root);
  return root;
}

// Until a long run needs the letter tree, runs (a typed query, the phrase
// around an excerpt's edge) are looked up word by word in the vocabulary:
// building the tree costs more than that (about 0.2 s on a slow phone for the
// whole vocabulary). Both ways find the same words in the same order.
const SHORT_RUN = 256;
const longestWords = new WeakMap<ReadonlySet<string>, number>();
function longestWord(vocabulary: ReadonlySet<string>): number {
  let longest = longestWords.get(vocabulary);
  if (longest === undefined) {
    longest = 0;
    for (const word of vocabulary) longest = Math.max(longest, word.length);
    longestWords.set(vocabulary, longest);
  }
  return longest;
}

/** Calls `visit(end)` for every vocabulary word run[start..end), shortest first. */
function forEachWordAt(run: string, start: number, vocabulary: ReadonlySet<string>, visit: (end: number) => void) {
  if (run.length <= SHORT_RUN && !tries.has(vocabulary)) {
    const last = Math.min(run.length, start + longestWord(vocabulary));
    for (let end = start + 1; end <= last; end++) if (vocabulary.has(run.slice(start, end))) visit(end);
    return;
  }
  let node: TrieNode | undefined = trieOf(vocabulary);
  for (let end = start + 1; end <= run.length; end++) {
    node = node.next.get(run[end - 1]);
    if (!node) break;
    if (node.word) visit(end);
  }
}

/**
 * Split one run of Lao text (no spaces) into words from `vocabulary`,
 * choosing the split with the fewest unknown letters, then the fewest words.
 * Unknown letters stick together as one token so nothing is lost.
 */
export function segmentLaoRun(run: string, vocabulary: ReadonlySet<string>): string[] {
  const n = run.length;
  // best[i]: cheapest split of run[0..i): [unknown letters, words], and where its last piece starts.
  const unknown = new Array<number>(n + 1).fill(Infinity);
  const words = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(-1);
  const known = new Array<boolean>(n + 1).fill(false);
  unknown[0] = 0;
  words[0] = 0;
  const better = (u: number, w: number, i: number) => u < unknown[i] || (u === unknown[i] && w < words[i]);
  for (let start = 0; start < n; start++) {
    if (unknown[start] === Infinity) continue;
    forEachWordAt(run, start, vocabulary, (end) => {
      if (better(unknown[start], words[start] + 1, end)) {
        unknown[end] = unknown[start];
        words[end] = words[start] + 1;
        from[end] = start;
        known[end] = true;
      }
    });
    // one unknown letter
    if (better(unknown[start] + 1, words[start] + 1, start + 1)) {
      unknown[start + 1] = unknown[start] + 1;
      words[start + 1] = words[start] + 1;
      from[start + 1] = start;
      known[start + 1] = false;
    }
  }
  const pieces: { text: string; known: boolean }[] = [];
  for (let end = n; end > 0; end = from[end]) pieces.unshift({ text: run.slice(from[end], end), known: known[end] });
  // glue consecutive unknown letters into one token
  const merged: string[] = [];
  let pendingUnknown = '';
  for (const piece of pieces) {
    if (piece.known) {
      if (pendingUnknown) merged.push(pendingUnknown);
      pendingUnknown = '';
      merged.push(piece.text);
    } else pendingUnknown += piece.text;
  }
  if (pendingUnknown) merged.push(pendingUnknown);
  return merged;
}

/**
 * Every vocabulary word that occurs anywhere in a run of Lao, wherever the
 * chosen split put its boundaries (ຈົດໝາຍ inside ຈົດໝາຍເຫດ even when the
 * split chose ຈົດ + ໝາຍເຫດ). Indexed as a second, lower-ranked field so a
 * word is found wherever its letters stand as a word of the vocabulary.
 */
export function laoAlternativeWords(run: string, vocabulary: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (let start = 0; start < run.length; start++) forEachWordAt(run, start, vocabulary, (end) => found.push(run.slice(start, end)));
  return found;
}

/** Build time only: the Lao words ICU finds in a text (Node's Intl.Segmenter). */
export function icuLaoWords(text: string): string[] {
  const segmenter = new Intl.Segmenter('lo', { granularity: 'word' });
  const found: string[] = [];
  for (const run of text.match(LAO_RUN) ?? []) {
    for (const { segment, isWordLike } of segmenter.segment(run)) if (isWordLike && isLao(segment)) found.push(segment);
  }
  return found;
}
