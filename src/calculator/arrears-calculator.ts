/**
 * Browser side of the arrears calculator: reads the form, calls calculate()
 * (the same code as the worked examples) and writes the results. Bundled as a
 * classic inline script by src/lib/calculator-bundle.ts.
 */
import type { ContributionParameters } from '../schemas/contributions';
import { calculate, inputProblems, type CalculatorInput } from '../lib/calculator-input';
import { formatAmount } from '../lib/contributions';

function wire(form: HTMLFormElement) {
  const params = JSON.parse(form.dataset.params!) as ContributionParameters;
  const messages = JSON.parse(form.dataset.messages!) as Record<string, string>;
  const lang = form.dataset.lang === 'lo' ? 'lo' : 'en';
  const fmt = (n: number) => formatAmount(n, lang);
  const num = (name: string) => Number((form.elements.namedItem(name) as HTMLInputElement).value || 0);
  const out = (name: string) => form.querySelector<HTMLElement>(`[data-out="${name}"]`)!;
  const update = () => {
    const input: CalculatorInput = {
      wagePaid: num('wagePaid'), wageDeclared: num('wageDeclared'),
      monthsWorked: num('monthsWorked'), monthsDeclared: num('monthsDeclared'), monthsUnpaid: num('monthsUnpaid'),
    };
    const problems = inputProblems(input);
    out('problems').textContent = problems.map((p) => messages[p]).join(' ');
    if (problems.length) {
      for (const k of ['employer', 'employee', 'total', 'unregistered', 'under-declared', 'unpaid-month']) out(k).textContent = '—';
      return;
    }
    const r = calculate(input, params);
    out('employer').textContent = fmt(r.employer);
    out('employee').textContent = fmt(r.employee);
    out('total').textContent = fmt(r.total);
    for (const k of ['unregistered', 'under-declared', 'unpaid-month'] as const) out(k).textContent = fmt(r.byKind[k]);
  };
  form.addEventListener('input', update);
  form.addEventListener('submit', (e) => { e.preventDefault(); update(); });
  update();
}

document.querySelectorAll<HTMLFormElement>('form.arrears-calculator').forEach(wire);
