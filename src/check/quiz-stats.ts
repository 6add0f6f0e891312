/**
 * Item-writing statistics of a quiz: how the correct answers spread over the
 * letters, and how often the correct option gives itself away by being the
 * longest. Used by the quiz rules and by `npm run check -- --quiz-stats`.
 */
import type { Lang } from '../schemas/common';

/** The correct option is "clearly the longest" when it is this many times the next longest, or more. */
export const LONGEST_RATIO = 1.2;
/** No letter may be the answer of more than this share of the items (quizzes of MIN_ITEMS_FOR_SPREAD items or more). */
export const MAX_LETTER_SHARE = 0.4;
export const MIN_ITEMS_FOR_SPREAD = 5;
/** The correct option may be clearly the longest in at most this share of the items. */
export const MAX_LONGEST_SHARE = 1 / 3;

/** What the statistics need of a quiz item. */
export interface StatItem {
  options: { id: string; text: Record<Lang, string> }[];
  answer: string;
}

/**
 * The visible length of a text: Markdown marks and repeated spaces left out,
 * and, in Lao, the vowel and tone marks written above or below a letter
 * (they take no width of their own).
 */
export function visibleLength(text: string): number {
  return [...text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().replace(/\p{Mn}/gu, '')].length;
}

/** Length of the correct option divided by the length of the longest other option. */
export function longestRatio(item: StatItem, lang: Lang): number {
  const correct = item.options.find((o) => o.id === item.answer);
  const others = item.options.filter((o) => o.id !== item.answer).map((o) => visibleLength(o.text[lang]));
  if (!correct || others.length === 0) return 0;
  return visibleLength(correct.text[lang]) / Math.max(1, ...others);
}

export interface QuizStats {
  items: number;
  /** Items per answer letter, for every letter used by an option. */
  perLetter: Record<string, number>;
  /** The letter answering the most items, and its share. */
  topLetter: { letter: string; share: number };
  /** Per language: items whose correct option is the longest by LONGEST_RATIO or more, their share, and the mean ratio. */
  longest: Record<Lang, { count: number; share: number; meanRatio: number }>;
}

export function quizStats(items: readonly StatItem[]): QuizStats {
  const perLetter: Record<string, number> = {};
  for (const item of items) for (const o of item.options) perLetter[o.id] ??= 0;
  for (const item of items) perLetter[item.answer] = (perLetter[item.answer] ?? 0) + 1;
  const letters = Object.keys(perLetter).sort();
  const sorted: Record<string, number> = Object.fromEntries(letters.map((l) => [l, perLetter[l]]));
  const top = letters.reduce((best, l) => (sorted[l] > (sorted[best] ?? -1) ? l : best), letters[0] ?? '');
  const longest = (lang: Lang) => {
    const ratios = items.map((item) => longestRatio(item, lang));
    const count = ratios.filter((r) => r >= LONGEST_RATIO).length;
    return { count, share: items.length ? count / items.length : 0, meanRatio: items.length ? ratios.reduce((a, b) => a + b, 0) / items.length : 0 };
  };
  return {
    items: items.length,
    perLetter: sorted,
    topLetter: { letter: top, share: items.length ? (sorted[top] ?? 0) / items.length : 0 },
    longest: { en: longest('en'), lo: longest('lo') },
  };
}

/** The statistics of several quizzes as a plain-text table. */
export function formatQuizStats(quizzes: { id: string; stats: QuizStats }[]): string {
  const letters = [...new Set(quizzes.flatMap((q) => Object.keys(q.stats.perLetter)))].sort();
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const header = ['quiz', 'items', ...letters.map((l) => l.toUpperCase()), 'top letter', 'longest≥1.2 en', 'longest≥1.2 lo', 'mean ratio en', 'mean ratio lo'];
  const rows = quizzes.map(({ id, stats: s }) => [
    id,
    String(s.items),
    ...letters.map((l) => String(s.perLetter[l] ?? '-')),
    `${s.topLetter.letter.toUpperCase()} ${pct(s.topLetter.share)}`,
    `${s.longest.en.count} (${pct(s.longest.en.share)})`,
    `${s.longest.lo.count} (${pct(s.longest.lo.share)})`,
    s.longest.en.meanRatio.toFixed(2),
    s.longest.lo.meanRatio.toFixed(2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [
    line(header),
    ...rows.map(line),
    '',
    `Letters: items whose answer is that letter. longest≥1.2: items whose correct option is at least ${LONGEST_RATIO} times as long as the longest other option (rule: at most a third of the items). Mean ratio: correct option length / longest other option, averaged.`,
  ].join('\n');
}
