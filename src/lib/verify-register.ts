/**
 * The verification register: every verify marker of one language's pages,
 * every case-study figure marked `verify`, with the page it appears on, and
 * every verify flag of the inspection forms (listed on the downloads page).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../schemas/common';
import type { CaseStudy } from '../schemas/case-study';
import { listFiles } from './files';
import { extractVerifyMarkers, verifyAnchor } from './verify-markers';
import { factVerifyNote, formatFact } from './case-facts';
import { formRegisterEntries } from './inspection-forms';

export interface RegisterEntry {
  /** Page slug below the language folder ('' for the language's home page). */
  page: string;
  /** Source file to edit, relative to the project root. */
  file: string;
  line: number;
  id: string;
  note: string;
  text: string;
}

/** Page slug of a content file: content/lo/day-1/opening.mdx -> day-1/opening. */
export function slugOfFile(file: string): string {
  return file.replace(/^content\/(en|lo)\//, '').replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
}

export function collectRegister(root: string, lang: Lang, caseStudies: CaseStudy[]): RegisterEntry[] {
  const entries: RegisterEntry[] = [];
  for (const file of listFiles(root, `content/${lang}`, ['.md', '.mdx'])) {
    const source = readFileSync(join(root, file), 'utf8');
    const page = slugOfFile(file);
    for (const marker of extractVerifyMarkers(source)) entries.push({ page, file, ...marker });
    for (const match of source.matchAll(/<CaseStudy\s+id=["']([^"']+)["']/g)) {
      const cs = caseStudies.find((c) => c.id === match[1]);
      for (const fact of cs?.facts ?? []) {
        const note = factVerifyNote(fact, lang);
        if (!note) continue;
        entries.push({
          page,
          file: `case-studies/${cs!.id}.yaml`,
          line: 0,
          id: verifyAnchor(note),
          note,
          text: `${fact.label[lang]}: ${formatFact(fact, lang)}`,
        });
      }
    }
  }
  // The forms are offered on the downloads page: their entries point there.
  for (const entry of formRegisterEntries(root, lang)) entries.push({ page: 'downloads', ...entry });
  return entries;
}
