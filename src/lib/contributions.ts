/**
 * Contribution and arrears arithmetic. Pure functions, no I/O: the pages
 * (<Computed/>), the document pack, the calculator and the tests all call
 * these, so a figure is computed in one place and never typed twice.
 */
import type { ContributionParameters, EnterpriseData, PackWorker } from '../schemas/contributions';

export type ArrearsKind = 'unregistered' | 'under-declared' | 'unpaid-month';

/** Months from `from` to `to` inclusive, as "YYYY-MM". */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  while (y < ty || (y === ty && m <= tm)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m === 12 ? ((y += 1), (m = 1)) : (m += 1);
  }
  return months;
}

/** The wage contributions are computed on: the wage raised to the minimum base and capped at the ceiling. */
export function insurableBase(wage: number, p: Pick<ContributionParameters, 'minimumBase' | 'ceiling'>): number {
  return Math.min(Math.max(wage, p.minimumBase), p.ceiling);
}

/** Employer's, worker's and total contribution on a base, each rounded to the kip. */
export function contributionsOn(base: number, p: Pick<ContributionParameters, 'employerRate' | 'employeeRate'>) {
  const employer = Math.round(base * p.employerRate);
  const employee = Math.round(base * p.employeeRate);
  return { employer, employee, total: employer + employee };
}

export interface WorkerMonth {
  month: string;
  /** Base on the wage actually paid. */
  baseDue: number;
  /** Base on the declared wage (0 when not declared that month). */
  baseDeclared: number;
  /** Whether the declared contributions for the month were paid. */
  paid: boolean;
  employer: number;
  employee: number;
  total: number;
  kind: ArrearsKind | null;
}

/** Month-by-month arrears of one worker over the enterprise's period. */
export function workerMonths(worker: PackWorker, data: EnterpriseData, p: ContributionParameters): WorkerMonth[] {
  return monthsBetween(data.period.from, data.period.to)
    .filter((month) => month >= worker.start)
    .map((month) => {
      const baseDue = insurableBase(worker.wagePaid, p);
      const declared = worker.registered !== null && worker.wageDeclared !== null && month >= worker.registered;
      const baseDeclared = declared ? insurableBase(worker.wageDeclared!, p) : 0;
      const paid = declared && !data.unpaidMonths.includes(month);
      // What is owed is the contribution on the true base minus what reached LSSO.
      const owedBase = baseDue - (paid ? baseDeclared : 0);
      const due = contributionsOn(baseDue, p);
      const reached = contributionsOn(paid ? baseDeclared : 0, p);
      const kind: ArrearsKind | null = !declared ? 'unregistered' : !paid ? 'unpaid-month' : owedBase > 0 ? 'under-declared' : null;
      return {
        month, baseDue, baseDeclared, paid,
        employer: due.employer - reached.employer,
        employee: due.employee - reached.employee,
        total: due.total - reached.total,
        kind,
      };
    });
}

export interface WorkerArrears {
  worker: PackWorker;
  months: WorkerMonth[];
  employer: number;
  employee: number;
  total: number;
  /** Total split by cause; an unpaid month of an under-declared worker counts its declared part as unpaid and the rest as under-declared. */
  byKind: Record<ArrearsKind, number>;
}

export function workerArrears(worker: PackWorker, data: EnterpriseData, p: ContributionParameters): WorkerArrears {
  const months = workerMonths(worker, data, p);
  const byKind: Record<ArrearsKind, number> = { unregistered: 0, 'under-declared': 0, 'unpaid-month': 0 };
  for (const m of months) {
    if (m.kind === 'unregistered') byKind.unregistered += m.total;
    else if (m.kind !== null) {
      const declaredPart = m.paid ? 0 : contributionsOn(m.baseDeclared, p).total;
      byKind['unpaid-month'] += declaredPart;
      byKind['under-declared'] += m.total - declaredPart;
    }
  }
  const sum = (key: 'employer' | 'employee' | 'total') => months.reduce((s, m) => s + m[key], 0);
  return { worker, months, employer: sum('employer'), employee: sum('employee'), total: sum('total'), byKind };
}

export interface EnterpriseArrears {
  workers: WorkerArrears[];
  employer: number;
  employee: number;
  total: number;
  byKind: Record<ArrearsKind, number>;
}

/** The facilitator's answer: arrears of every worker and of the enterprise. */
export function enterpriseArrears(data: EnterpriseData, p: ContributionParameters): EnterpriseArrears {
  const workers = data.workers.map((w) => workerArrears(w, data, p));
  const byKind: Record<ArrearsKind, number> = { unregistered: 0, 'under-declared': 0, 'unpaid-month': 0 };
  for (const w of workers) for (const k of Object.keys(byKind) as ArrearsKind[]) byKind[k] += w.byKind[k];
  const sum = (key: 'employer' | 'employee' | 'total') => workers.reduce((s, w) => s + w[key], 0);
  return { workers, employer: sum('employer'), employee: sum('employee'), total: sum('total'), byKind };
}

export type ComputedKind = 'lak' | 'percent' | 'count' | 'months';
export interface ComputedValue {
  /** The number (for months: how many). */
  value: number;
  kind: ComputedKind;
  /** For kind "months": the months, as "YYYY-MM". */
  months?: string[];
}

/**
 * Every named figure a page may show with <Computed name="..."/>: the parameters,
 * per-worker figures ("w03.arrears") and enterprise totals ("total.arrears").
 */
