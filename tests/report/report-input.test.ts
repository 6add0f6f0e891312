/**
 * Bad answer sheets and feedback forms, as they come from spreadsheets: each
 * gets a message naming the file, the row and the column, and no records.
 */
import { describe, expect, it } from 'vitest';
import { feedbackForms, formatProblem, looksLikeName, readFeedback, readResults } from '../../src/report/report-input';
import { syntheticForms } from '../helpers/synthetic-class';

const forms = syntheticForms(3);
const header = 'participant,form,pre-q1,pre-q2,pre-q3,post-q1,post-q2,post-q3';
const results = (...rows: string[]) => [header, ...rows].join('\n');
const problemsOf = (text: string) => readResults(text, 'results.csv', forms).problems.map(formatProblem);

const feedback = feedbackForms(
  {
    scale: [1, 2, 3, 4, 5].map((n) => ({ en: String(n), lo: String(n) })),
    dailyFeedback: { statements: [{ id: 'pace', text: { en: 'Pace', lo: 'ຈັງຫວະ' } }], openQuestions: [{ id: 'unclear', text: { en: 'Unclear?', lo: 'ບໍ່ຈະແຈ້ງ?' } }] },
    courseEvaluation: { sections: [{ statements: [{ id: 'relevant', text: { en: 'Relevant', lo: 'ກ່ຽວຂ້ອງ' } }] }], overall: { en: 'Overall', lo: 'ໂດຍລວມ' }, openQuestions: [] },
  },
  [],
  [1, 2],
);
const feedbackProblems = (text: string) => readFeedback(text, 'feedback.csv', feedback, 5).problems.map(formatProblem);

describe('results.csv', () => {
  it('reads a good file, with semicolons and a byte-order mark as spreadsheets save it', () => {
    const text = '\uFEFF' + results('P01,form-pre,a,B,,,,', 'P01,form-post,,,,a,b,c').replace(/,/g, ';');
    const { sheets, problems } = readResults(text, 'results.csv', forms);
    expect(problems).toEqual([]);
    expect(sheets[0].answers.get('pre-q2')).toBe('b'); // capital letters are read as lower case
    expect(sheets[0].answers.get('pre-q3')).toBeNull();
  });

  it('names an unknown item id in the header', () => {
    expect(problemsOf(results('P01,form-pre,a,b,c,,,').replace('pre-q3', 'pre-q33'))).toEqual([
      'error: results.csv:1: column "pre-q33": unknown item id "pre-q33": use the column names of the template in the facilitator pack',
    ]);
  });

  it('names a letter that is not an option, with its row and column', () => {
    expect(problemsOf(results('P01,form-pre,a,e,c,,,'))).toEqual([
      'error: results.csv:2: column "pre-q2": "e" is not an option of item pre-q2 (options a, b, c, d): type the letter circled, or leave it blank',
    ]);
  });

  it('refuses a participant with two pre-tests', () => {
    expect(problemsOf(results('P01,form-pre,a,b,c,,,', 'P01,form-pre,a,a,a,,,'))).toEqual([
      'error: results.csv:3: column "participant": participant "P01" has two pre-tests (lines 2 and 3): keep one',
    ]);
  });

  it('refuses a name where a code should be', () => {
    expect(looksLikeName('P07')).toBe(false);
    expect(looksLikeName('LSSO-12')).toBe(false);
    for (const name of ['Somsak P.', 'Noy', 'ສົມສັກ', 'Phetsamone2 X']) expect(looksLikeName(name), name).toBe(true);
    expect(problemsOf(results('Somsak Phommachan,form-pre,a,b,c,,,'))[0]).toContain('results.csv:2: column "participant": "Somsak Phommachan" looks like a name, not a code');
  });

  it('refuses an answer to an item of the other form, and an unknown form', () => {
    expect(problemsOf(results('P01,form-pre,a,b,c,a,,'))).toEqual(['error: results.csv:2: column "post-q1": item post-q1 is not on form form-pre: leave it blank on this row']);
    expect(problemsOf(results('P01,pre,a,b,c,,,'))[0]).toBe('error: results.csv:2: column "form": "pre" is not a test form: write one of form-pre, form-post');
  });

  it('says what is wrong with an empty file, a header alone, UTF-16 and a legacy encoding', () => {
    expect(problemsOf('')).toEqual(['error: results.csv: the file is empty: it needs a header row and one row per paper']);
    expect(problemsOf(header)).toEqual(['error: results.csv:1: the file has a header row but no rows: type one row per paper']);
    expect(problemsOf('p\u0000a\u0000r\u0000')[0]).toContain('saved as UTF-16');
    expect(problemsOf(results('P01,form-pre,\uFFFD,b,c,,,'))[0]).toContain('not UTF-8');
  });
});

describe('feedback.csv', () => {
  it('reads ratings and comments per form', () => {
    const { rows, problems } = readFeedback('form,pace,unclear,relevant,overall\nday-1,4,"Too fast, please",,\nevaluation,,,5,4\n', 'feedback.csv', feedback, 5);
    expect(problems).toEqual([]);
    expect(rows[0].ratings.get('pace')).toBe(4);
    expect(rows[0].comments.get('unclear')).toBe('Too fast, please');
    expect(rows[1].ratings.get('overall')).toBe(4);
  });

  it('names a rating out of range, and a question that is not on the row\u2019s form', () => {
    expect(feedbackProblems('form,pace,relevant\nday-2,6,\nday-1,3,4\n')).toEqual([
      'error: feedback.csv:2: column "pace": "6" is not a rating from 1 to 5: type the number ticked, or leave it blank',
      'error: feedback.csv:3: column "relevant": question relevant is not on form day-1: leave it blank on this row',
    ]);
  });
});

describe('the blank templates', () => {
  it('skip rows nobody filled in, and say so when no row is filled in', async () => {
    const { resultsTemplate } = await import('../../src/report/templates');
    const template = resultsTemplate(forms, 3);
    expect(template.split('\r\n')[0]).toBe(header);
    expect(problemsOf(template)).toEqual(['error: results.csv: no answer sheet is filled in: type one row per paper (participant code, form, letters)']);
    const filled = template.replace('\r\n,form-pre,,,,,,', '\r\nP09,form-pre,a,b,c,,,');
    const { sheets, problems } = readResults(filled, 'results.csv', forms);
    expect(problems).toEqual([]);
    expect(sheets.map((s) => s.participant)).toEqual(['P09']);
  });
});
