/**
 * MiniSearch settings shared by the index (built in Node) and the search
 * (in the browser). Both sides must agree, or queries miss.
 */
import type { Options, SearchOptions } from 'minisearch';
import { isLao } from './lao-segmenter';
import { terms } from './tokenize';

export interface SearchDoc {
  id: number;
  /** Root-relative URL with the section anchor, e.g. /lo/day-1/opening/#why */
  url: string;
  /** Page title. */
  title: string;
  /** Section heading ('' for the top of the page). */
  heading: string;
  /** The section's text, as shown (used for excerpts). */
  text: string;
}

export function indexOptions(vocabulary: ReadonlySet<string>): Options<SearchDoc> {
  return {
    fields: ['title', 'heading', 'text'],
    storeFields: ['url', 'title', 'heading'],
    tokenize: (text) => terms(text, vocabulary),
    // terms() already lower-cases and stems
    processTerm: (term) => term,
  };
}

export const searchOptions: SearchOptions = {
  boost: { title: 3, heading: 2 },
  prefix: (term, i, all) => i === all.length - 1 && term.length > 1,
  fuzzy: (term) => (!isLao(term) && term.length > 5 ? 0.2 : false),
  combineWith: 'AND',
};
