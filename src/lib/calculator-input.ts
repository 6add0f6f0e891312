/**
 * The contribution and arrears calculator's arithmetic: it turns the form's five
 * numbers into a one-worker data set and runs the same enterpriseArrears() as
 * the worked examples, so the calculator and the pages cannot disagree.
 * Pure; bundled into the page's inline script (no modules, works from file://).
 */
import type { ContributionParameters, EnterpriseData } from '../schemas/contributions';
import { enterpriseArrears, monthsBetween, type ArrearsKind } from './contributions';

export interface CalculatorInput {
  /** Monthly wage actually paid (LAK). */
  wagePaid: number;
  /** Monthly wage declared to LSSO (LAK); ignored when no month was declared. */
  wageDeclared: number;
  /** Months worked in the period. */
  monthsWorked: number;
  /** Of those, months declared to LSSO (the last ones). */
  monthsDeclared: number;
  /** Of the declared months, months not paid to LSSO. */
  monthsUnpaid: number;
}

export interface CalculatorResult {
  employer: number;
  employee: number;
  total: number;
  byKind: Record<ArrearsKind, number>;
}

/** What is wrong with the input, as message keys the page translates; empty when it can be computed. */
export function inputProblems(i: CalculatorInput): ('wage' | 'months' | 'declared' | 'unpaid' | 'declared-wage')[] {
  const problems: ('wage' | 'months' | 'declared' | 'unpaid' | 'declared-wage')[] = [];
  const whole = (n: number) => Number.isInteger(n) && n >= 0;
  if (!(i.wagePaid > 0)) problems.push('wage');
  if (!whole(i.monthsWorked) || i.monthsWorked < 1 || i.monthsWorked > 240) problems.push('months');
  if (!whole(i.monthsDeclared) || i.monthsDeclared > i.monthsWorked) problems.push('declared');
  if (!whole(i.monthsUnpaid) || i.monthsUnpaid > i.monthsDeclared) problems.push('unpaid');
  if (i.monthsDeclared > 0 && !(i.wageDeclared > 0)) problems.push('declared-wage');
  return problems;
}

/** A one-worker data set with the same months as the input: worked months from the start, declared months last, unpaid months the last declared ones. */
export function calculatorCase(i: CalculatorInput): EnterpriseData {
  const months = monthsBetween('2000-01', monthsBetween('2000-01', '2099-12')[i.monthsWorked - 1]);
  const registered = i.monthsDeclared > 0 ? months[months.length - i.monthsDeclared] : null;
  const text = { en: 'calculator', lo: 'calculator' };
  return {
    id: 'calculator', name: text, location: text, owner: text,
    registeredWithLsso: months[0],
    period: { from: months[0], to: months[months.length - 1] },
    unpaidMonths: i.monthsUnpaid > 0 ? months.slice(-i.monthsUnpaid) : [],
    workingDaysPerMonth: 26,
    workers: [{
      id: 'w01', name: text, job: text, contract: 'indefinite', start: months[0],
      registered, wagePaid: i.wagePaid, wageDeclared: registered ? i.wageDeclared : null, deductedOnPayslip: false,
    }],
  };
}

export function calculate(i: CalculatorInput, p: ContributionParameters): CalculatorResult {
  const r = enterpriseArrears(calculatorCase(i), p);
  return { employer: r.employer, employee: r.employee, total: r.total, byKind: r.byKind };
}
