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
import { printDocuments, type PrintDocument } from './print-documents';

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

async function byId<T extends { id: string }>(collection: 'caseStudies' | 'rolePlays' | 'quizzes', id: string, folder: string) {
  const entry = (await getCollection(collection)).find((e) => e.data.id === id);
  if (!entry) throw new Error(`No "${id}" in ${folder}/`);
  return entry.data as unknown as T;
}

export const getCaseStudy = (id: string) => byId<CaseStudy>('caseStudies', id, 'case-studies');
export const getRolePlay = (id: string) => byId<RolePlay>('rolePlays', id, 'case-studies/role-plays');
export const getQuiz = (id: string) => byId<Quiz>('quizzes', id, 'quizzes');

export async function getQuizzes(): Promise<Quiz[]> {
  return (await getCollection('quizzes')).map((e) => e.data);
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

/** Every printed document of the curriculum as it stands (the pure list is in print-documents.ts). */
export async function getPrintDocuments(): Promise<PrintDocument[]> {
  return printDocuments({
    quizzes: (await getQuizzes()).map((q) => ({ id: q.id, kind: q.kind })),
    rolePlays: (await getRolePlays()).map((r) => r.id),
    caseStudies: (await getCaseStudies()).map((c) => c.id),
    sessions: (await getSessions()).map((s) => s.id),
  });
}

export { getEntry };
