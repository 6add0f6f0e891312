/**
 * A short excerpt of a section around the first match, with every match
 * marked. Works on the original text: Lao stays exactly as written, with no
 * word spaces added.
 */
import { stemmer } from 'stemmer';
import { isLao } from './lao-segmenter';
import type { Token } from './tokenize';
import { escapeHtml as escape } from '../lib/escape-html';


/** Character ranges in `text` that match the query tokens. */
export function matchRanges(text: string, query: Token[]): [number, number][] {
  const ranges: [number, number][] = [];
  const lower = text.toLowerCase();
  const latinStems = new Set(query.filter((t) => !isLao(t.term)).map((t) => t.term));
  for (const token of query.filter((t) => isLao(t.term))) {
    for (let at = lower.indexOf(token.term); at !== -1; at = lower.indexOf(token.term, at + token.term.length)) ranges.push([at, at + token.term.length]);
  }
  if (latinStems.size) {
    for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      if (isLao(m[0])) continue;
      const word = m[0].toLowerCase();
      const stem = /^[a-z]+$/.test(word) ? stemmer(word) : word;
      const hit = latinStems.has(stem) || [...latinStems].some((s) => word.startsWith(s) && s.length > 2);
      if (hit) ranges.push([m.index!, m.index! + m[0].length]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]).filter((r, i, all) => i === 0 || r[0] >= all[i - 1][1]);
}

export function makeExcerpt(text: string, query: Token[], radius = 70): string {
  const ranges = matchRanges(text, query);
  const first = ranges[0]?.[0] ?? 0;
  const start = Math.max(0, first - radius);
  const end = Math.min(text.length, first + radius * 2);
  let html = start > 0 ? '… ' : '';
  let cursor = start;
  for (const [a, b] of ranges) {
    if (a < start || b > end) continue;
    html += escape(text.slice(cursor, a)) + '<mark>' + escape(text.slice(a, b)) + '</mark>';
    cursor = b;
  }
  html += escape(text.slice(cursor, end)) + (end < text.length ? ' …' : '');
  return html;
}
