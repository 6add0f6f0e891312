/**
 * Reads back what `npm run build` made from the real curriculum: the PDFs
 * (text, pages, bookmarks, fonts), the handouts and the trainee site.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../src/lib/files';
import { pdfBookmarks, pdfFonts, pdfInfo, pdfPages, pdfText } from '../helpers/pdf';
import { assessmentForms, facilitatorNoteSnippets, htmlText, openingWords, outcomeIds, readYaml, squash, wordsOf } from '../helpers/curriculum-facts';
import { PROJECT_ROOT } from '../helpers/scratch-project';
import { builtSections, searchFilesOf } from '../helpers/search-data';

const dist = join(PROJECT_ROOT, 'dist');
const report = JSON.parse(readFileSync(join(dist, 'build-report.json'), 'utf8'));
const sessions = listFiles(PROJECT_ROOT, 'content/sessions', ['.yaml'])
  .map((f) => readYaml(f))
  .filter((s) => s.page)
  .sort((a, b) => a.day - b.day || a.order - b.order);

describe('build report', () => {
  it('lists every output with its language, pages and size, and the files are there', async () => {
    expect(report.outputs.length).toBeGreaterThan(10);
    for (const output of report.outputs) {
      const file = join(dist, output.path);
      expect(existsSync(file), output.path).toBe(true);
      expect(statSync(file).size).toBe(output.bytes);
      // The bilingual editions are both languages, not just their main one.
      // A book's volumes (…-day-N.pdf) take the language of their book.
      expect(output.lang).toBe(/-bilingual(-day-\d+)?\./.test(output.path) ? 'lo+en' : output.path.match(/-(en|lo)(-day-\d+)?\.pdf$/)?.[1] ?? output.lang);
      expect(['en', 'lo', 'lo+en']).toContain(output.lang);
      expect(output.pages).toBe(Number((await pdfInfo(file)).Pages));
    }
    expect(report.site.htmlPages).toBeGreaterThan(10);
  });
});

describe.each(['en', 'lo'] as const)('facilitator manual (%s)', (lang) => {
  const file = join(dist, `pdf/facilitator-manual-${lang}.pdf`);
  let pages: string[] = [];
  let text = '';
  beforeAll(async () => {
    pages = await pdfPages(file);
    text = squash(pages.join(' '));
  });

  it('has a cover naming the edition, language and version, and a contents page', () => {
    expect(squash(pages[0])).toContain(lang === 'en' ? 'Facilitator manual' : 'ຄູ່ມືວິທະຍາກອນ');
    expect(squash(pages[0])).toContain(lang === 'en' ? 'English edition' : 'ສະບັບພາສາລາວ');
    expect(squash(pages[0])).toContain('0 1 draft');
    expect(squash(pages[1])).toContain(lang === 'en' ? 'Contents' : 'ສາລະບານ');
  });

  it('prints every written session in curriculum order', async () => {
    const titles = sessions.map((s) => s.title[lang]);
    const bookmarked = (await pdfBookmarks(file)).map((b) => b.title).filter((t) => titles.includes(t));
    expect(bookmarked).toEqual(titles);
    for (const title of titles) expect(text).toContain(squash(title));
  });

  it('includes the facilitator notes and the session plans', () => {
    const notes = facilitatorNoteSnippets(lang);
    expect(notes.length).toBeGreaterThan(3);
    if (lang === 'en') for (const note of notes) expect(text, note.file).toContain(squash(note.snippet));
    expect(text).toContain(lang === 'en' ? 'Session plan facilitator' : 'ແຜນການສອນ');
  });

  it('includes the answer keys of the self-checks and each form of the pre/post test as its own annex', async () => {
    const forms = assessmentForms();
    expect(forms.map((f) => f.phase).sort()).toEqual(['post', 'pre']);
    expect(text).toContain(lang === 'en' ? 'Answer key' : 'ຄຳຕອບທີ່ຖືກຕ້ອງ');
    const titles = (await pdfBookmarks(file)).map((b) => b.title);
    for (const form of forms) {
      expect(titles.some((title) => title.includes(form.title[lang])), form.id).toBe(true);
      if (lang === 'en') expect(text).toContain(squash(openingWords(form.items[0].explanation.en, 5)));
    }
  });

  it('names outcomes by number, never by their English id, in Lao', () => {
    if (lang === 'lo') for (const id of outcomeIds()) expect(text).not.toMatch(new RegExp(`\\b${id}\\b`));
  });

  it('numbers the pages in the footer', () => {
    const total = pages.length;
    expect(pages[2]).toMatch(new RegExp(`\\b3 / ${total}\\b`));
  });

  it('has bookmarks for days and sessions, with Lao titles intact', async () => {
    const titles = (await pdfBookmarks(file)).map((b) => b.title);
    for (const s of sessions) expect(titles).toContain(s.title[lang]);
  });

  it('embeds every font, and Lao is set in Phetsarath', async () => {
    const fonts = (await pdfFonts(file));
    expect(fonts.every((f) => f.embedded)).toBe(true);
    if (lang === 'lo') expect(fonts.some((f) => f.name.includes('Phetsarath'))).toBe(true);
    expect(fonts.some((f) => f.name.includes('NotoSans'))).toBe(true);
  });

  it('carries the title and language in its metadata', async () => {
    expect((await pdfInfo(file)).Title).toContain(lang === 'en' ? 'Social Security Inspection' : 'ການກວດກາປະກັນສັງຄົມ');
  });
});

describe.each(['en', 'lo', 'bilingual'])('book layout (%s)', (edition) => {
  const files = [`pdf/facilitator-manual-${edition}.pdf`, `pdf/trainee-workbook-${edition}.pdf`].map((f) => join(dist, f));

  it.each(files)('lists in its contents the page each heading is really on (%s)', async (file) => {
    const pages = (await pdfPages(file));
    // Lao lines wrap inside words in extracted text: compare without spaces.
    const flat = (text: string) => squash(text).replace(/ /g, '');
    // The contents may run onto page 3, unless page 3 is already the agenda (its first entry).
    const [page2, page3] = [await pdfText(file, 2), await pdfText(file, 3)];
    const firstEntry = /^\s*(.+?)\s{3,}\d+\s*$/m.exec(page2)?.[1].trim();
    const contentsText = page3.trim().split('\n')[0].trim() === firstEntry ? page2 : page2 + page3;
    const entries = [...contentsText.matchAll(/^\s*(.+?)\s{3,}(\d+)\s*$/gm)].map((m) => ({ title: m[1].trim(), page: Number(m[2]) }));
    expect(entries.length).toBeGreaterThan(5);
    // Every day and every session has its number (a wrapped title carries it on its first line).
    const startsAnEntry = /^\s*(?:\d{2}:\d{2} ·|Day \d|ມື້ທີ \d)/;
    const unnumbered = contentsText.split('\n').filter((line) => startsAnEntry.test(line) && !/\s{3,}\d+\s*$/.test(line));
    expect(unnumbered.map((line) => line.trim())).toEqual([]);
    for (const entry of entries) {
      expect(entry.page, entry.title).toBeGreaterThan(2);
      // The title's last words (the contents may wrap a long title) are on the page it names.
      // A session's entry starts with its time ("14:45 · Post-test"), which its page shows apart from the title.
      const tail = flat(entry.title.replace(/^\d{1,2}:\d{2}\s*·\s*/, '')).slice(-12);
      expect(flat(pages[entry.page - 1]), `${entry.title} -> page ${entry.page}`).toContain(tail);
    }
  });

  it.each(files)('starts every day on a right-hand (odd) page (%s)', async (file) => {
    const days = (await pdfBookmarks(file)).filter((b) => /^(Day|ມື້ທີ) \d/.test(b.title) && b.level === 1);
    expect(days.length).toBeGreaterThan(0);
    for (const day of days) expect(day.page % 2, day.title).toBe(1);
  });

  it.each(files)('never leaves a heading alone at the foot of a page (%s)', async (file) => {
    // The text of each page without its page number, spaces dropped (Lao wraps inside words).
    const pages = (await pdfPages(file)).map((p) => p.replace(/\s*\d+ \/ \d+\s*$/, '').replace(/\s+/g, ''));
    const stranded = (await pdfBookmarks(file)).filter((b) => b.page > 0 && b.title.length > 3 && pages[b.page - 1].endsWith(b.title.replace(/\s+/g, '')));
    expect(stranded.map((b) => `page ${b.page}: ${b.title}`)).toEqual([]);
  });

  it.each(files)('embeds subset fonts only (%s)', async (file) => {
    const fonts = (await pdfFonts(file));
    expect(fonts.every((f) => f.embedded && f.subset)).toBe(true);
  });
});

