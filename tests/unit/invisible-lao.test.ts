/**
 * A zero-width space, word joiner or soft hyphen inside a Lao word: search
 * indexes and queries the word whole, and the check warns with file and line.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { tokenize } from '../../src/search/tokenize';
import { checkAfter, disposeFixture, lineWith } from '../check/check-fixture';

afterEach(disposeFixture);

const vocabulary = new Set(['ການ', 'ກວດກາ', 'ປະກັນສັງຄົມ', 'ແມ່ນ', 'ໜ້າທີ່', 'ຂອງ']);
const terms = (text: string) => tokenize(text, vocabulary).map((t) => t.term);

describe('invisible characters inside Lao words', () => {
  it.each([['zero-width space', '\u200B'], ['word joiner', '\u2060'], ['soft hyphen', '\u00AD']])('a %s does not split a word for search', (_name, c) => {
    expect(terms(`ການກວດ${c}ກາປະກັນ${c}ສັງຄົມ`)).toEqual(terms('ການກວດກາປະກັນສັງຄົມ'));
    expect(terms(`ກວດ${c}ກາ`)).toEqual(['ກວດກາ']);
  });

  it('keeps Latin text as it was', () => {
    expect(terms('co\u00ADoperation')).toEqual(terms('co\u00ADoperation'));
  });

  it('is a warning of the check with file and line, and only inside a Lao word', () => {
    const file = 'content/lo/day-1/intro.mdx';
    const result = checkAfter((f) => f.edit(file, (t) => t.replace('## ', '## ກວດ\u200Bກາ ແລະ A\u200BB ')));
    const warnings = result.warningList.filter((p) => p.file === file);
    expect(warnings).toEqual([expect.objectContaining({ line: lineWith(result.fixture, file, 'ກວດ\u200Bກາ'), message: expect.stringContaining('zero-width space (U+200B) inside the Lao word "ກວດກາ"') })]);
  });
});
