/**
 * The data of the forms and certificates (content/forms.yaml,
 * content/certificate.yaml) and the check that runs before the build.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkHandoutInputs } from '../../src/handouts/check-handout-inputs';
import { certificateSchema, formatDate, loadForms } from '../../src/handouts/handout-data';
import { PROJECT_ROOT } from '../helpers/scratch-project';

/** A project folder with the real forms and certificate files, to break one on purpose. */
function projectWith(change: { file: string; edit: (text: string) => string }) {
  const root = mkdtempSync(join(tmpdir(), 'handout-inputs-'));
  mkdirSync(join(root, 'content'));
  for (const file of ['content/forms.yaml', 'content/certificate.yaml']) cpSync(join(PROJECT_ROOT, file), join(root, file));
  writeFileSync(join(root, change.file), change.edit(readFileSync(join(root, change.file), 'utf8')));
  return root;
}

describe('the forms and certificate files', () => {
  it('pass the check as they are (no participants file needed)', () => {
    expect(checkHandoutInputs(PROJECT_ROOT, {}).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('hold every question in English and in Lao script, with no Thai letters', () => {
    const forms = loadForms(PROJECT_ROOT);
    const texts = [
      ...forms.scale,
      ...forms.dailyFeedback.statements.map((q) => q.text),
      ...forms.dailyFeedback.openQuestions.map((q) => q.text),
      ...forms.courseEvaluation.sections.flatMap((s) => [s.title, ...s.statements.map((q) => q.text)]),
      ...forms.courseEvaluation.openQuestions.map((q) => q.text),
    ];
    expect(texts.length).toBeGreaterThan(20);
    for (const text of texts) {
      expect(text.lo, text.en).toMatch(/[\u0E80-\u0EFF]/);
      expect(text.lo, text.en).not.toMatch(/[\u0E00-\u0E7F]/);
    }
  });

  it('reports a Thai letter in a Lao form text at its line', () => {
    const root = projectWith({ file: 'content/forms.yaml', edit: (t) => t.replace('lo: ບໍ່ເຫັນດີຢ່າງຍິ່ງ }', 'lo: ບໍ່ເຫັນດีຢ່າງຍິ່ງ }') });
    const lines = readFileSync(join(root, 'content/forms.yaml'), 'utf8').split('\n');
    const problems = checkHandoutInputs(root, {});
    expect(problems).toContainEqual(expect.objectContaining({
      severity: 'error',
      file: 'content/forms.yaml',
      line: lines.findIndex((l) => l.includes('ດี')) + 1,
      message: expect.stringContaining('Thai character'),
    }));
    rmSync(root, { recursive: true, force: true });
  });

  it('reports a form text missing its Lao translation, and a course that ends before it starts', () => {
    const root = projectWith({ file: 'content/certificate.yaml', edit: (t) => `${t}\nstart: "2026-03-06"\nend: "2026-03-02"\n` });
    writeFileSync(join(root, 'content/forms.yaml'), readFileSync(join(root, 'content/forms.yaml'), 'utf8').replace('{ en: Neutral, lo: ເປັນກາງ }', '{ en: Neutral }'));
    const messages = checkHandoutInputs(root, {}).map((p) => `${p.file}: ${p.message}`);
    expect(messages).toContain('content/forms.yaml: "scale.2.lo" is missing');
    expect(messages).toContain('content/certificate.yaml: "end": the course ends before it starts');
    rmSync(root, { recursive: true, force: true });
  });
});

describe('certificate dates', () => {
  it('are optional, but both or neither, and real dates', () => {
    const signatories = [{ role: { en: 'For LSSO', lo: 'ຕາງໜ້າ' } }];
    expect(certificateSchema.safeParse({ signatories }).success).toBe(true);
    expect(certificateSchema.safeParse({ signatories, start: '2026-03-02' }).success).toBe(false);
    expect(certificateSchema.safeParse({ signatories, start: '2026-02-30', end: '2026-03-02' }).success).toBe(false);
  });

  it('are written out with the month name in each language', () => {
    expect(formatDate('2026-03-02', 'en')).toBe('2 March 2026');
    expect(formatDate('2026-12-31', 'lo')).toBe('31 ທັນວາ 2026');
  });
});