describe('bilingual edition', () => {
  it('sets the Lao and English text of each section side by side', async () => {
    const text = squash((await pdfText(join(dist, 'pdf/facilitator-manual-bilingual.pdf')))).replace(/ /g, '');
    for (const s of sessions) {
      expect(text).toContain(squash(s.title.lo).replace(/ /g, ''));
      expect(text).toContain(squash(s.title.en).replace(/ /g, ''));
    }
    const info = (await pdfInfo(join(dist, 'pdf/facilitator-manual-bilingual.pdf')));
    expect(info.Title).toContain('ການກວດກາປະກັນສັງຄົມ');
  });
});

describe('Lao text copied out of the PDF', () => {
  it('comes out as the Lao that was written, with no spaces inside words', async () => {
    const text = (await pdfText(join(dist, 'pdf/facilitator-manual-lo.pdf'))).replace(/\s+/g, ' ');
    for (const s of sessions) expect(text).toContain(s.title.lo.replace(/\s+/g, ' '));
  });
});

describe('trainee workbook', () => {
  it('has no facilitator notes and no answer keys', async () => {
    const text = squash((await pdfText(join(dist, 'pdf/trainee-workbook-en.pdf'))));
    for (const note of facilitatorNoteSnippets('en')) expect(text).not.toContain(squash(note.snippet));
    expect(text).not.toContain('Answer key');
    expect(text).not.toContain('Session plan (facilitator)');
  });
});

