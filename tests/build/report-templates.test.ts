/**
 * The facilitator pack carries what the training report needs: the scoring
 * grid of each test form (numbered like the paper, with the item ids of
 * results.csv) and blank results.csv / feedback.csv whose columns are the
 * course's own item and question ids, which `npm run report` reads back.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/check/load-content';
import { readResults, testForms } from '../../src/report/report-input';
import { pdfInfo, pdfText } from '../helpers/pdf';
import { PROJECT_ROOT } from '../helpers/scratch-project';

const dist = join(PROJECT_ROOT, 'dist');
const forms = testForms(loadContent(PROJECT_ROOT).quizzes.map((q) => q.value));

describe('training report inputs in the facilitator pack', () => {
  it('has blank results.csv and feedback.csv with the course\u2019s ids as columns, in the pack and the facilitator copy only', () => {
    const results = readFileSync(join(dist, 'handouts/report-templates/results.csv'), 'utf8');
    const header = results.split('\r\n')[0].split(',');
    expect(header.slice(0, 2)).toEqual(['participant', 'form']);
    expect(header.slice(2)).toEqual(forms.flatMap((f) => f.items.map((i) => i.id)));
    // Filled in for one paper, the template reads back without a problem.
    const filled = results.replace(`\r\n,${forms[0].id},`, `\r\nP01,${forms[0].id},a`);
    expect(readResults(filled, 'results.csv', forms).problems).toEqual([]);
    const feedback = readFileSync(join(dist, 'handouts/report-templates/feedback.csv'), 'utf8').split('\r\n')[0].split(',');
    expect(feedback).toEqual(expect.arrayContaining(['form', 'd1-opening', 'pace', 'overall', 'most-useful']));
    expect(existsSync(join(dist, 'offline-facilitator/downloads/report-templates/results.csv'))).toBe(true);
    expect(existsSync(join(dist, 'offline/downloads/report-templates'))).toBe(false);
  });

  it.each(['en', 'lo'] as const)('prints a landscape scoring grid per form, its columns numbered and tied to the item ids (%s)', async (lang) => {
    for (const form of forms) {
      const file = join(dist, `handouts/${lang}/scoring-grid-${form.id}-${lang}.pdf`);
      expect((await pdfInfo(file))['Page size']).toMatch(/841\.\d+ x 59[45]\.\d+/);
      // Text extraction may break a long id at a hyphen: compare without spaces.
      const text = (await pdfText(file)).replace(/\s+/g, '');
      expect(text).toContain(`${form.items.length}=${form.items.at(-1)!.id}`);
      expect(text).toContain(form.id);
    }
  });
});
