/**
 * Every printed document the build makes: where its print page is, and which
 * file it becomes. The Astro print routes and the build script both read
 * this list, so a document cannot be printed without a route or vice versa.
 */
import type { Lang } from '../schemas/common';
import type { Audience } from './render-context';

export interface PrintDocument {
  /** Path of the print page in the Astro build, e.g. /print/en/manual-facilitator/ */
  route: string;
  /** Output file below dist/, e.g. pdf/facilitator-manual-en.pdf */
  output: string;
  lang: Lang;
  audience: Audience;
  /** What it is, for the build report. */
  kind: 'manual' | 'workbook' | 'role-cards' | 'quiz-paper' | 'answer-key' | 'agenda' | 'case-sheet';
}

export interface PrintInventory {
  quizzes: { id: string; kind: 'self-check' | 'assessment' }[];
  rolePlays: string[];
  caseStudies: string[];
}

const LANGS: Lang[] = ['en', 'lo'];

export function printDocuments(inventory: PrintInventory): PrintDocument[] {
  const docs: PrintDocument[] = [];
  for (const lang of LANGS) {
    docs.push(
      { route: `/print/${lang}/manual-facilitator/`, output: `pdf/facilitator-manual-${lang}.pdf`, lang, audience: 'facilitator', kind: 'manual' },
      { route: `/print/${lang}/workbook-trainee/`, output: `pdf/trainee-workbook-${lang}.pdf`, lang, audience: 'trainee', kind: 'workbook' },
      { route: `/print/${lang}/agenda/`, output: `handouts/${lang}/agenda-${lang}.pdf`, lang, audience: 'trainee', kind: 'agenda' },
    );
    for (const id of inventory.rolePlays) {
      docs.push({ route: `/print/${lang}/role-cards/${id}/`, output: `handouts/${lang}/role-cards-${id}-${lang}.pdf`, lang, audience: 'facilitator', kind: 'role-cards' });
    }
    for (const id of inventory.caseStudies) {
      docs.push({ route: `/print/${lang}/case-sheet/${id}/`, output: `handouts/${lang}/case-sheet-${id}-${lang}.pdf`, lang, audience: 'trainee', kind: 'case-sheet' });
    }
    for (const quiz of inventory.quizzes) {
      docs.push(
        { route: `/print/${lang}/quiz-paper/${quiz.id}/`, output: `handouts/${lang}/quiz-${quiz.id}-${lang}.pdf`, lang, audience: quiz.kind === 'assessment' ? 'facilitator' : 'trainee', kind: 'quiz-paper' },
        { route: `/print/${lang}/answer-key/${quiz.id}/`, output: `handouts/${lang}/answer-key-${quiz.id}-${lang}.pdf`, lang, audience: 'facilitator', kind: 'answer-key' },
      );
    }
  }
  return docs;
}
