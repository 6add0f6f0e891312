/**
 * Which files under the content folders the build takes, and what it would do
 * with every other one. The build (src/content.config.ts) publishes
 * content/{en,lo}/**\/[^_]*.{md,mdx} and reads *.yaml data files; the check
 * reads exactly the same files, and reports every file the build would skip
 * or treat other than intended, so nothing is published by accident and
 * nothing the author wrote vanishes without a word.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Problem } from './problem';
import { listFiles } from '../lib/files';

/** Folders of data files, one record per file, and the only extension the build reads there. */
export const DATA_FOLDERS = ['content/sessions', 'case-studies', 'case-studies/role-plays', 'quizzes', 'content/materials', 'content/inspection-forms', 'content/rubrics', 'content/procedures'] as const;
export const DATA_EXTENSION = '.yaml';
export const PAGE_EXTENSION = '.mdx';
export const PAGE_FOLDERS = ['content/en', 'content/lo'] as const;

/** Files a page may show or link beside it (images, a PDF): not pages, and meant to be there. */
const ASSET = /\.(png|jpe?g|gif|svg|webp|avif|pdf)$/i;

/** A page path segment (folder or file name without .mdx) that makes a clean URL: lower-case words joined by hyphens. */
const SLUG_SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Files directly in `dir` (not below), relative to `root`, sorted. */
function filesIn(root: string, dir: string): string[] {
  const start = join(root, dir);
  if (!existsSync(start)) return [];
  return readdirSync(start, { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(start, e.name)).split('\\').join('/'))
    .sort();
}

export interface ContentFiles {
  /** Pages the build publishes and the check reads (.mdx, and .md which is also an error). */
  pages: string[];
  /** Data files per folder that the build reads. */
  data: Record<(typeof DATA_FOLDERS)[number], string[]>;
  /** Every file the build would skip or treat other than intended. */
  problems: Problem[];
}

const baseName = (file: string) => file.slice(file.lastIndexOf('/') + 1);

/** The one list of content files, with a problem for each file the build would not take as the author meant. */
export function contentFiles(root: string): ContentFiles {
  const problems: Problem[] = [];
  const pages: string[] = [];
  for (const folder of PAGE_FOLDERS) {
    for (const file of listFiles(root, folder, [''])) {
      const name = baseName(file);
      const lower = name.toLowerCase();
      const stem = name.replace(/\.[^.]*$/, '');
      if (name.startsWith('.') || ASSET.test(name)) continue; // editor and system files (.DS_Store, .swp); images beside their page
      if (name.startsWith('_')) {
        problems.push({ severity: 'error', file, message: 'the build skips files whose name starts with "_": this page would not be published', fix: `rename it without the "_" (e.g. ${stem.slice(1)}.mdx), or move it out of ${folder}/` });
        continue;
      }
      if (lower.endsWith('.md') || lower.endsWith('.markdown')) {
        problems.push({
          severity: 'error',
          file,
          message: 'the page is saved as plain Markdown (.md): its components (facilitator notes, quizzes, case studies) would not run, so facilitator notes would show on the trainee site and import lines would print as text',
          fix: `rename it to ${stem}.mdx`,
        });
        pages.push(file);
        continue;
      }
      if (!name.endsWith(PAGE_EXTENSION)) {
        const fix = lower.endsWith('.mdx') ? `rename it to ${stem}.mdx (lower-case extension)` : `pages are .mdx files (images and PDFs may sit beside them); move this file out of ${folder}/`;
        problems.push({ severity: 'error', file, message: 'the build ignores this file: it is not a page', fix });
        continue;
      }
      pages.push(file);
      const segments = file.slice(folder.length + 1, -PAGE_EXTENSION.length).split('/');
      const bad = segments.find((s) => !SLUG_SEGMENT.test(s));
      if (bad !== undefined) {
        const suggestion = bad.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
        problems.push({
          severity: 'error',
          file,
          message: `"${bad}" is not a valid page name (lower-case letters, digits and single hyphens only): a backup or copy of a page would be published and searchable as a page of its own`,
          fix: /copy|bak|backup|old|~/i.test(bad) ? 'delete the copy, or move it out of content/' : `rename it to ${suggestion || 'a name of lower-case words joined by hyphens'}`,
        });
      }
    }
  }
  const data = {} as ContentFiles['data'];
  for (const folder of DATA_FOLDERS) {
    data[folder] = [];
    for (const file of filesIn(root, folder)) {
      const name = baseName(file);
      if (name.startsWith('.')) continue;
      if (name.endsWith(DATA_EXTENSION)) data[folder].push(file);
      else if (/\.ya?ml$/i.test(name)) {
        problems.push({ severity: 'error', file, message: `the build reads only "${DATA_EXTENSION}" files here: this record would be left out of the site and the PDFs`, fix: `rename it to ${name.replace(/\.ya?ml$/i, DATA_EXTENSION)}` });
      }
    }
  }
  return { pages, data, problems };
}
