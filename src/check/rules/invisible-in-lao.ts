/**
 * Invisible characters inside a Lao word (zero-width space, zero-width
 * non-joiner or joiner, word joiner, soft hyphen, a stray byte-order mark):
 * they come from word processors and some Lao input methods, print as
 * nothing, and split the word for search and for the terminology checks.
 * Search ignores them (src/search/tokenize.ts); the check asks for their removal.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataFiles, type LoadedContent } from '../load-content';
import type { Problem } from '../problem';

const NAMES: Record<string, string> = {
  '\u200B': 'zero-width space',
  '\u200C': 'zero-width non-joiner',
  '\u200D': 'zero-width joiner',
  '\u2060': 'word joiner',
  '\u00AD': 'soft hyphen',
  '\uFEFF': 'zero-width no-break space (byte-order mark)',
};

/** An invisible format character with a Lao letter on both sides. */
export const INVISIBLE_IN_LAO_WORD = /([\u0E80-\u0EFF]*)([\u200B-\u200D\u2060\u00AD\uFEFF]+)([\u0E80-\u0EFF]+)/gu;
const LAO_BEFORE = /[\u0E80-\u0EFF]$/u;

function scan(file: string, text: string, problems: Problem[]) {
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(INVISIBLE_IN_LAO_WORD)) {
      if (!LAO_BEFORE.test(m[1])) continue;
      const chars = [...new Set(m[2])].map((c) => `${NAMES[c]} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
      problems.push({
        severity: 'warning',
        file,
        line: i + 1,
        message: `a ${chars} inside the Lao word "${m[1]}${m[3]}": invisible, it splits the word for search and the term checks`,
        fix: 'delete the invisible character (retype the word, or search for it with your editor\'s "show invisibles")',
      });
    }
  });
}

export function checkInvisibleInLao(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  for (const page of content.pages) scan(page.file, page.source, problems);
  for (const located of dataFiles(content)) scan(located.file, readFileSync(join(content.root, located.file), 'utf8'), problems);
  return problems;
}
