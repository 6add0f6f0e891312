/**
 * The interpreted-delivery rule for session plans: the core steps, with
 * facilitator input counted twice (consecutive interpretation), must fit in
 * the session; and a session that lectures must say which steps are input,
 * or the rule would have nothing to count. (That the full plan adds up to the
 * duration is checked in rules.ts.)
 */
import type { LoadedContent } from '../load-content';
import type { Problem } from '../problem';
import { planTiming } from '../../lib/session-timing';

export function checkPlanTiming(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  for (const s of content.sessions) {
    const { plan, duration, methods } = s.value;
    if (plan.length === 0) continue;
    const timing = planTiming(plan);
    if (timing.coreInterpreted > duration) {
      const optional = timing.full - timing.core;
      problems.push({
        severity: 'error',
        file: s.file,
        line: s.yaml.lineOf(['plan']),
        message:
          `with consecutive interpretation the core steps of the plan need ${timing.coreInterpreted} minutes ` +
          `(${timing.core} minutes of core steps, of which ${timing.coreInput} of facilitator input counted twice), but the session lasts ${duration} ` +
          `(full plan ${timing.full} minutes, ${optional} of them optional)`,
        fix: `find ${timing.coreInterpreted - duration} minutes: mark steps that can be dropped "optional: true", shorten core steps (input steps count twice), or lengthen the session`,
      });
    }
    if (methods.includes('lecture') && !plan.some((step) => step.input)) {
      problems.push({
        severity: 'error',
        file: s.file,
        line: s.yaml.lineOf(['plan']),
        message: 'the session lectures (methods: lecture) but no plan step is marked "input: true", so its interpreted length cannot be checked',
        fix: 'add "input: true" to every step where the facilitator presents, explains, instructs or answers in plenary',
      });
    }
  }
  return problems;
}
