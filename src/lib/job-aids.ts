/**
 * One-page job aids printed from reference data in content/data/ (no copy of the
 * data in content/materials/): their ids, and the title each takes from its data file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Localized } from '../schemas/common';

/** Job aid id -> the data file it prints. */
const SOURCES = { 'enforcement-decisions': 'content/data/enforcement-decisions.yaml' } as const;
export const JOB_AIDS = Object.keys(SOURCES) as (keyof typeof SOURCES)[];

/** The title of a job aid, read from its data file; a missing title names the file to fix. */
export function jobAidTitle(id: string, root = process.cwd()): Localized {
  const file = SOURCES[id as keyof typeof SOURCES];
  if (!file) throw new Error(`No job aid "${id}": known ones are ${JOB_AIDS.join(', ')} (src/lib/job-aids.ts)`);
  const title = (parse(readFileSync(join(root, file), 'utf8')) as { title?: Localized }).title;
  if (!title?.en || !title?.lo) throw new Error(`${file}: "title" needs an en and a lo text`);
  return title;
}

/** The job aids whose data file exists, with their titles, for the print inventory. */
export function listJobAids(root = process.cwd()): { id: string; title: Localized }[] {
  return JOB_AIDS.filter((id) => existsSync(join(root, SOURCES[id]))).map((id) => ({ id, title: jobAidTitle(id, root) }));
}
