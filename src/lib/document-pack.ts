/**
 * The Day 3 document pack, derived from one enterprise data set: the documents an
 * inspector would be shown (payroll, attendance, LSSO's register, payment record,
 * contracts) as plain tables. Pure functions; the discrepancies are in the data,
 * so the documents and the facilitator's answer cannot disagree.
 */
import type { ContributionParameters, EnterpriseData, PackWorker } from '../schemas/contributions';
import { contributionsOn, enterpriseArrears, formatAmount, insurableBase, monthsBetween } from './contributions';

type Lang = 'en' | 'lo';
export interface Table {
  head: string[];
  rows: string[][];
}

const num = (n: number, lang: Lang) => formatAmount(n, lang);
const L = (lang: Lang, en: string, lo: string) => (lang === 'lo' ? lo : en);
/** "2025-07" -> "07/2025", the way Lao forms write a month. */
export const monthLabel = (month: string) => `${month.slice(5)}/${month.slice(0, 4)}`;

/** Days present in a month: a fixed pattern (one or two days' absence), so the sheet is the same at every build. */
export function daysPresent(workerIndex: number, monthIndex: number, workingDays: number): number {
  return workingDays - ((workerIndex * 2 + monthIndex) % 3);
}

/** Worker's share shown on the payslip: on the declared base, or on the wage when the employer deducts for an undeclared worker. */
export function payslipDeduction(w: PackWorker, month: string, p: ContributionParameters): number {
  if (w.registered !== null && w.wageDeclared !== null && month >= w.registered) return contributionsOn(insurableBase(w.wageDeclared, p), p).employee;
  return w.deductedOnPayslip ? contributionsOn(insurableBase(w.wagePaid, p), p).employee : 0;
}

export function payrollTable(d: EnterpriseData, p: ContributionParameters, lang: Lang): Table {
  const months = monthsBetween(d.period.from, d.period.to);
  return {
    head: [L(lang, 'Worker', 'ຜູ້ອອກແຮງງານ'), L(lang, 'Job', 'ໜ້າວຽກ'), ...months.map(monthLabel)],
    rows: d.workers.map((w) => [w.name[lang], w.job[lang], ...months.map((m) => (m < w.start ? '—' : `${num(w.wagePaid, lang)} / −${num(payslipDeduction(w, m, p), lang)}`))]),
  };
}

export function attendanceTable(d: EnterpriseData, lang: Lang): Table {
  const months = monthsBetween(d.period.from, d.period.to);
  return {
    head: [L(lang, 'Worker', 'ຜູ້ອອກແຮງງານ'), ...months.map(monthLabel)],
    rows: d.workers.map((w, i) => [w.name[lang], ...months.map((m, j) => (m < w.start ? '—' : String(daysPresent(i, j, d.workingDaysPerMonth))))]),
  };
}

/** LSSO's register of the enterprise's insured workers, as the desk file shows it. */
export function registerTable(d: EnterpriseData, lang: Lang): Table {
  return {
    head: [L(lang, 'Insured worker', 'ຜູ້ປະກັນຕົນ'), L(lang, 'Registered from', 'ຂຶ້ນທະບຽນແຕ່'), L(lang, 'Declared monthly wage (LAK)', 'ເງິນເດືອນທີ່ແຈ້ງ ຕໍ່ເດືອນ (ກີບ)')],
    rows: d.workers.filter((w) => w.registered !== null).map((w) => [w.name[lang], monthLabel(w.registered!), num(w.wageDeclared!, lang)]),
  };
}

/** Monthly declarations and whether LSSO received the payment. */
export function paymentsTable(d: EnterpriseData, p: ContributionParameters, lang: Lang): Table {
  return {
    head: [L(lang, 'Month', 'ເດືອນ'), L(lang, 'Workers declared', 'ຈຳນວນຄົນທີ່ແຈ້ງ'), L(lang, 'Wages declared (LAK)', 'ເງິນເດືອນທີ່ແຈ້ງ (ກີບ)'), L(lang, 'Contributions declared (LAK)', 'ເງິນສົມທົບທີ່ແຈ້ງ (ກີບ)'), L(lang, 'Payment received', 'ໄດ້ຮັບການຈ່າຍ')],
    rows: monthsBetween(d.period.from, d.period.to).map((m) => {
      const declared = d.workers.filter((w) => w.registered !== null && m >= w.registered && m >= w.start);
      const wages = declared.reduce((s, w) => s + w.wageDeclared!, 0);
      const due = declared.reduce((s, w) => s + contributionsOn(insurableBase(w.wageDeclared!, p), p).total, 0);
      const paid = !d.unpaidMonths.includes(m);
      return [monthLabel(m), String(declared.length), num(wages, lang), num(due, lang), paid ? L(lang, 'yes', 'ແມ່ນ') : L(lang, 'no payment', 'ບໍ່ມີການຈ່າຍ')];
    }),
  };
}

