/**
 * The interpreted-delivery rule, in one place for the check and the printed plan:
 * the full plan fills the session; the core steps (not optional), with
 * facilitator input counted twice (consecutive interpretation), must fit too.
 */

/** What timing needs of a plan step. */
export interface TimedStep {
  minutes: number;
  /** May be dropped when time runs short. */
  optional?: boolean;
  /** Facilitator input: about twice as long with consecutive interpretation. */
  input?: boolean;
}

export interface PlanTiming {
  /** Minutes of every step, as written. */
  full: number;
  /** Minutes of the core (not optional) steps, as written. */
  core: number;
  /** Minutes of the core input steps, as written (they count twice below). */
  coreInput: number;
  /** The core steps with input counted twice: what an interpreted delivery needs. */
  coreInterpreted: number;
}

export function planTiming(plan: readonly TimedStep[]): PlanTiming {
  let full = 0;
  let core = 0;
  let coreInput = 0;
  for (const step of plan) {
    full += step.minutes;
    if (step.optional) continue;
    core += step.minutes;
    if (step.input) coreInput += step.minutes;
  }
  return { full, core, coreInput, coreInterpreted: core + coreInput };
}
