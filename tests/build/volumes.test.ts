/**
 * The books in volumes, one per day, read back from what `npm run build` made
 * from the real curriculum: each volume's cover names its day, its contents
 * list its sessions on the pages they are really on, it has running headers,
 * it holds no other day's session, its pages add up to the full book's, its
 * Word copy holds its sessions, and the downloads pages offer it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../src/lib/files';
import { pdfBookmarks, pdfPages, pdfText, type Bookmark } from '../helpers/pdf';
import { docxParagraphs } from '../helpers/docx';
import { read, readYaml, squash } from '../helpers/curriculum-facts';
import { PROJECT_ROOT } from '../helpers/scratch-project';
import { runOutput } from '../helpers/run-process';

type Lang = 'en' | 'lo';
type Edition = Lang | 'bilingual';
interface Session { id: string; day: number; start: string; title: Record<Lang, string>; page?: string }

const dist = join(PROJECT_ROOT, 'dist');
const report = JSON.parse(readFileSync(join(dist, 'build-report.json'), 'utf8'));
const course = readYaml<{ days: { day: number; theme: Record<Lang, string> }[] }>('content/course.yaml');
const ui: Record<Lang, Record<string, string>> = { en: JSON.parse(read('src/content/i18n/en.json')), lo: JSON.parse(read('src/content/i18n/lo.json')) };
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));
const sessions = listFiles(PROJECT_ROOT, 'content/sessions', ['.yaml'])
  .map((f) => readYaml<Session & { order: number }>(f))
  .filter((s) => s.page)
  .sort((a, b) => a.day - b.day || a.order - b.order);
const days = [...new Set(sessions.map((s) => s.day))].sort((a, b) => a - b);
const books = ['facilitator-manual', 'trainee-workbook'] as const;
const editions: Edition[] = ['en', 'lo', 'bilingual'];
const langsOf = (edition: Edition): Lang[] => (edition === 'bilingual' ? ['lo', 'en'] : [edition]);
/** Text compared without spaces or punctuation: Lao wraps inside words in extracted text, and Chromium drops the space where a bookmark wrapped. */
const flat = (text: string) => squash(text).replace(/ /g, '');
/** A title as the book prints it: both languages in the bilingual edition. */
const both = (edition: Edition, text: (lang: Lang) => string) => langsOf(edition).map(text).join(' / ');
const dayBookmark = (b: Bookmark) => b.level === 1 && /^(Day|ມື້ທີ) \d/.test(b.title);

const volumes = books.flatMap((book) => editions.flatMap((edition) => days.map((day) => ({ book, edition, day, file: `pdf/${book}-${edition}-day-${day}.pdf` }))));

/** The bookmarks of the day (its level-1 title) and of its sessions (the level-2 ones under it), and the first bookmark after the day (an annex). */
function dayParts(bookmarks: Bookmark[], day: number) {
  const at = bookmarks.findIndex((b) => dayBookmark(b) && new RegExp(`^(Day|ມື້ທີ) ${day}:`).test(b.title));
  const next = bookmarks.findIndex((b, i) => i > at && b.level === 1);
  return { title: bookmarks[at], sessions: bookmarks.slice(at + 1, next === -1 ? undefined : next).filter((b) => b.level === 2), after: next === -1 ? undefined : bookmarks[next] };
}

