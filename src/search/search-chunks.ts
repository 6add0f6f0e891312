/**
 * Build time: the search data of one language cut into small classic
 * scripts, so a query loads only what it needs (and it all still works
 * from file://, where nothing can be fetched):
 *  - the head (index-<lang>.js): what every query needs (the Lao vocabulary,
 *    each section's url, title and heading, the index's global statistics,
 *    where each chunk starts, and the non-Lao words fuzzy matching looks at);
 *  - term chunks (index-<lang>-t<n>.js): the index's postings, terms in
 *    sorted order cut into runs of about the same size, so a word and every
 *    word it is a prefix of sit in one run of consecutive chunks;
 *  - text chunks (index-<lang>-x<n>.js): the sections' texts, consecutive
 *    sections packed together, loaded only for the excerpts of shown hits.
 * The MiniSearch index is built here once, with the same options the
 * browser uses, so the browser tokenizes nothing but the query.
 */
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { indexOptions, type SearchDoc } from './search-options';
import { isLao } from './lao-segmenter';
import type { SearchData } from './build-search-index';

/** MiniSearch's serialized index without its postings and stored fields (those travel apart). */
export type IndexStatistics = Omit<AsPlainObject, 'index' | 'storedFields'>;

/** One term of the index: its place in MiniSearch's own order, the term, its postings (field id -> doc id -> count). */
export type TermEntry = [order: number, term: string, postings: AsPlainObject['index'][number][1]];

/** What every query needs first (the head script). */
export interface SearchHead {
  /** Language of the pages indexed. */
  lang: string;
  /** The Lao words the query is split against (and excerpts are cut at). */
  vocabulary: string[];
  /** Section id -> [url with anchor, page title, section heading]. */
  sections: [url: string, title: string, heading: string][];
  /** The index's document ids, field lengths and averages (BM25 needs them for every score). */
  statistics: IndexStatistics;
  /** The first term of each term chunk, in sorted order: chunk n holds the terms from termChunks[n] up to termChunks[n+1]. */
  termChunks: string[];
  /** The first section id of each text chunk. */
  textChunks: number[];
  /** Every indexed term without Lao letters and of five letters or more: the words a fuzzy (misspelled) query term can match. */
  fuzzyTerms: string[];
}

/** Sizes that keep a query's downloads small without hundreds of requests (characters of JSON). */
export const TERM_CHUNK_SIZE = 12_000;
export const TEXT_CHUNK_SIZE = 4_000;

/** The global the chunk scripts register on, and each script's name (its file name without .js). */
export const CHUNKS_GLOBAL = '__courseSearchChunks';
export const headName = (lang: string) => `index-${lang}`;
export const termChunkName = (lang: string, n: number) => `index-${lang}-t${n}`;
export const textChunkName = (lang: string, n: number) => `index-${lang}-x${n}`;

/** A classic script that registers `value` under `name` on the chunks global. */
export function chunkScript(name: string, value: unknown): string {
  return `window.${CHUNKS_GLOBAL}=window.${CHUNKS_GLOBAL}||{};window.${CHUNKS_GLOBAL}[${JSON.stringify(name)}]=${JSON.stringify(value)};\n`;
}

/** Cut items into consecutive runs of about `size` characters (an item bigger than that is a run of its own). */
function packRuns<T>(items: T[], sizeOf: (item: T) => number, size: number): T[][] {
  const runs: T[][] = [];
  let current: T[] = [];
  let length = 0;
  for (const item of items) {
    if (current.length && length + sizeOf(item) > size) {
      runs.push(current);
      current = [];
      length = 0;
    }
    current.push(item);
    length += sizeOf(item);
  }
  if (current.length) runs.push(current);
  return runs;
}

export interface SearchChunks {
  head: SearchHead;
  termChunks: TermEntry[][];
  textChunks: string[][];
}

/** The index of one language, built once, cut into head, term chunks and text chunks. */
export function buildSearchChunks(data: SearchData): SearchChunks {
  const mini = new MiniSearch<SearchDoc>(indexOptions(new Set(data.vocabulary)));
  mini.addAll(data.docs);
  const { index, storedFields: _stored, ...statistics } = mini.toJSON();
  const entries: TermEntry[] = index.map(([term, postings], order): TermEntry => [order, term, postings]);
  entries.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const termChunks = packRuns(entries, (e) => JSON.stringify(e).length, TERM_CHUNK_SIZE);
  const docs = [...data.docs].sort((a, b) => a.id - b.id);
  docs.forEach((doc, i) => {
    if (doc.id !== i) throw new Error(`Search data for ${data.lang}: section ids must run 0, 1, 2, ... (found ${doc.id} at ${i}).`);
  });
  const textChunks = packRuns(docs, (d) => JSON.stringify(d.text).length, TEXT_CHUNK_SIZE);
  const head: SearchHead = {
    lang: data.lang,
    vocabulary: data.vocabulary,
    sections: docs.map((d) => [d.url, d.title, d.heading]),
    statistics,
    termChunks: termChunks.map((chunk) => chunk[0][1]),
    textChunks: textChunks.map((chunk) => chunk[0].id),
    fuzzyTerms: entries.map((e) => e[1]).filter((term) => term.length >= 5 && !isLao(term)),
  };
  return { head, termChunks, textChunks: textChunks.map((chunk) => chunk.map((d) => d.text)) };
}

/** The chunk scripts of one language as files under search/. */
export function searchChunkFiles(data: SearchData): { path: string; contents: string }[] {
  const { head, termChunks, textChunks } = buildSearchChunks(data);
  return [
    { path: `search/${headName(data.lang)}.js`, contents: chunkScript(headName(data.lang), head) },
    ...termChunks.map((chunk, n) => ({ path: `search/${termChunkName(data.lang, n)}.js`, contents: chunkScript(termChunkName(data.lang, n), chunk) })),
    ...textChunks.map((chunk, n) => ({ path: `search/${textChunkName(data.lang, n)}.js`, contents: chunkScript(textChunkName(data.lang, n), chunk) })),
  ];
}

/** What a chunk script registers (the inverse of chunkScript, for checks and tests in Node: nothing is run). */
export function readChunkScript(contents: string): { name: string; value: unknown } {
  const match = /^window\.__courseSearchChunks=window\.__courseSearchChunks\|\|\{\};window\.__courseSearchChunks\[("[^"]+")\]=(.*);\n$/s.exec(contents);
  if (!match) throw new Error('Not a search chunk script (expected what chunkScript writes).');
  return { name: JSON.parse(match[1]) as string, value: JSON.parse(match[2]) };
}

/** The chunk file names (under search/) a head names, so a copy can be checked for all of them. */
export function chunkFilesOfHead(head: SearchHead): string[] {
  return [...head.termChunks.map((_, n) => `${termChunkName(head.lang, n)}.js`), ...head.textChunks.map((_, n) => `${textChunkName(head.lang, n)}.js`)];
}

/** Is this file name (under search/) a head script? */
export const isHeadFile = (file: string) => /^index-[a-z]{2,3}\.js$/.test(file);
