/**
 * Every printed document the build makes: where its print page is, and which
 * file it becomes. The Astro print routes and the build script both read
 * this list, so a document cannot be printed without a route or vice versa.
 */
import type { Lang } from '../schemas/common';
import type { Audience } from './render-context';

export type PrintKind =
  | 'manual'
  | 'workbook'
  | 'role-cards'
  | 'material'
  | 'quiz-paper'
  | 'answer-key'
  | 'agenda'
  | 'case-sheet'
  | 'session-plans'
  | 'attendance-sheet'
  | 'feedback-form'
  | 'evaluation-form'
  | 'certificates';

export interface PrintDocument {
  /** Path of the print page in the Astro build, e.g. /print/en/manual-facilitator/ */
  route: string;
  /** Output file below dist/, e.g. pdf/facilitator-manual-en.pdf */
  output: string;
  /** Editable Word copy below dist/, made from the same print page, e.g. docx/en/facilitator-manual-en.docx */
  docx?: string;
  lang: Lang;
  audience: Audience;
  /** What it is, for the build report. */
  kind: PrintKind;
}

export interface PrintInventory {
  quizzes: { id: string; kind: 'self-check' | 'assessment' }[];
  rolePlays: string[];
  caseStudies: string[];
  /** Printed materials (content/materials/): cards and handouts, in curriculum order. */
  materials?: { id: string; audience: Audience }[];
}

/** A material with answers (a card's back) is for the facilitator only; one without can also be offered to trainees. */
export function materialAudience(material: { layout: 'cards' | 'sheet'; cards: { back?: unknown }[] }): Audience {
  return material.layout === 'cards' && material.cards.some((c) => c.back) ? 'facilitator' : 'trainee';
}

const LANGS: Lang[] = ['en', 'lo'];

/** The Word copy of a PDF: docx/<lang>/<same name>.docx. */
const wordCopy = (output: string, lang: Lang) => `docx/${lang}/${output.split('/').pop()!.replace(/\.pdf$/, '.docx')}`;

export function printDocuments(inventory: PrintInventory): PrintDocument[] {
  const docs: PrintDocument[] = [];
  for (const lang of LANGS) {
    // Everything but the certificates (personal names, a fixed layout) also gets a Word copy.
    const add = (doc: Omit<PrintDocument, 'lang' | 'docx'>) => docs.push({ ...doc, lang, ...(doc.kind === 'certificates' ? {} : { docx: wordCopy(doc.output, lang) }) });
    const handout = (name: string) => `handouts/${lang}/${name}-${lang}.pdf`;
    add({ route: `/print/${lang}/manual-facilitator/`, output: `pdf/facilitator-manual-${lang}.pdf`, audience: 'facilitator', kind: 'manual' });
    add({ route: `/print/${lang}/workbook-trainee/`, output: `pdf/trainee-workbook-${lang}.pdf`, audience: 'trainee', kind: 'workbook' });
    // Handouts, in the order of the combined facilitator pack.
    add({ route: `/print/${lang}/agenda/`, output: handout('agenda'), audience: 'trainee', kind: 'agenda' });
    add({ route: `/print/${lang}/session-plans/`, output: handout('session-plans'), audience: 'facilitator', kind: 'session-plans' });
    for (const material of inventory.materials ?? []) {
      add({ route: `/print/${lang}/material/${material.id}/`, output: handout(`material-${material.id}`), audience: material.audience, kind: 'material' });
    }
    for (const id of inventory.rolePlays) {
      add({ route: `/print/${lang}/role-cards/${id}/`, output: handout(`role-cards-${id}`), audience: 'facilitator', kind: 'role-cards' });
    }
    for (const id of inventory.caseStudies) {
      add({ route: `/print/${lang}/case-sheet/${id}/`, output: handout(`case-sheet-${id}`), audience: 'trainee', kind: 'case-sheet' });
    }
    for (const quiz of inventory.quizzes) {
      add({ route: `/print/${lang}/quiz-paper/${quiz.id}/`, output: handout(`quiz-${quiz.id}`), audience: quiz.kind === 'assessment' ? 'facilitator' : 'trainee', kind: 'quiz-paper' });
      add({ route: `/print/${lang}/answer-key/${quiz.id}/`, output: handout(`answer-key-${quiz.id}`), audience: 'facilitator', kind: 'answer-key' });
    }
    add({ route: `/print/${lang}/attendance-sheet/`, output: handout('attendance-sheet'), audience: 'facilitator', kind: 'attendance-sheet' });
    add({ route: `/print/${lang}/feedback-forms/`, output: handout('daily-feedback-forms'), audience: 'facilitator', kind: 'feedback-form' });
    add({ route: `/print/${lang}/evaluation-form/`, output: handout('evaluation-form'), audience: 'facilitator', kind: 'evaluation-form' });
    add({ route: `/print/${lang}/certificates/`, output: handout('certificates'), audience: 'facilitator', kind: 'certificates' });
  }
  // The bilingual editions (Lao with English beside it, section by section), for trainers who work
  // with an interpreter. Listed under Lao, their main language; no Word copy (two columns do not edit well).
  docs.push(
    { route: '/print/bilingual/manual-facilitator/', output: 'pdf/facilitator-manual-bilingual.pdf', lang: 'lo', audience: 'facilitator', kind: 'manual' },
    { route: '/print/bilingual/workbook-trainee/', output: 'pdf/trainee-workbook-bilingual.pdf', lang: 'lo', audience: 'trainee', kind: 'workbook' },
  );
  return docs;
}

/** Documents made from the participants list (names and ids): they go to dist/handouts/ only, never onto a site or into an offline copy. */
export const PERSONAL_KINDS: readonly PrintKind[] = ['attendance-sheet', 'certificates'];

/** Whether a document is made from the participants list. */
export function usesParticipants(doc: Pick<PrintDocument, 'kind'>): boolean {
  return PERSONAL_KINDS.includes(doc.kind);
}

/**
 * Whether a document is offered on the downloads page (and copied beside it)
 * of a site for this audience: trainees get trainee documents only; nobody
 * gets what is made from the participants list (the attendance sheet and the
 * certificates carry participants' names and ids), since the sites and their
 * offline copies hold no personal data.
 */
export function inDownloads(doc: PrintDocument, audience: Audience): boolean {
  return !usesParticipants(doc) && (audience === 'facilitator' || doc.audience === 'trainee');
}

export interface FacilitatorPack {
  lang: Lang;
  /** Output file below dist/. */
  output: string;
  /** The handouts it joins, in order. */
  parts: PrintDocument[];
}

/** One combined PDF per language of every handout, in the order of the list above. */
export function facilitatorPacks(documents: PrintDocument[]): FacilitatorPack[] {
  return LANGS.map((lang) => ({
    lang,
    output: `handouts/${lang}/facilitator-pack-${lang}.pdf`,
    parts: documents.filter((d) => d.lang === lang && d.output.startsWith(`handouts/${lang}/`)),
  })).filter((pack) => pack.parts.length > 0);
}
