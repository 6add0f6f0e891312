/**
 * Who a rendering is for. The same components render the trainee site, the
 * facilitator outputs and print; they ask this instead of guessing.
 */
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

/** Audience of the screen build: the trainee site by default; COURSE_AUDIENCE=facilitator builds the facilitator copy. */
export function screenAudience(): Audience {
  return process.env.COURSE_AUDIENCE === 'facilitator' ? 'facilitator' : 'trainee';
}

/** The language of a URL path: /lo/... is Lao, everything else English. */
export function langOfPath(pathname: string): Lang {
  return /^\/*lo(\/|$)/.test(pathname) ? 'lo' : 'en';
}

/** Print pages set `Astro.locals.print` before rendering content; screen pages fall back to the URL. */
export function renderContext(astro: AstroLike): RenderContext {
  if (astro.locals.print) return astro.locals.print;
  return { lang: langOfPath(astro.url.pathname), audience: screenAudience(), medium: 'screen' };
}
