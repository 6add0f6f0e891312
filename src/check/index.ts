/** The whole content check: load and validate every file, then apply the cross-file rules. */
import { loadContent } from './load-content';
import { checkRules } from './rules';
import { checkLaoText } from './rules/lao-text';
import { checkLinks } from './rules/links';
import { checkMaterials } from './rules/materials';
import { checkProcedures } from './rules/procedures';
import { checkTerminology } from './rules/terminology';
import { checkTranslations } from './rules/translations';
import { checkPlanTiming } from './rules/plan-timing';
import { checkQuizItems } from './rules/quiz-items';
import { checkAssessmentForms } from './rules/assessment-forms';
import { checkLaoUsage } from './rules/lao-usage';
import { checkComputedNumbers } from './rules/computed-numbers';
import { checkHandoutInputs } from '../handouts/check-handout-inputs';
import { checkImplementationPlan } from '../plan/implementation-plan';
import type { Problem } from './problem';

export function checkContent(root: string): { problems: Problem[]; errors: number; warnings: number } {
  const content = loadContent(root);
  const problems = [
    ...content.problems,
    ...checkRules(content),
    ...checkLinks(content),
    ...checkMaterials(content),
    ...checkProcedures(content),
    ...checkLaoText(content),
    ...checkTerminology(content),
    ...checkTranslations(content),
    ...checkPlanTiming(content),
    ...checkQuizItems(content),
    ...checkAssessmentForms(content),
    ...checkLaoUsage(content),
    ...checkComputedNumbers(content),
    // the participants list (untrusted), forms and certificate settings of the facilitator pack
    ...checkHandoutInputs(root),
    // the six-month implementation plan (Day 5), and its links to Day 2's indicator sheet
    ...checkImplementationPlan(root),
  ].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return {
    problems,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
  };
}