const rolePlays = listFiles(PROJECT_ROOT, 'case-studies/role-plays', ['.yaml']).map((f) => readYaml(f));

describe('handouts', () => {
  it.each(['en', 'lo'] as const)('prints one role per page, and no card shows another role\u2019s brief (%s)', async (lang) => {
    expect(rolePlays.length).toBeGreaterThan(0);
    for (const rp of rolePlays) {
      // Lao lines wrap inside phrases, where text extraction adds a space: compare Lao without spaces.
      const norm = (text: string) => (lang === 'lo' ? squash(text).replace(/ /g, '') : squash(text));
      const pages = (await pdfPages(join(dist, `handouts/${lang}/role-cards-${rp.id}-${lang}.pdf`))).map(norm);
      // A distinctive run of words from the middle of each brief (briefs often open alike).
      const snippet = (brief: string) => norm(lang === 'en' ? wordsOf(brief, 15, 8) : wordsOf(brief, 6, 3));
      for (const role of rp.roles) {
        const cards = pages.filter((p) => p.includes(snippet(role.brief[lang])));
        expect(cards.length, `${rp.id}/${role.id}`).toBeGreaterThanOrEqual(1);
        for (const card of cards) {
          expect(card).toContain(norm(role.name[lang]));
          for (const other of rp.roles.filter((r: { id: string }) => r.id !== role.id)) expect(card).not.toContain(snippet(other.brief[lang]));
        }
      }
    }
  });

  it('prints quiz papers without answers and separate answer keys with them', async () => {
    const quiz = readYaml('quizzes/d1-principles-check.yaml');
    const paper = squash((await pdfText(join(dist, 'handouts/en/quiz-d1-principles-check-en.pdf'))));
    const key = squash((await pdfText(join(dist, 'handouts/en/answer-key-d1-principles-check-en.pdf'))));
    const explanation = squash(openingWords(quiz.items[0].explanation.en, 6));
    expect(paper).toContain(squash(openingWords(quiz.items[0].question.en, 5)));
    expect(paper).not.toContain(explanation);
    expect(key).toContain(explanation);
    expect(existsSync(join(dist, 'handouts/lo/answer-key-d1-principles-check-lo.pdf'))).toBe(true);
  });

  it.each(['en', 'lo'] as const)('prints each form of the pre/post test as its own paper and answer key (%s)', async (lang) => {
    for (const form of assessmentForms()) {
      const paper = join(dist, `handouts/${lang}/quiz-${form.id}-${lang}.pdf`);
      const key = join(dist, `handouts/${lang}/answer-key-${form.id}-${lang}.pdf`);
      expect((await pdfInfo(paper)).Title, form.id).toContain(form.title[lang]);
      expect((await pdfInfo(key)).Title, form.id).toContain(form.title[lang]);
      if (lang === 'en') {
        const explanation = squash(openingWords(form.items[0].explanation.en, 6));
        expect(squash(await pdfText(paper))).toContain(squash(openingWords(form.items[0].question.en, 5)));
        expect(squash(await pdfText(paper))).not.toContain(explanation);
        expect(squash(await pdfText(key))).toContain(explanation);
      } else {
        for (const id of outcomeIds()) expect(await pdfText(key)).not.toMatch(new RegExp(`\\b${id}\\b`));
      }
    }
  });

  it('prints the agenda one page per day', async () => {
    expect((await pdfPages(join(dist, 'handouts/en/agenda-en.pdf')))).toHaveLength(5);
  });
});

