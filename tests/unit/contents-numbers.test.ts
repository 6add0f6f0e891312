/** Matching the book's headings to the PDF bookmarks, which gives the contents their page numbers. */
import { describe, expect, it } from 'vitest';
import { matchHeadingsToOutline } from '../../src/print/pdf-printer';

describe('matchHeadingsToOutline', () => {
  const outline = [
    { title: 'Course agenda', page: 3 },
    { title: 'Day 1: Foundations', page: 3 }, // the agenda's own day heading
    { title: 'Day 1: Foundations', page: 7 }, // the day's title page
    { title: 'Opening', page: 8 },
    { title: 'Key takeaways', page: 10 },
    { title: 'Day 2: Planning', page: 21 },
    { title: 'Strategic planning', page: 22 },
    { title: 'Key takeaways', page: 30 },
    { title: 'Annex: Glossary', page: 40 },
  ];

  it('numbers every contents entry although a repeated title has no bookmark of its own where it stands', () => {
    const headings = [
      { id: 'agenda', text: 'Course agenda' },
      { id: 'agenda-day-1', text: 'Day 1: Foundations' },
      { id: 'day-1-title', text: 'Day 1: Foundations' },
      { id: 'session-opening', text: 'Opening' },
      // a heading Chromium made no bookmark for (e.g. inside a table): its title recurs much later
      { id: '', text: 'Key takeaways' },
      { id: 'key-takeaways-1', text: 'Key takeaways' },
      { id: 'day-2-title', text: 'Day 2: Planning' },
      { id: 'session-strategic', text: 'Strategic planning' },
      { id: 'annex-glossary', text: 'Annex: Glossary' },
    ];
    const wanted = new Set(['agenda', 'day-1-title', 'session-opening', 'day-2-title', 'session-strategic', 'annex-glossary']);
    const pages = matchHeadingsToOutline(headings, outline, wanted);
    expect(Object.fromEntries([...wanted].map((id) => [id, pages.get(id)]))).toEqual({
      agenda: 3,
      'day-1-title': 7,
      'session-opening': 8,
      'day-2-title': 21,
      'session-strategic': 22,
      'annex-glossary': 40,
    });
  });

  it('leaves a stray heading far from its bookmark unmatched instead of skipping the entries between', () => {
    const headings = [
      { id: '', text: 'Annex: Glossary' }, // a mention early on, not the annex
      { id: 'session-opening', text: 'Opening' },
      { id: 'annex-glossary', text: 'Annex: Glossary' },
    ];
    const pages = matchHeadingsToOutline(headings, outline, new Set(['session-opening', 'annex-glossary']));
    expect(pages.get('session-opening')).toBe(8);
    expect(pages.get('annex-glossary')).toBe(40);
  });
});
