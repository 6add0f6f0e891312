/**
 * Case-study figures are written once and inserted into each language's
 * narrative where it says {fact-id}.
 */
import type { Lang } from '../schemas/common';
import type { CaseStudy } from '../schemas/case-study';
import { formatNumber } from './text';

const PLACEHOLDER = /\{([a-z0-9]+(?:-[a-z0-9]+)*)\}/g;

/** The ids a narrative refers to. */
export function factReferences(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

/** A fact's value with its unit, in the given language. */
export function formatFact(fact: CaseStudy['facts'][number], lang: Lang): string {
  const value = typeof fact.value === 'number' ? formatNumber(fact.value, lang) : fact.value;
  return fact.unit ? `${value} ${fact.unit[lang]}` : value;
}

/** Replace {fact-id} placeholders; an unknown id throws (the check reports it earlier, with the file). */
export function fillFacts(text: string, facts: CaseStudy['facts'], lang: Lang): string {
  return text.replace(PLACEHOLDER, (whole, id: string) => {
    const fact = facts.find((f) => f.id === id);
    if (!fact) throw new Error(`Unknown fact {${id}}`);
    return formatFact(fact, lang);
  });
}

/** What LSSO must check about a fact, in the given language (a note may be written once, in one language). */
export function factVerifyNote(fact: CaseStudy['facts'][number], lang: Lang): string | undefined {
  return typeof fact.verify === 'string' ? fact.verify : fact.verify?.[lang];
}