/** A blank worksheet for one worker, one row per month of the period, with the columns of the calculation page's spreadsheet. */
export function worksheetTable(d: EnterpriseData, lang: Lang): Table {
  const head = lang === 'lo'
    ? ['ເດືອນ', 'C ເງິນເດືອນທີ່ຈ່າຍ', 'D ເງິນເດືອນທີ່ແຈ້ງ', 'E ຈ່າຍໃຫ້ ອປຊ (1/0)', 'F ຖານທີ່ຕ້ອງຈ່າຍ', 'G ຖານທີ່ເຖິງ ອປຊ', 'H ສ່ວນຜູ້ໃຊ້ແຮງງານ', 'I ສ່ວນຜູ້ອອກແຮງງານ', 'J ລວມ']
    : ['Month', 'C Wage paid', 'D Wage declared', 'E Paid to LSSO (1/0)', 'F Base due', 'G Base reaching LSSO', 'H Employer arrears', 'I Worker arrears', 'J Total'];
  const blank = head.slice(1).map(() => '');
  return { head, rows: [...monthsBetween(d.period.from, d.period.to).map((m) => [monthLabel(m), ...blank]), [L(lang, 'Total', 'ລວມ'), ...blank]] };
}

/** The key clause of each worker's contract as the employer's file shows it. */
export function contractExtract(w: PackWorker, lang: Lang): string {
  const start = monthLabel(w.start);
  const wage = num(w.wagePaid, lang);
  switch (w.contract) {
    case 'probation':
      return L(lang, `Probation contract from ${start}. "The probation period continues until the employer confirms the worker." Monthly wage LAK ${wage}; working hours 07:00-16:00, six days a week.`, `ສັນຍາທົດລອງວຽກ ແຕ່ ${start}. "ໄລຍະທົດລອງວຽກ ສືບຕໍ່ຈົນກວ່ານາຍຈ້າງຈະຢັ້ງຢືນບັນຈຸ." ເງິນເດືອນ ${wage} ກີບ ຕໍ່ເດືອນ; ເວລາເຮັດວຽກ 07:00-16:00, ຫົກມື້ຕໍ່ອາທິດ.`);
    case 'service-agreement':
      return L(lang, `"Loading service agreement" from ${start}. The "service provider" loads trucks at the factory, paid LAK ${wage} a month; hours 07:00-16:00 set by the factory supervisor; gloves and trolleys provided by the factory; no other client named.`, `"ສັນຍາບໍລິການຂົນສົ່ງ" ແຕ່ ${start}. "ຜູ້ໃຫ້ບໍລິການ" ຂົນດິນຈີ່ຂຶ້ນລົດຢູ່ໂຮງງານ, ໄດ້ຮັບ ${wage} ກີບ ຕໍ່ເດືອນ; ເວລາ 07:00-16:00 ຕາມທີ່ຫົວໜ້າໂຮງງານກຳນົດ; ໂຮງງານສະໜອງຖົງມື ແລະ ລໍ້ຍູ້; ບໍ່ມີລູກຄ້າອື່ນ.`);
    case 'fixed-term':
      return L(lang, `Fixed-term employment contract of twelve months from ${start}. Monthly wage LAK ${wage}. The contract has no clause on social security.`, `ສັນຍາແຮງງານມີກຳນົດເວລາ ສິບສອງເດືອນ ແຕ່ ${start}. ເງິນເດືອນ ${wage} ກີບ ຕໍ່ເດືອນ. ສັນຍາບໍ່ມີຂໍ້ກ່ຽວກັບປະກັນສັງຄົມ.`);
    default:
      return L(lang, `Employment contract of indefinite duration from ${start}. Monthly wage LAK ${wage}.`, `ສັນຍາແຮງງານບໍ່ມີກຳນົດເວລາ ແຕ່ ${start}. ເງິນເດືອນ ${wage} ກີບ ຕໍ່ເດືອນ.`);
  }
}

/** Contracts in the pack: every non-standard one, and one ordinary contract for comparison. */
export function packContracts(d: EnterpriseData): PackWorker[] {
  const unusual = d.workers.filter((w) => w.contract !== 'indefinite');
  const ordinary = d.workers.find((w) => w.contract === 'indefinite' && w.wageDeclared !== null && w.wageDeclared < w.wagePaid);
  return ordinary ? [ordinary, ...unusual] : unusual;
}

