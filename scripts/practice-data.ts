/**
 * The Day 2 practice data set (SYNTHETIC) and the risk exercise's solution, as
 * pure functions. scripts/generate-practice-data.ts writes their output to
 * content/data/; the pages read the solution, never retype its numbers.
 *
 * Every figure is invented by a seeded random generator. The sector wage levels
 * are not real Lao wages and no minimum wage, rate or ceiling is used as a fact.
 */
import { seededRandom } from '../src/lib/seeded-random';

/** Date the synthetic extract is "as at"; months due are counted back from it. */
export const DATA_AS_AT = '2026-10-31';
const SEED = 20261130;

/** Share of declared payroll that one missed month adds to the arrears in this synthetic data (illustrative only; it echoes the 2013 Law's 6% + 5.5% from the content brief). */
const ARREARS_SHARE_PER_MONTH = 0.115;

export const PROVINCES = [
  { code: 'VTE', en: 'Vientiane Capital', lo: 'ນະຄອນຫຼວງວຽງຈັນ', units: 150 },
  { code: 'SVK', en: 'Savannakhet', lo: 'ແຂວງສະຫວັນນະເຂດ', units: 80 },
  { code: 'CPS', en: 'Champasak', lo: 'ແຂວງຈຳປາສັກ', units: 70 },
] as const;

/** Sectors: share of units, synthetic monthly wage level per worker (LAK, invented), and how large units tend to be. */
export const SECTORS = [
  { code: 'garment', en: 'Garment', lo: 'ຕັດຫຍິບ', share: 0.14, wage: 2_700_000, sizeBias: 1.6 },
  { code: 'construction', en: 'Construction', lo: 'ກໍ່ສ້າງ', share: 0.15, wage: 3_100_000, sizeBias: 1.1 },
  { code: 'hotels-restaurants', en: 'Hotels and restaurants', lo: 'ໂຮງແຮມ ແລະ ຮ້ານອາຫານ', share: 0.24, wage: 2_800_000, sizeBias: 0.7 },
  { code: 'mining', en: 'Mining', lo: 'ບໍ່ແຮ່', share: 0.05, wage: 5_600_000, sizeBias: 2.2 },
  { code: 'retail', en: 'Retail and wholesale trade', lo: 'ການຄ້າຂາຍຍົກ ແລະ ຂາຍຍ່ອຍ', share: 0.28, wage: 2_900_000, sizeBias: 0.6 },
  { code: 'transport', en: 'Transport', lo: 'ການຂົນສົ່ງ', share: 0.14, wage: 3_300_000, sizeBias: 0.9 },
] as const;

export type SectorCode = (typeof SECTORS)[number]['code'];
export type ProvinceCode = (typeof PROVINCES)[number]['code'];

/** Size bands by registered workers, and the inspector-days one risk-based visit costs. */
export const SIZE_BANDS = [
  { code: 'micro', en: 'Micro (2-9)', lo: 'ຈຸລະພາກ (2-9 ຄົນ)', min: 2, max: 9, visitDays: 1 },
  { code: 'small', en: 'Small (10-49)', lo: 'ນ້ອຍ (10-49 ຄົນ)', min: 10, max: 49, visitDays: 1 },
  { code: 'medium', en: 'Medium (50-199)', lo: 'ກາງ (50-199 ຄົນ)', min: 50, max: 199, visitDays: 2 },
  { code: 'large', en: 'Large (200+)', lo: 'ໃຫຍ່ (200 ຄົນຂຶ້ນໄປ)', min: 200, max: 1200, visitDays: 2 },
] as const;
export type SizeBand = (typeof SIZE_BANDS)[number]['code'];

/** Patterns planted in the data for a good analysis to find (never written to the CSV). */
export type Pattern = 'under-declared-wages' | 'partial-registration' | 'chronic-late-payment';
/** Decoys: units that look risky on one reading but are not what they seem. */
export type Decoy = 'complaints-only' | 'new-unit' | 'repaying-arrears' | 'shrinking-workforce';

