/**
 * Worked-example figures come from src/lib/contributions.ts through <Computed name="..."/>.
 * This rule fails a page when a name is unknown, or when a paragraph types an amount or
 * a percentage beside computed figures that none of them equals (a number typed twice
 * that has drifted). Verify notes are skipped: they quote sources, not results.
 * A case study's `computed` facts must name a figure of its enterprise data set.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedContent } from '../load-content';
import type { Problem } from '../problem';
import { DEFAULT_ENTERPRISE, PARAMETERS_FILE, readEnterprise, readParameters } from '../../lib/contribution-data';
import { computedValues, type ComputedValue } from '../../lib/contributions';

const COMPUTED = /<Computed\s+name=["']([^"']+)["'](?:\s+enterprise=["']([^"']+)["'])?\s*\/>/g;
/** Grouped amounts (1,234,000 or 1.234.000) and percentages (6%, 5.5%, 5,5%). */
const TYPED = /(?<![\d.,])(\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?\s?%)(?![\d])/g;

function typedValue(text: string): { value: number; percent: boolean } {
  const percent = text.includes('%');
  const digits = text.replace(/\s?%/, '');
  // In an amount the separators group thousands; in a percentage a separator is the decimal mark.
  const value = percent ? Number(digits.replace(',', '.')) / 100 : Number(digits.replace(/[.,]/g, ''));
  return { value, percent };
}

export function checkComputedNumbers(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  const pages = content.pages.filter((page) => page.body.includes('<Computed'));
  const computedCases = (content.caseStudies ?? []).filter((c) => c.value.facts.some((f) => f.computed !== undefined));
  if (pages.length === 0 && computedCases.length === 0) return problems;
  const cache = new Map<string, Record<string, ComputedValue> | null>();
  const valuesOf = (enterprise: string, file: string, line: number) => {
    if (!cache.has(enterprise)) {
      try {
        if (!existsSync(join(content.root, `case-studies/data/${enterprise}.yaml`))) throw new Error(`case-studies/data/${enterprise}.yaml is missing`);
        cache.set(enterprise, computedValues(readEnterprise(enterprise, content.root), readParameters(content.root)));
      } catch (error) {
        problems.push({ severity: 'error', file, line, message: `cannot compute the figures: ${(error as Error).message}`, fix: `correct the data in case-studies/data/ (${PARAMETERS_FILE} or ${enterprise}.yaml)` });
        cache.set(enterprise, null);
      }
    }
    return cache.get(enterprise);
  };
  for (const page of pages) {
    let offset = 0;
    for (const paragraph of page.body.split(/\n\s*\n/)) {
      const line = page.bodyLine + page.body.slice(0, offset).split('\n').length - 1;
      offset += paragraph.length + 2;
      const used: ComputedValue[] = [];
      for (const m of paragraph.matchAll(COMPUTED)) {
        const values = valuesOf(m[2] ?? DEFAULT_ENTERPRISE, page.file, line);
        if (!values) continue;
        const v = values[m[1]];
        if (!v) {
          problems.push({ severity: 'error', file: page.file, line, message: `<Computed name="${m[1]}"/> names no computed figure`, fix: `use one of the names computedValues() in src/lib/contributions.ts returns, e.g. "total.arrears", "w03.monthly-total", "rate.employer"` });
        } else used.push(v);
      }
      if (used.length === 0) continue;
      const prose = paragraph.replace(COMPUTED, ' ').replace(/note=(?:"[^"]*"|'[^']*')/g, ' ');
      for (const m of prose.matchAll(TYPED)) {
        const typed = typedValue(m[1]);
        const same = used.some((u) => (u.kind === 'percent') === typed.percent && Math.abs(u.value - typed.value) < 1e-9);
        if (!same) {
          problems.push({ severity: 'error', file: page.file, line, message: `"${m[1]}" is typed beside computed figures and equals none of them`, fix: 'replace the typed number with <Computed name="..."/>, or correct it' });
        }
      }
    }
  }
  for (const c of computedCases) {
    const enterprise = c.value.enterprise ?? DEFAULT_ENTERPRISE;
    c.value.facts.forEach((fact, i) => {
      if (fact.computed === undefined) return;
      const line = c.yaml.lineOf(['facts', i, 'computed']);
      const values = valuesOf(enterprise, c.file, line ?? 1);
      if (values && !values[fact.computed]) {
        problems.push({ severity: 'error', file: c.file, line, message: `fact "${fact.id}": "computed: ${fact.computed}" names no figure of case-studies/data/${enterprise}.yaml`, fix: 'use one of the names computedValues() in src/lib/contributions.ts returns, e.g. "total.arrears", "count.never-registered", "w02.wage-paid"' });
      }
    });
  }
  return problems;
}
