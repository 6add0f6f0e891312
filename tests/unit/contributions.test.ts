import { describe, expect, it } from 'vitest';
import { readEnterprise, readParameters } from '../../src/lib/contribution-data';
import { computedValues, contributionsOn, enterpriseArrears, insurableBase, monthsBetween, workerArrears } from '../../src/lib/contributions';
import { paymentsTable, payrollTable, registerTable } from '../../src/lib/document-pack';
import { enterpriseDataSchema } from '../../src/schemas/contributions';

const p = readParameters();
const data = readEnterprise();

describe('contribution arithmetic', () => {
  it('raises a wage to the minimum base and caps it at the ceiling', () => {
    expect(insurableBase(p.minimumBase - 1, p)).toBe(p.minimumBase);
    expect(insurableBase(p.ceiling + 1, p)).toBe(p.ceiling);
    const between = Math.round((p.minimumBase + p.ceiling) / 2);
    expect(insurableBase(between, p)).toBe(between);
  });

  it('splits a contribution into the two shares that add up to the total', () => {
    const c = contributionsOn(p.ceiling, p);
    expect(c.employer).toBe(Math.round(p.ceiling * p.employerRate));
    expect(c.employee).toBe(Math.round(p.ceiling * p.employeeRate));
    expect(c.total).toBe(c.employer + c.employee);
  });

  it('counts months across a year end', () => {
    expect(monthsBetween('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
  });
});

describe('the Day 3 enterprise', () => {
  const result = enterpriseArrears(data, p);

  it('charges an unregistered worker the full contribution for every month worked', () => {
    const never = data.workers.find((w) => w.registered === null)!;
    const a = workerArrears(never, data, p);
    expect(a.byKind['under-declared'] + a.byKind['unpaid-month']).toBe(0);
    expect(a.total).toBe(a.months.length * contributionsOn(insurableBase(never.wagePaid, p), p).total);
  });

  it('charges an under-declared worker only the gap up to the ceiling in paid months', () => {
    const under = data.workers.find((w) => w.wageDeclared !== null && w.wagePaid > p.ceiling && w.wageDeclared < p.ceiling)!;
    const a = workerArrears(under, data, p);
    const paidMonth = a.months.find((m) => m.paid)!;
    expect(paidMonth.baseDue).toBe(p.ceiling);
    expect(paidMonth.total).toBe(contributionsOn(p.ceiling, p).total - contributionsOn(under.wageDeclared!, p).total);
  });

  it('charges a fully compliant worker only for the months the enterprise did not pay', () => {
    const ok = data.workers.find((w) => w.wageDeclared === w.wagePaid && w.registered! <= data.period.from)!;
    const a = workerArrears(ok, data, p);
    expect(a.total).toBe(data.unpaidMonths.length * contributionsOn(insurableBase(ok.wagePaid, p), p).total);
  });

  it('adds up: causes, shares and workers give the same total', () => {
    expect(result.byKind.unregistered + result.byKind['under-declared'] + result.byKind['unpaid-month']).toBe(result.total);
    expect(result.employer + result.employee).toBe(result.total);
    expect(result.workers.reduce((s, w) => s + w.total, 0)).toBe(result.total);
    expect(result.byKind.unregistered).toBeGreaterThan(0);
    expect(result.byKind['under-declared']).toBeGreaterThan(0);
    expect(result.byKind['unpaid-month']).toBeGreaterThan(0);
  });

  it('names the figures pages use, equal to the calculation', () => {
    const v = computedValues(data, p);
    expect(v['total.arrears'].value).toBe(result.total);
    expect(v.ceiling.value).toBe(p.ceiling);
  });

  it('documents agree with the data: the register lists registered workers only; unpaid months say so', () => {
    expect(registerTable(data, 'en').rows).toHaveLength(data.workers.filter((w) => w.registered).length);
    const unpaid = paymentsTable(data, p, 'en').rows.filter((r) => r[4] === 'no payment');
    expect(unpaid).toHaveLength(data.unpaidMonths.length);
    expect(payrollTable(data, p, 'lo').rows).toHaveLength(data.workers.length);
  });

  it('rejects a worker registered without a declared wage, naming the field', () => {
    const bad = { ...data, workers: [{ ...data.workers[0], wageDeclared: null }] };
    const r = enterpriseDataSchema.safeParse(bad);
    expect(r.success).toBe(false);
  });
});

describe('check rule: typed numbers beside computed ones', async () => {
  const { checkComputedNumbers } = await import('../../src/check/rules/computed-numbers');
  const page = (body: string) => ({ root: process.cwd(), pages: [{ file: 'content/en/x.mdx', lang: 'en', slug: 'x', frontmatter: {}, body, bodyLine: 5, source: body }] }) as never;
  const total = computedValues(data, p)['total.arrears'].value;

  it('accepts a paragraph whose typed amount equals a computed one', () => {
    const typed = new Intl.NumberFormat('en-GB').format(total);
    expect(checkComputedNumbers(page(`Total LAK <Computed name="total.arrears" /> (${typed}).`))).toEqual([]);
  });

  it('fails a typed amount that disagrees, and an unknown name, with the line', () => {
    const wrong = new Intl.NumberFormat('en-GB').format(total + 1000);
    const problems = checkComputedNumbers(page(`Intro.\n\nTotal LAK <Computed name="total.arrears" />, that is LAK ${wrong}. <Computed name="no.such" />`));
    expect(problems.map((x) => x.line)).toEqual([7, 7]);
    expect(problems.some((x) => x.message.includes(wrong))).toBe(true);
    expect(problems.some((x) => x.message.includes('no.such'))).toBe(true);
  });
});

describe('role cards agree with the data set', async () => {
  const { readFileSync } = await import('node:fs');
  const { parse } = await import('yaml');
  const monthName = (m: string) => new Date(`${m}-01T00:00:00Z`).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  const byName = (first: string) => data.workers.find((w) => w.name.en.includes(first))!;
  const briefs = ['interview-trios-keomanivong', 'simulated-inspection-keomanivong'].flatMap((id) =>
    (parse(readFileSync(`case-studies/role-plays/${id}.yaml`, 'utf8')).roles as { brief: { en: string } }[]).map((r) => r.brief.en),
  );
  const said = (first: string) => briefs.flatMap((b) => b.split(/(?<=[.!?])\s+/)).filter((s) => s.includes(first)).join(' ');

  it('gives the start month of every worker the cards date', () => {
    for (const first of ['Douangchai', 'Somphone', 'Kongkeo']) {
      expect(said(first), first).toContain(monthName(byName(first).start));
    }
  });

  it('gives the registration month of the late-registered worker, and calls the never-registered ones unregistered', () => {
    const late = byName('Somphone');
    expect(said('Somphone')).toContain(monthName(late.registered!));
    for (const first of ['Douangchai', 'Kongkeo']) expect(byName(first).registered).toBeNull();
    expect(said('Kongkeo')).toMatch(/not registered/);
  });
});

describe('the offline calculator', async () => {
  const { calculate, inputProblems } = await import('../../src/lib/calculator-input');
  const { calculatorScript } = await import('../../src/lib/calculator-bundle');
  const { monthsBetween: between } = await import('../../src/lib/contributions');

  it('gives, for every worker of the pack, the same arrears as the worked examples', () => {
    for (const w of data.workers) {
      const worked = between(data.period.from, data.period.to).filter((m) => m >= w.start);
      const declared = worked.filter((m) => w.registered !== null && m >= w.registered);
      const input = {
        wagePaid: w.wagePaid,
        wageDeclared: w.wageDeclared ?? 0,
        monthsWorked: worked.length,
        monthsDeclared: declared.length,
        monthsUnpaid: declared.filter((m) => data.unpaidMonths.includes(m)).length,
      };
      expect(inputProblems(input), w.id).toEqual([]);
      const expected = workerArrears(w, data, p);
      const got = calculate(input, p);
      expect([got.total, got.employer, got.byKind], w.id).toEqual([expected.total, expected.employer, expected.byKind]);
    }
  });

  it('refuses impossible input with a reason', () => {
    expect(inputProblems({ wagePaid: 0, wageDeclared: 1, monthsWorked: 12, monthsDeclared: 13, monthsUnpaid: 0 })).toEqual(['wage', 'declared']);
    expect(inputProblems({ wagePaid: 1, wageDeclared: 0, monthsWorked: 12, monthsDeclared: 2, monthsUnpaid: 3 })).toEqual(['unpaid', 'declared-wage']);
  });

  it('is one classic script with no module syntax and no network call, and runs on a page without a calculator', () => {
    const code = calculatorScript();
    expect(code).not.toMatch(/\bimport\s*[({"'`]|\bexport\s|fetch\(/);
    const fakeDocument = { querySelectorAll: () => [] };
    expect(() => new Function('document', code)(fakeDocument)).not.toThrow();
  });
});

describe('the printed document pack', async () => {
  const { printDocuments, facilitatorPacks } = await import('../../src/lib/print-documents');
  const { licenceExtract } = await import('../../src/lib/document-pack');
  const { listEnterprises } = await import('../../src/lib/contribution-data');
  it('is a handout in both languages, for trainees, inside the facilitator pack', () => {
    const docs = printDocuments({ quizzes: [], rolePlays: [], caseStudies: [], documentPacks: listEnterprises() });
    const packs = docs.filter((d) => d.kind === 'document-pack');
    expect(packs.map((d) => d.lang).sort()).toEqual(['en', 'lo']);
    for (const pack of facilitatorPacks(docs)) expect(pack.parts.some((d) => d.kind === 'document-pack')).toBe(true);
  });
  it('states on the licence the head-count of the payroll', () => {
    expect(licenceExtract(data, 'en')).toContain(`: ${payrollTable(data, p, 'en').rows.length}.`);
  });
});

describe('number style', async () => {
  const { formatAmount, formatPercent } = await import('../../src/lib/contributions');
  it('groups thousands with commas in English and dots in Lao, as the Day 1 pages do; Lao rates use a decimal comma', () => {
    expect([formatAmount(1234567, 'en'), formatAmount(1234567, 'lo'), formatAmount(950, 'lo')]).toEqual(['1,234,567', '1.234.567', '950']);
    expect([formatPercent(0.055, 'en'), formatPercent(0.055, 'lo'), formatPercent(0.06, 'lo')]).toEqual(['5.5%', '5,5%', '6%']);
  });
});

describe('months named in pages', async () => {
  const { formatComputed } = await import('../../src/lib/contributions');
  it('come from the data: the unpaid months and a worker\'s start, written as MM/YYYY', () => {
    const v = computedValues(data, p);
    expect(v['unpaid-months'].months).toEqual(data.unpaidMonths);
    const label = (m: string) => `${m.slice(5)}/${m.slice(0, 4)}`;
    expect(formatComputed(v['unpaid-months'], 'lo')).toBe(data.unpaidMonths.map(label).join(' ແລະ '));
    expect(formatComputed(v['w10.start-month'], 'en')).toBe(label(data.workers.find((w) => w.id === 'w10')!.start));
  });
});

describe('the Day 3 pages', async () => {
  const { loadContent } = await import('../../src/check/load-content');
  const { checkComputedNumbers } = await import('../../src/check/rules/computed-numbers');
  const content = loadContent(process.cwd());
  const day3 = content.pages.filter((pg) => pg.slug.startsWith('day-3/'));

  it('show their worked figures through <Computed/> in both languages, and no typed number disagrees', () => {
    for (const lang of ['en', 'lo'] as const) {
      const calc = day3.find((pg) => pg.lang === lang && pg.slug === 'day-3/calculation')!;
      expect((calc.body.match(/<Computed /g) ?? []).length).toBeGreaterThan(20);
    }
    expect(checkComputedNumbers({ ...content, pages: day3 })).toEqual([]);
  });
});
