/**
 * The addresses of pages and the anchors (#ids) each page has on the site,
 * computed from the source the way Astro does it, so a link can be checked
 * without building.
 */
import GithubSlugger from 'github-slugger';
import type { LoadedContent, PageFile } from './load-content';
import { extractVerifyMarkers, verifyAnchor } from '../lib/verify-markers';
import { headingsOf, tagsIn, TAG, withoutCode } from './mdx-text';

/** The site address of a page: content/en/day-1/opening.mdx is /en/day-1/opening/, content/en/index.mdx is /en/. */
export function pageUrl(page: Pick<PageFile, 'lang' | 'slug'>): string {
  const path = page.slug === 'index' ? '' : `${page.slug.replace(/\/index$/, '')}/`;
  return `/${page.lang}/${path}`;
}

/**
 * The text Astro slugs for a heading's id: the text content of the heading
 * (link texts, code, the text inside components; images give nothing), after
 * smartypants has turned -- and --- into dashes.
 */
export function headingText(source: string): string {
  return source
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(TAG, '')
    .replace(/\*\*|__/g, '')
    .replace(/(^|\W)[*_]|[*_](?=\W|$)/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&nbsp;/g, '\u00A0')
    .replace(/---/g, '\u2014')
    .replace(/--/g, '\u2013')
    .replace(/\.\.\./g, '\u2026');
}

/** Heading ids in page order, as Astro gives them (github-slugger, repeats numbered -1, -2, a trailing - dropped). */
export function headingIds(page: PageFile): { id: string; text: string; line: number }[] {
  const slugger = new GithubSlugger();
  return headingsOf(page).map((h) => {
    const text = headingText(h.source);
    return { id: slugger.slug(text).replace(/-$/, ''), text, line: h.line };
  });
}

/** Every anchor a page has: heading ids, explicit id="..." and the ids our components render. */
export function anchorsOf(page: PageFile, content: Pick<LoadedContent, 'glossary' | 'course' | 'competencies'>): Set<string> {
  const ids = new Set<string>(['_top']); // Starlight's "back to top" target
  for (const h of headingIds(page)) ids.add(h.id);
  const body = withoutCode(page.body);
  if (typeof page.frontmatter.session === 'string') ['objectives', 'sources'].forEach((id) => ids.add(id));
  for (const tag of tagsIn(body)) {
    const { id, note } = tag.attributes;
    if (id) {
      const prefix: Record<string, string> = { CaseStudy: 'case-', RolePlay: 'role-play-', Quiz: 'quiz-' };
      ids.add(prefix[tag.name] ? `${prefix[tag.name]}${id}` : id);
    }
    if (tag.name === 'Verify' && note) ids.add(verifyAnchor(note));
    if (tag.name === 'KeyTakeaways') ids.add('key-takeaways');
    if (tag.name === 'Glossary') content.glossary?.value.forEach((e) => ids.add(`term-${e.id}`));
    if (tag.name === 'Agenda') content.course?.value.days.forEach((d) => ids.add(`day-${d.day}`));
    if (tag.name === 'Competencies') {
      content.competencies?.value.forEach((g) => {
        ids.add(`competency-${g.id}`);
        g.outcomes.forEach((o) => ids.add(o.id));
      });
    }
  }
  // Verify markers however written (note={"..."} too), from the parsed MDX, as the register reads them.
  for (const marker of extractVerifyMarkers(page.source)) ids.add(marker.id);
  return ids;
}
