/**
 * The downloads page is built before the PDFs are printed, so it cannot know
 * their size or page count. It leaves a slot per file; once the PDFs exist the
 * build fills each slot from its template ("PDF · {size} · {pages} pages").
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './files';

export const DOWNLOAD_FACTS_ATTRIBUTE = 'data-download-facts';

export interface DownloadFacts {
  bytes: number;
  pages: number;
}

/** A size as people read it: "245 KB", "1.4 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const SLOT = new RegExp(`(<span class="download-facts" ${DOWNLOAD_FACTS_ATTRIBUTE}="([^"]+)" data-template="([^"]*)">)[^<]*(</span>)`, 'g');

/** One page's HTML with every download slot filled (a file with no facts keeps its slot as it was). */
export function fillDownloadSlots(html: string, facts: ReadonlyMap<string, DownloadFacts>): string {
  return html.replace(SLOT, (whole, open: string, file: string, template: string, close: string) => {
    const fact = facts.get(file);
    if (!fact) return whole;
    return `${open}${template.replace('{size}', formatSize(fact.bytes)).replace('{pages}', String(fact.pages))}${close}`;
  });
}

/** Fills the slots of every page of a site folder (the downloads pages). */
export function fillDownloadFacts(siteDir: string, facts: ReadonlyMap<string, DownloadFacts>): void {
  for (const file of listFiles(siteDir, '.', ['.html'])) {
    const path = join(siteDir, file);
    const html = readFileSync(path, 'utf8');
    if (!html.includes(DOWNLOAD_FACTS_ATTRIBUTE)) continue;
    writeFileSync(path, fillDownloadSlots(html, facts));
  }
}