export function computedValues(data: EnterpriseData, p: ContributionParameters): Record<string, ComputedValue> {
  const lak = (value: number): ComputedValue => ({ value, kind: 'lak' });
  const count = (value: number): ComputedValue => ({ value, kind: 'count' });
  const monthList = (months: string[]): ComputedValue => ({ value: months.length, kind: 'months', months });
  const out: Record<string, ComputedValue> = {
    'rate.employer': { value: p.employerRate, kind: 'percent' },
    'rate.employee': { value: p.employeeRate, kind: 'percent' },
    'rate.total': { value: Math.round((p.employerRate + p.employeeRate) * 1e6) / 1e6, kind: 'percent' },
    ceiling: lak(p.ceiling),
    'minimum-base': lak(p.minimumBase),
  };
  const result = enterpriseArrears(data, p);
  for (const w of result.workers) {
    const { id } = w.worker;
    const owing = w.months.filter((m) => m.total > 0);
    const first = w.months[0];
    out[`${id}.start-month`] = monthList([w.worker.start]);
    if (w.worker.registered) out[`${id}.registered-month`] = monthList([w.worker.registered]);
    out[`${id}.wage-paid`] = lak(w.worker.wagePaid);
    if (w.worker.wageDeclared !== null) out[`${id}.wage-declared`] = lak(w.worker.wageDeclared);
    out[`${id}.base-due`] = lak(insurableBase(w.worker.wagePaid, p));
    if (w.worker.wageDeclared !== null) out[`${id}.base-declared`] = lak(insurableBase(w.worker.wageDeclared, p));
    out[`${id}.months-worked`] = count(w.months.length);
    out[`${id}.months-owing`] = count(owing.length);
    out[`${id}.months-unregistered`] = count(w.months.filter((m) => m.kind === 'unregistered').length);
    // The monthly figure of the worker's usual (paid, declared) month, or of a first month when never declared.
    const typical = w.months.find((m) => m.kind === 'under-declared') ?? first;
    if (typical) {
      out[`${id}.monthly-employer`] = lak(typical.employer);
      out[`${id}.monthly-employee`] = lak(typical.employee);
      out[`${id}.monthly-total`] = lak(typical.total);
      out[`${id}.monthly-base-gap`] = lak(typical.baseDue - (typical.paid ? typical.baseDeclared : 0));
    }
    if (w.worker.wageDeclared !== null) {
      const declared = contributionsOn(insurableBase(w.worker.wageDeclared, p), p);
      out[`${id}.declared-monthly-employer`] = lak(declared.employer);
      out[`${id}.declared-monthly-employee`] = lak(declared.employee);
      out[`${id}.declared-monthly-total`] = lak(declared.total);
    }
    out[`${id}.months-unpaid`] = count(w.months.filter((m) => m.kind === 'unpaid-month').length);
    out[`${id}.months-under-declared`] = count(w.months.filter((m) => m.kind === 'under-declared').length);
    out[`${id}.arrears-unregistered`] = lak(w.byKind.unregistered);
    out[`${id}.arrears-under-declared`] = lak(w.byKind['under-declared']);
    out[`${id}.arrears-unpaid-months`] = lak(w.byKind['unpaid-month']);
    out[`${id}.arrears-employer`] = lak(w.employer);
    out[`${id}.arrears-employee`] = lak(w.employee);
    out[`${id}.arrears`] = lak(w.total);
  }
  out['total.arrears'] = lak(result.total);
  out['total.employer'] = lak(result.employer);
  out['total.employee'] = lak(result.employee);
  out['total.unregistered'] = lak(result.byKind.unregistered);
  out['total.under-declared'] = lak(result.byKind['under-declared']);
  out['total.unpaid-months'] = lak(result.byKind['unpaid-month']);
  // The period examined, for reports written on the same enterprise (Day 4 model report).
  out['period.from'] = monthList([data.period.from]);
  out['period.to'] = monthList([data.period.to]);
  out['count.period-months'] = count(monthsBetween(data.period.from, data.period.to).length);
  out['count.workers'] = count(data.workers.length);
  out['count.unpaid-months'] = count(data.unpaidMonths.length);
  out['unpaid-months'] = monthList(data.unpaidMonths);
  out['count.registered-end'] = count(data.workers.filter((w) => w.registered !== null && w.registered <= data.period.to).length);
  out['count.never-registered'] = count(data.workers.filter((w) => w.registered === null).length);
  return out;
}

/**
 * An amount written the way the course writes numbers: English groups thousands with commas
 * (4,500,000), Lao with dots (4.500.000), as the Day 1 Lao pages do. Done by hand, not with
 * Intl, because browsers' Lao locale data differ from Node's and the calculator must match the pages.
 */
export function formatAmount(value: number, lang: 'en' | 'lo'): string {
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.round(Math.abs(value)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'lo' ? '.' : ',');
}

/** A rate as a percentage: 5.5% in English, 5,5% in Lao. */
export function formatPercent(rate: number, lang: 'en' | 'lo'): string {
  const text = String(Math.round(rate * 10000) / 100);
  return `${lang === 'lo' ? text.replace('.', ',') : text}%`;
}

/** A computed figure as a page shows it. */
export function formatComputed(v: ComputedValue, lang: 'en' | 'lo'): string {
  if (v.kind === 'months') {
    const labels = (v.months ?? []).map((m) => `${m.slice(5)}/${m.slice(0, 4)}`);
    const and = lang === 'lo' ? ' ແລະ ' : ' and ';
    return labels.length <= 1 ? labels.join('') : `${labels.slice(0, -1).join(', ')}${and}${labels[labels.length - 1]}`;
  }
  return v.kind === 'percent' ? formatPercent(v.value, lang) : formatAmount(v.value, lang);
}