/** One synthetic labour unit: one row of practice-units.csv. */
export interface PracticeUnit {
  id: string;
  nameEn: string;
  nameLo: string;
  province: ProvinceCode;
  sector: SectorCode;
  sizeBand: SizeBand;
  registrationDate: string;
  /** Months a contribution was due in the last 12 (fewer for units registered less than a year ago). */
  monthsDue: number;
  monthsPaid: number;
  registeredWorkers: number;
  declaredMonthlyPayroll: number;
  arrears: number;
  arrearsTwelveMonthsAgo: number;
  complaints: number;
  /** Headcount the unit declared for tax; null where the tax office gave no figure. */
  taxHeadcount: number | null;
  /** Headcount in the enterprise register; null where the register has none. */
  enterpriseRegisterHeadcount: number | null;
  planted: Pattern[];
  decoy: Decoy | null;
}

const roundTo = (value: number, step: number) => Math.round(value / step) * step;

function pickWeighted<T>(random: () => number, items: readonly T[], weight: (item: T) => number): T {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  let r = random() * total;
  for (const item of items) {
    r -= weight(item);
    if (r < 0) return item;
  }
  return items[items.length - 1];
}

function monthsBetween(fromIso: string, toIso: string): number {
  const [fy, fm] = fromIso.split('-').map(Number);
  const [ty, tm] = toIso.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm);
}

/**
 * Which units carry which planted pattern or decoy: fixed positions in each
 * province's list, spread so every province has every pattern.
 */
function assignPatterns(random: () => number, count: number): { planted: Pattern[]; decoy: Decoy | null }[] {
  const slots = Array.from({ length: count }, () => ({ planted: [] as Pattern[], decoy: null as Decoy | null }));
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  // About 6% of units per pattern, 1.5% with two patterns, a few decoys of each kind.
  const share = (fraction: number) => Math.max(1, Math.round(count * fraction));
  let next = 0;
  const take = (n: number) => order.slice(next, (next += n));
  for (const i of take(share(0.06))) slots[i].planted.push('under-declared-wages');
  for (const i of take(share(0.075))) slots[i].planted.push('partial-registration');
  for (const i of take(share(0.06))) slots[i].planted.push('chronic-late-payment');
  for (const i of take(share(0.008))) slots[i].planted.push('partial-registration', 'under-declared-wages');
  for (const i of take(share(0.008))) slots[i].planted.push('chronic-late-payment', 'partial-registration');
  for (const i of take(share(0.015))) slots[i].decoy = 'complaints-only';
  for (const i of take(share(0.012))) slots[i].decoy = 'new-unit';
  for (const i of take(share(0.008))) slots[i].decoy = 'repaying-arrears';
  for (const i of take(share(0.008))) slots[i].decoy = 'shrinking-workforce';
  return slots;
}

