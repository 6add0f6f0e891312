/**
 * Reads back the facilitator pack the real build made (dist/handouts/<lang>/)
 * and its Word copies (dist/docx/<lang>/): session plans one per page, the
 * forms, the attendance sheet, the combined pack, and Lao intact in the DOCX.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../src/lib/files';
import { loadParticipants } from '../../src/handouts/participants';
import { pdfBookmarks, pdfInfo, pdfPages } from '../helpers/pdf';
import { docxPageBreaks, docxPart, docxParagraphs } from '../helpers/docx';
import { readYaml, squash } from '../helpers/curriculum-facts';
import { PROJECT_ROOT } from '../helpers/scratch-project';
import { planTiming } from '../../src/lib/session-timing';
import { t } from '../../src/lib/i18n';

const dist = join(PROJECT_ROOT, 'dist');
const report = JSON.parse(readFileSync(join(dist, 'build-report.json'), 'utf8'));
const sessions = listFiles(PROJECT_ROOT, 'content/sessions', ['.yaml'])
  .map((f) => readYaml(f))
  .sort((a, b) => a.day - b.day || a.order - b.order);
const forms = readYaml('content/forms.yaml');
const course = readYaml('content/course.yaml');
/** Lao text compared without spaces: a PDF may break a line between two Lao words without a space. */
const solid = (text: string) => text.replace(/\s+/g, '');
const handout = (lang: string, name: string) => join(dist, `handouts/${lang}/${name}-${lang}.pdf`);

describe.each(['en', 'lo'] as const)('facilitator pack (%s)', (lang) => {
  const same = (text: string) => (lang === 'lo' ? solid(text) : squash(text));

  it('prints one session plan per page, in curriculum order, each with its objectives, timing and methods', async () => {
    const pages = (await pdfPages(handout(lang, 'session-plans'))).map(same);
    expect(pages).toHaveLength(sessions.length);
    sessions.forEach((session, i) => {
      expect(pages[i], session.id).toContain(same(session.title[lang]));
      // the objectives sit in a column beside the materials, so only the start of a line is compared
      const objective = session.objectives[0][lang];
      expect(pages[i], session.id).toContain(same(lang === 'en' ? objective.split(' ').slice(0, 5).join(' ') : objective.slice(0, 12)));
      expect(pages[i], session.id).toContain(`${session.duration}`);
    });
  });

  it('gives every session its page: its timed plan, or a notice where none is written yet', async () => {
    const pages = (await pdfPages(handout(lang, 'session-plans'))).map(same);
    sessions.forEach((session, i) => {
      if (session.plan?.length) {
        expect(pages[i], session.id).toContain(same(lang === 'en' ? 'Session plan (facilitator)' : 'ແຜນການສອນ (ສຳລັບວິທະຍາກອນ)'));
        if (lang === 'en') expect(pages[i], session.id).toContain(squash(session.plan[0].facilitator.en.split(' ').slice(0, 6).join(' ')));
      } else {
        expect(pages[i], session.id).toContain(same(lang === 'en' ? 'No timed plan has been written for this session yet' : 'ຍັງບໍ່ທັນມີແຜນການສອນຕາມເວລາ'));
      }
    });
  });

  it('prints under each plan its two totals (full; core steps with input counted twice) and marks each step\'s kind', async () => {
    const pages = (await pdfPages(handout(lang, 'session-plans'))).map(same);
    sessions.forEach((session, i) => {
      if (!session.plan?.length) return;
      const timing = planTiming(session.plan);
      expect(pages[i], session.id).toContain(same(t(lang, 'session.planTotals', { full: timing.full, core: timing.coreInterpreted, duration: session.duration })));
      if (session.plan.some((step: { optional?: boolean }) => step.optional)) expect(pages[i], session.id).toContain(same(t(lang, 'session.planOptional')));
      if (session.plan.some((step: { input?: boolean }) => step.input)) expect(pages[i], session.id).toContain(same(t(lang, 'session.planInput')));
    });
  });

  it('prints a daily feedback form per day, with that day\u2019s sessions, the rated statements and the open questions', async () => {
    const pages = (await pdfPages(handout(lang, 'daily-feedback-forms'))).map(same);
    expect(pages).toHaveLength(5);
    for (const day of course.days) {
      const page = pages[day.day - 1];
      expect(page).toContain(same(day.theme[lang]));
      for (const s of sessions.filter((x) => x.day === day.day)) expect(page).toContain(same(s.title[lang]));
      for (const statement of forms.dailyFeedback.statements) expect(page).toContain(same(statement.text[lang]));
      for (const question of forms.dailyFeedback.openQuestions) expect(page).toContain(same(question.text[lang]));
      // bilingual-friendly: the other language under each question
      expect(page).toContain(same(forms.dailyFeedback.openQuestions[0].text[lang === 'en' ? 'lo' : 'en']));
    }
  });

  it('prints the end-of-course evaluation with every section, statement and open question', async () => {
    const text = same((await pdfPages(handout(lang, 'evaluation-form'))).join(' '));
    for (const section of forms.courseEvaluation.sections) {
      expect(text).toContain(same(section.title[lang]));
      for (const statement of section.statements) expect(text).toContain(same(statement.text[lang]));
    }
    for (const question of forms.courseEvaluation.openQuestions) expect(text).toContain(same(question.text[lang]));
  });

  it('prints an attendance sheet with a signature column for each of the five days, and a row per participant or blank rows', async () => {
    const file = handout(lang, 'attendance-sheet');
    const text = squash((await pdfPages(file)).join(' '));
    for (const day of [1, 2, 3, 4, 5]) expect(text).toContain(lang === 'en' ? `Day ${day}` : `ມື້ທີ ${day}`);
    const participants = loadParticipants(PROJECT_ROOT)?.participants ?? [];
    if (participants.length) for (const p of participants) expect(solid(text)).toContain(solid(p.nameEn));
    else expect(text).toMatch(/\b24\b/); // the blank rows are numbered
    expect((await pdfInfo(file))['Page size']).toMatch(/841\.\d+ x 59[45]\.\d+/); // landscape
  });

  it('prints one certificate per participant, landscape (one blank certificate without a participants file)', async () => {
    const file = handout(lang, 'certificates');
    const participants = loadParticipants(PROJECT_ROOT)?.participants ?? [];
    expect(Number((await pdfInfo(file)).Pages)).toBe(Math.max(1, participants.length));
    expect((await pdfInfo(file))['Page size']).toMatch(/841\.\d+ x 59[45]\.\d+/);
    expect(same((await pdfPages(file))[0])).toContain(same(lang === 'en' ? 'Certificate of completion' : 'ໃບຢັ້ງຢືນການສຳເລັດການຝຶກອົບຮົມ'));
  });

  it('joins every handout, in order, into one pack with a bookmark per handout', async () => {
    const pack = report.outputs.find((o: { path: string }) => o.path === `handouts/${lang}/facilitator-pack-${lang}.pdf`);
    expect(pack).toBeDefined();
    const partFiles = listFiles(dist, `handouts/${lang}`, ['.pdf']).filter((f) => !f.includes('facilitator-pack'));
    expect([...pack.parts].sort()).toEqual(partFiles); // every handout is in it
    expect(pack.parts.slice(0, 2)).toEqual([`handouts/${lang}/agenda-${lang}.pdf`, `handouts/${lang}/session-plans-${lang}.pdf`]);
    const packPages = (await pdfPages(join(dist, pack.path)));
    const partPages = (await Promise.all(pack.parts.map((part: string) => pdfPages(join(dist, part))))).flat();
    expect(packPages).toEqual(partPages); // the same pages, in the same order
    const partTitles = await Promise.all(pack.parts.map(async (part: string) => (await pdfInfo(join(dist, part))).Title));
    expect((await pdfBookmarks(join(dist, pack.path))).map((b) => b.title)).toEqual(partTitles);
  });
});

