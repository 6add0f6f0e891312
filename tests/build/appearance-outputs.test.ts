/**
 * What a reader sees in the printed books, the handouts, the certificates and
 * the Word copies, read back from the built files (pdftotext, the DOCX XML).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../src/lib/files';
import { pdfBookmarks, pdfInfo, pdfPages, pdfText, pdfWordHeights } from '../helpers/pdf';
import { docxPart, docxParagraphs, docxPageBreaks } from '../helpers/docx';
import { readYaml } from '../helpers/curriculum-facts';
import { PROJECT_ROOT } from '../helpers/scratch-project';
import { t } from '../../src/lib/i18n';

const dist = join(PROJECT_ROOT, 'dist');
const report = JSON.parse(readFileSync(join(dist, 'build-report.json'), 'utf8'));
const course = readYaml('content/course.yaml');
const certificate = readYaml('content/certificate.yaml');

/** Lao words that must never be cut at a line end. */
const WHOLE_WORDS = ['ການກວດກາ', 'ປະກັນສັງຄົມ', 'ຜູ້ອອກແຮງງານ'];

/** Places where a line ends inside one of `words` (the line ends with its start, the next line begins with its rest). */
function wordsCutAtLineEnds(text: string, words: string[]): string[] {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const cuts: string[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    for (const word of words) {
      for (let k = 1; k < word.length; k++) {
        if (lines[i].endsWith(word.slice(0, k)) && lines[i + 1].startsWith(word.slice(k))) cuts.push(`${lines[i].slice(-20)} | ${lines[i + 1].slice(0, 20)}`);
      }
    }
  }
  return cuts;
}

describe('Lao books keep words whole at line ends', () => {
  it.each(['pdf/trainee-workbook-lo.pdf', 'pdf/facilitator-manual-lo.pdf'])('%s', async (file) => {
    // Raw text (no -layout) is in reading order, one printed line per line.
    const pages = await pdfPages(join(dist, file));
    // The verification register annex is a table of three columns: raw text reads its cells in an
    // order that joins the end of one cell to the start of another, which no line break of ours made.
    const bookmarks = (await pdfBookmarks(join(dist, file))).filter((b) => b.level === 1);
    const register = bookmarks.findIndex((b) => b.title.replace(/\s+/g, '') === t('lo', 'manual.register').replace(/\s+/g, ''));
    expect(register, 'the register annex').toBeGreaterThan(-1);
    const [from, to] = [bookmarks[register].page, bookmarks[register + 1]?.page ?? pages.length + 1];
    const text = pages.filter((_, i) => i + 1 < from || i + 1 >= to).join('\n');
    for (const word of WHOLE_WORDS) expect(text.split(word).length - 1, word).toBeGreaterThan(3);
    expect(wordsCutAtLineEnds(text, WHOLE_WORDS)).toEqual([]);
    // and the contents page, read with its layout
    expect(wordsCutAtLineEnds(await pdfText(join(dist, file), 2), WHOLE_WORDS)).toEqual([]);
  });
});

describe('books', () => {
  // Chromium prints a whole document smaller when one element is wider than the page: one wide
  // table once shrank every page of the manual to two thirds (10.5 pt printed near 7 pt).
  it.each(['facilitator-manual-en', 'trainee-workbook-lo', 'facilitator-manual-bilingual'])('print their body text at its set size, not shrunk to fit a wide table (%s)', async (name) => {
    const heights = (await pdfWordHeights(join(dist, `pdf/${name}.pdf`))).sort((a, b) => a - b);
    const median = heights[Math.floor(heights.length / 2)];
    // 10.5 pt body text (templates/print.css) makes word boxes of about 14 pt; shrunk, about 9.5.
    expect(median).toBeGreaterThan(12);
  });

  it.each(['en', 'lo'])('annex pages carry a running header (%s)', async (lang) => {
    const file = join(dist, `pdf/facilitator-manual-${lang}.pdf`);
    const bookmarks = (await pdfBookmarks(file)).filter((b) => b.level === 1);
    const annexes = bookmarks.filter((b) => /^(Annex|ເອກະສານຊ້ອນທ້າຍ)/.test(b.title));
    expect(annexes.length).toBeGreaterThanOrEqual(3);
    const pages = await pdfPages(file);
    for (const annex of annexes) {
      // the second page of the annex: its first line is the running header, not body text
      const firstLine = pages[annex.page].trim().split('\n')[0].replace(/\s+/g, '');
      const name = annex.title.replace(/^(Annex|ເອກະສານຊ້ອນທ້າຍ): ?/, '').replace(/\s+/g, '');
      expect(firstLine, annex.title).toContain(name.slice(0, 8));
    }
  });

  it.each(['en', 'lo'])('never glues a source URL to the sentence before it (%s)', async (lang) => {
    const text = await pdfText(join(dist, `pdf/trainee-workbook-${lang}.pdf`));
    expect(text.match(/\S+https?:\/\//g) ?? []).toEqual([]);
  });

  it.each(['en', 'lo', 'bilingual'])('the trainee workbook cover does not call itself a training-of-trainers manual (%s)', async (edition) => {
    const cover = await pdfText(join(dist, `pdf/trainee-workbook-${edition}.pdf`), 1);
    expect(cover).not.toMatch(/training-of-trainers|training of trainers|ຄູຝຶກ/i);
    expect(cover).toMatch(/Trainee workbook|ປຶ້ມແບບຝຶກຫັດ/);
  });

  it.each(['en', 'lo'])('the trainee workbook register shows no source file paths (%s)', async (lang) => {
    const text = await pdfText(join(dist, `pdf/trainee-workbook-${lang}.pdf`));
    expect(text).not.toMatch(/content\/(en|lo)\/|\.mdx|case-studies\/[\w-]+\.yaml/);
  });

  it('pairs the same term on both sides of the bilingual glossary', async () => {
    const file = join(dist, 'pdf/trainee-workbook-bilingual.pdf');
    const glossary = (await pdfBookmarks(file)).find((b) => /Glossary/.test(b.title))!;
    // Its first two pages: the first holds the heading and the opening rows only.
    const text = (await pdfText(file, glossary.page)) + (await pdfText(file, glossary.page + 1));
    // A row's two term lines: "ລາວ (English)" on the left, "English (ລາວ)" on the right; the English in both is one term.
    let rows = 0;
    for (const line of text.split('\n')) {
      const m = /^\s*(\S.*?) ?\(([^)]+)\)\s{3,}(\S.*?) ?\(([^)]+)\)\s*$/.exec(line);
      if (!m || !/[\u0E80-\u0EFF]/.test(m[1]) || /[\u0E80-\u0EFF]/.test(m[3])) continue;
      rows++;
      expect(m[3], line.trim()).toBe(m[2]);
    }
    expect(rows).toBeGreaterThan(3);
  });
});

