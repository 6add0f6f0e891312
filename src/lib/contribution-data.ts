/**
 * Reads and validates the contribution parameters and an enterprise data set
 * from case-studies/data/. Bad data stops with the file name and the field to fix.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ZodTypeAny, z } from 'astro/zod';
import { contributionParametersSchema, enterpriseDataSchema } from '../schemas/contributions';
import { computedValues, type ComputedValue } from './contributions';

export const PARAMETERS_FILE = 'case-studies/data/contribution-parameters.yaml';
export const DEFAULT_ENTERPRISE = 'keomanivong-bricks';

function readValidated<S extends ZodTypeAny>(root: string, file: string, schema: S): z.infer<S> {
  const result = schema.safeParse(parse(readFileSync(join(root, file), 'utf8')));
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ');
    throw new Error(`${file}: ${issues}`);
  }
  return result.data;
}

export const readParameters = (root = process.cwd()) => readValidated(root, PARAMETERS_FILE, contributionParametersSchema);
export const readEnterprise = (id = DEFAULT_ENTERPRISE, root = process.cwd()) =>
  readValidated(root, `case-studies/data/${id}.yaml`, enterpriseDataSchema);

/** Ids of the enterprise data sets in case-studies/data/ (every YAML file but the parameters). */
export function listEnterprises(root = process.cwd()): string[] {
  const dir = join(root, 'case-studies/data');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && `case-studies/data/${f}` !== PARAMETERS_FILE)
    .map((f) => f.replace(/\.yaml$/, ''))
    .sort();
}

/** The computed figures a case study's `computed` facts refer to, from its enterprise data set; undefined when it has none. */
export function caseStudyFigures(
  caseStudy: { enterprise?: string; facts: { computed?: string }[] },
  root = process.cwd(),
): Record<string, ComputedValue> | undefined {
  if (!caseStudy.facts.some((f) => f.computed !== undefined)) return undefined;
  return computedValues(readEnterprise(caseStudy.enterprise ?? DEFAULT_ENTERPRISE, root), readParameters(root));
}
