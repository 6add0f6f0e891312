/**
 * Views of an MDX page for the text rules. Code, imports, comments and
 * component tags are blanked out character by character (newlines kept), so
 * an offset in a view is the same offset in the page body and every finding
 * keeps its line.
 */
import type { PageFile } from './load-content';

/** Replace everything but newlines with spaces. */
export const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/** 1-based line of an offset in a text. */
export const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** A JSX or HTML tag, possibly spanning lines: <Name attr="x" n={1}>, </Name>, <Name />. */
export const TAG = /<\/?([A-Za-z][\w.]*)((?:\s+[\w:.-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^{}]*\}))?)*)\s*\/?>/g;
const STRING_ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export interface Tag {
  name: string;
  attributes: Record<string, string>;
  /** Offset in the text. */
  index: number;
}

/** The tags in a text, with their string attributes (expression attributes such as minutes={10} are left out). */
export function tagsIn(text: string): Tag[] {
  return [...text.matchAll(TAG)].map((m) => ({
    name: m[1],
    attributes: Object.fromEntries([...m[2].matchAll(STRING_ATTRIBUTE)].map((a) => [a[1], a[2] ?? a[3]])),
    index: m.index!,
  }));
}

/**
 * The body with fenced code blocks, import/export lines and comments blanked.
 * With `inlineCode`, `code spans` are blanked too (a link in a code span is not a link).
 */
export function withoutCode(body: string, { inlineCode = true } = {}): string {
  let fence: string | undefined;
  const lines = body.split('\n').map((line) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      return blank(line);
    }
    if (marker) {
      fence = marker;
      return blank(line);
    }
    return /^(import|export)\s/.test(line) ? blank(line) : line;
  });
  let text = lines.join('\n').replace(/<!--[\s\S]*?-->/g, blank).replace(/\{\/\*[\s\S]*?\*\/\}/g, blank);
  if (inlineCode) text = text.replace(/`[^`\n]+`/g, blank);
  return text;
}

/** Markdown inline syntax removed, leaving what a reader reads. Images and URLs are dropped; link texts kept. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<?(https?:\/\/|www\.)\S+>?/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/&#?\w+;/g, ' ')
    .replace(/^\s*(#{1,6}|[-*+]|\d+[.)]|>)\s+/, '')
    .replace(/\*\*|__|(^|\s)[*_]|[*_](\s|$)|\|/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface TextChunk {
  /** 1-based line in the file. */
  line: number;
  text: string;
  /** prose: a paragraph, heading, list item or table row; label: a short text (title, attribute such as title="..." or note="..."). */
  kind: 'prose' | 'label';
}

/** Attributes whose value readers see, so it must be in the page's language. */
const READER_ATTRIBUTES = new Set(['title', 'note', 'materials', 'alt', 'caption', 'label', 'description']);

/**
 * What a reader of the page reads, in chunks: the title and description,
 * each paragraph, heading, list item and table row, and visible attributes
 * of components. Code, imports, comments and tags are left out.
 */
export function readerText(page: PageFile): TextChunk[] {
  const chunks: TextChunk[] = [];
  for (const key of ['title', 'description']) {
    const value = page.frontmatter[key];
    if (typeof value === 'string') chunks.push({ line: frontmatterLine(page, key) ?? 1, text: value, kind: 'label' });
  }
  const masked = withoutCode(page.body);
  const lineOf = (index: number) => page.bodyLine + lineAt(masked, index) - 1;
  for (const tag of tagsIn(masked)) {
    for (const [name, value] of Object.entries(tag.attributes)) {
      if (READER_ATTRIBUTES.has(name) && value.trim()) chunks.push({ line: lineOf(tag.index), text: value, kind: 'label' });
    }
  }
  const prose = masked.replace(TAG, blank).split('\n');
  let paragraph: string[] = [];
  let start = 0;
  const flush = () => {
    const text = plainText(paragraph.join(' '));
    if (text) chunks.push({ line: page.bodyLine + start, text, kind: 'prose' });
    paragraph = [];
  };
  prose.forEach((line, i) => {
    if (line.trim() === '') return flush();
    const ownLine = /^\s*(#{1,6}\s|[-*+]\s|\d+[.)]\s|\|)/.test(line);
    if (ownLine) flush();
    if (paragraph.length === 0) start = i;
    paragraph.push(line);
    if (ownLine) flush();
  });
  flush();
  return chunks.sort((a, b) => a.line - b.line);
}

/** Line of a top-level frontmatter key, or of `parent.key` for a nested one. */
export function frontmatterLine(page: PageFile, key: string, parent?: string): number | undefined {
  const lines = page.source.split('\n').slice(0, page.bodyLine - 1);
  let from = 0;
  if (parent) {
    from = lines.findIndex((l) => new RegExp(`^${parent}\\s*:`).test(l));
    if (from === -1) return undefined;
    if (new RegExp(`^${parent}\\s*:\\s*\\{.*\\b${key}\\s*:`).test(lines[from])) return from + 1;
    from += 1;
  }
  for (let i = from; i < lines.length; i++) {
    if (parent && /^\S/.test(lines[i])) break; // the end of the parent's block
    if (new RegExp(parent ? `^\\s+${key}\\s*:` : `^${key}\\s*:`).test(lines[i])) return i + 1;
  }
  return undefined;
}

export interface Heading {
  depth: number;
  /** The heading as written, without the leading #s. */
  source: string;
  /** 1-based line in the file. */
  line: number;
}

/** The Markdown headings of a page body, outside code blocks. */
export function headingsOf(page: PageFile): Heading[] {
  const masked = withoutCode(page.body, { inlineCode: false });
  const headings: Heading[] = [];
  masked.split('\n').forEach((line, i) => {
    const m = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (m) headings.push({ depth: m[1].length, source: m[2], line: page.bodyLine + i });
  });
  return headings;
}
