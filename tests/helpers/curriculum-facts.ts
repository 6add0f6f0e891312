/**
 * Snippets taken from the real curriculum source, so build tests check real
 * content without hard-coding it: e.g. the opening words of a facilitator note.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { listFiles } from '../../src/lib/files';
import { PROJECT_ROOT } from './scratch-project';

export const read = (file: string) => readFileSync(join(PROJECT_ROOT, file), 'utf8');
export const readYaml = <T = any>(file: string): T => parse(read(file)) as T;

/** The forms of the pre/post test (quizzes of kind assessment), read from quizzes/. */
export const assessmentForms = (): any[] =>
  listFiles(PROJECT_ROOT, 'quizzes', ['.yaml']).map((file) => readYaml(file)).filter((quiz) => quiz.kind === 'assessment');

/** Every outcome id of the competency framework, e.g. planning-3. */
export const outcomeIds = (): string[] =>
  readYaml<{ outcomes: { id: string }[] }[]>('content/competencies.yaml').flatMap((group) => group.outcomes.map((o) => o.id));

/** Words `from` to `from + count` of a Markdown text, without Markdown punctuation, for matching in extracted text. */
export function wordsOf(markdown: string, from: number, count: number): string {
  return plainWords(markdown).slice(from, from + count).join(' ');
}

/** First few words of a Markdown text, without Markdown punctuation, for matching in extracted text. */
export function openingWords(markdown: string, count = 6): string {
  return plainWords(markdown).slice(0, count).join(' ');
}

function plainWords(markdown: string): string[] {
  return markdown
    .replace(/<[^>]+>/g, ' ')
    .replace(/[*_`#>[\]()]/g, ' ')
    .replace(/^\s*[-\d.]+\s+/gm, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/** The opening words of every facilitator note in the pages of one language. */
export function facilitatorNoteSnippets(lang: 'en' | 'lo'): { file: string; snippet: string }[] {
  return listFiles(PROJECT_ROOT, `content/${lang}`, ['.mdx'])
    .flatMap((file) => [...read(file).matchAll(/<FacilitatorNote>\s*([\s\S]*?)<\/FacilitatorNote>/g)].map((m) => ({ file, snippet: openingWords(m[1]) })))
    .filter((s) => s.snippet.split(' ').length >= 4);
}

/**
 * Text reduced to letters, marks and digits with single spaces, so a snippet
 * from the Markdown source can be found in text extracted from a PDF or HTML
 * (punctuation, curly quotes and line breaks differ between them).
 */
export const squash = (text: string) =>
  text
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The text of an HTML (or script) file: tags dropped, so words are not glued to markup. */
export const htmlText = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
