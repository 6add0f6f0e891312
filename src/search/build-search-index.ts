/**
 * Build time: reads the built pages of one language into their sections and
 * the Lao vocabulary (search-chunks.ts cuts them into the scripts the browser
 * loads).
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { icuLaoWords } from './lao-segmenter';
import type { SearchDoc } from './search-options';

export interface PageHtml {
  /** Root-relative URL of the page, e.g. /lo/day-1/opening/ */
  url: string;
  html: string;
}

const SKIP = 'script, style, template, .sr-only, .sl-anchor-link, .quiz-check, .translation-notice';
// Facilitator material never enters the trainee index (the facilitator copy indexes it).
const SKIP_FOR_TRAINEES = `${SKIP}, [data-facilitator-only]`;

function textOf(el: HTMLElement): string {
  return el.textContent.replace(/\s+/g, ' ').trim();
}

/** The sections of a page's main content: split at h2 and h3 headings that have an id. */
export function extractSections(page: PageHtml, includeFacilitator = false): Omit<SearchDoc, 'id'>[] {
  const root = parse(page.html);
  const title = textOf(root.querySelector('h1#_top') ?? root.querySelector('h1') ?? root.querySelector('title')!);
  const main = root.querySelector('.sl-markdown-content');
  if (!main) return [];
  for (const el of main.querySelectorAll(includeFacilitator ? SKIP : SKIP_FOR_TRAINEES)) el.remove();
  const sections: Omit<SearchDoc, 'id'>[] = [];
  let current = { heading: '', anchor: '', parts: [] as string[] };
  const flush = () => {
    // Joined as written: block elements already add their space, inline ones (bold, links, marks) must not.
    const text = current.parts.join('').replace(/\s+/g, ' ').trim();
    if (text || current.heading) sections.push({ url: page.url + (current.anchor ? `#${current.anchor}` : ''), title, heading: current.heading, text });
  };
  const walk = (el: HTMLElement) => {
    for (const child of el.childNodes) {
      if (child.nodeType === 3) {
        current.parts.push(child.text); // entities decoded
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as HTMLElement;
      const tag = element.tagName?.toLowerCase();
      if ((tag === 'h2' || tag === 'h3') && element.id) {
        flush();
        current = { heading: textOf(element), anchor: element.id, parts: [] };
        continue;
      }
      walk(element);
      if (/^(p|li|td|th|h\d|dd|dt|div|section|blockquote|tr|legend)$/.test(tag)) current.parts.push(' ');
    }
  };
  walk(main);
  flush();
  return sections;
}

/** The sections of one language's pages and the Lao vocabulary they are split against. */
export interface SearchData {
  lang: string;
  vocabulary: string[];
  docs: SearchDoc[];
}

export function buildSearchData(lang: string, pages: PageHtml[], includeFacilitator = false): SearchData {
  const docs: SearchDoc[] = pages.flatMap((p) => extractSections(p, includeFacilitator)).map((d, id) => ({ ...d, id }));
  const vocabulary = [...new Set(docs.flatMap((d) => icuLaoWords(`${d.title} ${d.heading} ${d.text}`)))].sort();
  return { lang, vocabulary, docs };
}
