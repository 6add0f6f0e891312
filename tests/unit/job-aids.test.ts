/** The Day 4 decision table prints as a job aid straight from its data file (no copy in content/materials/). */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { jobAidTitle, listJobAids } from '../../src/lib/job-aids';
import { printDocuments } from '../../src/lib/print-documents';

describe('job aids from reference data', () => {
  const data = parse(readFileSync('content/data/enforcement-decisions.yaml', 'utf8'));

  it('lists the enforcement decision table with the title of its data file', () => {
    expect(listJobAids()).toEqual([{ id: 'enforcement-decisions', title: data.title }]);
  });

  it('prints it in both languages, for trainees, with a Word copy', () => {
    const docs = printDocuments({ quizzes: [], rolePlays: [], caseStudies: [], jobAids: listJobAids() }).filter((d) => d.kind === 'job-aid');
    expect(docs.map((d) => [d.route, d.output, d.audience])).toEqual([
      ['/print/en/job-aid/enforcement-decisions/', 'handouts/en/job-aid-enforcement-decisions-en.pdf', 'trainee'],
      ['/print/lo/job-aid/enforcement-decisions/', 'handouts/lo/job-aid-enforcement-decisions-lo.pdf', 'trainee'],
    ]);
    expect(docs[1].title).toBe(data.title.lo);
    expect(docs.every((d) => d.docx)).toBe(true);
  });

  it('names the known job aids when asked for an unknown one', () => {
    expect(() => jobAidTitle('nothing')).toThrow('enforcement-decisions');
  });
});
