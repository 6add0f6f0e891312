/**
 * Every printed document the build makes: where its print page is, and which
 * file it becomes. The Astro print routes and the build script both read
 * this list, so a document cannot be printed without a route or vice versa.
 */
import type { Lang, Localized } from '../schemas/common';
import type { Audience } from './render-context';

/** Every kind of printed document; each has a heading on the downloads page (UI string downloads.kind.<kind>). */
export const PRINT_KINDS = [
  'manual',
  'workbook',
  'role-cards',
  'material',
  'document-pack',
  'quiz-paper',
  'answer-key',
  'scoring-grid',
  'agenda',
  'case-sheet',
  'session-plans',
  'attendance-sheet',
  'feedback-form',
  'evaluation-form',
  'rubric',
  'inspection-form',
  'microteaching-rotation',
  'implementation-plan',
  'certificates',
  'procedure-checklists',
  'job-aid',
] as const;

export type PrintKind = (typeof PRINT_KINDS)[number];

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
  /** Its title in its language, where a list shows it (the downloads page); otherwise the file name is shown. */
  title?: string;
  /** A book printed in volumes: this one holds one day of the course (of `count` volumes). */
  volume?: BookVolume;
}

export interface BookVolume {
  /** The course day the volume holds. */
  day: number;
  /** How many volumes the book is printed in (one per day with sessions). */
  count: number;
}

export interface PrintInventory {
  /** The quizzes; an assessment's phase puts the pre-test form before the post-test form. */
  quizzes: { id: string; kind: 'self-check' | 'assessment'; phase?: 'pre' | 'post' }[];
  rolePlays: string[];
  caseStudies: string[];
  /** Printed materials (content/materials/): cards and handouts, in curriculum order. */
  materials?: { id: string; audience: Audience }[];
  /** Enterprise data sets in case-studies/data/ that print as a document pack (none in a course without them). */
  documentPacks?: string[];
  /** Scoring rubrics (content/rubrics/), in pack order. */
  rubrics?: { id: string; title: Localized }[];
  /** Official inspection forms (content/inspection-forms/), in pack order. */
  inspectionForms?: { id: string; title: Localized }[];
  /** One-page job aids printed from reference data in content/data/ (e.g. the enforcement decision table). */
  jobAids?: { id: string; title: Localized }[];
  /** How many procedures there are (their one-page checklists are one handout). */
  procedures?: number;
  /** Ids of the session records; Day 5's handouts are printed only when their sessions exist. */
  sessions?: string[];
  /** The course days that have sessions, in order: each book is also printed as one volume per day. */
  days?: number[];
}

/** A material with answers (a card's back) is for the facilitator only; one without can also be offered to trainees. */
export function materialAudience(material: { layout: 'cards' | 'sheet'; cards: { back?: unknown }[] }): Audience {
  return material.layout === 'cards' && material.cards.some((c) => c.back) ? 'facilitator' : 'trainee';
}

const LANGS: Lang[] = ['en', 'lo'];

/** Quizzes in the order they print: the pre-test form, then the post-test form, then the rest as listed. */
export function inPrintOrder<T extends { kind: string; phase?: 'pre' | 'post' }>(quizzes: T[]): T[] {
  const rank = (q: T) => (q.kind !== 'assessment' ? 2 : q.phase === 'post' ? 1 : 0);
  return quizzes.map((q, i) => ({ q, i })).sort((a, b) => rank(a.q) - rank(b.q) || a.i - b.i).map(({ q }) => q);
}

/** The print route and output of one book: `book` is 'manual-facilitator' or 'workbook-trainee', `edition` a language or 'bilingual'. */
function bookFiles(book: 'manual-facilitator' | 'workbook-trainee', edition: Lang | 'bilingual', day?: number) {
  const name = book === 'manual-facilitator' ? 'facilitator-manual' : 'trainee-workbook';
  const suffix = day === undefined ? '' : `-day-${day}`;
  return { route: `/print/${edition}/${book}${suffix}/`, output: `pdf/${name}-${edition}${suffix}.pdf` };
}

