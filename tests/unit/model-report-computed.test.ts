/**
 * The Day 4 model report is written on the Day 3 enterprise: its figures are
 * `computed` facts, so they must be the Day 3 calculation's own numbers, in both
 * languages, with no amount typed into the text.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fillFacts, formatFact, hasComputedFacts } from '../../src/lib/case-facts';
import { caseStudyFigures, readEnterprise, readParameters } from '../../src/lib/contribution-data';
import { computedValues, enterpriseArrears, formatAmount } from '../../src/lib/contributions';
import { caseStudySchema } from '../../src/schemas/case-study';

const FILE = 'case-studies/model-report-keomanivong-bricks.yaml';
const model = caseStudySchema.parse(parse(readFileSync(FILE, 'utf8')));
const figures = caseStudyFigures(model)!;
const day3 = enterpriseArrears(readEnterprise(), readParameters());
/** Grouped amounts such as 1,234,000 or 1.234.000. */
const AMOUNT = /\d{1,3}(?:[.,]\d{3})+/g;

describe('model inspection report on the Day 3 enterprise', () => {
  it('takes its figures from the Day 3 data set', () => {
    expect(model.enterprise ?? 'keomanivong-bricks').toBe('keomanivong-bricks');
    expect(hasComputedFacts(model.facts)).toBe(true);
    expect(figures).toEqual(computedValues(readEnterprise(), readParameters()));
  });

  it('shows the Day 3 total, split by cause and by share, in both languages', () => {
    const total = model.facts.find((f) => f.id === 'total-owed')!;
    expect(formatFact(total, 'en', figures)).toBe(`${formatAmount(day3.total, 'en')} LAK`);
    expect(formatFact(total, 'lo', figures)).toBe(`${formatAmount(day3.total, 'lo')} ກີບ`);
    const byId = (id: string) => figures[model.facts.find((f) => f.id === id)!.computed!].value;
    expect(byId('total-unregistered') + byId('total-under-declared') + byId('unpaid-owed')).toBe(day3.total);
    expect(byId('total-employer') + byId('total-employee')).toBe(day3.total);
    // The per-worker lines of the calculation table add up to the total.
    const lines = ['w06-owed', 'w07-owed', 'w08-owed', 'w10-owed', 'w02-owed', 'w03-owed', 'unpaid-owed'].map(byId);
    expect(lines.reduce((s, v) => s + v, 0)).toBe(day3.total);
  });

  it('types no amount in its text: every amount in the filled report is a computed one', () => {
    const computedAmounts = new Set(Object.values(figures).filter((v) => v.kind === 'lak').map((v) => v.value));
    for (const lang of ['en', 'lo'] as const) {
      for (const source of [model.narrative[lang], model.guidance[lang]]) {
        expect(source.match(AMOUNT) ?? []).toEqual([]);
        const filled = fillFacts(source, model.facts, lang, figures);
        expect(filled).not.toMatch(/\{[a-z0-9-]+\}/);
        for (const amount of filled.match(AMOUNT) ?? []) expect(computedAmounts.has(Number(amount.replace(/[.,]/g, '')))).toBe(true);
      }
    }
  });

  it('refuses a computed fact when no figures are given', () => {
    const total = model.facts.find((f) => f.id === 'total-owed')!;
    expect(() => formatFact(total, 'en')).toThrow('no computed figure "total.arrears"');
  });

  it('rejects a fact with both a typed value and a computed one', () => {
    const bad = { ...parse(readFileSync(FILE, 'utf8')), facts: [{ id: 'x', label: { en: 'X', lo: 'X' }, value: 1, computed: 'total.arrears' }] };
    expect(caseStudySchema.safeParse(bad).success).toBe(false);
  });
});

describe('check rule: computed case-study facts', async () => {
  const { checkComputedNumbers } = await import('../../src/check/rules/computed-numbers');
  const withFacts = (facts: { id: string; computed?: string; value?: number }[]) =>
    ({
      root: process.cwd(),
      pages: [],
      caseStudies: [{ file: 'case-studies/x.yaml', value: { id: 'x', facts }, yaml: { lineOf: (path: (string | number)[]) => (path[0] === 'facts' ? 10 + Number(path[1]) : 1) } }],
    }) as never;

  it('accepts a name the calculation provides', () => {
    expect(checkComputedNumbers(withFacts([{ id: 'total', computed: 'total.arrears' }]))).toEqual([]);
  });

  it('names the file and line of an unknown figure', () => {
    const problems = checkComputedNumbers(withFacts([{ id: 'a', value: 1 }, { id: 'b', computed: 'total.nothing' }]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', file: 'case-studies/x.yaml', line: 11 });
    expect(problems[0].message).toContain('total.nothing');
  });
});