describe('Word copies', () => {
  it('are listed in the build report with their size, for the manuals and the handouts, but not the certificates', () => {
    expect(report.docx.length).toBeGreaterThan(10);
    for (const row of report.docx) expect(statSync(join(dist, row.path)).size, row.path).toBe(row.bytes);
    const kinds = new Set(report.docx.map((row: { kind: string }) => row.kind));
    for (const kind of ['manual', 'workbook', 'session-plans', 'material', 'quiz-paper', 'answer-key', 'role-cards', 'case-sheet']) expect(kinds).toContain(kind);
    expect(kinds).not.toContain('certificates');
    for (const lang of ['en', 'lo']) {
      expect(existsSync(join(dist, `docx/${lang}/facilitator-manual-${lang}.docx`))).toBe(true);
      expect(existsSync(join(dist, `docx/${lang}/trainee-workbook-${lang}.docx`))).toBe(true);
    }
  });

  it('keep the Lao text of the manual intact, heading by heading, and set Phetsarath OT for Lao', () => {
    const file = join(dist, 'docx/lo/facilitator-manual-lo.docx');
    const paragraphs = docxParagraphs(file);
    for (const session of sessions.filter((s) => s.page)) expect(paragraphs, session.id).toContain(session.title.lo);
    const objective = sessions.find((s) => s.page).objectives[0].lo;
    expect(paragraphs).toContain(objective);
    expect(paragraphs).toContain('ສາລະບານ'); // Word's contents list, titled in Lao
    expect(paragraphs).not.toContain('Table of Contents');
    const styles = docxPart(file, 'word/styles.xml');
    expect(styles).toContain('w:eastAsia="Phetsarath OT"');
    expect(styles).toContain('w:cs="Phetsarath OT"');
    expect(styles).toContain('w:bidi="lo-LA"');
    expect(docxPart(file, 'word/document.xml')).toContain('<w:tbl>'); // the session plan tables stay tables
  });

  it('start each session plan and each role card on a new Word page', () => {
    const plans = join(dist, 'docx/en/session-plans-en.docx');
    expect(docxPageBreaks(plans)).toBe(sessions.length - 1);
    expect(docxParagraphs(plans)).toContain(sessions[0].title.en);
    const rolePlay = readYaml(listFiles(PROJECT_ROOT, 'case-studies/role-plays', ['.yaml'])[0]);
    const cards = join(dist, `docx/lo/role-cards-${rolePlay.id}-lo.docx`);
    expect(docxPageBreaks(cards)).toBeGreaterThanOrEqual(rolePlay.roles.length);
    for (const role of rolePlay.roles) expect(docxParagraphs(cards)).toContain(role.name.lo);
  });
});
