/** Read PDFs back with poppler (pdftotext, pdfinfo, pdffonts) and qpdf, as a person would check them. */
import { execFileSync } from 'node:child_process';

export function pdfText(file: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', ['-layout', ...range, file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** Text of each page, in order. */
export function pdfPages(file: string): string[] {
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\f').slice(0, -1);
}

export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter(Boolean).map((line) => {
    const i = line.indexOf(':');
    return [line.slice(0, i).trim(), line.slice(i + 1).trim()];
  }));
}

export function pdfFonts(file: string): { name: string; embedded: boolean; subset: boolean }[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    const cols = line.trim().split(/\s+/);
    // name type... emb sub uni id gen: read the flags from the end
    const n = cols.length;
    return { name: cols[0], embedded: cols[n - 5] === 'yes', subset: cols[n - 4] === 'yes' };
  });
}

export interface Bookmark { title: string; level: number; page: number }

export function pdfBookmarks(file: string): Bookmark[] {
  const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
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