describe('trainee site', () => {
  const html = listFiles(join(dist, 'site'), '.', ['.html']).map((f) => ({ f, text: readFileSync(join(dist, 'site', f), 'utf8') }));

  it('has the English and Lao pages of every written session, with the right lang', () => {
    for (const s of sessions) {
      for (const lang of ['en', 'lo']) {
        const page = html.find((h) => h.f === `${lang}/${s.page}/index.html`);
        expect(page, `${lang}/${s.page}`).toBeDefined();
        expect(page!.text).toMatch(new RegExp(`<html[^>]*lang="${lang}"`));
      }
    }
  });

  it('holds no facilitator notes, session plans, private briefs or assessment', () => {
    expect(html.filter((h) => h.text.includes('data-facilitator-only')).map((h) => h.f)).toEqual([]);
    const all = squash(html.map((h) => htmlText(h.text)).join('\n'));
    for (const note of facilitatorNoteSnippets('en')) expect(all).not.toContain(squash(note.snippet));
    for (const form of assessmentForms()) for (const item of form.items.slice(0, 10)) expect(all).not.toContain(squash(item.question.en));
    for (const rp of rolePlays) for (const role of rp.roles) expect(all).not.toContain(squash(openingWords(role.brief.en, 8)));
    expect(existsSync(join(dist, 'site/print'))).toBe(false);
  });

  it('ships search data for both languages, without facilitator material', () => {
    for (const lang of ['en', 'lo']) {
      const files = searchFilesOf(join(dist, 'site'), lang);
      expect(files).toContain(`index-${lang}.js`);
      expect(builtSections(join(dist, 'site'), lang).length).toBeGreaterThan(50);
      const data = files.map((file) => readFileSync(join(dist, 'site/search', file), 'utf8')).join('\n');
      for (const note of facilitatorNoteSnippets(lang as 'en' | 'lo')) expect(squash(data)).not.toContain(squash(note.snippet));
    }
  });
});
