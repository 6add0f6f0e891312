/**
 * Case-study figures are written once and inserted into each language's
 * narrative where it says {fact-id}. A fact marked `computed` takes its value
 * from the contribution calculation (computedValues), passed in by the caller.
 */
import type { Lang } from '../schemas/common';
import type { CaseStudy } from '../schemas/case-study';
import { formatComputed, type ComputedValue } from './contributions';
import { formatNumber } from './text';

/** The computed figures of the case's enterprise, by name (see computedValues in contributions.ts). */
export type ComputedFigures = Record<string, ComputedValue>;

const PLACEHOLDER = /\{([a-z0-9]+(?:-[a-z0-9]+)*)\}/g;

/** The ids a narrative refers to. */
export function factReferences(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

/** Whether any fact of the case is computed (then the caller must pass the computed figures). */
export function hasComputedFacts(facts: CaseStudy['facts']): boolean {
  return facts.some((f) => f.computed !== undefined);
}

/** A fact's value with its unit, in the given language; a computed fact is looked up in `figures`. */
export function formatFact(fact: CaseStudy['facts'][number], lang: Lang, figures?: ComputedFigures): string {
  let value: string;
  if (fact.computed !== undefined) {
    const figure = figures?.[fact.computed];
    if (!figure) throw new Error(`Fact "${fact.id}": no computed figure "${fact.computed}" (npm run check names the file and line)`);
    value = formatComputed(figure, lang);
  } else {
    value = typeof fact.value === 'number' ? formatNumber(fact.value, lang) : String(fact.value ?? '');
  }
  return fact.unit ? `${value} ${fact.unit[lang]}` : value;
}

/** Replace {fact-id} placeholders; an unknown id throws (the check reports it earlier, with the file). */
export function fillFacts(text: string, facts: CaseStudy['facts'], lang: Lang, figures?: ComputedFigures): string {
  return text.replace(PLACEHOLDER, (whole, id: string) => {
    const fact = facts.find((f) => f.id === id);
    if (!fact) throw new Error(`Unknown fact {${id}}`);
    return formatFact(fact, lang, figures);
  });
}

/** What LSSO must check about a fact, in the given language (a note may be written once, in one language). */
export function factVerifyNote(fact: CaseStudy['facts'][number], lang: Lang): string | undefined {
  return typeof fact.verify === 'string' ? fact.verify : fact.verify?.[lang];
}