/** A book route's parts: /print/en/manual-facilitator-day-2/ -> the book, the edition and the day of its volume (none for the full book). */
export function parseBookRoute(route: string): { edition: Lang | 'bilingual'; book: 'manual-facilitator' | 'workbook-trainee'; day?: number } | undefined {
  const match = /^\/print\/(en|lo|bilingual)\/(manual-facilitator|workbook-trainee)(?:-day-(\d+))?\/$/.exec(route);
  if (!match) return undefined;
  return { edition: match[1] as Lang | 'bilingual', book: match[2] as 'manual-facilitator' | 'workbook-trainee', ...(match[3] ? { day: Number(match[3]) } : {}) };
}

/** Whether a document is a printed book (the facilitator manual or the trainee workbook, whole or one volume). */
export function isBook(doc: Pick<PrintDocument, 'kind'>): boolean {
  return doc.kind === 'manual' || doc.kind === 'workbook';
}

/** The Word copy of a PDF: docx/<lang>/<same name>.docx. */
const wordCopy = (output: string, lang: Lang) => `docx/${lang}/${output.split('/').pop()!.replace(/\.pdf$/, '.docx')}`;

export function printDocuments(inventory: PrintInventory): PrintDocument[] {
  const docs: PrintDocument[] = [];
  const volumes: BookVolume[] = (inventory.days ?? []).map((day, _, days) => ({ day, count: days.length }));
  for (const lang of LANGS) {
    // Everything but the certificates (personal names, a fixed layout) also gets a Word copy.
    const add = (doc: Omit<PrintDocument, 'lang' | 'docx'>) => docs.push({ ...doc, lang, ...(doc.kind === 'certificates' ? {} : { docx: wordCopy(doc.output, lang) }) });
    const handout = (name: string) => `handouts/${lang}/${name}-${lang}.pdf`;
    add({ ...bookFiles('manual-facilitator', lang), audience: 'facilitator', kind: 'manual' });
    add({ ...bookFiles('workbook-trainee', lang), audience: 'trainee', kind: 'workbook' });
    // Each book also in volumes, one per day, to print and carry one day at a time (with Word copies like the full books).
    for (const volume of volumes) {
      add({ ...bookFiles('manual-facilitator', lang, volume.day), audience: 'facilitator', kind: 'manual', volume });
      add({ ...bookFiles('workbook-trainee', lang, volume.day), audience: 'trainee', kind: 'workbook', volume });
    }
    // Handouts, in the order of the combined facilitator pack.
    add({ route: `/print/${lang}/agenda/`, output: handout('agenda'), audience: 'trainee', kind: 'agenda' });
    add({ route: `/print/${lang}/session-plans/`, output: handout('session-plans'), audience: 'facilitator', kind: 'session-plans' });
    for (const material of inventory.materials ?? []) {
      add({ route: `/print/${lang}/material/${material.id}/`, output: handout(`material-${material.id}`), audience: material.audience, kind: 'material' });
    }
    for (const id of inventory.rolePlays) {
      add({ route: `/print/${lang}/role-cards/${id}/`, output: handout(`role-cards-${id}`), audience: 'facilitator', kind: 'role-cards' });
    }
    // The Day 3 enterprise's documents, one copy per group for the desk review, evidence, calculation and simulated inspection.
    for (const id of inventory.documentPacks ?? []) {
      add({ route: `/print/${lang}/document-pack/${id}/`, output: handout(`document-pack-${id}`), audience: 'trainee', kind: 'document-pack' });
    }
    for (const id of inventory.caseStudies) {
      add({ route: `/print/${lang}/case-sheet/${id}/`, output: handout(`case-sheet-${id}`), audience: 'trainee', kind: 'case-sheet' });
    }
    for (const quiz of inPrintOrder(inventory.quizzes)) {
      add({ route: `/print/${lang}/quiz-paper/${quiz.id}/`, output: handout(`quiz-${quiz.id}`), audience: quiz.kind === 'assessment' ? 'facilitator' : 'trainee', kind: 'quiz-paper' });
      add({ route: `/print/${lang}/answer-key/${quiz.id}/`, output: handout(`answer-key-${quiz.id}`), audience: 'facilitator', kind: 'answer-key' });
      // The grid where the facilitator copies each paper's letters, to type into results.csv for the training report.
      if (quiz.kind === 'assessment') add({ route: `/print/${lang}/scoring-grid/${quiz.id}/`, output: handout(`scoring-grid-${quiz.id}`), audience: 'facilitator', kind: 'scoring-grid' });
    }
    // Scoring sheets for the performance tasks (facilitators), then the official forms, which trainees use too.
    for (const rubric of inventory.rubrics ?? []) {
      add({ route: `/print/${lang}/rubric/${rubric.id}/`, output: handout(`rubric-${rubric.id}`), audience: 'facilitator', kind: 'rubric', title: rubric.title[lang] });
    }
    for (const form of inventory.inspectionForms ?? []) {
      add({ route: `/print/${lang}/inspection-form/${form.id}/`, output: handout(`form-${form.id}`), audience: 'trainee', kind: 'inspection-form', title: form.title[lang] });
    }
    for (const aid of inventory.jobAids ?? []) {
      add({ route: `/print/${lang}/job-aid/${aid.id}/`, output: handout(`job-aid-${aid.id}`), audience: 'trainee', kind: 'job-aid', title: aid.title[lang] });
    }
    if (inventory.procedures) {
      add({ route: `/print/${lang}/procedure-checklists/`, output: handout('procedure-checklists'), audience: 'trainee', kind: 'procedure-checklists' });
    }
    // Day 5: the six-month implementation plan (example and blank template), landscape; its Word copy is the editable version.
    if (inventory.sessions?.includes('d5-implementation-plan')) add({ route: `/print/${lang}/implementation-plan/`, output: handout('implementation-plan'), audience: 'trainee', kind: 'implementation-plan' });
    add({ route: `/print/${lang}/attendance-sheet/`, output: handout('attendance-sheet'), audience: 'facilitator', kind: 'attendance-sheet' });
    // Day 5: the microteaching rotation (from the same participants list) and its observation forms.
    if (inventory.sessions?.includes('d5-microteaching')) add({ route: `/print/${lang}/microteaching-rotation/`, output: handout('microteaching-rotation'), audience: 'facilitator', kind: 'microteaching-rotation' });
    add({ route: `/print/${lang}/feedback-forms/`, output: handout('daily-feedback-forms'), audience: 'facilitator', kind: 'feedback-form' });
    add({ route: `/print/${lang}/evaluation-form/`, output: handout('evaluation-form'), audience: 'facilitator', kind: 'evaluation-form' });
    add({ route: `/print/${lang}/certificates/`, output: handout('certificates'), audience: 'facilitator', kind: 'certificates' });
  }
  // The bilingual editions (Lao with English beside it, section by section), for trainers who work
  // with an interpreter. Listed under Lao, their main language; no Word copy (two columns do not edit well).
  docs.push(
    { ...bookFiles('manual-facilitator', 'bilingual'), lang: 'lo', audience: 'facilitator', kind: 'manual' },
    { ...bookFiles('workbook-trainee', 'bilingual'), lang: 'lo', audience: 'trainee', kind: 'workbook' },
    ...volumes.flatMap((volume): PrintDocument[] => [
      { ...bookFiles('manual-facilitator', 'bilingual', volume.day), lang: 'lo', audience: 'facilitator', kind: 'manual', volume },
      { ...bookFiles('workbook-trainee', 'bilingual', volume.day), lang: 'lo', audience: 'trainee', kind: 'workbook', volume },
    ]),
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