describe('handouts', () => {
  const handouts = ['en', 'lo'].flatMap((lang) => listFiles(dist, `handouts/${lang}`, ['.pdf']).filter((f) => !/facilitator-pack|certificates/.test(f)));

  it('leave no last page holding only a line or two', async () => {
    const nearlyEmpty: string[] = [];
    for (const file of handouts) {
      const pages = await pdfPages(join(dist, file));
      if (pages.length < 2) continue;
      const lines = pages.at(-1)!.split('\n').map((l) => l.trim()).filter((l) => l && !/^\d+ ?\/ ?\d+$/.test(l));
      if (lines.length <= 2) nearlyEmpty.push(`${file}: ${lines.join(' / ')}`);
    }
    expect(nearlyEmpty).toEqual([]);
  });

  it.each(['en', 'lo'])('print the agenda on one page per day (%s)', async (lang) => {
    const file = join(dist, `handouts/${lang}/agenda-${lang}.pdf`);
    expect(Number((await pdfInfo(file)).Pages)).toBe(course.days.length);
  });
});

describe('certificates', () => {
  it.each(['en', 'lo'])('carry the national header, a serial line and an issue date, and no draft notice (%s)', async (lang) => {
    const text = (await pdfText(join(dist, `handouts/${lang}/certificates-${lang}.pdf`))).replace(/\s+/g, ' ');
    expect(text).toContain(certificate.national_header.state[lang]);
    expect(text).toContain(certificate.national_header.motto[lang]);
    expect(text).not.toMatch(/draft|ສະບັບແປຮ່າງ|ຮ່າງ/i);
    expect(text).toMatch(lang === 'en' ? /Certificate no\./ : /ໃບຢັ້ງຢືນເລກທີ/);
    expect(text).toMatch(lang === 'en' ? /Issued on/ : /ອອກໃຫ້ວັນທີ/);
    for (const serial of report.certificateSerials) expect(text).toContain(serial);
  });
});

describe('build report', () => {
  it('names the commit, version, verify markers, pages by translation state and warnings', () => {
    expect(report.version).toBe(JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).version);
    expect(report.commit?.id).toMatch(/^[0-9a-f]{40}$/);
    expect(report.verifyMarkers.en).toBeGreaterThan(0);
    expect(report.verifyMarkers.lo).toBeGreaterThan(0);
    const loPages = listFiles(PROJECT_ROOT, 'content/lo', ['.md', '.mdx']).length;
    expect(Object.values(report.pagesByTranslation.lo as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(loPages);
    expect(Array.isArray(report.warnings)).toBe(true);
    expect(Array.isArray(report.certificateSerials)).toBe(true);
    for (const output of report.outputs.filter((o: { path: string }) => /-bilingual\./.test(o.path))) expect(output.lang).toBe('lo+en');
  });
});

describe('Word copies', () => {
  const manual = join(dist, 'docx/en/facilitator-manual-en.docx');

  it('number the pages and never ask to update fields', () => {
    for (const file of [manual, join(dist, 'docx/lo/trainee-workbook-lo.docx'), join(dist, 'docx/en/quiz-d1-principles-check-en.docx')]) {
      expect(docxPart(file, 'word/document.xml')).toContain('<w:footerReference');
      expect(docxPart(file, 'word/footer1.xml')).toMatch(/w:instr=" PAGE "/);
      expect(docxPart(file, 'word/settings.xml')).not.toContain('updateFields');
    }
  });

  it('start each session on a new page, show the cover title once, and never jump a heading level', () => {
    const sessions = listFiles(PROJECT_ROOT, 'content/en', ['.mdx']).filter((f) => /day-\d\//.test(f)).length;
    expect(docxPageBreaks(manual)).toBeGreaterThanOrEqual(sessions);
    expect(docxParagraphs(manual).filter((p) => p === course.title.en)).toHaveLength(1);
    const body = docxPart(manual, 'word/document.xml');
    const levels = [...body.matchAll(/<w:pStyle w:val="Heading(\d)" \/>/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    const jumps = levels.filter((level, i) => i > 0 && level > levels[i - 1] + 1);
    expect(jumps).toEqual([]);
  });

  it.each(['en', 'lo'])('give a quiz paper separate lines to write name, date and score (%s)', (lang) => {
    const paragraphs = docxParagraphs(join(dist, `docx/${lang}/quiz-d1-principles-check-${lang}.docx`));
    const labels = lang === 'en' ? ['Name', 'Date', 'Score'] : ['ຊື່', 'ວັນທີ', 'ຄະແນນ'];
    for (const label of labels) expect(paragraphs.some((p) => p.startsWith(`${label}: ___`)), label).toBe(true);
  });
});
