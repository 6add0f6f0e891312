/**
 * Read PDFs back with poppler (pdftotext, pdfinfo, pdffonts) and qpdf, as a person would check them.
 * Asynchronous: reading a large book back takes seconds, and a test worker must stay responsive.
 */
import { runOutput } from './run-process';

export async function pdfText(file: string, page?: number): Promise<string> {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return runOutput('pdftotext', ['-layout', ...range, file, '-']);
}

/** Text of each page, in order. */
export async function pdfPages(file: string): Promise<string[]> {
  return (await runOutput('pdftotext', [file, '-'])).split('\f').slice(0, -1);
}

export async function pdfInfo(file: string): Promise<Record<string, string>> {
  const out = await runOutput('pdfinfo', [file]);
  return Object.fromEntries(out.split('\n').filter(Boolean).map((line) => {
    const i = line.indexOf(':');
    return [line.slice(0, i).trim(), line.slice(i + 1).trim()];
  }));
}

export async function pdfFonts(file: string): Promise<{ name: string; embedded: boolean; subset: boolean }[]> {
  const lines = (await runOutput('pdffonts', [file])).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    const cols = line.trim().split(/\s+/);
    // name type... emb sub uni id gen: read the flags from the end
    const n = cols.length;
    return { name: cols[0], embedded: cols[n - 5] === 'yes', subset: cols[n - 4] === 'yes' };
  });
}

export interface Bookmark { title: string; level: number; page: number }

export async function pdfBookmarks(file: string): Promise<Bookmark[]> {
  const json = JSON.parse(await runOutput('qpdf', ['--json', '--json-key=outlines', file]));
  const out: Bookmark[] = [];
  type Item = { title: string; kids?: Item[]; destpageposfrom1?: number };
  const walk = (items: Item[], level: number) => {
    for (const item of items) {
      out.push({ title: item.title, level, page: item.destpageposfrom1 ?? 0 });
      if (item.kids) walk(item.kids, level + 1);
    }
  };
  walk((json.outlines ?? []) as Item[], 1);
  return out;
}

/** The height in points of every word's box (pdftotext -bbox), in page order: the printed size of the text, about 1.36 times its font size. */
export async function pdfWordHeights(file: string): Promise<number[]> {
  const xhtml = await runOutput('pdftotext', ['-bbox', file, '-']);
  return [...xhtml.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g)].map((m) => Number(m[2]) - Number(m[1]));
}