/** The facilitator's answer: each worker's arrears by cause, with totals. */
export function answerTable(d: EnterpriseData, p: ContributionParameters, lang: Lang): Table {
  const r = enterpriseArrears(d, p);
  const row = (label: string, x: { byKind: Record<string, number>; employer: number; employee: number; total: number }) => [
    label, num(x.byKind.unregistered, lang), num(x.byKind['under-declared'], lang), num(x.byKind['unpaid-month'], lang), num(x.employer, lang), num(x.employee, lang), num(x.total, lang),
  ];
  return {
    head: [L(lang, 'Worker', 'ຜູ້ອອກແຮງງານ'), L(lang, 'Not registered', 'ບໍ່ໄດ້ຂຶ້ນທະບຽນ'), L(lang, 'Under-declared', 'ແຈ້ງຕ່ຳກວ່າຕົວຈິງ'), L(lang, 'Unpaid months', 'ເດືອນທີ່ບໍ່ໄດ້ຈ່າຍ'), L(lang, 'Employer share', 'ສ່ວນຜູ້ໃຊ້ແຮງງານ'), L(lang, 'Worker share', 'ສ່ວນຜູ້ອອກແຮງງານ'), L(lang, 'Total (LAK)', 'ລວມ (ກີບ)')],
    rows: [...r.workers.map((w) => row(w.worker.name[lang], w)), row(L(lang, 'Total', 'ລວມ'), r)],
  };
}

/** The printed pack's parts in order, with their headings: what each group receives. */
export const PACK_PARTS: { part: 'register' | 'payments' | 'payroll' | 'attendance' | 'contracts' | 'worksheet'; title: { en: string; lo: string }; note: { en: string; lo: string } }[] = [
  { part: 'register', title: { en: "LSSO's register of insured workers", lo: 'ທະບຽນຜູ້ປະກັນຕົນຂອງ ອປຊ' }, note: { en: 'From LSSO\'s desk file.', lo: 'ຈາກແຟ້ມເອກະສານຂອງ ອປຊ.' } },
  { part: 'payments', title: { en: 'Monthly declarations and payments', lo: 'ແບບແຈ້ງ ແລະ ການຈ່າຍເງິນປະຈຳເດືອນ' }, note: { en: "From LSSO's desk file.", lo: 'ຈາກແຟ້ມເອກະສານຂອງ ອປຊ.' } },
  { part: 'payroll', title: { en: 'Payroll', lo: 'ບັນຊີເງິນເດືອນ' }, note: { en: "Employer's record: gross monthly wage (LAK) / worker's share deducted on the payslip.", lo: 'ບັນທຶກຂອງນາຍຈ້າງ: ເງິນເດືອນລວມຕໍ່ເດືອນ (ກີບ) / ສ່ວນຂອງຜູ້ອອກແຮງງານ ທີ່ຫັກໃນໃບແຈ້ງເງິນເດືອນ.' } },
  { part: 'attendance', title: { en: 'Attendance sheets', lo: 'ບັນທຶກການມາເຮັດວຽກ' }, note: { en: "Employer's record: days present each month.", lo: 'ບັນທຶກຂອງນາຍຈ້າງ: ຈຳນວນມື້ທີ່ມາເຮັດວຽກ ໃນແຕ່ລະເດືອນ.' } },
  { part: 'contracts', title: { en: 'Contract extracts', lo: 'ຂໍ້ຄວາມຫຍໍ້ຈາກສັນຍາ' }, note: { en: "From the employer's files.", lo: 'ຈາກແຟ້ມຂອງນາຍຈ້າງ.' } },
  { part: 'worksheet', title: { en: 'Calculation worksheet (one worker)', lo: 'ແບບຝຶກຫັດການຄິດໄລ່ (ຜູ້ອອກແຮງງານໜຶ່ງຄົນ)' }, note: { en: 'Worker: ____________________. For pairs without a laptop: fill one row per month worked, with a calculator, as in the spreadsheet on the calculation page.', lo: 'ຜູ້ອອກແຮງງານ: ____________________. ສຳລັບຄູ່ທີ່ບໍ່ມີຄອມພິວເຕີ: ຕື່ມໜຶ່ງແຖວຕໍ່ໜຶ່ງເດືອນທີ່ເຮັດວຽກ ດ້ວຍເຄື່ອງຄິດເລກ ຄືກັບຕາຕະລາງຄຳນວນໃນໜ້າການຄິດໄລ່.' } },
];

/** The licence extract of the desk file, from the data (its head-count is the number of people on the payroll). */
export function licenceExtract(d: EnterpriseData, lang: Lang): string {
  return L(
    lang,
    `${d.name.en}, ${d.location.en}. Director: ${d.owner.en}. Number of employees stated at the last licence renewal: ${d.workers.length}.`,
    `${d.name.lo}, ${d.location.lo}. ຜູ້ອຳນວຍການ: ${d.owner.lo}. ຈຳນວນພະນັກງານທີ່ແຈ້ງໃນເວລາຕໍ່ອາຍຸໃບອະນຸຍາດຄັ້ງຫຼ້າສຸດ: ${d.workers.length} ຄົນ.`,
  );
}
