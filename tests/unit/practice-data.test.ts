/**
 * The Day 2 practice data set: reproducible, shaped as described on the page,
 * and the solution consistent with the documented formula.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CAPACITY,
  CSV_COLUMNS,
  RISK_WEIGHTS,
  generateUnits,
  sectorMedians,
  scoreUnit,
  solvePracticeExercise,
  unitsToCsv,
} from '../../scripts/practice-data';

const units = generateUnits();
const medians = sectorMedians(units);
const scored = units.map((u) => scoreUnit(u, medians));

describe('practice data set', () => {
  it('is what the committed files hold (run scripts/generate-practice-data.ts after changing the generator)', () => {
    expect(readFileSync('content/data/practice-units.csv', 'utf8')).toBe(unitsToCsv(units));
    const committed = JSON.parse(readFileSync('content/data/practice-solution.json', 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(solvePracticeExercise(units))));
  });

  it('has about 300 units, more small than large, and no planted labels in the CSV', () => {
    expect(units.length).toBeGreaterThanOrEqual(280);
    const count = (band: string) => units.filter((u) => u.sizeBand === band).length;
    expect(count('micro')).toBeGreaterThan(count('medium'));
    expect(count('small')).toBeGreaterThan(count('large'));
    const header = unitsToCsv(units).split('\n')[0];
    expect(header).toBe(CSV_COLUMNS.join(','));
    expect(unitsToCsv(units)).not.toMatch(/under-declared|partial-registration|chronic-late|decoy/);
  });

  it('never pays more months than are due, and labels every name as synthetic', () => {
    for (const u of units) {
      expect(u.monthsPaid).toBeLessThanOrEqual(u.monthsDue);
      expect(u.nameEn).toContain('(synthetic)');
      expect(u.nameLo).toContain('(ສົມມຸດ)');
    }
  });
});

describe('risk formula', () => {
  it('gives each unit a score that is the sum of its points, each within its weight', () => {
    for (const s of scored) {
      const sum = Object.values(s.points).reduce((a, b) => a + b, 0);
      expect(s.score).toBeCloseTo(sum, 1);
      for (const [key, weight] of Object.entries(RISK_WEIGHTS)) {
        expect(s.points[key as keyof typeof RISK_WEIGHTS]).toBeLessThanOrEqual(weight);
      }
    }
  });

  it('shows each planted pattern in the indicator meant to reveal it', () => {
    for (const s of scored) {
      if (s.planted.includes('under-declared-wages')) expect(s.indicators.wageGap).toBeGreaterThanOrEqual(0.6);
      if (s.planted.includes('partial-registration') && s.outsideHeadcount !== null) expect(s.indicators.headcountGap).toBeGreaterThanOrEqual(0.6);
      if (s.planted.includes('chronic-late-payment')) expect(s.indicators.missedMonths).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('ranks units with a planted pattern well above the rest on average', () => {
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const planted = scored.filter((s) => s.planted.length > 0).map((s) => s.score);
    const clean = scored.filter((s) => s.planted.length === 0).map((s) => s.score);
    expect(mean(planted)).toBeGreaterThan(mean(clean) * 2);
  });
});

describe('quarter selection', () => {
  it('stays within the risk-based inspector-days of each province', () => {
    const solution = solvePracticeExercise(units);
    const budget = CAPACITY.inspectors * CAPACITY.fieldDaysEach - CAPACITY.reservedForComplaintsAndFollowUp;
    for (const q of solution.quarter) {
      const used = q.selected.reduce((days, s) => days + s.visitDays, 0);
      expect(used).toBe(q.daysUsed);
      expect(used).toBeLessThanOrEqual(budget);
      expect(q.selected.length).toBeGreaterThan(5);
    }
  });
});

describe('indicator sheet', () => {
  it('is valid and its JSON copy is up to date', async () => {
    const { readIndicatorSheet } = await import('../../scripts/indicator-sheet');
    const sheet = readIndicatorSheet('content/data/indicators.yaml');
    expect(JSON.parse(readFileSync('content/data/indicators.json', 'utf8'))).toEqual(JSON.parse(JSON.stringify(sheet)));
    // Every kind is represented, and every target says it is an example for LSSO to set.
    expect(new Set(sheet.indicators.map((i) => i.kind))).toEqual(new Set(['activity', 'output', 'outcome']));
    for (const indicator of sheet.indicators) expect(indicator.target.en).toMatch(/LSSO to set/);
  });

  it('names the file and line of a mistake', async () => {
    const { readIndicatorSheet } = await import('../../scripts/indicator-sheet');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const bad = readFileSync('content/data/indicators.yaml', 'utf8').replace('kind: outcome', 'kind: impact');
    const path = join(mkdtempSync(join(tmpdir(), 'indicators-')), 'indicators.yaml');
    writeFileSync(path, bad);
    expect(() => readIndicatorSheet(path)).toThrow(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: "indicators\\.\\d+\\.kind"`));
  });
});

describe('downloads and live table data', () => {
  it('writes an XLSX with the same rows as the CSV, and the indicators of every unit', async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const files = unzipSync(new Uint8Array(readFileSync('content/data/practice-units.xlsx')));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
    expect(sheet.match(/<row /g)?.length).toBe(units.length + 1);
    expect(sheet).toContain(`<t xml:space="preserve">${units[0].nameLo}</t>`);
    expect(strFromU8(files['xl/worksheets/sheet2.xml'])).toMatch(/SYNTHETIC/);
    const table = JSON.parse(readFileSync('content/data/practice-table.json', 'utf8'));
    expect(Buffer.from(table.xlsxBase64, 'base64').equals(readFileSync('content/data/practice-units.xlsx'))).toBe(true);
    for (const s of scored) expect(table.indicators[s.id]).toEqual(Object.values(s.indicators));
  });

  it('keeps the CSV free of quotes, so the page can split it on commas', () => {
    expect(unitsToCsv(units)).not.toContain('"');
  });
});
