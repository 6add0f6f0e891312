/**
 * Units of review on the real curriculum: what a unit is, its fingerprints,
 * and writing a correction back into MDX, YAML and lo.json without touching
 * anything else.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { mdxParts, pageUnits, readReviewUnits, resolvePath, uiUnits, yamlUnits } from '../../src/review/units';
import { markPageReviewed, replaceMdx, replaceUiStrings, replaceYamlValues, WriteBackError } from '../../src/review/write-back';
import { PROJECT_ROOT } from '../helpers/scratch-project';

const read = (file: string) => readFileSync(join(PROJECT_ROOT, file), 'utf8');
const PAGE = 'day-1/principles';
const loPage = read(`content/lo/${PAGE}.mdx`);
const enPage = read(`content/en/${PAGE}.mdx`);
/** The lines of `after` that differ from `before` (same number of lines expected). */
const changedLines = (before: string, after: string) => {
  const old = before.split('\n');
  return after.split('\n').filter((line, i) => line !== old[i]);
};

describe('page units', () => {
  const units = pageUnits(`content/lo/${PAGE}.mdx`, loPage, enPage);
  const headings = enPage.split('\n').filter((line) => /^#{2,6}\s/.test(line));

  it('are the title and description, then one unit per heading of the English page, paired with the Lao section at the same position', () => {
    expect(units[0]).toMatchObject({ kind: 'page-title', id: `content/lo/${PAGE}.mdx#title` });
    expect(units[0].fields.map((f) => f.key)).toEqual(['title', 'description']);
    const sections = units.filter((u) => u.kind === 'page-section' && !u.id.endsWith('#opening'));
    expect(sections.length).toBe(headings.length);
    const loHeadings = loPage.split('\n').filter((line) => /^#{2,6}\s/.test(line));
    sections.forEach((unit, i) => {
      expect(unit.fields[0].en.split('\n')[0]).toBe(headings[i]);
      expect(unit.fields[0].lo.split('\n')[0]).toBe(loHeadings[i]);
    });
  });

  it('give each section its exact place in the file, so a correction replaces exactly that text', () => {
    const parts = mdxParts(loPage);
    for (const s of parts.sections) expect(loPage.slice(s.start, s.end)).toBe(s.text);
    // Nothing but import lines, blank lines and the frontmatter lies outside the sections.
    const outside = loPage.slice(0, parts.sections[0].start);
    expect(outside.split('\n').filter((l) => l.trim() && !/^(import |---)/.test(l) && !parts.frontmatter!.text.includes(l))).toEqual([]);
  });

  it('change their English fingerprint when only the English of that section changes, and their Lao one when only the Lao changes', () => {
    const target = units.find((u) => u.kind === 'page-section' && !u.id.endsWith('#opening'))!;
    const sentence = target.fields[0].en.split('\n').find((l) => l.length > 40 && !/^[#<]/.test(l))!;
    const editedEn = pageUnits(`content/lo/${PAGE}.mdx`, loPage, enPage.replace(sentence, `${sentence} Added.`));
    const loLine = target.fields[0].lo.split('\n').find((l) => l.length > 40 && !/^[#<]/.test(l))!;
    const editedLo = pageUnits(`content/lo/${PAGE}.mdx`, loPage.replace(loLine, `${loLine} ເພີ່ມ.`), enPage);
    units.forEach((unit, i) => {
      const same = unit.id !== target.id;
      expect(editedEn[i].id).toBe(unit.id);
      expect(editedEn[i].en === unit.en).toBe(same);
      expect(editedEn[i].lo).toBe(unit.lo);
      expect(editedLo[i].lo === unit.lo).toBe(same);
      expect(editedLo[i].en).toBe(unit.en);
    });
    // Line endings and trailing spaces are not changes.
    const prints = (list: typeof units) => list.map((u) => `${u.id} ${u.en} ${u.lo}`);
    expect(prints(pageUnits(`content/lo/${PAGE}.mdx`, loPage.replace(/\n/g, '\r\n'), enPage.replace(/\n/g, '  \n')))).toEqual(prints(units));
  });
});

describe('data units', () => {
  it('make each quiz item one unit with its question, options and explanation', () => {
    const quiz = parse(read('quizzes/d1-principles-check.yaml'));
    const units = yamlUnits('quizzes/d1-principles-check.yaml', quiz, 'quiz-item');
    for (const item of quiz.items) {
      const unit = units.find((u) => u.id === `quizzes/d1-principles-check.yaml#items.${item.id}`)!;
      expect(unit.fields.map((f) => f.key)).toEqual(['question', ...item.options.map((o: { id: string }) => `options.${o.id}.text`), 'explanation']);
      expect(unit.fields.find((f) => f.key === 'options.b.text')!.lo).toBe(item.options.find((o: { id: string }) => o.id === 'b').text.lo);
    }
    expect(units.find((u) => u.id === 'quizzes/d1-principles-check.yaml#title')!.fields).toEqual([{ key: '', en: quiz.title.en, lo: quiz.title.lo }]);
  });

  it('make a case-study narrative a passage of its own, each fact a unit, and each glossary entry a unit', () => {
    const file = 'case-studies/garment-factory-partial-registration.yaml';
    const study = parse(read(file));
    const units = yamlUnits(file, study, 'case-study');
    expect(units.find((u) => u.id === `${file}#narrative`)!.fields[0].lo).toBe(study.narrative.lo);
    for (const fact of study.facts) expect(units.some((u) => u.id === `${file}#facts.${fact.id}`)).toBe(true);
    const glossary = parse(read('content/glossary.yaml'));
    const terms = yamlUnits('content/glossary.yaml', glossary, 'glossary-term');
    expect(terms.map((u) => u.id)).toEqual(glossary.map((g: { id: string }) => `content/glossary.yaml#${g.id}`));
    expect(terms[0].fields.map((f) => f.key)).toEqual(['term', 'definition']);
  });

  it('list a text shared through a YAML alias once, where it is written (the only place a correction can go)', () => {
    const text = read('content/course.yaml');
    expect(text).toMatch(/&\w+/); // the course's days share their breaks through an anchor
    const units = yamlUnits('content/course.yaml', parse(text), 'course-data');
    const breakLabels = units.flatMap((u) => u.fields.filter((f) => /breaks\.\d+\.label$/.test(f.key)).map((f) => `${u.id} ${f.key}`));
    const anchoredDay = parse(text).days.findIndex((d: Record<string, unknown>) => d.breaks);
    expect(breakLabels.length).toBe(parse(text).days[anchoredDay].breaks.length);
    expect(breakLabels.every((l) => l.startsWith(`content/course.yaml#days.${anchoredDay} `))).toBe(true);
    const old = parse(text).days[anchoredDay].breaks[0].label.lo;
    const out = replaceYamlValues('content/course.yaml', text, [{ path: ['days', String(anchoredDay), 'breaks', '0', 'label'], old, new: 'ພັກຜ່ອນ' }]);
    // The alias follows its anchor: every day gets the corrected label.
    expect(parse(out).days.filter((d: { breaks: { label: { lo: string } }[] }) => d.breaks[0].label.lo === 'ພັກຜ່ອນ').length).toBe(parse(text).days.length);
    expect(changedLines(text, out)).toHaveLength(1);
  });

  it('make each UI string a unit, and resolve unit paths back to the data', () => {
    const en = JSON.parse(read('src/content/i18n/en.json'));
    const lo = JSON.parse(read('src/content/i18n/lo.json'));
    expect(uiUnits(en, lo).find((u) => u.id === 'src/content/i18n/lo.json#translation.draft')!.fields[0]).toEqual({ key: '', en: en['translation.draft'], lo: lo['translation.draft'] });
    const quiz = parse(read('quizzes/d1-principles-check.yaml'));
    expect(resolvePath(quiz, ['items', quiz.items[1].id, 'options', 'c', 'text'])).toEqual(['items', 1, 'options', 2, 'text']);
  });

  it('cover the whole curriculum with unique ids, and every unit has Lao text to review', () => {
    const units = readReviewUnits(PROJECT_ROOT);
    expect(new Set(units.map((u) => u.id)).size).toBe(units.length);
    expect(units.every((u) => u.fields.some((f) => /[\u0E81-\u0EDF]/.test(f.lo)))).toBe(true);
    const quizItems = parse(read('quizzes/d1-principles-check.yaml')).items.length;
    expect(units.filter((u) => u.id.startsWith('quizzes/d1-principles-check.yaml#items.')).length).toBe(quizItems);
  });
});

describe('writing a correction back', () => {
  it('YAML: replaces only the value, in its own style, comments and layout kept', () => {
    const file = 'quizzes/d1-principles-check.yaml';
    const text = read(file);
    const quiz = parse(text);
    const item = quiz.items[0];
    const out = replaceYamlValues(file, text, [{ path: ['items', item.id, 'options', 'b', 'text'], old: item.options[1].text.lo, new: 'ຂໍ້ຄວາມໃໝ່: ມີ "ວົງຢືມ" # ແລະ ເຄື່ອງໝາຍ' }]);
    const changed = changedLines(text, out);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/^\s+lo: "ຂໍ້ຄວາມໃໝ່: ມີ \\"ວົງຢືມ\\" # ແລະ ເຄື່ອງໝາຍ"$/);
    expect(parse(out).items[0].options[1].text.lo).toBe('ຂໍ້ຄວາມໃໝ່: ມີ "ວົງຢືມ" # ແລະ ເຄື່ອງໝາຍ');
    expect(out.split('\n').filter((l) => l.startsWith('#'))).toEqual(text.split('\n').filter((l) => l.startsWith('#')));
  });

  it('YAML: a folded block stays a block at its indentation, and the rest of the file is byte for byte the same', () => {
    const file = 'case-studies/maternity-benefit-refused.yaml';
    const text = read(file);
    const doc = parseDocument(text);
    const old = String(doc.getIn(['summary', 'lo']));
    const out = replaceYamlValues(file, text, [{ path: ['summary'], old, new: 'ສະຫຼຸບໃໝ່ ທີ່ຍາວພໍສົມຄວນ.' }]);
    expect(out).toContain('  lo: >-\n    ສະຫຼຸບໃໝ່ ທີ່ຍາວພໍສົມຄວນ.\n');
    const start = text.indexOf('  lo: >-');
    expect(out.slice(0, start)).toBe(text.slice(0, start));
    const after = text.indexOf('\nbasis:');
    expect(out.endsWith(text.slice(after))).toBe(true);
  });

  it('YAML: refuses when the value is not the text the reviewer saw', () => {
    const text = read('content/glossary.yaml');
    expect(() => replaceYamlValues('content/glossary.yaml', text, [{ path: ['arrears', 'term'], old: 'ບໍ່ແມ່ນ', new: 'ໃໝ່' }])).toThrow(WriteBackError);
  });

  it('MDX: replaces exactly the Lao section, and nothing before or after it', () => {
    const file = `content/lo/${PAGE}.mdx`;
    const unit = pageUnits(file, loPage, enPage).filter((u) => u.kind === 'page-section')[2];
    const anchor = unit.id.split('#')[1];
    const corrected = unit.fields[0].lo.replace(/\n\n([^\n#<][^\n]*)/, '\n\n$1 ປະໂຫຍກທີ່ເພີ່ມ.');
    expect(corrected).not.toBe(unit.fields[0].lo);
    const out = replaceMdx(file, loPage, enPage, [{ anchor, key: '', old: unit.fields[0].lo, new: corrected }]);
    const at = loPage.indexOf(unit.fields[0].lo);
    expect(out.slice(0, at)).toBe(loPage.slice(0, at));
    expect(out.slice(at, at + corrected.length)).toBe(corrected);
    expect(out.slice(at + corrected.length)).toBe(loPage.slice(at + unit.fields[0].lo.length));
  });

  it('MDX: marks a page reviewed by changing the status line and adding reviewedBy, nothing else', () => {
    const out = markPageReviewed('x.mdx', loPage, 'ຜູ້ທົບທວນ, 2026-12-01');
    expect(out.split('\n').filter((l) => !loPage.split('\n').includes(l))).toEqual(['  status: reviewed', '  reviewedBy: "ຜູ້ທົບທວນ, 2026-12-01"']);
    expect(out.split('\n').length).toBe(loPage.split('\n').length + 1);
  });

  it('lo.json: sets one key and keeps the file layout', () => {
    const text = read('src/content/i18n/lo.json');
    const out = replaceUiStrings('lo.json', text, [{ key: 'page.nextLink', old: JSON.parse(text)['page.nextLink'], new: 'ໜ້າຕໍ່ໄປ' }]);
    expect(changedLines(text, out)).toEqual(['  "page.nextLink": "ໜ້າຕໍ່ໄປ",']);
  });
});
