/**
 * Loading and checking the implementation plan, and the rows every output
 * (chart, tables, spreadsheet) is drawn from, so that they cannot disagree.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Problem } from '../check/problem';
import { parseYaml, validateYaml, walkStrings } from '../check/yaml-file';
import { thaiProblems } from '../check/lao-script';
import type { Lang } from '../schemas/common';
import { printLanguagePaths } from '../lib/print-route';
import { implementationPlanSchema, type ImplementationPlan, type PlanActivity } from '../schemas/implementation-plan';

export const PLAN_FILE = 'content/implementation-plan.yaml';
/** Day 2's indicator sheet; the plan's indicator ids must exist in it when it is present. */
export const INDICATORS_FILE = 'content/data/indicators.yaml';

/** The session that drafts the plan; without it (a content fixture) the plan file is not required. */
export const PLAN_SESSION_FILE = 'content/sessions/d5-implementation-plan.yaml';

export function checkImplementationPlan(root: string): Problem[] {
  const path = join(root, PLAN_FILE);
  if (!existsSync(path) && !existsSync(join(root, PLAN_SESSION_FILE))) return [];
  if (!existsSync(path)) return [{ severity: 'error', file: PLAN_FILE, message: 'the file is missing', fix: `restore ${PLAN_FILE} (the six-month plan page, chart and spreadsheet are built from it)` }];
  const { parsed, problems } = parseYaml(PLAN_FILE, readFileSync(path, 'utf8'));
  if (!parsed) return problems;
  const thai: Problem[] = [];
  walkStrings(parsed.data, (text, at, lo) => {
    if (lo) thai.push(...thaiProblems(text, PLAN_FILE, () => parsed.lineOf(at)));
  });
  const { value, problems: invalid } = validateYaml(parsed, implementationPlanSchema);
  const rules: Problem[] = [];
  if (value) {
    const plan = value as ImplementationPlan;
    const streams = new Set(plan.workstreams.map((w) => w.id));
    const seen = new Set<string>();
    plan.activities.forEach((a, i) => {
      const line = parsed.lineOf(['activities', i, 'id']);
      if (!streams.has(a.workstream)) rules.push({ severity: 'error', file: PLAN_FILE, line, message: `activity "${a.id}" names workstream "${a.workstream}", which is not in the workstreams list`, fix: `use one of: ${[...streams].join(', ')}` });
      if (seen.has(a.id)) rules.push({ severity: 'error', file: PLAN_FILE, line, message: `activity id "${a.id}" is used twice`, fix: 'give each activity its own id' });
      seen.add(a.id);
    });
    const indicators = indicatorIds(root);
    if (indicators) {
      plan.activities.forEach((a, i) => {
        if (a.indicatorId && !indicators.has(a.indicatorId)) {
          rules.push({ severity: 'error', file: PLAN_FILE, line: parsed.lineOf(['activities', i, 'indicatorId']), message: `indicator "${a.indicatorId}" is not in ${INDICATORS_FILE}`, fix: `use one of: ${[...indicators].join(', ')}, or remove indicatorId and name the indicator generically` });
        }
      });
    }
  }
  return [...invalid, ...thai, ...rules];
}

/** Ids of Day 2's indicators, or undefined when the sheet is not in this tree. */
function indicatorIds(root: string): Set<string> | undefined {
  const path = join(root, INDICATORS_FILE);
  if (!existsSync(path)) return undefined;
  const data = parse(readFileSync(path, 'utf8')) as { indicators?: { id: string }[] };
  return new Set((data.indicators ?? []).map((i) => i.id));
}

export function loadImplementationPlan(root = process.cwd()): ImplementationPlan {
  return implementationPlanSchema.parse(parse(readFileSync(join(root, PLAN_FILE), 'utf8')));
}

/** One row per activity, in workstream order, with its workstream's name. */
export interface PlanRow {
  activity: PlanActivity;
  workstream: string;
  /** Months 1-6: true when the activity runs in that month. */
  active: boolean[];
}

export function planRows(plan: ImplementationPlan, lang: Lang): PlanRow[] {
  return plan.workstreams.flatMap((w) =>
    plan.activities
      .filter((a) => a.workstream === w.id)
      .map((activity) => ({
        activity,
        workstream: w.name[lang],
        active: Array.from({ length: plan.months }, (_, m) => m + 1 >= activity.startMonth && m + 1 <= activity.endMonth),
      })),
  );
}

/** getStaticPaths of the plan's handout and spreadsheet: both languages, or none in a project without the plan (content fixtures). */
export function planPrintPaths() {
  return existsSync(join(process.cwd(), PLAN_FILE)) ? printLanguagePaths() : [];
}
