/**
 * Links and images in pages. A link to another page of the course leads to a
 * page that exists, in the same language, and its #anchor exists there.
 * An image exists and has alt text in the page's language.
 */
import { existsSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import type { LoadedContent, PageFile } from '../load-content';
import type { Problem } from '../problem';
import { anchorsOf, pageUrl } from '../page-anchors';
import { lineAt, tagsIn, withoutCode } from '../mdx-text';

type Add = (p: Problem) => void;

interface Reference {
  kind: 'link' | 'image';
  target: string;
  alt?: string;
  line: number;
}

const LAO = /\p{Script=Lao}/u;

/** %-decoding that never throws: a stray % in a link is reported, not a crash. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
const EXTERNAL = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

/** Links and images of a page: Markdown [text](url), ![alt](src), [ref]: url, and <a href>, <img src alt>. */
function referencesOf(page: PageFile): Reference[] {
  const body = withoutCode(page.body);
  const line = (index: number) => page.bodyLine + lineAt(body, index) - 1;
  const refs: Reference[] = [];
  for (const m of body.matchAll(/(!?)\[((?:[^[\]]|\[[^\]]*\])*)\]\(\s*<?([^\s)>]*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g)) {
    refs.push(m[1] ? { kind: 'image', target: m[3], alt: m[2], line: line(m.index!) } : { kind: 'link', target: m[3], line: line(m.index!) });
  }
  for (const m of body.matchAll(/^ {0,3}\[(?!\^)[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) refs.push({ kind: 'link', target: m[1], line: line(m.index!) });
  for (const tag of tagsIn(body)) {
    if (tag.attributes.href !== undefined) refs.push({ kind: 'link', target: tag.attributes.href, line: line(tag.index) });
    if (tag.name.toLowerCase() === 'img') refs.push({ kind: 'image', target: tag.attributes.src ?? '', alt: tag.attributes.alt, line: line(tag.index) });
  }
  return refs;
}

/** Edit distance, to suggest the page or anchor probably meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

function closest(wanted: string, candidates: string[]): string | undefined {
  const ranked = candidates.map((c) => ({ c, d: distance(wanted, c) })).sort((x, y) => x.d - y.d);
  return ranked[0] && ranked[0].d <= Math.max(3, wanted.length / 3) ? ranked[0].c : undefined;
}

export function checkLinks(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  const add: Add = (p) => problems.push(p);
  const byUrl = new Map(content.pages.map((p) => [pageUrl(p), p]));
  const anchorCache = new Map<PageFile, Set<string>>();
  const anchors = (page: PageFile) => anchorCache.get(page) ?? anchorCache.set(page, anchorsOf(page, content)).get(page)!;
  const language = { en: 'English', lo: 'Lao' };

  function checkAnchor(page: PageFile, target: PageFile, anchor: string, link: string, line: number) {
    const id = decoded(anchor);
    const ids = anchors(target);
    if (ids.has(id)) return;
    const guess = closest(id, [...ids].filter((x) => x !== '_top'));
    add({
      severity: 'error',
      file: page.file,
      line,
      message: `the link "${link}" goes to #${id}, but ${target === page ? 'this page' : target.file} has no heading or element with that id`,
      fix: guess ? `did you mean #${guess}? (a heading's id is its text in lower case, spaces as hyphens)` : 'link to a heading of that page: its id is the heading text in lower case, with spaces as hyphens',
    });
  }

  function checkLink(page: PageFile, link: string, line: number) {
    if (link === '' || EXTERNAL.test(link)) return; // web and mail links are not checked (no network in the build)
    const hash = link.indexOf('#');
    const path = (hash === -1 ? link : link.slice(0, hash)).replace(/\?.*$/, '');
    const anchor = hash === -1 ? '' : link.slice(hash + 1);
    if (path === '') {
      if (anchor) checkAnchor(page, page, anchor, link, line);
      return;
    }
    const relative = !path.startsWith('/');
    const resolved = decoded(relative ? new URL(path, `https://site${pageUrl(page)}`).pathname : path);
    if (/\.mdx?$/.test(path)) {
      // A file path is meant relative to the file (content/en/day-1/x.mdx), not to the page's address.
      const file = path.startsWith('/') ? path.replace(/^\/(content\/)?/, '') : posix.join(dirname(page.file), path).replace(/^content\//, '');
      const url = `/${file.replace(/\.mdx?$/, '/').replace(/(^|\/)index\/$/, '$1')}`;
      add({ severity: 'error', file: page.file, line, message: `the link "${link}" points to a source file, not to a page of the site`, fix: `link to the page's address, e.g. "${url}"` });
      return;
    }
    const m = /^\/(en|lo)(\/.*)?$/.exec(resolved);
    if (!m) {
      if (resolved === '/' || existsSync(join(content.root, 'public', resolved))) return;
      add({ severity: 'error', file: page.file, line, message: `the link "${link}" leads to nothing: there is no page or file at ${resolved}`, fix: `links to course pages start with /${page.lang}/, e.g. "/${page.lang}/glossary/"` });
      return;
    }
    const lang = m[1] as 'en' | 'lo';
    const url = resolved.replace(/\/?$/, '/');
    if (lang !== page.lang) {
      const own = `/${page.lang}${url.slice(3)}`;
      add({
        severity: 'error',
        file: page.file,
        line,
        message: `the link "${link}" leads to the ${language[lang]} page from ${page.lang === 'en' ? 'an English' : 'a Lao'} page`,
        fix: byUrl.has(own) ? `link to "${own}${anchor ? `#${anchor}` : ''}"` : `link to the ${language[page.lang]} page (/${page.lang}/...)`,
      });
      return;
    }
    const target = byUrl.get(url);
    if (!target) {
      const guess = closest(url, [...byUrl.keys()].filter((u) => u.startsWith(`/${lang}/`)));
      add({
        severity: 'error',
        file: page.file,
        line,
        message: `the link "${link}" leads to no page: there is no content${url.replace(/\/$/, '')}.mdx`,
        fix: guess ? `did you mean "${guess}"?` : `check the address; pages are content/${lang}/<path>.mdx at /${lang}/<path>/`,
      });
      return;
    }
    if (relative) add({ severity: 'warning', file: page.file, line, message: `the link "${link}" is relative to this page`, fix: `write it from the language root: "${url}${anchor ? `#${anchor}` : ''}" (see content/README.md)` });
    else if (!resolved.endsWith('/')) add({ severity: 'warning', file: page.file, line, message: `the link "${link}" has no trailing slash; the site's addresses end with /`, fix: `write "${url}${anchor ? `#${anchor}` : ''}"` });
    if (anchor) checkAnchor(page, target, anchor, link, line);
    else if (target === page) add({ severity: 'warning', file: page.file, line, message: `the link "${link}" leads to this same page`, fix: 'remove the link, or add the #anchor of the section meant' });
  }

  function checkImage(page: PageFile, ref: Reference) {
    const alt = ref.alt?.trim() ?? '';
    if (!alt) add({ severity: 'error', file: page.file, line: ref.line, message: `the image "${ref.target}" has no alt text`, fix: 'describe the image in a few words, for readers who cannot see it: ![what it shows](...)' });
    else if (page.lang === 'lo' && !LAO.test(alt)) add({ severity: 'error', file: page.file, line: ref.line, message: `the alt text "${alt}" of the image "${ref.target}" is not in Lao`, fix: 'write the alt text in Lao' });
    else if (page.lang === 'en' && LAO.test(alt) && !/[A-Za-z]/.test(alt)) add({ severity: 'error', file: page.file, line: ref.line, message: `the alt text "${alt}" of the image "${ref.target}" is in Lao on an English page`, fix: 'write the alt text in English' });
    const src = ref.target.replace(/[?#].*$/, '');
    if (!src) {
      add({ severity: 'error', file: page.file, line: ref.line, message: 'the image has no source', fix: 'give the path of the image file' });
    } else if (EXTERNAL.test(src)) {
      add({ severity: 'warning', file: page.file, line: ref.line, message: `the image "${src}" is on another website: it will not show offline or in print`, fix: 'save the image in the project (next to the page) and link to the copy' });
    } else {
      const file = src.startsWith('/') ? join(content.root, 'public', decoded(src)) : join(content.root, dirname(page.file), decoded(src));
      if (!existsSync(file)) add({ severity: 'error', file: page.file, line: ref.line, message: `the image "${src}" does not exist (looked for ${file.slice(content.root.length + 1)})`, fix: 'correct the path (relative to this page) or add the image file' });
    }
  }

  for (const page of content.pages) {
    for (const ref of referencesOf(page)) {
      if (ref.kind === 'link') checkLink(page, ref.target, ref.line);
      else checkImage(page, ref);
    }
  }
  return problems;
}
