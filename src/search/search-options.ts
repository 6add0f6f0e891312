/**
 * MiniSearch settings shared by the index (built in Node) and the search
 * (in the browser). Both sides must agree, or queries miss.
 */
import type { Options, SearchOptions } from 'minisearch';
import { LAO_RUN, isLao, laoAlternativeWords } from './lao-segmenter';
import { terms } from './tokenize';

/** The field that holds every vocabulary word found in the Lao text, not only those of the chosen split. */
export const ALTERNATIVES_FIELD = 'laoAlternatives';

/** The terms of the alternatives field: every vocabulary word in each Lao run of the text. */
export function alternativeTerms(text: string, vocabulary: ReadonlySet<string>): string[] {
  return (text.match(LAO_RUN) ?? []).flatMap((run) => laoAlternativeWords(run, vocabulary));
}

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
    fields: ['title', 'heading', 'text', ALTERNATIVES_FIELD],
    storeFields: ['url', 'title', 'heading'],
    // The alternatives field is the page's text again, tokenized differently (see alternativeTerms).
    extractField: (doc, field) => (field === ALTERNATIVES_FIELD ? `${doc.title} ${doc.heading} ${doc.text}` : (doc as unknown as Record<string, string>)[field]),
    // A query (no field name) is split the one chosen way, like the text fields.
    tokenize: (text, field) => (field === ALTERNATIVES_FIELD ? alternativeTerms(text, vocabulary) : terms(text, vocabulary)),
    // terms() already lower-cases and stems
    processTerm: (term) => term,
  };
}

export const searchOptions: SearchOptions = {
  // The chosen split ranks first; words found only among the alternatives count for less.
  boost: { title: 3, heading: 2, text: 1, [ALTERNATIVES_FIELD]: 0.3 },
  prefix: (term, i, all) => i === all.length - 1 && term.length > 1,
  fuzzy: (term) => (!isLao(term) && term.length > 5 ? 0.2 : false),
  combineWith: 'AND',
};
