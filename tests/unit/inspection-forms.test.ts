/**
 * The inspection forms and rubrics as data: every verify flag reaches the
 * register with the line of its note, the print list places the forms and
 * rubrics in the facilitator pack, and the rubric schema refuses levels that
 * do not rise or descriptors that repeat.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORM_ORDER, formRegisterEntries, formVerifyItems, loadInspectionForms, loadRubrics, sortForms } from '../../src/lib/inspection-forms';
import { facilitatorPacks, printDocuments } from '../../src/lib/print-documents';
import { rubricSchema } from '../../src/schemas/rubric';
import { PROJECT_ROOT } from '../helpers/scratch-project';

const forms = loadInspectionForms(PROJECT_ROOT);
const rubrics = loadRubrics(PROJECT_ROOT);

describe('inspection forms', () => {
  it('gives the register one entry per verify flag, each at the line of its note', () => {
    const entries = formRegisterEntries(PROJECT_ROOT, 'lo');
    expect(entries).toHaveLength(forms.reduce((n, f) => n + formVerifyItems(f).length, 0));
    for (const entry of entries) {
      const line = readFileSync(join(PROJECT_ROOT, entry.file), 'utf8').split('\n')[entry.line - 1];
      expect(line, `${entry.file}:${entry.line}`).toMatch(/^\s*verify:/);
      expect(line).toContain(entry.note.slice(0, 30));
    }
  });

  it('flags the letterhead of every form, and at least one field of each', () => {
    for (const form of forms) {
      const items = formVerifyItems(form);
      expect(items[0].field).toBeUndefined();
      expect(items.length, form.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('puts every form and rubric in the facilitator pack, forms in the order of an inspection', () => {
    const docs = printDocuments({
      quizzes: [],
      rolePlays: [],
      caseStudies: [],
      rubrics: rubrics.map((r) => ({ id: r.id, title: r.title })),
      inspectionForms: sortForms(forms).map((f) => ({ id: f.id, title: f.title })),
    });
    const pack = facilitatorPacks(docs).find((p) => p.lang === 'lo')!;
    const formParts = pack.parts.filter((d) => d.kind === 'inspection-form');
    expect(formParts.map((d) => d.output)).toEqual(FORM_ORDER.map((id) => `handouts/lo/form-${id}-lo.pdf`));
    expect(formParts.every((d) => d.docx && d.title)).toBe(true);
    expect(pack.parts.filter((d) => d.kind === 'rubric')).toHaveLength(rubrics.length);
  });
});

describe('rubric schema', () => {
  const rubric = rubrics[0];
  it('accepts the course rubrics', () => {
    for (const r of rubrics) expect(rubricSchema.safeParse(r).success, r.id).toBe(true);
  });
  it('refuses level points that do not rise', () => {
    const levels = rubric.levels.map((l, i) => ({ ...l, points: i === 1 ? 0 : l.points }));
    expect(rubricSchema.safeParse({ ...rubric, levels }).success).toBe(false);
  });
  it('refuses a criterion whose two levels read the same', () => {
    const [first, ...rest] = rubric.criteria;
    const descriptors = first.descriptors.map((d, i) => (i === 1 ? first.descriptors[0] : d));
    const result = rubricSchema.safeParse({ ...rubric, criteria: [{ ...first, descriptors }, ...rest] });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('must describe something different');
  });
});
