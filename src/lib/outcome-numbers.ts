/**
 * Printable numbers for competency outcomes: "2.3" is the third outcome of the
 * second group in content/competencies.yaml. Papers, answer keys and the
 * competency table print these numbers, never the outcome ids (planning-3),
 * which are English words and would appear untranslated in Lao outputs.
 */
export interface OutcomeGroup {
  outcomes: { id: string }[];
}

/** Map from outcome id to its printed number, in the order of the framework. */
export function outcomeNumbers(groups: OutcomeGroup[]): Map<string, string> {
  const numbers = new Map<string, string>();
  groups.forEach((group, g) => group.outcomes.forEach((outcome, o) => numbers.set(outcome.id, `${g + 1}.${o + 1}`)));
  return numbers;
}
