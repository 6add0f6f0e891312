/**
 * Starlight route middleware: headings that components render (not written
 * in the page's Markdown) are missing from "On this page". The agenda's
 * days are added here, with the ids the Agenda component gives them.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCourse } from './lib/curriculum';
import { t } from './lib/i18n';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (!route.toc || !/(^|\/)agenda\/?$/.test(route.id)) return;
  const lang = route.lang === 'lo' ? 'lo' : 'en';
  const days = getCourse().days.map((d) => ({
    depth: 2,
    slug: `day-${d.day}`,
    text: `${t(lang, 'session.day', { day: d.day })}: ${d.theme[lang]}`,
    children: [],
  }));
  const known = new Set(route.toc.items.flatMap((item) => [item.slug, ...item.children.map((c) => c.slug)]));
  route.toc.items.push(...days.filter((d) => !known.has(d.slug)));
});