describe.each(volumes)('volume $file', (volume) => {
  const file = join(dist, volume.file);
  const langs = langsOf(volume.edition);
  const main = langs[0];
  const own = sessions.filter((s) => s.day === volume.day);
  let pages: string[] = [];
  let bookmarks: Bookmark[] = [];
  beforeAll(async () => {
    pages = await pdfPages(file);
    bookmarks = await pdfBookmarks(file);
  });

  it('names its volume and day on the cover, in each language of the edition', () => {
    const theme = course.days.find((d) => d.day === volume.day)!.theme;
    for (const lang of langs) {
      expect(flat(pages[0]), lang).toContain(flat(fill(ui[lang]['manual.volume'], { volume: volume.day, count: days.length })));
      expect(flat(pages[0]), lang).toContain(flat(`${fill(ui[lang]['session.day'], { day: volume.day })}: ${theme[lang]}`));
    }
    // The cover holds on one page: nothing of it (its draft notice, last) spills onto the contents page.
    expect(flat(pages[1]).startsWith(flat(langs.map((l) => ui[l]['manual.contents']).join(' / ')))).toBe(true);
    for (const lang of langs) expect(flat(pages[1])).not.toContain(flat(ui[lang]['manual.draftNotice']).slice(0, 30));
  });

  it('holds its day\u2019s sessions only, in order', () => {
    const { title, sessions: bookmarked } = dayParts(bookmarks, volume.day);
    expect(title, 'the day title').toBeDefined();
    expect(bookmarks.filter(dayBookmark)).toHaveLength(1);
    expect(bookmarked.map((b) => flat(b.title))).toEqual(own.map((s) => flat(both(volume.edition, (l) => s.title[l]))));
    // No page carries another day's running header (the first line of a page; prose may name another day's session).
    const heads = pages.map((p) => flat(p.trim().split('\n')[0] ?? ''));
    for (const other of sessions.filter((s) => s.day !== volume.day)) {
      const header = flat(`${fill(ui[main]['print.runningDay'], { day: other.day })} · ${other.title[main]}`).slice(0, 24);
      expect(heads.filter((h) => h.startsWith(header)), other.id).toEqual([]);
    }
  });

  it('lists in its contents each session, on the page its heading is really on', async () => {
    const { title, sessions: bookmarked } = dayParts(bookmarks, volume.day);
    // The contents run from page 2 to the page before the day's title.
    const contentsText = (await Promise.all(Array.from({ length: title.page - 2 }, (_, i) => pdfText(file, i + 2)))).join('\n');
    expect(flat(contentsText)).toContain(flat(ui[main]['manual.contents']));
    const entries = [...contentsText.matchAll(/^\s*(.+?)\s{3,}(\d+)\s*$/gm)].map((m) => ({ title: m[1].trim(), page: Number(m[2]) }));
    const sessionEntries = entries.filter((e) => /^\d{1,2}:\d{2} ·/.test(e.title));
    expect(sessionEntries.map((e) => e.title.slice(0, 5))).toEqual(own.map((s) => s.start));
    expect(sessionEntries.map((e) => e.page)).toEqual(bookmarked.map((b) => b.page));
    for (const entry of entries) {
      expect(entry.page, entry.title).toBeGreaterThan(2);
      const tail = flat(entry.title.replace(/^\d{1,2}:\d{2}\s*·\s*/, '')).slice(-12);
      expect(flat(pages[entry.page - 1]), `${entry.title} -> page ${entry.page}`).toContain(tail);
    }
  });

  it('prints a running header naming the day and the session on its pages', () => {
    const { sessions: bookmarked } = dayParts(bookmarks, volume.day);
    own.forEach((session, i) => {
      const header = flat(`${fill(ui[main]['print.runningDay'], { day: volume.day })} · ${session.title[main]}`).slice(0, 24);
      // The session's first page, and the one after it while the session goes on.
      const first = bookmarked[i].page;
      const next = bookmarked[i + 1]?.page ?? Infinity;
      for (const page of first + 1 < next ? [first, first + 1] : [first]) expect(flat(pages[page - 1]), `${session.id}, page ${page}`).toContain(header);
    });
  });
});

/**
 * The size the print came out at: the height of the contents heading's first word (page 2).
 * Chromium shrinks a whole print to fit its widest element, so a book that holds an
 * over-wide table is printed smaller than a volume without it, and lays out in fewer pages.
 */
async function printScale(file: string): Promise<number> {
  const word = /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/.exec(await runOutput('pdftotext', ['-bbox', '-f', '2', '-l', '2', file, '-']));
  return Number(word![2]) - Number(word![1]);
}

