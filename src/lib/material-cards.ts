/**
 * How the cards of a printed material fall onto A4 sheets: every set, every
 * copy of every card, in order, cut into sheets of `perSheet` cards. A new set
 * starts on a new sheet, so sets can be handed to groups without sorting.
 */
import type { Lang } from '../schemas/common';
import type { CaseStudy } from '../schemas/case-study';
import type { Material, MaterialCard } from '../schemas/material';
import { fillFacts, type ComputedFigures } from './case-facts';

export interface CardSlot {
  /** Which set (1-based) the card belongs to. */
  set: number;
  card: MaterialCard;
}

export function cardSheets(material: Pick<Material, 'cards' | 'sets' | 'copiesPerSet' | 'perSheet'>): CardSlot[][] {
  const sheets: CardSlot[][] = [];
  for (let set = 1; set <= material.sets; set++) {
    const slots = material.cards.flatMap((card) => Array.from({ length: material.copiesPerSet }, () => ({ set, card })));
    for (let i = 0; i < slots.length; i += material.perSheet) sheets.push(slots.slice(i, i + material.perSheet));
  }
  return sheets;
}

/** The material with {fact-id} placeholders of its cards filled from its case study's facts (unchanged without a case study). */
export function withCaseFacts<M extends Pick<Material, 'cards'>>(material: M, facts: CaseStudy['facts'] | undefined, figures?: ComputedFigures): M {
  if (!facts) return material;
  const fill = (text: MaterialCard['front']) =>
    Object.fromEntries((['en', 'lo'] as Lang[]).map((lang) => [lang, fillFacts(text[lang], facts, lang, figures)])) as MaterialCard['front'];
  return { ...material, cards: material.cards.map((card) => ({ ...card, front: fill(card.front), ...(card.back ? { back: fill(card.back) } : {}) })) };
}
