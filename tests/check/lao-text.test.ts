/**
 * Lao text: marks in the stored order, NFC, and the two heuristics (English
 * left untranslated, Lao typed with a legacy font) on Lao pages and texts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FixtureCopy } from '../helpers/fixture-copy';
import { findMarkProblems, firstNonNfc } from '../../src/check/lao-marks';
import { looksEnglish, looksLikeLegacyFont } from '../../src/check/language-guess';
import { checkAfter, disposeFixture, insertAfter, lineWith } from './check-fixture';

afterEach(disposeFixture);

const LO = 'content/lo/day-1/intro.mdx';
const addToLao = (paragraph: string) => (f: FixtureCopy) => insertAfter(f, LO, 'ການກວດກາ ກວດເບິ່ງ', paragraph);

describe('Lao marks', () => {
  it('accepts well-formed syllables: vowel then tone, ໍ then tone, ຼ then tone', () => {
    expect(findMarkProblems('ກີ່ ກຸ້ ຂໍ້ມູນ ຫຼື ຫຼ່ ນ້ຳ ເງິນສົມທົບ ສຳນັກງານ')).toEqual([]);
  });

  it('finds a tone mark typed before the vowel, and gives the right order', () => {
    const [hit] = findMarkProblems('ກ\u0EC8\u0EB5');
    expect(hit).toMatchObject({ index: 1, severity: 'error' });
    expect(hit.message).toContain('the tone mark U+0EC8 is typed before the vowel mark');
    expect(hit.fix).toContain('"ກີ່"');
  });

  it('finds two tone marks, a repeated mark, and a mark with no consonant', () => {
    expect(findMarkProblems('ກ\u0EC8\u0EC9')[0].message).toContain('2 tone marks');
    expect(findMarkProblems('ກ\u0EB5\u0EB5')[0].message).toContain('twice');
    expect(findMarkProblems(' \u0EC8ກ')[0].message).toContain('has no consonant to sit on');
    expect(findMarkProblems('ເ\u0EC8')[0].message).toContain('follows "ເ"');
  });

  it('warns about ໍ + າ typed for ຳ', () => {
    const [hit] = findMarkProblems('ນ\u0ECD\u0EC9\u0EB2');
    expect(hit.severity).toBe('warning');
    expect(hit.fix).toContain('"ນ້ຳ"');
  });

  it('finds text that is not NFC', () => {
    expect(firstNonNfc('ກີ່ café')).toBeUndefined();
    expect(firstNonNfc('ok cafe\u0301')).toMatchObject({ index: 6, found: 'e\u0301', nfc: 'é' });
  });
});

describe('language guesses', () => {
  it('sees English sentences and labels, but not names, acronyms or figures', () => {
    expect(looksEnglish('Inspectors must keep the source of a complaint confidential.', 'prose')).toBe(true);
    expect(looksEnglish('Buzz groups', 'label')).toBe(true);
    expect(looksEnglish('International Labour Organization (ILO)', 'prose')).toBe(false);
    expect(looksEnglish('Bailey and Turner (2001), C81 Article 12', 'prose')).toBe(false);
    expect(looksEnglish('ການກວດກາ (inspection) ແມ່ນ the word', 'prose')).toBe(false);
  });

  it('sees Lao typed with a legacy font, and not English', () => {
    expect(looksLikeLegacyFont('lt[kpfu ;yf8kp g]nv')).toBe(true);
    expect(looksLikeLegacyFont('ûkf ¢kp ÷yf')).toBe(true);
    expect(looksLikeLegacyFont('The rate is 6% of the wage')).toBe(false);
    expect(looksLikeLegacyFont('Law 54/NA (2018)')).toBe(false);
  });
});

describe('Lao text in the content', () => {
  it('reports a tone mark before its vowel on a Lao page as an error at its line', () => {
    const { errorList, errors, fixture } = checkAfter(addToLao('ນາຍຈ\u0EC9\u0EB2ງ ແລະ ຜູ\u0EC9ອອກແຮງງານ ກ\u0EC8\u0EB5ສິດ.'));
    expect(errors).toBe(1);
    expect(errorList[0]).toMatchObject({ file: LO, line: lineWith(fixture, LO, 'ກ\u0EC8\u0EB5ສິດ') });
    expect(errorList[0].message).toContain('typed before the vowel mark');
  });

  it('reports decomposed (non-NFC) text in a data file at its line', () => {
    const { errorList, errors, fixture } = checkAfter((f) => f.edit('content/glossary.yaml', (t) => t.replace('Money paid into', 'Money paid (cafe\u0301) into')));
    expect(errors).toBe(1);
    expect(errorList[0]).toMatchObject({ file: 'content/glossary.yaml', line: lineWith(fixture, 'content/glossary.yaml', 'cafe\u0301') });
    expect(errorList[0].message).toContain('not in Unicode NFC form');
  });

  it('rejects an English paragraph, and warns about an English activity title, left on a Lao page', () => {
    const { errorList, warningList, fixture } = checkAfter((f) => {
      addToLao('The employer must register every worker with the social security office.')(f);
      f.edit(LO, (t) => t.replace('<Activity title="ກຸ່ມສົນທະນາ"', '<Activity title="Buzz groups"'));
    });
    expect(errorList.map((e) => [e.file, e.line])).toEqual([[LO, lineWith(fixture, LO, 'The employer must register')]]);
    expect(errorList[0].message).toContain('is in English on a Lao page');
    expect(warningList.map((w) => [w.file, w.line])).toEqual([[LO, lineWith(fixture, LO, 'Buzz groups')]]);
  });

  it('rejects a Lao paragraph typed with a legacy font', () => {
    const { errorList, fixture } = checkAfter(addToLao('lt[kpfu ;yf8kp g]nv vkp'));
    expect(errorList).toHaveLength(1);
    expect(errorList[0]).toMatchObject({ file: LO, line: lineWith(fixture, LO, 'lt[kpfu') });
    expect(errorList[0].message).toContain('old non-Unicode font');
  });

  it('warns about a Lao text in a data file left in English', () => {
    const { warningList, fixture } = checkAfter((f) => f.edit('quizzes/d1-intro-check.yaml', (t) => t.replace('lo: ສະພາບອາກາດ', 'lo: The weather outside')));
    expect(warningList).toHaveLength(1);
    expect(warningList[0]).toMatchObject({ file: 'quizzes/d1-intro-check.yaml', line: lineWith(fixture, 'quizzes/d1-intro-check.yaml', 'The weather outside') });
    expect(warningList[0].message).toContain('items.0.options.1.text.lo');
  });
});
