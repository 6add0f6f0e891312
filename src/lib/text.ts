/** Small pure text helpers shared by components and checks. */
import { marked } from 'marked';
import type { Lang } from '../schemas/common';

/** Render trusted curriculum Markdown (from the YAML data files) to HTML. */
export function markdownToHtml(markdown: string): string {
  return marked.parse(markdown, { async: false, gfm: true }) as string;
}

/** Inline Markdown (no wrapping paragraph). */
export function inlineMarkdownToHtml(markdown: string): string {
  return marked.parseInline(markdown, { async: false, gfm: true }) as string;
}

/** Format a number the way the page's language writes it (Arabic digits, thousands grouped). */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'lo' ? 'lo-LA' : 'en-GB').format(value);
}

/** A short stable hash (FNV-1a, base 36) used for ids derived from text. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