/** Generates the synthetic register. Same seed, same units. */
export function generateUnits(seed = SEED): PracticeUnit[] {
  const random = seededRandom(seed);
  const between = (low: number, high: number) => low + random() * (high - low);
  const integer = (low: number, high: number) => Math.floor(between(low, high + 1));
  const units: PracticeUnit[] = [];
  for (const province of PROVINCES) {
    const patterns = assignPatterns(random, province.units);
    for (let n = 1; n <= province.units; n++) {
      const { planted, decoy } = patterns[n - 1];
      const sector = pickWeighted(random, SECTORS, (s) => s.share);
      const band = pickWeighted(random, SIZE_BANDS, (b) => {
        const base = { micro: 0.46, small: 0.34, medium: 0.14, large: 0.06 }[b.code];
        return b.code === 'micro' ? base / sector.sizeBias : b.code === 'small' ? base : base * sector.sizeBias;
      });
      let workers = b(band, random);
      if (decoy === 'repaying-arrears') workers = Math.max(workers, integer(120, 400));

      // Registration date: older for larger units; a "new unit" registered a few months ago.
      const yearsAgo = decoy === 'new-unit' ? between(0.2, 0.6) : between(1.1, band.code === 'micro' ? 9 : 18);
      const registered = new Date(Date.UTC(2026, 9, 31) - yearsAgo * 365.25 * 86400000);
      const registrationDate = registered.toISOString().slice(0, 10);
      const monthsDue = Math.max(1, Math.min(12, monthsBetween(registrationDate, DATA_AS_AT)));

      // Wages: around the sector's synthetic level; far below it where under-declaration is planted.
      const wageRatio = planted.includes('under-declared-wages') ? between(0.34, 0.55) : between(0.86, 1.35);
      const payroll = roundTo(workers * sector.wage * wageRatio, 10_000);

      // Payment: most pay every month due; some miss one or two; chronic late payers miss many.
      let monthsPaid = monthsDue;
      let arrearsBefore = 0;
      if (planted.includes('chronic-late-payment')) {
        monthsPaid = integer(3, 7);
        arrearsBefore = roundTo(payroll * ARREARS_SHARE_PER_MONTH * between(0.5, 2.5), 10_000);
      } else if (decoy === 'repaying-arrears') {
        monthsPaid = 12;
        arrearsBefore = roundTo(payroll * ARREARS_SHARE_PER_MONTH * between(7, 9), 10_000);
      } else if (decoy !== 'new-unit' && random() < 0.16) {
        monthsPaid = monthsDue - integer(1, 2);
        if (random() < 0.4) arrearsBefore = roundTo(payroll * ARREARS_SHARE_PER_MONTH * between(0.3, 1.2), 10_000);
      }
      const missed = monthsDue - monthsPaid;
      let arrears = arrearsBefore + roundTo(missed * payroll * ARREARS_SHARE_PER_MONTH * between(0.9, 1.1), 10_000);
      if (decoy === 'repaying-arrears') arrears = roundTo(arrearsBefore * between(0.35, 0.55), 10_000);

      // Complaints in the last 12 months.
      let complaints = random() < 0.86 ? 0 : random() < 0.8 ? 1 : 2;
      if (planted.includes('partial-registration') && random() < 0.5) complaints += integer(1, 2);
      if (planted.includes('chronic-late-payment') && random() < 0.4) complaints += 1;
      if (decoy === 'complaints-only') complaints = integer(2, 4);

      // Outside headcounts: close to registered workers, well above them where partial registration is planted.
      const outside = () => {
        if (planted.includes('partial-registration')) return Math.round(workers * between(1.6, 3.0));
        if (decoy === 'shrinking-workforce') return Math.max(1, Math.round(workers * between(0.55, 0.75)));
        return Math.max(1, Math.round(workers * between(0.92, 1.1)));
      };
      let taxHeadcount: number | null = outside();
      let enterpriseRegisterHeadcount: number | null = outside();
      // Data quality: some figures are missing, as in any real extract.
      if (random() < 0.08) taxHeadcount = null;
      else if (random() < 0.07) enterpriseRegisterHeadcount = null;

      const number = String(n).padStart(4, '0');
      units.push({
        id: `LU-${province.code}-${number}`,
        nameEn: `${sector.en} unit ${province.code}-${number} (synthetic)`,
        nameLo: `ຫົວໜ່ວຍ${sector.lo} ${province.code}-${number} (ສົມມຸດ)`,
        province: province.code,
        sector: sector.code,
        sizeBand: band.code,
        registrationDate,
        monthsDue,
        monthsPaid,
        registeredWorkers: workers,
        declaredMonthlyPayroll: payroll,
        arrears,
        arrearsTwelveMonthsAgo: arrearsBefore,
        complaints,
        taxHeadcount,
        enterpriseRegisterHeadcount,
        planted,
        decoy,
      });
    }
  }
  return units;
}

/** Registered workers inside a size band, skewed towards the small end like real registers. */
function b(band: (typeof SIZE_BANDS)[number], random: () => number): number {
  const span = band.max - band.min;
  return band.min + Math.floor(span * random() ** 2.2);
}

/** The CSV participants receive: one header row, one row per unit, no planted labels. */
export const CSV_COLUMNS = [
  'unit_id',
  'name_en',
  'name_lo',
  'province',
  'sector',
  'size_band',
  'registration_date',
  'months_due_last_12',
  'months_paid_last_12',
  'registered_workers',
  'declared_monthly_payroll_lak',
  'arrears_lak',
  'arrears_12_months_ago_lak',
  'complaints_last_12_months',
  'tax_headcount',
  'enterprise_register_headcount',
] as const;

