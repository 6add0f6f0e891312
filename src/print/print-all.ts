/**
 * Prints a list of documents with one browser, a few pages at a time, and
 * hands each PDF back to the caller (which decides where it goes).
 */
import type { Browser } from 'puppeteer-core';
import { printToPdf } from './pdf-printer';
import type { PrintDocument } from '../lib/print-documents';

export interface PrintedDocument extends PrintDocument {
  pdf: Uint8Array;
  milliseconds: number;
}

export async function printAll(
  browser: Browser,
  origin: string,
  documents: PrintDocument[],
  { concurrency = 3, onProgress }: { concurrency?: number; onProgress?: (done: number, total: number, doc: PrintDocument) => void } = {},
): Promise<PrintedDocument[]> {
  const results: PrintedDocument[] = new Array(documents.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < documents.length) {
      const index = next++;
      const doc = documents[index];
      const started = performance.now();
      const { pdf, blocked } = await printToPdf(browser, origin + doc.route, { allowedOrigin: origin });
      if (blocked.length) throw new Error(`${doc.route} tried to load files from outside the build: ${blocked.slice(0, 3).join(', ')}`);
      results[index] = { ...doc, pdf, milliseconds: Math.round(performance.now() - started) };
      onProgress?.(++done, documents.length, doc);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, documents.length) }, worker));
  return results;
}
