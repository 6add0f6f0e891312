import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findThai } from '../../src/check/lao-script';
import { PRINT_KINDS } from '../../src/lib/print-documents';

const root = join(import.meta.dirname, '../..');
const read = (lang: string) => JSON.parse(readFileSync(join(root, `src/content/i18n/${lang}.json`), 'utf8')) as Record<string, string>;

describe('UI strings', () => {
  const en = read('en');
  const lo = read('lo');
  // Every key Starlight's i18n schema declares (its own, Pagefind UI's, Expressive Code's).
  const schemaSource = readFileSync(join(root, 'node_modules/@astrojs/starlight/schemas/i18n.ts'), 'utf8');
  const starlightKeys = [...new Set([...schemaSource.matchAll(/^\s+'([\w]+\.[\w.]+)': z/gm)].map((m) => m[1]))];

  it('translates every Starlight, Pagefind and Expressive Code key into Lao', () => {
    expect(starlightKeys.length).toBeGreaterThan(40);
    const missing = starlightKeys.filter((key) => !lo[key]);
    expect(missing).toEqual([]);
  });

  it('has English text for the search status lines (Starlight ships none for them)', () => {
    for (const key of ['pagefind.zero_results', 'pagefind.one_result', 'pagefind.many_results', 'pagefind.search_label']) {
      expect(en[key], key).toMatch(/\w/);
      expect(en[key]).not.toBe(key);
    }
    expect(en['pagefind.many_results']).toContain('[SEARCH_TERM]');
  });

  it('has a downloads heading for every kind of printed document, in both languages', () => {
    const missing = PRINT_KINDS.flatMap((kind) => ['en', 'lo'].filter((lang) => !(lang === 'en' ? en : lo)[`downloads.kind.${kind}`]).map((lang) => `${lang}: downloads.kind.${kind}`));
    expect(missing).toEqual([]);
  });

  it('translates every key of our own components into Lao', () => {
    expect(Object.keys(en).filter((key) => !lo[key])).toEqual([]);
  });

  it('writes Lao strings in Lao script, not left in English', () => {
    const untranslated = Object.entries(lo).filter(([key, value]) => key !== 'search.ctrlKey' && !/[\u0E80-\u0EFF]/.test(value) && !/^[\s\p{P}{}\w–]*\{\{\w+\}\}[\s\p{P}{}\w–]*$/u.test(value));
    expect(untranslated).toEqual([]);
    expect(Object.values(lo).flatMap((v) => findThai(v))).toEqual([]);
  });
});
