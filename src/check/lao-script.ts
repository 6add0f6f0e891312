/**
 * Lao text must be in Lao script. Thai (U+0E00-0E7F) looks almost the same
 * and is a common defect; the two blocks are laid out in parallel, so the Lao
 * letter meant is usually the Thai code point + 0x80.
 */

import type { Problem } from './problem';

const THAI = /[\u0E00-\u0E7F]/gu;

export interface ThaiHit {
  /** Offset in the text. */
  index: number;
  char: string;
  /** The Lao character probably meant, if there is one. */
  suggestion?: string;
}

/** Whether a code point is assigned in the Lao block (Unicode 15). */
function isAssignedLao(cp: number): boolean {
  return /\p{Script=Lao}/u.test(String.fromCodePoint(cp));
}

export function findThai(text: string): ThaiHit[] {
  return [...text.matchAll(THAI)].map((m) => {
    const lao = m[0].codePointAt(0)! + 0x80;
    return { index: m.index!, char: m[0], suggestion: isAssignedLao(lao) ? String.fromCodePoint(lao) : undefined };
  });
}

export function describeThai(hit: ThaiHit): string {
  const code = `U+${hit.char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const lao = hit.suggestion ? `; the Lao letter is probably "${hit.suggestion}" (U+${hit.suggestion.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})` : '';
  return `Thai character "${hit.char}" (${code}) in Lao text${lao}`;
}

/**
 * A problem for each Thai character in a Lao text (at most `limit`);
 * `where(index)` gives the line of an offset, `label` names the field.
 */
export function thaiProblems(text: string, file: string, where: (index: number) => number | undefined, label = '', limit = Infinity): Problem[] {
  return findThai(text)
    .slice(0, limit)
    .map((hit) => ({ severity: 'error', file, line: where(hit.index), message: `${label}${describeThai(hit)}`, fix: 'retype the word in Lao script' }));
}
