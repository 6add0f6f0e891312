/**
 * A procedure as a graph: which step leads to which. The check and every
 * rendering (flowchart, table, checklist) read the arrows from here, so they
 * cannot disagree about where a step goes.
 */
import { END, type Procedure, type ProcedureStep } from '../../schemas/procedure';
import type { Localized } from '../../schemas/common';

export interface ProcedureEdge {
  from: string;
  /** A step id, or "end". */
  to: string;
  /** The branch label, for arrows out of a decision. */
  label?: Localized;
  /** Marked as an intended loop back. */
  loop: boolean;
  /** Where it is written, for error lines: ['steps', i, 'next'] or ['steps', i, 'decision', 'branches', j, 'next']. */
  path: (string | number)[];
}

/** The arrows out of one step. A step with no `next` and no decision goes to the step written after it (or ends). */
export function edgesOf(procedure: Procedure, index: number): ProcedureEdge[] {
  const step = procedure.steps[index];
  if (step.decision) {
    return step.decision.branches.map((branch, j) => ({
      from: step.id,
      to: branch.next,
      label: branch.label,
      loop: branch.loop,
      path: ['steps', index, 'decision', 'branches', j, 'next'],
    }));
  }
  const to = step.next ?? procedure.steps[index + 1]?.id ?? END;
  return [{ from: step.id, to, loop: step.loop, path: ['steps', index, step.next ? 'next' : 'id'] }];
}

export function procedureEdges(procedure: Procedure): ProcedureEdge[] {
  return procedure.steps.flatMap((_, i) => edgesOf(procedure, i));
}

/** Steps reachable from the first one, following every arrow. */
export function reachableSteps(procedure: Procedure): Set<string> {
  const edges = procedureEdges(procedure);
  const seen = new Set<string>();
  const queue = procedure.steps.length ? [procedure.steps[0].id] : [];
  while (queue.length) {
    const id = queue.shift()!;
    if (seen.has(id) || id === END) continue;
    seen.add(id);
    for (const e of edges) if (e.from === id) queue.push(e.to);
  }
  return seen;
}

/**
 * Arrows that close a cycle although they are not marked `loop: true`.
 * Marked loops are left out first; any cycle still there is unintended, and
 * the arrow reported is the one that goes back (found by a depth-first walk
 * from the first step, in the order the steps are written).
 */
export function unmarkedCycleEdges(procedure: Procedure): ProcedureEdge[] {
  const edges = procedureEdges(procedure).filter((e) => !e.loop && e.to !== END);
  const ids = new Set(procedure.steps.map((s) => s.id));
  const state = new Map<string, 'open' | 'done'>();
  const found: ProcedureEdge[] = [];
  const visit = (id: string) => {
    state.set(id, 'open');
    for (const e of edges.filter((x) => x.from === id && ids.has(x.to))) {
      const s = state.get(e.to);
      if (s === 'open') found.push(e);
      else if (!s) visit(e.to);
    }
    state.set(id, 'done');
  };
  for (const step of procedure.steps) if (!state.has(step.id)) visit(step.id);
  return found;
}

/** The 1-based number of each step, as printed in the table, the flowchart and the checklist. */
export function stepNumbers(procedure: Procedure): Map<string, number> {
  return new Map(procedure.steps.map((s, i) => [s.id, i + 1]));
}

/**
 * The steps a page asks for with `steps="..."`: "3-6" (numbers) or "collect-data-approve"
 * (two step ids joined by a hyphen; ids contain hyphens, so every split is tried).
 * Returns undefined when the text names no range of this procedure.
 */
export function stepRange(procedure: Procedure, spec: string): ProcedureStep[] | undefined {
  const ids = procedure.steps.map((s) => s.id);
  const numbers = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(spec);
  let from = -1;
  let to = -1;
  if (numbers) {
    from = Number(numbers[1]) - 1;
    to = Number(numbers[2]) - 1;
  } else if (ids.includes(spec.trim())) {
    from = to = ids.indexOf(spec.trim());
  } else {
    const parts = spec.trim().split('-');
    for (let cut = 1; cut < parts.length; cut++) {
      const a = ids.indexOf(parts.slice(0, cut).join('-'));
      const b = ids.indexOf(parts.slice(cut).join('-'));
      if (a !== -1 && b !== -1) {
        from = a;
        to = b;
        break;
      }
    }
  }
  if (from < 0 || to < from || to >= ids.length) return undefined;
  return procedure.steps.slice(from, to + 1);
}