describe.each(books.flatMap((book) => editions.map((edition) => ({ book, edition }))))('$book-$edition in volumes', ({ book, edition }) => {
  it('has as many body pages as the full book\u2019s days, less at most one blank page per day, where both print at one size', async () => {
    const fullFile = join(dist, `pdf/${book}-${edition}.pdf`);
    const full = await pdfBookmarks(fullFile);
    const fullScale = await printScale(fullFile);
    let fullSum = 0;
    let volumeSum = 0;
    let compared = 0;
    for (const day of days) {
      // In the full book a day runs to the next day's title (or the first annex), with the blank page that puts the next day on a right-hand page.
      const inFull = dayParts(full, day);
      const fullPages = (inFull.after?.page ?? Infinity) - inFull.title.page;
      // In the volume, from the day's title to its first annex.
      const file = join(dist, `pdf/${book}-${edition}-day-${day}.pdf`);
      const inVolume = dayParts(await pdfBookmarks(file), day);
      const volumePages = (inVolume.after?.page ?? (await pdfPages(file)).length + 1) - inVolume.title.page;
      const ratio = (await printScale(file)) / fullScale;
      // Never printed smaller than the full book (it holds no element the full book lacks).
      expect(ratio, `Day ${day}: print size of the volume against the full book`).toBeGreaterThan(0.98);
      if (ratio > 1.02) {
        // The full book was shrunk to fit a wider table of another day: the volume, at a larger size, takes more pages.
        expect(volumePages, `Day ${day}, printed ${ratio.toFixed(2)}x larger than in the full book`).toBeGreaterThan(fullPages);
        continue;
      }
      compared++;
      expect(fullPages - volumePages, `Day ${day}: ${fullPages} pages in the full book, ${volumePages} in the volume`).toBeGreaterThanOrEqual(0);
      expect(fullPages - volumePages, `Day ${day}`).toBeLessThanOrEqual(1);
      fullSum += fullPages;
      volumeSum += volumePages;
    }
    // One blank page at most per day compared; every book has days printed at the full book's size (the day with the widest table).
    expect(compared).toBeGreaterThan(0);
    expect(fullSum - volumeSum).toBeLessThanOrEqual(compared);
  });

  it('has a Word copy of each volume holding its sessions only, in English and Lao only', () => {
    for (const day of days) {
      const docx = join(dist, `docx/${edition}/${book}-${edition}-day-${day}.docx`);
      if (edition === 'bilingual') {
        expect(existsSync(docx), docx).toBe(false);
        continue;
      }
      const paragraphs = new Set(docxParagraphs(docx).map(flat));
      for (const s of sessions) expect(paragraphs.has(flat(s.title[edition])), `${s.id} in the Day ${day} volume`).toBe(s.day === day);
    }
  });
});

describe('volumes in the downloads', () => {
  const page = (copy: string, lang: Lang) => readFileSync(join(dist, copy, lang, 'downloads/index.html'), 'utf8');

  it.each(['en', 'lo'] as const)('trainees get the workbook volumes, facilitators both books\u2019 volumes, with size and pages (%s)', (lang) => {
    for (const day of days) {
      for (const edition of [lang, 'bilingual']) {
        const workbook = `trainee-workbook-${edition}-day-${day}.pdf`;
        const manual = `facilitator-manual-${edition}-day-${day}.pdf`;
        for (const copy of ['site', 'offline']) {
          expect(page(copy, lang), `${copy}: ${workbook}`).toContain(`downloads/${workbook}"`);
          expect(page(copy, lang), `${copy}: ${manual}`).not.toContain(manual);
          expect(existsSync(join(dist, copy, 'downloads', workbook)), `${copy}/downloads/${workbook}`).toBe(true);
          expect(existsSync(join(dist, copy, 'downloads', manual)), `${copy}/downloads/${manual}`).toBe(false);
        }
        for (const file of [workbook, manual]) {
          expect(page('offline-facilitator', lang), file).toContain(`downloads/${file}"`);
          expect(existsSync(join(dist, 'offline-facilitator/downloads', file)), file).toBe(true);
          // The build filled in its size and pages.
          expect(page('offline-facilitator', lang), file).toMatch(new RegExp(`data-download-facts="${file}"[^>]*>PDF · [\\d.]+ [KM]B · \\d+ `));
        }
      }
    }
  });

  it.each(['en', 'lo'] as const)('folds the volumes under their full book (%s)', (lang) => {
    const html = page('offline-facilitator', lang);
    // One folded list per full book of the page: the two books, in the page's language and bilingual.
    expect(html.match(/<details class="download-volumes"/g)).toHaveLength(4);
    const fullManual = html.indexOf(`downloads/facilitator-manual-${lang}.pdf"`);
    const firstVolume = html.indexOf(`downloads/facilitator-manual-${lang}-day-1.pdf"`);
    expect(fullManual).toBeGreaterThan(-1);
    expect(firstVolume).toBeGreaterThan(fullManual);
    expect(html.slice(fullManual, firstVolume)).toContain('<details class="download-volumes"');
  });

  it('are in the build report with their pages and printing time', () => {
    const rows = report.outputs.filter((o: { path: string }) => /-day-\d+\.pdf$/.test(o.path));
    expect(rows).toHaveLength(volumes.length);
    for (const row of rows) {
      expect(row.pages, row.path).toBeGreaterThan(3);
      expect(row.milliseconds, row.path).toBeGreaterThan(0);
    }
  });
});
