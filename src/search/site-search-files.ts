/**
 * The files search needs in a built site: the client script (bundled from
 * src/search/client as one classic script) and, per language, the search
 * data cut into chunk scripts (search-chunks.ts). Returns contents; the
 * build script writes them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { listFiles } from '../lib/files';
import { buildSearchData, type PageHtml } from './build-search-index';
import { searchChunkFiles } from './search-chunks';

/** Bundle the browser search into one minified classic (IIFE) script. */
export async function bundleSearchClient(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./client/search-client.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    write: false,
    legalComments: 'none',
  });
  return result.outputFiles[0].text;
}

/** The pages of a built site in one language, as root-relative URLs with their HTML. */
export function sitePages(siteDir: string, lang: string): PageHtml[] {
  return listFiles(siteDir, lang, ['.html']).map((file) => ({
    url: '/' + file.replace(/index\.html$/, ''),
    html: readFileSync(join(siteDir, file), 'utf8'),
  }));
}

export async function siteSearchFiles(siteDir: string, langs: string[], includeFacilitator = false): Promise<{ path: string; contents: string }[]> {
  const files = [{ path: 'search/search-client.js', contents: await bundleSearchClient() }];
  for (const lang of langs) {
    files.push(...searchChunkFiles(buildSearchData(lang, sitePages(siteDir, lang), includeFacilitator)));
  }
  return files;
}
