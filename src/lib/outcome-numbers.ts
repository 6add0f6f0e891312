/**
 * Readers see an outcome as "group.outcome" (e.g. 2.3, the third outcome of
 * the second group), never its internal id (planning-3): the ids are English
 * words and mean nothing in Lao outputs.
 */

interface Groups {
  outcomes: { id: string }[];
}

/** The human number of every outcome, by id, in the order of content/competencies.yaml. */
export function outcomeNumbers(groups: readonly Groups[]): Map<string, string> {
  const numbers = new Map<string, string>();
  groups.forEach((g, gi) => g.outcomes.forEach((o, oi) => numbers.set(o.id, `${gi + 1}.${oi + 1}`)));
  return numbers;
}
