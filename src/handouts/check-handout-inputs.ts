/**
 * Checks the inputs of the facilitator pack before anything is built: the
 * participants CSV (untrusted), content/forms.yaml and content/certificate.yaml.
 * Problems have the same shape as the content check's, so the build reports
 * them the same way and stops on an error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ZodTypeAny } from 'astro/zod';
import type { Problem } from '../check/problem';
import { parseYaml, validateYaml, walkStrings } from '../check/yaml-file';
import { thaiProblems } from '../check/lao-script';
import { CERTIFICATE_FILE, FORMS_FILE, certificateSchema, formsSchema } from './handout-data';
import { loadParticipants } from './participants';
import { MICROTEACHING_FILE, hasMicroteachingSession, loadRotation, microteachingTextsSchema } from './microteaching-data';

function checkYamlFile(root: string, file: string, schema: ZodTypeAny): Problem[] {
  const path = join(root, file);
  if (!existsSync(path)) {
    return [{ severity: 'error', file, message: 'the file is missing', fix: `restore ${file} (the facilitator pack's forms and certificates are printed from it)` }];
  }
  const { parsed, problems } = parseYaml(file, readFileSync(path, 'utf8'));
  if (!parsed) return problems;
  const thai: Problem[] = [];
  walkStrings(parsed.data, (text, at, lo) => {
    if (lo) thai.push(...thaiProblems(text, file, () => parsed.lineOf(at)));
  });
  return [...validateYaml(parsed, schema).problems, ...thai];
}

export function checkHandoutInputs(root: string, env: NodeJS.ProcessEnv = process.env): Problem[] {
  return [
    ...(loadParticipants(root, env)?.problems ?? []),
    ...checkYamlFile(root, FORMS_FILE, formsSchema),
    ...checkYamlFile(root, CERTIFICATE_FILE, certificateSchema),
    // The microteaching rotation is made from the same list: too few or too many people is an error here, not in the print step.
    ...loadRotation(root, env).problems,
    ...(hasMicroteachingSession(root) ? checkYamlFile(root, MICROTEACHING_FILE, microteachingTextsSchema) : []),
  ];
}
