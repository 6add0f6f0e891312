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

/** A CSS string literal (for `content:` in @page rules). */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Running headers of the books' sessions: one named page per session (class page-session-<index>), its header naming the day and the session. */
export function sessionRunningHeads(sessions: { day: number; title: Record<Lang, string> }[], lang: Lang, firstIndex = 0): string {
  const t = translator(lang);
  return sessions
    .map((s, i) => {
      const index = firstIndex + i;
      return `@page session-${index} { @top-left { content: ${cssString(`${t('print.runningDay', { day: s.day })} · ${s.title[lang]}`)}; } }\n.page-session-${index} { page: session-${index}; }`;
    })
    .join('\n');
}
