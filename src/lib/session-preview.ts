/**
 * The author's preview: one session as the books print it, served by the Astro
 * dev server only (`npm run dev`), so an author sees an edit in seconds without
 * a full build. A production build makes none of these pages.
 */
import { getSessionPages } from './curriculum';
import type { Lang } from '../schemas/common';
import type { Audience } from './render-context';

/** The editions a session preview comes in: one language, or Lao and English side by side. */
export const PREVIEW_EDITIONS = ['en', 'lo', 'bilingual'] as const;
export type PreviewEdition = (typeof PREVIEW_EDITIONS)[number];

/** The languages of an edition, the main one first (the bilingual books put Lao first). */
export function editionLangs(edition: PreviewEdition): Lang[] {
  return edition === 'bilingual' ? ['lo', 'en'] : [edition];
}

/** Path of a session's preview: the facilitator manual's view, or the trainee workbook's. */
export function sessionPreviewPath(edition: PreviewEdition, sessionId: string, audience: Audience): string {
  return `/print/${edition}/session/${sessionId}/${audience === 'trainee' ? 'workbook/' : ''}`;
}

/** Sessions that have a page in every language of the edition, in curriculum order. */
export async function sessionsInEdition(edition: PreviewEdition) {
  const langs = editionLangs(edition);
  const byLang = await Promise.all(langs.map((l) => getSessionPages(l)));
  return byLang[0].filter(({ session }) => byLang.every((pages) => pages.some((p) => p.session.id === session.id))).map(({ session }) => session);
}

/** getStaticPaths of the preview routes: every session in every edition under `astro dev`, nothing in a build. */
export async function sessionPreviewPaths() {
  if (!import.meta.env.DEV) return [];
  const perEdition = await Promise.all(
    PREVIEW_EDITIONS.map(async (lang) => (await sessionsInEdition(lang)).map((s) => ({ params: { lang, session: s.id } }))),
  );
  return perEdition.flat();
}
