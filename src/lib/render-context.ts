/**
 * Who a rendering is for. The same components render the trainee site, the
 * facilitator outputs and print; they ask this instead of guessing.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Lang } from '../schemas/common';

export type Audience = 'trainee' | 'facilitator';
export type Medium = 'screen' | 'print';

export interface RenderContext {
  lang: Lang;
  audience: Audience;
  medium: Medium;
}

interface AstroLike {
  url: URL;
  locals: { print?: RenderContext };
}

/**
 * Audience of the screen build: the trainee site by default; COURSE_AUDIENCE=facilitator builds the facilitator copy,
 * and `npm run dev:facilitator` (astro dev --mode facilitator) serves it (a mode works on every system, an env var in an npm script does not).
 */
export function screenAudience(): Audience {
  return process.env.COURSE_AUDIENCE === 'facilitator' || import.meta.env?.MODE === 'facilitator' ? 'facilitator' : 'trainee';
}

/** The language of a URL path: /lo/... is Lao, everything else English. */
export function langOfPath(pathname: string): Lang {
  return /^\/*lo(\/|$)/.test(pathname) ? 'lo' : 'en';
}

/**
 * The language a Parallel column is rendering. Astro renders sibling
 * components concurrently, so a shared `Astro.locals.print` that Parallel
 * switches per language can be switched by another column mid-render (the
 * bilingual manual's agenda came out in English on both sides); a scope tied
 * to the async call chain cannot.
 */
export const printScope = new AsyncLocalStorage<RenderContext>();

/** Print pages set `Astro.locals.print` before rendering content (Parallel columns: `printScope`); screen pages fall back to the URL. */
export function renderContext(astro: AstroLike): RenderContext {
  const scoped = printScope.getStore();
  if (scoped) return scoped;
  if (astro.locals.print) return astro.locals.print;
  return { lang: langOfPath(astro.url.pathname), audience: screenAudience(), medium: 'screen' };
}
