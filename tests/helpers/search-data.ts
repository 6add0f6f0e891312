/**
 * The search data of a built site or copy, read in Node the way the browser
 * reads it: the head first, chunks only when the search asks for them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ChunkedSearchEngine } from '../../src/search/chunked-search-engine';
import { headName, readChunkScript, textChunkName, type SearchHead } from '../../src/search/search-chunks';
import type { SearchDoc } from '../../src/search/search-options';

/** Chunk scripts by name (file name without .js), from files on disk or in memory. */
export type ChunkSource = (name: string) => string;

export const chunksOnDisk = (siteDir: string): ChunkSource => (name) => readFileSync(join(siteDir, 'search', `${name}.js`), 'utf8');

export const chunksInMemory = (files: { path: string; contents: string }[]): ChunkSource => {
  const byName = new Map(files.map((f) => [f.path.replace(/^search\//, '').replace(/\.js$/, ''), f.contents]));
  return (name) => {
    const contents = byName.get(name);
    if (contents === undefined) throw new Error(`no search chunk ${name}`);
    return contents;
  };
};

/** What one chunk script registers, checked to be registered under its own name. */
export function readChunk(source: ChunkSource, name: string): unknown {
  const { name: registered, value } = readChunkScript(source(name));
  if (registered !== name) throw new Error(`search/${name}.js registers itself as ${registered}`);
  return value;
}

/** A chunked engine on these chunks, and the names it loaded (in order). */
export function chunkedEngine(source: ChunkSource, lang: string): { engine: ChunkedSearchEngine; loaded: string[] } {
  const loaded: string[] = [];
  const head = readChunk(source, headName(lang)) as SearchHead;
  const engine = new ChunkedSearchEngine(head, async (name) => {
    loaded.push(name);
    return readChunk(source, name);
  });
  return { engine, loaded };
}

/** Every section of a built site's search data, text included (all chunks read). */
export function builtSections(siteDir: string, lang: string): SearchDoc[] {
  const source = chunksOnDisk(siteDir);
  const head = readChunk(source, headName(lang)) as SearchHead;
  const texts = head.textChunks.flatMap((_, n) => readChunk(source, textChunkName(lang, n)) as string[]);
  return head.sections.map(([url, title, heading], id) => ({ id, url, title, heading, text: texts[id] }));
}

/** All search script files of one language in a built site (head and chunks). */
export function searchFilesOf(siteDir: string, lang: string): string[] {
  return readdirSync(join(siteDir, 'search')).filter((f) => f === `${headName(lang)}.js` || f.startsWith(`${headName(lang)}-`));
}
