/**
 * A short excerpt of a section around the first match, with every match
 * marked. Works on the original text: Lao stays exactly as written, with no
 * word spaces added.
 */
import { stemmer } from 'stemmer';
import { isLao, segmentLaoRun } from './lao-segmenter';
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
  const sorted = ranges.sort((a, b) => a[0] - b[0]).filter((r, i, all) => i === 0 || r[0] >= all[i - 1][1]);
  // Touching matches (ການ + ກວດກາ typed as one word) become one mark, not two with a seam inside the word.
  const merged: [number, number][] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r[0] === last[1]) last[1] = r[1];
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

// Lao vowel signs and tone marks sit on a consonant: an excerpt never starts or ends between them.
const LAO_MARK = /[\u0EB1\u0EB4-\u0EBC\u0EC8-\u0ECD]/;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * Moves an excerpt edge to a word boundary: to the nearest space within
 * `reach` letters (outwards first, so the excerpt keeps the match), else,
 * inside a Lao run, to a boundary of the course's own word split, else at
 * least off a vowel sign or tone mark.
 */
function snapEdge(text: string, at: number, direction: -1 | 1, limit: number, vocabulary?: ReadonlySet<string>, reach = 24): number {
  if (at <= 0 || at >= text.length) return at;
  const boundary = (i: number) => !WORD_CHAR.test(text[i - 1] ?? ' ') || !WORD_CHAR.test(text[i] ?? ' ');
  if (boundary(at)) return at;
  // outwards (more text) first, then inwards, never past the match
  for (let step = 1; step <= reach; step++) {
    const out = at + direction * step;
    if (out > 0 && out < text.length && boundary(out) && !(isLao(text[out - 1] ?? '') && isLao(text[out] ?? ''))) return out;
    if (out <= 0) return 0;
    if (out >= text.length) return text.length;
  }
  for (let step = 1; step <= reach; step++) {
    const inward = at - direction * step;
    if ((direction === -1 && inward > limit) || (direction === 1 && inward < limit)) break;
    if (boundary(inward)) return inward;
  }
  // inside a Lao run with no space near: cut where the course's splitter puts a word boundary
  if (vocabulary && isLao(text[at])) {
    let runStart = at;
    while (runStart > 0 && isLao(text[runStart - 1])) runStart--;
    let runEnd = at;
    while (runEnd < text.length && isLao(text[runEnd])) runEnd++;
    let best = -1;
    let offset = runStart;
    for (const word of segmentLaoRun(text.slice(runStart, runEnd), vocabulary)) {
      if (Math.abs(offset - at) < Math.abs(best - at) || best === -1) best = offset;
      offset += word.length;
    }
    if (best !== -1 && Math.abs(best - at) <= reach) return best;
  }
  let cut = at;
  while (cut > 0 && cut < text.length && LAO_MARK.test(text[cut])) cut += direction;
  return cut;
}

/**
 * The excerpt as HTML: about `radius` letters before the first match and
 * twice that after, cut at word boundaries, every match in it marked.
 */
export function makeExcerpt(text: string, query: Token[], radius = 70, vocabulary?: ReadonlySet<string>): string {
  const ranges = matchRanges(text, query);
  const first = ranges[0]?.[0] ?? 0;
  const firstEnd = ranges[0]?.[1] ?? 0;
  const start = snapEdge(text, Math.max(0, first - radius), -1, first, vocabulary);
  const end = snapEdge(text, Math.min(text.length, first + radius * 2), 1, firstEnd, vocabulary);
  let html = start > 0 ? '… ' : '';
  let cursor = start;
  for (const [a, b] of ranges) {
    if (a < start || b > end) continue;
    html += escape(text.slice(cursor, a)) + '<mark>' + escape(text.slice(a, b)) + '</mark>';
    cursor = b;
  }
  html += escape(text.slice(cursor, end).trimEnd()) + (end < text.length ? ' …' : '');
  return html.replace(/^… \s+/, '… ');
}
