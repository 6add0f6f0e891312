/**
 * Prints a list of documents with one browser, a few pages at a time, and
 * hands each PDF back to the caller (which decides where it goes). With a
 * cache, a document whose print page and loaded files are unchanged since it
 * was last printed is not printed again (see output-cache.ts).
 */
import type { Browser } from 'puppeteer-core';
import { printToPdf } from './pdf-printer';
import { pageCount } from './pdf-document';
import { sha256, type OutputCache } from './output-cache';
import type { PrintDocument } from '../lib/print-documents';

export interface PrintedDocument extends PrintDocument {
  pdf: Uint8Array;
  pages: number;
  milliseconds: number;
  /** Whether the PDF came from the cache (reused) or was printed by this build (made). */
  cache: 'reused' | 'made';
}

export interface PrintCache {
  store: OutputCache;
  /** The printer's stamp (its code, package versions, browser version: see codeStamp). */
  stamp: string;
  /** The HTML of a print page and the current hash of a file, both read from the folder the server serves. */
  pageHtml: (route: string) => string;
  hashOf: (path: string) => string | undefined;
}

/** A served URL as the path of its file below the served folder (a folder URL is its index.html). */
export function servedPath(url: string): string {
  const path = decodeURIComponent(new URL(url).pathname).replace(/^\//, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

export async function printAll(
  browser: Browser,
  origin: string,
  documents: PrintDocument[],
  { concurrency = 3, onProgress, cache }: { concurrency?: number; onProgress?: (done: number, total: number, doc: PrintDocument, how: 'reused' | 'made') => void; cache?: PrintCache } = {},
): Promise<PrintedDocument[]> {
  const results: PrintedDocument[] = new Array(documents.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < documents.length) {
      const index = next++;
      const doc = documents[index];
      const started = performance.now();
      const key = cache ? sha256(`${cache.stamp}\0${doc.route}\0${cache.pageHtml(doc.route)}`) : '';
      const hit = cache?.store.get(key, cache.hashOf);
      if (hit) {
        results[index] = { ...doc, pdf: hit.bytes, pages: hit.facts.pages, milliseconds: 0, cache: 'reused' };
      } else {
        const { pdf, blocked, loaded } = await printToPdf(browser, origin + doc.route, { allowedOrigin: origin });
        if (blocked.length) throw new Error(`${doc.route} tried to load files from outside the build: ${blocked.slice(0, 3).join(', ')}`);
        const pages = await pageCount(pdf);
        if (cache) {
          const inputs = Object.fromEntries([...new Set(loaded.map((url) => servedPath(url)))].map((path) => [path, cache.hashOf(path) ?? '']));
          cache.store.put(key, pdf, { inputs, facts: { pages } });
        }
        results[index] = { ...doc, pdf, pages, milliseconds: Math.round(performance.now() - started), cache: 'made' };
      }
      onProgress?.(++done, documents.length, doc, results[index].cache);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, documents.length) }, worker));
  return results;
}
