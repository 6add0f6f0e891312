/** What every print page starts with: its language paths, and the render context set before anything renders. */
import type { Lang } from '../schemas/common';
import type { Audience } from './render-context';
import { translator } from './i18n';

/** getStaticPaths of a page printed once per language. */
export function printLanguagePaths() {
  return [{ params: { lang: 'en' } }, { params: { lang: 'lo' } }];
}

/** Set the print context (so embedded components render for print and this audience) and return the language and its translator. */
export function startPrintPage(astro: { params: Record<string, string | undefined>; locals: App.Locals }, audience: Audience) {
  const lang = astro.params.lang as Lang;
  astro.locals.print = { lang, audience, medium: 'print' };
  return { lang, t: translator(lang) };
}
