/**
 * A synthetic class for the training report's tests and bench: answer sheets
 * drawn from a simple item-response model (seeded, so every run is the same).
 * Each participant has an ability, each item a difficulty; the chance of a
 * correct answer is logistic(ability - difficulty), and ability rises between
 * the pre- and the post-test. Wrong answers pick a distractor; a few are blank.
 */
import type { TestForm } from '../../src/report/report-input';
import { seededRandom } from '../../src/lib/seeded-random';

/** The project's seeded generator (src/lib/seeded-random.ts). */
export const seeded = seededRandom;

export interface SyntheticSheet {
  participant: string;
  form: string;
  answers: Record<string, string>;
}

export function syntheticClass(forms: TestForm[], participants: number, seed = 7): SyntheticSheet[] {
  const random = seeded(seed);
  const difficulty = new Map(forms.flatMap((f) => f.items.map((item) => [`${f.id}/${item.id}`, random() * 3 - 1.5] as const)));
  const sheets: SyntheticSheet[] = [];
  for (let p = 1; p <= participants; p++) {
    const ability = random() * 2 - 1.5;
    for (const form of forms) {
      const theta = ability + (form.phase === 'post' ? 1.5 : 0);
      const answers: Record<string, string> = {};
      for (const item of form.items) {
        const chance = 1 / (1 + Math.exp(-(theta - difficulty.get(`${form.id}/${item.id}`)!)));
        const r = random();
        if (r < 0.03) answers[item.id] = '';
        else if (random() < chance) answers[item.id] = item.answer;
        else {
          const wrong = item.options.filter((o) => o !== item.answer);
          answers[item.id] = wrong[Math.floor(random() * wrong.length)];
        }
      }
      sheets.push({ participant: `P${String(p).padStart(3, '0')}`, form: form.id, answers });
    }
  }
  return sheets;
}

/** The sheets as results.csv, as a spreadsheet would save it. */
export function resultsCsv(forms: TestForm[], sheets: SyntheticSheet[], delimiter = ','): string {
  const items = [...new Set(forms.flatMap((f) => f.items.map((i) => i.id)))];
  const rows = [['participant', 'form', ...items], ...sheets.map((s) => [s.participant, s.form, ...items.map((i) => s.answers[i] ?? '')])];
  return rows.map((r) => r.join(delimiter)).join('\r\n') + '\r\n';
}

/** Synthetic forms of a given size, options a-d, answers spread over the letters. */
export function syntheticForms(items: number): TestForm[] {
  return (['pre', 'post'] as const).map((phase) => ({
    id: `form-${phase}`,
    phase,
    title: { en: `Form ${phase}`, lo: `ແບບ ${phase}` },
    items: Array.from({ length: items }, (_, i) => ({ id: `${phase}-q${i + 1}`, answer: 'abcd'[i % 4], options: ['a', 'b', 'c', 'd'], outcome: `outcome-${(i % 7) + 1}` })),
  }));
}
