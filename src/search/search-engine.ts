/**
 * The search on the whole index, built from all sections at once: the
 * reference the browser's chunked search (chunked-search-engine.ts) must
 * match, used by the tests in Node.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import { indexOptions, searchOptions, type SearchDoc } from './search-options';
import { tokenize } from './tokenize';
import { makeExcerpt } from './excerpt';
import type { SearchData } from './build-search-index';

export interface SearchHit {
  url: string;
  title: string;
  heading: string;
  /** HTML: escaped text with <mark> around matches. */
  excerpt: string;
  score: number;
}

/** The sections that answer a query, best first: all its words (AND), else any of them (OR). */
export function rankSections(mini: MiniSearch<SearchDoc>, query: string, limit: number): SearchResult[] {
  let results = mini.search(query, searchOptions);
  if (results.length === 0) results = mini.search(query, { ...searchOptions, combineWith: 'OR' });
  return results.slice(0, limit);
}

/** The search on the whole index, built from all sections at once (the reference the chunked search must match). */
export class SearchEngine {
  private readonly vocabulary: Set<string>;
  private readonly mini: MiniSearch<SearchDoc>;
  private readonly docs: Map<number, SearchDoc>;

  constructor(data: SearchData) {
    this.vocabulary = new Set(data.vocabulary);
    this.mini = new MiniSearch<SearchDoc>(indexOptions(this.vocabulary));
    this.mini.addAll(data.docs);
    this.docs = new Map(data.docs.map((d) => [d.id, d]));
  }

  /** Best sections first; a page that has every word of the query comes before pages with some of them. */
  search(query: string, limit = 20): SearchHit[] {
    const tokens = tokenize(query, this.vocabulary);
    if (tokens.length === 0) return [];
    return rankSections(this.mini, query, limit).map((r) => {
      const doc = this.docs.get(r.id as number)!;
      return { url: doc.url, title: doc.title, heading: doc.heading, excerpt: makeExcerpt(doc.text, tokens, 70, this.vocabulary), score: r.score };
    });
  }
}