export function unitsToCsv(units: PracticeUnit[]): string {
  const cell = (value: string | number | null) => {
    const text = value === null ? '' : String(value);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const rows = units.map((u) =>
    [
      u.id, u.nameEn, u.nameLo, u.province, u.sector, u.sizeBand, u.registrationDate, u.monthsDue, u.monthsPaid,
      u.registeredWorkers, u.declaredMonthlyPayroll, u.arrears, u.arrearsTwelveMonthsAgo, u.complaints,
      u.taxHeadcount, u.enterpriseRegisterHeadcount,
    ].map(cell).join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\n') + '\n';
}

/** The same table as the CSV, as spreadsheet rows (numbers stay numbers), with a note sheet saying it is synthetic. */
export function unitsToSheets(units: PracticeUnit[]) {
  const data = units.map((u) => [
    u.id, u.nameEn, u.nameLo, u.province, u.sector, u.sizeBand, u.registrationDate, u.monthsDue, u.monthsPaid,
    u.registeredWorkers, u.declaredMonthlyPayroll, u.arrears, u.arrearsTwelveMonthsAgo, u.complaints,
    u.taxHeadcount, u.enterpriseRegisterHeadcount,
  ]);
  return [
    { name: 'units', rows: [[...CSV_COLUMNS], ...data] },
    {
      name: 'about',
      rows: [
        ['SYNTHETIC practice data for the LSSO inspection course (Day 2). Not LSSO data: every name and figure is invented.'],
        ['ຂໍ້ມູນສົມມຸດ ສຳລັບຝຶກຫັດ ໃນຫຼັກສູດການກວດກາຂອງ ອປຊ (ມື້ທີ 2). ບໍ່ແມ່ນຂໍ້ມູນຂອງ ອປຊ: ຊື່ ແລະ ຕົວເລກທັງໝົດ ແມ່ນສົມມຸດຂຶ້ນ.'],
        [`Generated by scripts/generate-practice-data.ts; data as at ${DATA_AS_AT}.`],
      ],
    },
  ];
}

/** Every unit's six indicators (the same order as RISK_WEIGHTS), for the page's live table. */
export function indicatorTable(units: PracticeUnit[]): Record<string, number[]> {
  const medians = sectorMedians(units);
  return Object.fromEntries(units.map((u) => [u.id, Object.values(scoreUnit(u, medians).indicators)]));
}

// ---------------------------------------------------------------- the risk formula

/** The documented risk formula: five indicators, each normalised to 0-1, weighted to a 0-100 score. */
export const RISK_WEIGHTS = { wageGap: 25, headcountGap: 25, missedMonths: 15, arrearsGrowth: 10, complaints: 10, workersAtStake: 15 } as const;
export type Indicator = keyof typeof RISK_WEIGHTS;

/** Assumptions of the quarter's selection, per provincial office. */
export const CAPACITY = { inspectors: 2, fieldDaysEach: 12, reservedForComplaintsAndFollowUp: 6 } as const;

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median payroll per registered worker in each sector, over all units of the data set. */
export function sectorMedians(units: PracticeUnit[]): Record<SectorCode, number> {
  const result = {} as Record<SectorCode, number>;
  for (const sector of SECTORS) {
    const perWorker = units.filter((u) => u.sector === sector.code).map((u) => u.declaredMonthlyPayroll / u.registeredWorkers);
    result[sector.code] = Math.round(median(perWorker));
  }
  return result;
}

/** Every intermediate value of one unit's score, so a page can show the working. */
export interface ScoredUnit {
  id: string;
  province: ProvinceCode;
  sector: SectorCode;
  sizeBand: SizeBand;
  registeredWorkers: number;
  payrollPerWorker: number;
  sectorMedian: number;
  wageRatio: number;
  outsideHeadcount: number | null;
  headcountGapShare: number;
  missedMonths: number;
  arrearsGrowth: number;
  arrearsGrowthInPayrollMonths: number;
  complaints: number;
  workersAtStake: number;
  indicators: Record<Indicator, number>;
  points: Record<Indicator, number>;
  score: number;
  visitDays: number;
  planted: Pattern[];
  decoy: Decoy | null;
}

/**
 * The formula, written once. Each indicator is 0 (no sign of risk) to 1 (strong sign):
 * - wageGap: payroll per registered worker against the sector median; 0 at or above the median, 1 at half of it or below.
 * - headcountGap: share of the larger outside headcount (tax, enterprise register) that is not registered; 1 at 50% or more.
 * - missedMonths: months due but unpaid in the last 12; 1 at 6 or more.
 * - arrearsGrowth: growth of arrears over 12 months, in months of declared payroll; 1 at half a month's payroll or more.
 * - complaints: complaints in the last 12 months; 1 at 3 or more.
 * - workersAtStake: the larger of registered workers and the outside headcount, on a log scale; 0 at 1 worker, 1 at 200 or more
 *   (so a gap in a large unit counts for more workers than the same gap in a micro unit).
 */
export function scoreUnit(unit: PracticeUnit, medians: Record<SectorCode, number>): ScoredUnit {
  const payrollPerWorker = Math.round(unit.declaredMonthlyPayroll / unit.registeredWorkers);
  const sectorMedian = medians[unit.sector];
  // Intermediate ratios are rounded to two decimals before use, so a reader checking by hand gets the same indicator.
  const wageRatio = round(payrollPerWorker / sectorMedian, 2);
  const known = [unit.taxHeadcount, unit.enterpriseRegisterHeadcount].filter((x): x is number => x !== null);
  const outsideHeadcount = known.length ? Math.max(...known) : null;
  const headcountGapShare = outsideHeadcount ? round(Math.max(0, (outsideHeadcount - unit.registeredWorkers) / outsideHeadcount), 2) : 0;
  const missedMonths = unit.monthsDue - unit.monthsPaid;
  const workersAtStake = Math.max(unit.registeredWorkers, outsideHeadcount ?? 0);
  const arrearsGrowth = unit.arrears - unit.arrearsTwelveMonthsAgo;
  const arrearsGrowthInPayrollMonths = round(arrearsGrowth / unit.declaredMonthlyPayroll, 2);
  const indicators: Record<Indicator, number> = {
    wageGap: round(clamp01((1 - wageRatio) / 0.5), 2),
    headcountGap: round(clamp01(headcountGapShare / 0.5), 2),
    missedMonths: round(clamp01(missedMonths / 6), 2),
    arrearsGrowth: round(clamp01(arrearsGrowthInPayrollMonths / 0.5), 2),
    complaints: round(clamp01(unit.complaints / 3), 2),
    workersAtStake: round(clamp01(Math.log10(workersAtStake) / Math.log10(200)), 2),
  };
  const points = Object.fromEntries(
    (Object.keys(RISK_WEIGHTS) as Indicator[]).map((k) => [k, round(indicators[k] * RISK_WEIGHTS[k], 1)]),
  ) as Record<Indicator, number>;
  const score = round(Object.values(points).reduce((a, b) => a + b, 0), 1);
  const visitDays = SIZE_BANDS.find((s) => s.code === unit.sizeBand)!.visitDays;
  return {
    id: unit.id, province: unit.province, sector: unit.sector, sizeBand: unit.sizeBand,
    registeredWorkers: unit.registeredWorkers, payrollPerWorker, sectorMedian, wageRatio: round(wageRatio, 2),
    outsideHeadcount, headcountGapShare: round(headcountGapShare, 2), missedMonths, arrearsGrowth,
    arrearsGrowthInPayrollMonths: round(arrearsGrowthInPayrollMonths, 2), complaints: unit.complaints, workersAtStake,
    indicators, points, score, visitDays, planted: unit.planted, decoy: unit.decoy,
  };
}

/** Highest score first; ties go to the unit with more workers at stake, then by id. */
export function rankUnits(scored: ScoredUnit[]): ScoredUnit[] {
  return [...scored].sort(
    (a, b) => b.score - a.score || b.workersAtStake - a.workersAtStake || a.id.localeCompare(b.id),
  );
}

/** What the data shows for a unit, read from the indicators (not from the planted labels). */
export function signalsOf(unit: ScoredUnit): Pattern[] {
  const signals: Pattern[] = [];
  if (unit.indicators.wageGap >= 0.6) signals.push('under-declared-wages');
  if (unit.indicators.headcountGap >= 0.6) signals.push('partial-registration');
  if (unit.indicators.missedMonths >= 0.5 && unit.indicators.arrearsGrowth >= 0.5) signals.push('chronic-late-payment');
  return signals;
}

/** Take units in rank order; a unit that does not fit the days left is skipped and the next is tried. */
export function selectForQuarter(ranked: ScoredUnit[], budgetDays: number) {
  const selected: ScoredUnit[] = [];
  const skipped: ScoredUnit[] = [];
  let left = budgetDays;
  for (const unit of ranked) {
    if (left === 0) break;
    if (unit.visitDays <= left) {
      selected.push(unit);
      left -= unit.visitDays;
    } else skipped.push(unit);
  }
  return { selected, skipped, daysUsed: budgetDays - left };
}

/** Weeks of a 13-week quarter used for visits: week 1 is preparation, weeks 11-12 follow-up, week 13 reporting. */
export const VISIT_WEEKS = { first: 2, last: 10 } as const;

/**
 * Spreads a quarter's selected units over the visit weeks: each unit, in rank order,
 * goes to the first week that still has room (an even share of the days); a unit
 * that fits nowhere goes to the least loaded week.
 */
export function weeklyCalendar(selected: { id: string; visitDays: number }[], budgetDays: number) {
  const count = VISIT_WEEKS.last - VISIT_WEEKS.first + 1;
  const perWeek = budgetDays / count;
  const weeks = Array.from({ length: count }, (_, i) => ({ week: VISIT_WEEKS.first + i, units: [] as string[], days: 0 }));
  for (const unit of selected) {
    const week =
      weeks.find((w) => w.days + unit.visitDays <= perWeek) ?? weeks.reduce((least, w) => (w.days < least.days ? w : least));
    week.units.push(unit.id);
    week.days += unit.visitDays;
  }
  return { perWeek, weeks };
}

/** The facilitator's solution, and the worked example the page shows. */
export function solvePracticeExercise(units: PracticeUnit[]) {
  const medians = sectorMedians(units);
  const ranked = rankUnits(units.map((u) => scoreUnit(u, medians)));
  const withRank = ranked.map((u, i) => ({ rank: i + 1, ...u, signals: signalsOf(u) }));
  const budget = CAPACITY.inspectors * CAPACITY.fieldDaysEach - CAPACITY.reservedForComplaintsAndFollowUp;
  const quarter = PROVINCES.map((p) => {
    const inProvince = withRank.filter((u) => u.province === p.code);
    const { selected, daysUsed } = selectForQuarter(inProvince, budget);
    return {
      province: p.code,
      budgetDays: budget,
      daysUsed,
      calendar: weeklyCalendar(selected, budget),
      selected: selected.map((u) => ({
        id: u.id,
        rank: (u as (typeof withRank)[number]).rank,
        provinceRank: inProvince.indexOf(u as (typeof withRank)[number]) + 1,
        score: u.score,
        sizeBand: u.sizeBand,
        visitDays: u.visitDays,
        signals: signalsOf(u),
        planted: u.planted,
        decoy: u.decoy,
      })),
    };
  });
  // The worked example: the best-ranked unit with at least three indicators strictly between 0 and 1, so the page shows the formula at work, not only its limits.
  const example = withRank.find((u) => Object.values(u.indicators).filter((v) => v > 0 && v < 1).length >= 3) ?? withRank[0];
  const exampleUnit = units.find((u) => u.id === example.id)!;
  const plantedUnits = units.filter((u) => u.planted.length > 0);
  const topFifty = new Set(withRank.slice(0, 50).map((u) => u.id));
  const patterns: Pattern[] = ['under-declared-wages', 'partial-registration', 'chronic-late-payment'];
  return {
    note: 'SYNTHETIC practice data, generated by scripts/generate-practice-data.ts. Not LSSO data; no figure is a real wage, rate or statistic.',
    asAt: DATA_AS_AT,
    unitCount: units.length,
    weights: RISK_WEIGHTS,
    capacity: { ...CAPACITY, riskBasedDaysPerProvince: budget },
    sectorMedians: medians,
    counts: {
      byProvince: Object.fromEntries(PROVINCES.map((p) => [p.code, units.filter((u) => u.province === p.code).length])),
      bySector: Object.fromEntries(SECTORS.map((s) => [s.code, units.filter((u) => u.sector === s.code).length])),
      bySize: Object.fromEntries(SIZE_BANDS.map((s) => [s.code, units.filter((u) => u.sizeBand === s.code).length])),
      missingTaxHeadcount: units.filter((u) => u.taxHeadcount === null).length,
      missingRegisterHeadcount: units.filter((u) => u.enterpriseRegisterHeadcount === null).length,
    },
    planted: {
      total: plantedUnits.length,
      byPattern: Object.fromEntries(patterns.map((p) => [p, units.filter((u) => u.planted.includes(p)).length])),
      inTopFifty: Object.fromEntries(patterns.map((p) => [p, units.filter((u) => u.planted.includes(p) && topFifty.has(u.id)).length])),
      decoys: units.filter((u) => u.decoy).map((u) => ({ id: u.id, decoy: u.decoy, rank: withRank.find((r) => r.id === u.id)!.rank })),
    },
    example: { ...example, unit: exampleUnit, summary: describeForApproval(example, exampleUnit) },
    top20: withRank.slice(0, 20).map((u) => ({
      rank: u.rank, id: u.id, province: u.province, sector: u.sector, sizeBand: u.sizeBand, score: u.score,
      points: u.points, signals: u.signals, planted: u.planted, decoy: u.decoy,
    })),
    quarter,
    worksheet: PROVINCES.map((p) => ({
      province: p.code,
      rows: units
        .filter((u) => u.province === p.code)
        .slice(0, WORKSHEET_ROWS)
        .map((u, i) => {
          const { planted, decoy, nameEn, nameLo, ...fields } = u;
          const scored = withRank.find((r) => r.id === u.id)!;
          return { ...fields, computed: i < WORKSHEET_FILLED ? { indicators: scored.indicators, score: scored.score } : null };
        }),
    })),
  };
}

/** The printed worksheet for pairs without a laptop: the first rows of each province, the first few already scored. */
export const WORKSHEET_ROWS = 14;
export const WORKSHEET_FILLED = 4;

/**
 * The score read back as a sentence an approving manager understands: the facts behind
 * the three indicators that give the most points, in both languages.
 */
export function describeForApproval(scored: ScoredUnit, unit: PracticeUnit): { en: string; lo: string } {
  const facts: Record<Indicator, { en: string; lo: string }> = {
    wageGap: {
      en: `declares wages at ${Math.round(scored.wageRatio * 100)}% of the sector median`,
      lo: `ແຈ້ງຄ່າຈ້າງ ${Math.round(scored.wageRatio * 100)}% ຂອງຄ່າກາງໃນຂະແໜງ`,
    },
    headcountGap: {
      en: `outside sources count ${scored.outsideHeadcount} workers against ${unit.registeredWorkers} registered`,
      lo: `ແຫຼ່ງຂໍ້ມູນພາຍນອກ ນັບຜູ້ອອກແຮງງານໄດ້ ${scored.outsideHeadcount} ຄົນ ທຽບກັບ ${unit.registeredWorkers} ຄົນທີ່ຂຶ້ນທະບຽນ`,
    },
    missedMonths: {
      en: `${scored.missedMonths} of the ${unit.monthsDue} months due are unpaid`,
      lo: `ບໍ່ໄດ້ຈ່າຍ ${scored.missedMonths} ເດືອນ ໃນ ${unit.monthsDue} ເດືອນທີ່ຕ້ອງຈ່າຍ`,
    },
    arrearsGrowth: {
      en: `arrears grew by ${scored.arrearsGrowth.toLocaleString('en-US')} LAK in a year`,
      lo: `ເງິນສົມທົບຄ້າງຈ່າຍ ເພີ່ມຂຶ້ນ ${scored.arrearsGrowth.toLocaleString('de-DE')} ກີບ ໃນໜຶ່ງປີ`,
    },
    complaints: {
      en: `${unit.complaints} complaint${unit.complaints === 1 ? '' : 's'} in the last 12 months`,
      lo: `ມີຄຳຮ້ອງທຸກ ${unit.complaints} ເທື່ອ ໃນ 12 ເດືອນຜ່ານມາ`,
    },
    workersAtStake: {
      en: `about ${scored.workersAtStake} workers are concerned`,
      lo: `ກ່ຽວຂ້ອງກັບຜູ້ອອກແຮງງານປະມານ ${scored.workersAtStake} ຄົນ`,
    },
  };
  const strongest = (Object.keys(scored.points) as Indicator[])
    .filter((k) => scored.points[k] > 0)
    .sort((a, b) => scored.points[b] - scored.points[a])
    .slice(0, 3);
  const en = strongest.map((k) => facts[k].en).join('; ');
  return { en: en.charAt(0).toUpperCase() + en.slice(1) + '.', lo: strongest.map((k) => facts[k].lo).join('; ') + '.' };
}
