/** How printed materials fall onto A4 sheets, checked on the real Day 1 materials. */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { materialSchema, type Material } from '../../src/schemas/material';
import { cardSheets } from '../../src/lib/material-cards';
import { materialAudience } from '../../src/lib/print-documents';

const dir = join(process.cwd(), 'content/materials');
const materials: Material[] = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => materialSchema.parse(parse(readFileSync(join(dir, f), 'utf8'))));

describe('printed materials', () => {
  it('exist for Day 1 and all validate', () => {
    expect(materials.filter((m) => m.session.startsWith('d1-')).length).toBeGreaterThanOrEqual(4);
  });

  it.each(materials.filter((m) => m.layout === 'cards').map((m) => [m.id, m] as const))('%s: every card of every set is printed once, no sheet holds more than perSheet cards', (_id, m) => {
    const sheets = cardSheets(m);
    const slots = sheets.flat();
    expect(slots.length).toBe(m.sets * m.cards.length * m.copiesPerSet);
    expect(Math.max(...sheets.map((s) => s.length))).toBeLessThanOrEqual(m.perSheet);
    for (let set = 1; set <= m.sets; set++) {
      expect(slots.filter((s) => s.set === set).map((s) => s.card.id).sort()).toEqual(m.cards.flatMap((c) => Array(m.copiesPerSet).fill(c.id)).sort());
    }
    // A new set starts on a new sheet, so each set can be handed to a group as it comes off the printer.
    for (const sheet of sheets) expect(new Set(sheet.map((s) => s.set)).size).toBe(1);
  });

  it('cards with answers are kept out of the trainee downloads; answerless sheets are not', () => {
    for (const m of materials) {
      const hasAnswers = m.layout === 'cards' && m.cards.some((c) => c.back);
      expect(materialAudience(m)).toBe(hasAnswers ? 'facilitator' : 'trainee');
    }
    expect(materials.some((m) => materialAudience(m) === 'facilitator')).toBe(true);
  });
});
