/**
 * The six-month implementation plan: the real plan is valid, its links to
 * Day 2's indicator sheet are checked when the sheet is present, no LSSO unit
 * is named without "to confirm", and the chart and the spreadsheet show
 * exactly the months of the data.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { INDICATORS_FILE, PLAN_FILE, checkImplementationPlan, loadImplementationPlan, planRows } from '../../src/plan/implementation-plan';
import { ganttSpec, ganttSvg } from '../../src/plan/gantt-chart';
import { TEMPLATE_ROWS, WORKBOOK_TEXT, planWorkbook } from '../../src/plan/plan-workbook';

const root = process.cwd();
const plan = loadImplementationPlan(root);

function withRoot(files: Record<string, string>, run: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'plan-'));
  try {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
    run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('implementation plan data', () => {
  it('the real plan passes the check', () => {
    expect(checkImplementationPlan(root).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('covers the activities the terms of reference ask for, within months 1-6', () => {
    const streams = new Set(plan.activities.map((a) => a.workstream));
    for (const s of ['people', 'procedures', 'inspections', 'data', 'training', 'review']) expect(streams).toContain(s);
    for (const a of plan.activities) expect(a.endMonth).toBeGreaterThanOrEqual(a.startMonth);
  });

  it('never names an LSSO unit without leaving the name for LSSO to confirm', () => {
    for (const a of plan.activities) {
      for (const part of a.responsible.en.split(/[;,]/)) {
        if (/\bunit\b|\boffices?\b/i.test(part) && /LSSO|collection|legal|pilot/i.test(part)) expect(part, a.id).toMatch(/to confirm/);
      }
    }
  });

  it('checks indicator ids against the Day 2 sheet when it exists, naming the line', () => {
    const used = [...new Set(plan.activities.flatMap((a) => (a.indicatorId ? [a.indicatorId] : [])))];
    const planText = readFileSync(join(root, PLAN_FILE), 'utf8');
    const sheet = (ids: string[]) => `indicators:\n${ids.map((id) => `  - id: ${id}\n`).join('')}`;
    withRoot({ [PLAN_FILE]: planText, [INDICATORS_FILE]: sheet(used) }, (dir) => {
      expect(checkImplementationPlan(dir)).toEqual([]);
    });
    withRoot({ [PLAN_FILE]: planText, [INDICATORS_FILE]: sheet(used.slice(1)) }, (dir) => {
      const [problem] = checkImplementationPlan(dir);
      expect(problem.message).toContain(`"${used[0]}" is not in ${INDICATORS_FILE}`);
      expect(planText.split('\n')[problem.line! - 1]).toContain(`indicatorId: ${used[0]}`);
    });
  });

  it('reports a month out of range and an end before the start with the file and line', () => {
    const planText = readFileSync(join(root, PLAN_FILE), 'utf8');
    const broken = planText.replace('    startMonth: 3\n    endMonth: 5', '    startMonth: 5\n    endMonth: 3').replace('    endMonth: 6\n    responsible: { en: "LSSO management, with', '    endMonth: 7\n    responsible: { en: "LSSO management, with');
    withRoot({ [PLAN_FILE]: broken }, (dir) => {
      const messages = checkImplementationPlan(dir).map((p) => `${p.file}:${p.line} ${p.message}`);
      expect(messages.some((m) => m.includes('endMonth is before startMonth'))).toBe(true);
      expect(messages.some((m) => m.includes('use 1 to 6'))).toBe(true);
      expect(messages.every((m) => m.startsWith(`${PLAN_FILE}:`))).toBe(true);
    });
  });
});

describe('Gantt chart', () => {
  it('draws one bar per activity from the start of its first month to the end of its last', () => {
    const spec = ganttSpec(plan, 'en') as { layer: { data: { values: { start?: number; end?: number; row?: string }[] } }[] };
    const bars = spec.layer[1].data.values;
    expect(bars).toHaveLength(plan.activities.length);
    const rows = planRows(plan, 'en');
    bars.forEach((bar, i) => {
      expect(bar.start).toBe(rows[i].activity.startMonth - 1);
      expect(bar.end).toBe(rows[i].activity.endMonth);
      expect(bar.row!.startsWith(`${i + 1}. `)).toBe(true);
    });
  });

  it('is a static SVG in the course fonts, with Lao month labels on the Lao chart', async () => {
    const svg = await ganttSvg(plan, 'lo', plan.title.lo);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
    expect(svg).toContain("'Course Phetsarath', 'Course Noto Sans Lao'");
    expect(svg).toContain(`<title>${plan.title.lo}</title>`);
    for (let m = 1; m <= plan.months; m++) expect(svg).toContain(`ເດືອນທີ ${m}`);
    for (const w of plan.workstreams) expect(svg).toContain(w.name.lo);
  });
});

describe('spreadsheet', () => {
  for (const lang of ['en', 'lo'] as const) {
    it(`(${lang}) has the example with an x in exactly the active months, and a blank template`, async () => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await planWorkbook(plan, lang));
      const text = WORKBOOK_TEXT[lang];
      const example = book.getWorksheet(text.example)!;
      expect(example.getRow(3).getCell(3).value).toBe(text.activity);
      planRows(plan, lang).forEach((r, i) => {
        const row = example.getRow(4 + i);
        expect(row.getCell(3).value).toBe(r.activity.title[lang]);
        r.active.forEach((on, m) => expect(row.getCell(4 + m).value).toBe(on ? text.mark : ''));
      });
      const template = book.getWorksheet(text.template)!;
      expect(template.rowCount).toBe(3 + TEMPLATE_ROWS);
      expect(template.getRow(4).getCell(3).value).toBe('');
    });
  }

  it('is the same file for the same plan', async () => {
    expect((await planWorkbook(plan, 'en')).equals(await planWorkbook(plan, 'en'))).toBe(true);
  });
});
