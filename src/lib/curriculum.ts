/**
 * Read access to the curriculum for Astro pages and components. Validation
 * with file and line happens earlier, in the check (scripts/check.ts); here a
 * missing id is a bug the check should have caught, so it throws plainly.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { courseSchema, type Course } from '../schemas/reference-data';
import type { Lang } from '../schemas/common';
import type { Session } from '../schemas/session';
import type { CaseStudy } from '../schemas/case-study';
import type { RolePlay } from '../schemas/role-play';
import type { Quiz } from '../schemas/quiz';
import type { Material } from '../schemas/material';
import { materialAudience, printDocuments, type PrintDocument } from './print-documents';
import { listEnterprises } from './contribution-data';
import { listJobAids } from './job-aids';
import { loadInspectionForms, loadRubrics, sortForms } from './inspection-forms';
import type { Procedure, ProcedureRole } from '../schemas/procedure';
import type { Localized } from '../schemas/common';
import type { ProcedureData } from './procedures/procedure-html';
import { listFiles } from './files';

export type DocEntry = CollectionEntry<'docs'>;

let course: Course | undefined;
export function getCourse(): Course {
  course ??= courseSchema.parse(parse(readFileSync('content/course.yaml', 'utf8')));
  return course;
}

/** Sessions in curriculum order (day, then order). */
export async function getSessions(): Promise<Session[]> {
  const entries = await getCollection('sessions');
  return entries.map((e) => e.data).sort((a, b) => a.day - b.day || a.order - b.order);
}

export async function getSession(id: string): Promise<Session> {
  const entry = (await getCollection('sessions')).find((e) => e.data.id === id);
  if (!entry) throw new Error(`No session "${id}" in content/sessions/`);
  return entry.data;
}

async function byId<T extends { id: string }>(collection: 'caseStudies' | 'rolePlays' | 'quizzes' | 'materials', id: string, folder: string) {
  const entry = (await getCollection(collection)).find((e) => e.data.id === id);
  if (!entry) throw new Error(`No "${id}" in ${folder}/`);
  return entry.data as unknown as T;
}

export const getCaseStudy = (id: string) => byId<CaseStudy>('caseStudies', id, 'case-studies');
export const getRolePlay = (id: string) => byId<RolePlay>('rolePlays', id, 'case-studies/role-plays');
export const getQuiz = (id: string) => byId<Quiz>('quizzes', id, 'quizzes');
export const getMaterial = (id: string) => byId<Material>('materials', id, 'content/materials');

/** Printed materials (cards, handouts) in curriculum order: by the session that uses them, then by id. */
export async function getMaterials(): Promise<Material[]> {
  const order = new Map((await getSessions()).map((s, i) => [s.id, i]));
  return (await getCollection('materials'))
    .map((e) => e.data)
    .sort((a, b) => (order.get(a.session) ?? 999) - (order.get(b.session) ?? 999) || a.id.localeCompare(b.id));
}

/**
 * Quizzes in a stable order, curriculum order: a self-check by its session (its id starts with the
 * session's), the others after, then by id. The collection's own order varies between builds.
 */
export async function getQuizzes(): Promise<Quiz[]> {
  const sessions = (await getSessions()).map((s) => s.id);
  const rank = (id: string) => {
    const i = sessions.findIndex((s) => id === s || id.startsWith(`${s}-`));
    return i === -1 ? sessions.length : i;
  };
  return (await getCollection('quizzes')).map((e) => e.data).sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}
export async function getRolePlays(): Promise<RolePlay[]> {
  return (await getCollection('rolePlays')).map((e) => e.data);
}
export async function getCaseStudies(): Promise<CaseStudy[]> {
  return (await getCollection('caseStudies')).map((e) => e.data);
}

/** Pages of one language. The slug is the id without the language folder. */
export async function getPages(lang: Lang): Promise<DocEntry[]> {
  return getCollection('docs', (e) => e.id.startsWith(`${lang}/`));
}

export function slugOf(entry: DocEntry): string {
  return entry.id.replace(/^(en|lo)\//, '');
}

/** Session pages of one language, in curriculum order. */
export async function getSessionPages(lang: Lang): Promise<{ session: Session; page: DocEntry }[]> {
  const sessions = await getSessions();
  const pages = await getPages(lang);
  return sessions.flatMap((session) => {
    const page = pages.find((p) => p.data.session === session.id);
    return page ? [{ session, page }] : [];
  });
}

export async function getSources() {
  return (await getCollection('sources')).map((e) => e.data);
}
export async function getGlossary() {
  return (await getCollection('glossary')).map((e) => e.data);
}
export async function getTorItems() {
  return (await getCollection('torItems')).map((e) => e.data);
}
export async function getCompetencies() {
  return (await getCollection('competencies')).map((e) => e.data);
}

/** The procedures, in their order. */
export async function getProcedures(): Promise<Procedure[]> {
  return (await getCollection('procedures')).map((e) => e.data).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

export async function getProcedureRoles(): Promise<ProcedureRole[]> {
  return (await getCollection('procedureRoles')).map((e) => e.data);
}

let formTitles: Map<string, Localized> | undefined;
/** Titles of the inspection forms (content/inspection-forms/<id>.yaml), read leniently: the forms' own schema and check are elsewhere. */
export function getFormTitles(): Map<string, Localized> {
  if (!formTitles) {
    formTitles = new Map();
    for (const file of listFiles('.', 'content/inspection-forms', ['.yaml', '.yml'])) {
      const id = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
      const data = parse(readFileSync(file, 'utf8')) as { title?: Partial<Localized> } | null;
      if (data?.title?.en && data.title.lo) formTitles.set(id, { en: data.title.en, lo: data.title.lo });
    }
  }
  return formTitles;
}

/** A procedure with what its renderings need: the roles and the form titles. */
export async function getProcedureData(id: string): Promise<ProcedureData> {
  const procedure = (await getProcedures()).find((p) => p.id === id);
  if (!procedure) throw new Error(`No procedure "${id}" in content/procedures/`);
  return { procedure, roles: await getProcedureRoles(), forms: getFormTitles() };
}

/** Every printed document of the curriculum as it stands (the pure list is in print-documents.ts). */
export async function getPrintDocuments(): Promise<PrintDocument[]> {
  return printDocuments({
    quizzes: (await getQuizzes()).map((q) => ({ id: q.id, kind: q.kind, phase: q.phase })),
    rolePlays: (await getRolePlays()).map((r) => r.id),
    caseStudies: (await getCaseStudies()).map((c) => c.id),
    materials: (await getMaterials()).map((m) => ({ id: m.id, audience: materialAudience(m) })),
    documentPacks: listEnterprises(),
    rubrics: loadRubrics().map((r) => ({ id: r.id, title: r.title })),
    inspectionForms: sortForms(loadInspectionForms()).map((f) => ({ id: f.id, title: f.title })),
    jobAids: listJobAids(),
    procedures: (await getProcedures()).length,
    sessions: (await getSessions()).map((s) => s.id),
    // Days with a written session page: a day of records only would make an empty volume.
    days: [...new Set((await getSessions()).filter((s) => s.page).map((s) => s.day))].sort((a, b) => a - b),
  });
}

export { getEntry };
