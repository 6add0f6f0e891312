/**
 * The training report's figures on a synthetic class, each checked against a
 * computation written differently here (point-biserial from group means,
 * gains from the raw letters), so a slip in statistics.ts cannot hide.
 */
import { describe, expect, it } from 'vitest';
import { readResults, type AnswerSheet, type TestForm } from '../../src/report/report-input';
import { classSummary, itemAnalysis, median, outcomeResults, participantResults, recommendations, ratingSummaries } from '../../src/report/statistics';
import { resultsCsv, syntheticClass, syntheticForms } from '../helpers/synthetic-class';

const forms = syntheticForms(12);
const synthetic = syntheticClass(forms, 30);
const { sheets, problems } = readResults(resultsCsv(forms, synthetic), 'results.csv', forms);

/** Point-biserial the textbook way: (mean of rest scores of those right - of those wrong) / sd * sqrt(p q). */
function pointBiserial(right: boolean[], rest: number[]): number {
  const n = right.length;
  const m1 = rest.filter((_, i) => right[i]);
  const m0 = rest.filter((_, i) => !right[i]);
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(rest.reduce((a, x) => a + (x - avg(rest)) ** 2, 0) / n);
  const p = m1.length / n;
  return ((avg(m1) - avg(m0)) / sd) * Math.sqrt(p * (1 - p));
}

describe('training report statistics', () => {
  it('reads the synthetic class without problems', () => {
    expect(problems).toEqual([]);
    expect(sheets).toHaveLength(60);
  });

  it('scores each participant from the letters, and gains and normalised gains follow', () => {
    const results = participantResults(sheets, forms);
    expect(results).toHaveLength(30);
    for (const r of results) {
      const count = (phase: 'pre' | 'post') => {
        const form = forms.find((f) => f.phase === phase)!;
        const raw = synthetic.find((s) => s.participant === r.participant && s.form === form.id)!;
        return form.items.filter((item) => raw.answers[item.id] === item.answer).length;
      };
      expect(r.pre).toBe(count('pre'));
      expect(r.post).toBe(count('post'));
      expect(r.gain).toBe(count('post') - count('pre'));
      const pre = (100 * count('pre')) / 12;
      const post = (100 * count('post')) / 12;
      if (pre < 100) expect(r.normalisedGain).toBeCloseTo((post - pre) / (100 - pre), 10);
    }
    const summary = classSummary(results);
    expect(summary.paired).toBe(30);
    expect(summary.meanPost!).toBeGreaterThan(summary.meanPre!); // the model raises ability
    expect(summary.medianPre).toBe(median(results.map((r) => r.pre!)));
  });

  it('computes difficulty and corrected point-biserial discrimination per item', () => {
    for (const form of forms) {
      const own = sheets.filter((s) => s.form === form.id);
      const analysis = itemAnalysis(sheets, form);
      expect(analysis).toHaveLength(form.items.length);
      for (const [index, row] of analysis.entries()) {
        const item = form.items[index];
        const right = own.map((s) => s.answers.get(item.id) === item.answer);
        expect(row.difficulty).toBeCloseTo(right.filter(Boolean).length / own.length, 10);
        const rest = own.map((s) => form.items.filter((other) => other.id !== item.id && s.answers.get(other.id) === other.answer).length);
        if (row.discrimination !== null) expect(row.discrimination).toBeCloseTo(pointBiserial(right, rest), 10);
        const shares = row.optionShares.reduce((a, o) => a + o.share, 0) + row.blankShare;
        expect(shares).toBeCloseTo(1, 10);
      }
    }
  });

  it('flags an item everyone gets right as too easy, and one the strong get wrong as discriminating negatively', () => {
    const form: TestForm = { id: 'f', phase: 'post', title: { en: 'F', lo: 'F' }, items: ['easy', 'odd', 'x1', 'x2', 'x3'].map((id) => ({ id, answer: 'a', options: ['a', 'b', 'c', 'd'] })) };
    // 12 sheets: ability k = number of x-items right; "odd" is right only for the weakest.
    const made: AnswerSheet[] = Array.from({ length: 12 }, (_, k) => {
      const strength = k % 4;
      const answers = new Map<string, string | null>([
        ['easy', 'a'],
        ['odd', strength === 0 ? 'a' : 'b'],
        ['x1', strength >= 1 ? 'a' : 'c'],
        ['x2', strength >= 2 ? 'a' : 'c'],
        ['x3', strength >= 3 ? 'a' : 'd'],
      ]);
      return { participant: `P${k}`, form: 'f', line: k + 2, answers };
    });
    const byItem = new Map(itemAnalysis(made, form).map((row) => [row.item, row]));
    expect(byItem.get('easy')!.flags).toContain('too-easy');
    expect(byItem.get('easy')!.discrimination).toBeNull(); // no variance
    expect(byItem.get('odd')!.flags).toContain('negative-discrimination');
    expect(byItem.get('x2')!.flags).not.toContain('negative-discrimination');
    const recs = recommendations([...byItem.values()], [], []);
    const toRevise = recs.filter((r) => r.kind === 'revise-item').map((r) => (r as { item: string }).item);
    expect(toRevise).toEqual(expect.arrayContaining(['easy', 'odd']));
    expect(toRevise).not.toContain('x2'); // half right, and right for the strong: a good item
  });

  it('gives the share correct per outcome, pre and post', () => {
    const outcomes = outcomeResults(sheets, forms, ['outcome-1', 'outcome-9']);
    const form = forms.find((f) => f.phase === 'post')!;
    const items = form.items.filter((i) => i.outcome === 'outcome-1');
    const own = synthetic.filter((s) => s.form === form.id);
    const right = own.reduce((n, s) => n + items.filter((i) => s.answers[i.id] === i.answer).length, 0);
    expect(outcomes[0].post).toBeCloseTo(right / (own.length * items.length), 10);
    expect(outcomes[1]).toMatchObject({ pre: null, post: null, items: 0 });
  });

  it('summarises ratings with counts per point and flags a low mean', () => {
    const form = { id: 'day-1', day: 1, ratings: [{ id: 'pace', text: { en: 'Pace', lo: 'ຈັງຫວະ' }, kind: 'statement' as const }], comments: [] };
    const rows = [2, 3, 3, 4].map((v, i) => ({ form: 'day-1', line: i + 2, ratings: new Map([['pace', v]]), comments: new Map() }));
    const [summary] = ratingSummaries(rows, [form], 5);
    expect(summary).toMatchObject({ answers: 4, mean: 3, counts: [0, 1, 2, 1, 0], low: true });
  });
});
