/**
 * Day 2-4 printed materials copied from, or filled from, other data must agree with it:
 * the indicator cards with content/data/indicators.yaml, the enforcement case cards with
 * the case sheet they are cut from.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { materialSchema } from '../../src/schemas/material';
import { caseStudySchema } from '../../src/schemas/case-study';
import { withCaseFacts } from '../../src/lib/material-cards';
import { materialAudience } from '../../src/lib/print-documents';

const load = <T>(file: string, schema: { parse: (v: unknown) => T }) => schema.parse(parse(readFileSync(file, 'utf8')));

describe('indicator candidate cards (Day 2)', () => {
  const cards = load('content/materials/d2-indicator-candidate-cards.yaml', materialSchema);
  const { candidates } = parse(readFileSync('content/data/indicators.yaml', 'utf8')) as { candidates: { en: string; lo: string; kind: string; perverse: boolean }[] };

  it('has one card per candidate, in the same order and words, in both languages', () => {
    expect(cards.cards.map((c) => c.front)).toEqual(candidates.map((c) => ({ en: c.en, lo: c.lo })));
  });

  it('gives the data file\'s kind and perverse flag as the answer, so the answers print for the facilitator only', () => {
    candidates.forEach((c, i) => {
      expect(cards.cards[i].back!.en.toLowerCase()).toContain(c.kind);
      expect(cards.cards[i].back!.en).toMatch(c.perverse ? /: yes\.$/ : /: no\.$/);
    });
    expect(materialAudience(cards)).toBe('facilitator');
  });
});

describe('enforcement case cards (Day 4)', () => {
  const cards = load('content/materials/d4-enforcement-case-cards.yaml', materialSchema);
  const sheet = load(`case-studies/${cards.caseStudy}.yaml`, caseStudySchema);

  it('are the paragraphs of the case sheet, card by card, in both languages', () => {
    for (const lang of ['en', 'lo'] as const) {
      const paragraphs = sheet.narrative[lang].split(/\n\s*\n/).map((p) => p.trim());
      for (const card of cards.cards) expect(paragraphs.some((p) => p.endsWith(card.front[lang]))).toBe(true);
    }
    expect(cards.cards).toHaveLength(6);
  });

  it('show the case sheet\'s figures, filled from its facts', () => {
    const filled = withCaseFacts(cards, sheet.facts);
    const a = filled.cards.find((c) => c.id === 'card-a')!;
    const staff = sheet.facts.find((f) => f.id === 'a-staff')!;
    expect(a.front.en).toContain(`${staff.value} ${staff.unit!.en}`);
    for (const card of filled.cards) for (const lang of ['en', 'lo'] as const) expect(card.front[lang]).not.toMatch(/\{[a-z0-9-]+\}/);
  });
});

describe('check rule: {fact} placeholders in material cards', async () => {
  const { checkMaterials } = await import('../../src/check/rules/materials');
  const yaml = { lineOf: (path: (string | number)[]) => (path[0] === 'cards' ? 20 + Number(path[1]) : 3) };
  const content = (caseStudy: string | undefined, text: string) =>
    ({
      unreadable: new Set<string>(),
      sources: { value: [] },
      sessions: [{ file: 'content/sessions/s.yaml', value: { id: 's', materials: [{ en: 'x', lo: 'x', material: 'm' }] }, yaml }],
      caseStudies: [{ value: { id: 'c', facts: [{ id: 'known' }] } }],
      materials: [{ file: 'content/materials/m.yaml', yaml, value: { id: 'm', session: 's', layout: 'cards', caseStudy, sources: [], cards: [{ id: 'a', front: { en: text, lo: text } }] } }],
    }) as never;

  it('accepts a fact of the named case study', () => {
    expect(checkMaterials(content('c', 'It has {known}.'))).toEqual([]);
  });

  it('names the card line of an unknown fact, and of a placeholder without a case study', () => {
    const unknown = checkMaterials(content('c', 'It has {other}.'));
    expect(unknown.map((p) => [p.line, p.message])).toEqual([[20, '{other} is not a fact of case study "c"'], [20, '{other} is not a fact of case study "c"']]);
    expect(checkMaterials(content(undefined, '{known}'))[0].message).toContain('names no case study');
    expect(checkMaterials(content('missing', 'plain'))[0].message).toContain('"caseStudy: missing" names no case study');
  });
});
