/**
 * The search on chunked data (see search-chunks.ts): works out which chunks a
 * query can touch, loads only those, and ranks with a MiniSearch index made of
 * the terms loaded so far. Every term the query can match (itself, the words
 * it is a prefix of, the words within its fuzzy distance) is loaded before
 * ranking, and scores only use those terms and the head's global statistics,
 * so the hits are the ones the whole index gives (the unit test checks).
 */
import MiniSearch from 'minisearch';
import { indexOptions, searchOptions, type SearchDoc } from './search-options';
import { terms, tokenize } from './tokenize';
import { makeExcerpt } from './excerpt';
import { rankSections, type SearchHit } from './search-engine';
import { termChunkName, textChunkName, type SearchHead, type TermEntry } from './search-chunks';

/** Loads one chunk script by name and gives what it registered. */
export type ChunkLoader = (name: string) => Promise<unknown>;

/** The last index i with sorted[i] <= value (0 when value sorts first). */
function chunkAt<T>(sorted: T[], value: T): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (sorted[mid] <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Levenshtein distance, or Infinity as soon as it must exceed `max`. */
export function editDistanceWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]);
    }
    if (best > max) return Infinity;
    previous = row;
  }
  return previous[b.length] <= max ? previous[b.length] : Infinity;
}

export class ChunkedSearchEngine {
  private readonly vocabulary: Set<string>;
  private readonly termChunks = new Map<number, Promise<TermEntry[]>>();
  private readonly textChunks = new Map<number, Promise<string[]>>();
  private loadedTerms: TermEntry[][] = [];
  private mini: MiniSearch<SearchDoc> | undefined;

  constructor(
    private readonly head: SearchHead,
    private readonly load: ChunkLoader,
  ) {
    this.vocabulary = new Set(head.vocabulary);
  }

  /** The term chunks a query can match in, the way MiniSearch expands each query term (exact, prefix, fuzzy). */
  termChunksFor(query: string): number[] {
    const { termChunks, fuzzyTerms } = this.head;
    const wanted = new Set<number>();
    const queryTerms = terms(query, this.vocabulary);
    queryTerms.forEach((term, i) => {
      let n = chunkAt(termChunks, term);
      wanted.add(n);
      const prefix = typeof searchOptions.prefix === 'function' ? searchOptions.prefix(term, i, queryTerms) : searchOptions.prefix;
      // Terms starting with `term` sort right after it: the chunks that follow, while they start with it.
      if (prefix) while (n + 1 < termChunks.length && termChunks[n + 1].startsWith(term)) wanted.add(++n);
      const fuzzy = typeof searchOptions.fuzzy === 'function' ? searchOptions.fuzzy(term, i, queryTerms) : searchOptions.fuzzy;
      if (fuzzy) {
        // MiniSearch's distance for a fuzzy fraction (maxFuzzy defaults to 6).
        const distance = fuzzy === true ? Math.round(term.length * 0.2) : fuzzy < 1 ? Math.min(searchOptions.maxFuzzy ?? 6, Math.round(term.length * fuzzy)) : fuzzy;
        for (const candidate of fuzzyTerms) if (editDistanceWithin(term, candidate, distance) <= distance) wanted.add(chunkAt(termChunks, candidate));
      }
    });
    return [...wanted].sort((a, b) => a - b);
  }

  private termChunk(n: number): Promise<TermEntry[]> {
    let chunk = this.termChunks.get(n);
    if (!chunk) {
      chunk = this.load(termChunkName(this.head.lang, n)) as Promise<TermEntry[]>;
      this.termChunks.set(n, chunk);
      void chunk.then((entries) => {
        this.loadedTerms.push(entries);
        this.mini = undefined; // rebuilt with the new terms on the next search
      }, () => this.termChunks.delete(n));
    }
    return chunk;
  }

  private async sectionText(id: number): Promise<string> {
    const n = chunkAt(this.head.textChunks, id);
    let chunk = this.textChunks.get(n);
    if (!chunk) {
      chunk = this.load(textChunkName(this.head.lang, n)) as Promise<string[]>;
      this.textChunks.set(n, chunk);
      chunk.catch(() => this.textChunks.delete(n));
    }
    return (await chunk)[id - this.head.textChunks[n]];
  }

  /** A MiniSearch index of the terms loaded so far, terms inserted in the whole index's order (ties rank the same). */
  private index(): MiniSearch<SearchDoc> {
    if (!this.mini) {
      const entries = this.loadedTerms.flat().sort((a, b) => a[0] - b[0]);
      this.mini = MiniSearch.loadJS<SearchDoc>({ ...this.head.statistics, storedFields: {}, index: entries.map(([, term, postings]) => [term, postings]) }, indexOptions(this.vocabulary));
    }
    return this.mini;
  }

  /** Best sections first, as SearchEngine.search gives them on the whole index. */
  async search(query: string, limit = 20): Promise<SearchHit[]> {
    const tokens = tokenize(query, this.vocabulary);
    if (tokens.length === 0) return [];
    await Promise.all(this.termChunksFor(query).map((n) => this.termChunk(n)));
    const ranked = rankSections(this.index(), query, limit);
    const texts = await Promise.all(ranked.map((r) => this.sectionText(r.id as number)));
    return ranked.map((r, i) => {
      const [url, title, heading] = this.head.sections[r.id as number];
      return { url, title, heading, excerpt: makeExcerpt(texts[i], tokens, 70, this.vocabulary), score: r.score };
    });
  }
}
