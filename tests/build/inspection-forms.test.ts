/**
 * Reads back the official inspection forms and the scoring rubrics the real
 * build printed (dist/handouts/<lang>/) and their Word copies: title, field
 * labels, the national header, every [Vn] verify mark with its note, the page
 * count and a last page that is not a lone line; and the forms' verify flags in
 * the verification register.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../src/lib/files';
import { NATIONAL_HEADER, formVerifyItems } from '../../src/lib/inspection-forms';
import { inspectionFormSchema, type InspectionForm } from '../../src/schemas/inspection-form';
import { maxScore, rubricSchema, type Rubric } from '../../src/schemas/rubric';
import { pdfInfo, pdfPages } from '../helpers/pdf';
import { docxParagraphs } from '../helpers/docx';
import { htmlText, readYaml, squash } from '../helpers/curriculum-facts';
import { PROJECT_ROOT } from '../helpers/scratch-project';

const dist = join(PROJECT_ROOT, 'dist');
const forms: InspectionForm[] = listFiles(PROJECT_ROOT, 'content/inspection-forms', ['.yaml']).map((f) => inspectionFormSchema.parse(readYaml(f)));
const rubrics: Rubric[] = listFiles(PROJECT_ROOT, 'content/rubrics', ['.yaml']).map((f) => rubricSchema.parse(readYaml(f)));
/** Width and height of the first page in points. */
const pageSize = async (file: string) => {
  const [width, height] = ((await pdfInfo(file))['Page size'].match(/[\d.]+/g) ?? []).map(Number);
  return { width, height };
};
const A4 = { short: 595, long: 842 };
const near = (a: number, b: number) => Math.abs(a - b) < 1.5;
/** Lao text compared without spaces: a PDF may break a line between two Lao words without a space. */
const solid = (text: string) => text.replace(/\s+/g, '');

describe.each(['en', 'lo'] as const)('inspection forms (%s)', (lang) => {
  const same = (text: string) => (lang === 'lo' ? solid(text) : squash(text));
  const pdf = (id: string) => join(dist, `handouts/${lang}/form-${id}-${lang}.pdf`);

  it('has the ten forms of an inspection', () => {
    expect(forms.map((f) => f.id).sort()).toEqual(['complaint-record', 'compliance-order', 'document-request', 'follow-up-record', 'inspection-order', 'inspection-report', 'instalment-agreement', 'interview-record', 'notice-of-visit', 'visit-minutes']);
  });

  it.each(forms.map((f) => [f.id, f] as const))('prints %s on A4 with its title, header, fields and verify marks', async (_, form) => {
    const pages = await pdfPages(pdf(form.id));
    const text = same(pages.join('\n'));
    const size = await pageSize(pdf(form.id));
    expect(near(size.width, A4.short) && near(size.height, A4.long), `${size.width} x ${size.height}`).toBe(true);
    // a form fits its sheets: one to three pages, and the last is not a stray line or two
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(3);
    // the last page carries the last field (the signatures) with the notes, never the notes or a stray line alone
    const lastSection = form.sections.at(-1)!;
    expect(same(pages.at(-1)!), `last page of ${form.id}`).toContain(same(lastSection.fields.at(-1)!.label[lang]));
    expect(text).toContain(same(form.title[lang]));
    expect(text).toContain(same(NATIONAL_HEADER.state[lang]));
    expect(text).toContain(same(NATIONAL_HEADER.motto[lang]));
    for (const section of form.sections) expect(text).toContain(same(section.fields[0].label[lang]));
    const items = formVerifyItems(form);
    const raw = pages.join('\n');
    for (const item of items) {
      expect(raw).toContain(`[V${item.number}]`);
      expect(text, `verify note V${item.number} of ${form.id}`).toContain(same(item.note));
    }
    // the other language is printed under each label, for a mixed group or an interpreter
    expect(text).toContain(same(form.title[lang === 'en' ? 'lo' : 'en']));
  });

  it('marks a confidential form as such on the page', async () => {
    const confidential = forms.filter((f) => f.confidential);
    expect(confidential.length).toBeGreaterThan(0);
    for (const form of confidential) expect(same((await pdfPages(pdf(form.id)))[0])).toContain(same(lang === 'en' ? 'Confidential' : 'ເອກະສານລັບ'));
  });

  it('gives each form a Word copy with its title and labels', () => {
    for (const form of forms) {
      const file = join(dist, `docx/${lang}/form-${form.id}-${lang}.docx`);
      expect(existsSync(file), file).toBe(true);
      const words = same(docxParagraphs(file).join('\n'));
      expect(words).toContain(same(form.title[lang]));
      expect(words).toContain(same(form.sections[0].fields[0].label[lang]));
    }
  });

  it('lists every verify flag of the forms in the verification register', () => {
    const register = same(htmlText(readFileSync(join(dist, `site/${lang}/verification-register/index.html`), 'utf8')));
    for (const form of forms) for (const item of formVerifyItems(form)) expect(register).toContain(same(item.note));
  });
});

describe.each(['en', 'lo'] as const)('scoring rubrics (%s)', (lang) => {
  const same = (text: string) => (lang === 'lo' ? solid(text) : squash(text));
  const pdf = (id: string) => join(dist, `handouts/${lang}/rubric-${id}-${lang}.pdf`);

  it('has the four rubrics Days 3 to 5 use', () => {
    expect(rubrics.map((r) => r.id).sort()).toEqual(['contribution-calculation', 'inspection-report', 'microteaching', 'simulated-inspection']);
  });

  it.each(rubrics.map((r) => [r.id, r] as const))('prints %s as one landscape sheet with criteria, levels, scores and comments', async (_, rubric) => {
    const pages = await pdfPages(pdf(rubric.id));
    expect(pages).toHaveLength(1);
    const size = await pageSize(pdf(rubric.id));
    expect(near(size.width, A4.long) && near(size.height, A4.short), `${size.width} x ${size.height}`).toBe(true);
    const text = same(pages[0]);
    expect(text).toContain(same(rubric.title[lang]));
    for (const level of rubric.levels) expect(text).toContain(same(level.label[lang]));
    for (const criterion of rubric.criteria) {
      // a criterion or descriptor wraps inside its table cell, beside the others: compare its opening
      const opening = (words: string) => same(lang === 'en' ? words.split(' ').slice(0, 3).join(' ') : words.slice(0, 8));
      expect(text).toContain(opening(criterion.title[lang]));
      expect(text).toContain(opening(criterion.descriptors.at(-1)![lang]));
    }
    expect(pages[0]).toMatch(new RegExp(`/\\s*${maxScore(rubric)}\\b`));
    expect(text).toContain(same(lang === 'en' ? "Observer's comments" : 'ຄຳເຫັນຂອງຜູ້ສັງເກດການ'));
  });

  it('gives each rubric a Word copy', () => {
    for (const rubric of rubrics) expect(same(docxParagraphs(join(dist, `docx/${lang}/rubric-${rubric.id}-${lang}.docx`)).join('\n'))).toContain(same(rubric.title[lang]));
  });
});
