/**
 * The rules of the client review on broken copies of the minimal fixture,
 * for what the bad-input suite (which needs an error) cannot show: warnings,
 * the Lao side of a rule, messages that name both places.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkAfter, disposeFixture, lineWith } from './check-fixture';

afterEach(disposeFixture);

const QUIZ = 'quizzes/d1-intro-check.yaml';
const ASSESSMENT = 'quizzes/assessment.yaml';
const SESSION = 'content/sessions/d1-intro.yaml';

describe('interpreted delivery', () => {
  it('names both totals and the minutes to find', () => {
    const { errorList, fixture } = checkAfter((f) => f.edit(SESSION, (t) => t.replace('    optional: true\n', '')));
    expect(errorList).toHaveLength(1);
    expect(errorList[0]).toMatchObject({ file: SESSION, line: lineWith(fixture, SESSION, '- minutes: 10') });
    expect(errorList[0].message).toContain('need 70 minutes (60 minutes of core steps, of which 10 of facilitator input counted twice), but the session lasts 60 (full plan 60 minutes, 0 of them optional)');
    expect(errorList[0].fix).toContain('find 10 minutes');
  });
});

describe('item writing', () => {
  it('warns about a negative that is not in bold, and is quiet when it is', () => {
    const plain = checkAfter((f) => f.edit(QUIZ, (t) => t.replace('en: What does inspection check?', 'en: What does inspection not check?')));
    expect(plain.errors).toBe(0);
    expect(plain.warningList).toMatchObject([{ file: QUIZ, line: lineWith(plain.fixture, QUIZ, 'question:'), fix: 'write it in bold (**not**) in both languages, or ask the question positively' }]);
    const bold = checkAfter((f) => f.edit(QUIZ, (t) => t.replace('en: What does inspection check?', '"en": "What does inspection **not** check?"').replace('lo: ການກວດກາກວດເບິ່ງຫຍັງ?', 'lo: "ການກວດກາ **ບໍ່** ກວດເບິ່ງຫຍັງ?"')));
    expect(bold.warningList).toEqual([]);
    const boldInEnglishOnly = checkAfter((f) => f.edit(QUIZ, (t) => t.replace('en: What does inspection check?', '"en": "What does inspection **not** check?"')));
    expect(boldInEnglishOnly.warningList).toMatchObject([{ file: QUIZ, line: lineWith(boldInEnglishOnly.fixture, QUIZ, 'question:'), fix: 'put the Lao negative in bold too (e.g. **ບໍ່**), so readers of both languages see it' }]);
  });

  it('finds "none of the above" in Lao too, whatever the spacing', () => {
    const { errorList, fixture } = checkAfter((f) => f.edit(QUIZ, (t) => t.replace('lo: ສະພາບອາກາດ', 'lo: ບໍ່ມີ ຂໍ້ໃດຖືກ ເລີຍ')));
    expect(errorList).toMatchObject([{ file: QUIZ, line: lineWith(fixture, QUIZ, 'ບໍ່ມີ ຂໍ້ໃດຖືກ ເລີຍ') }]);
    expect(errorList[0].message).toContain('option b');
  });

  it('checks the Lao options for length on their own', () => {
    const { errorList } = checkAfter((f) => f.edit(QUIZ, (t) => t.replace('lo: ການຂຶ້ນທະບຽນ', 'lo: ການຂຶ້ນທະບຽນຜູ້ອອກແຮງງານທຸກຄົນ')));
    expect(errorList).toHaveLength(1);
    expect(errorList[0].message).toContain('the correct Lao option is the longest');
  });
});

describe('assessment forms', () => {
  it('names the self-check item an assessment item copies, with its file and line', () => {
    const { errorList, fixture } = checkAfter((f) => f.edit(ASSESSMENT, (t) => t.replace('"ASSESSMENT-QUESTION-MARKER: who registers workers?"', 'What does the inspection check?')));
    expect(errorList).toHaveLength(1);
    expect(errorList[0]).toMatchObject({ file: ASSESSMENT, line: lineWith(fixture, ASSESSMENT, 'question:') });
    expect(errorList[0].message).toContain(`the self-check item "purpose" (${QUIZ}:${lineWith(fixture, QUIZ, 'question:')}`);
  });

  it('accepts a pre and a post form with their own items, each testing every outcome', () => {
    const { errorList } = checkAfter((f) => {
      f.write('quizzes/assessment-post.yaml', f.read(ASSESSMENT).replace('id: assessment', 'id: assessment-post').replace('ASSESSMENT-QUESTION-MARKER: who registers workers?', 'Which document lists the wages paid each month?'));
    });
    expect(errorList).toEqual([]);
  });

  it('reports an outcome missing from one form only on that form', () => {
    const { errorList } = checkAfter((f) => {
      f.edit('content/competencies.yaml', (t) => `${t}    - id: legal-2\n      level: apply\n      text: { en: Apply the law., lo: ນຳໃຊ້ກົດໝາຍ. }\n`);
      f.edit(ASSESSMENT, (t) => `${t}  - id: q2\n    question: { en: Which law applies to a shop?, lo: ກົດໝາຍໃດນຳໃຊ້ກັບຮ້ານ? }\n    options:\n      - { id: a, text: { en: Social security law, lo: ກົດໝາຍວ່າດ້ວຍປະກັນສັງຄົມ } }\n      - { id: b, text: { en: The law on roads, lo: ກົດໝາຍວ່າດ້ວຍທາງຫຼວງ } }\n    answer: a\n    explanation: { en: It is the social security law., lo: ແມ່ນກົດໝາຍວ່າດ້ວຍປະກັນສັງຄົມ. }\n    outcome: legal-2\n`);
      f.write('quizzes/assessment-post.yaml', f.read(ASSESSMENT).split('  - id: q2')[0].replace('id: assessment', 'id: assessment-post').replace('ASSESSMENT-QUESTION-MARKER: who registers workers?', 'Which document lists the wages paid each month?'));
    });
    expect(errorList).toHaveLength(1);
    expect(errorList[0]).toMatchObject({ file: 'quizzes/assessment-post.yaml' });
    expect(errorList[0].message).toContain('legal-2 (Apply the law.)');
  });
});

describe('words to avoid', () => {
  it('reports a glossary variant in the Lao side of a YAML text, naming the variant and the term', () => {
    const { errorList, fixture } = checkAfter((f) => {
      f.edit('content/glossary.yaml', (t) => t.replace('  term: { en: contribution, lo: ເງິນສົມທົບ }', '  term: { en: contribution, lo: ເງິນສົມທົບ }\n  avoid: { lo: [ເງິນປະກັນ] }'));
      f.edit(QUIZ, (t) => t.replace('lo: ການກວດກາກວດເບິ່ງການຂຶ້ນທະບຽນ.', 'lo: ການກວດກາກວດເບິ່ງເງິນປະກັນ.'));
    });
    expect(errorList).toHaveLength(1);
    expect(errorList[0]).toMatchObject({ file: QUIZ, line: lineWith(fixture, QUIZ, 'ເງິນປະກັນ'), fix: 'write "ເງິນສົມທົບ" instead' });
    expect(errorList[0].message).toContain('"ເງິນປະກັນ" is a form to avoid (the glossary term "contribution")');
  });

  it('reports a glossary term that contains its own variant to avoid', () => {
    const { errorList } = checkAfter((f) => f.edit('content/glossary.yaml', (t) => t.replace('  term: { en: contribution, lo: ເງິນສົມທົບ }', '  term: { en: contribution, lo: ເງິນສົມທົບ }\n  avoid: { lo: [ສົມທົບ] }')));
    expect(errorList.map((e) => e.message)).toContain('the term "ເງິນສົມທົບ" itself contains "ສົມທົບ", which its avoid list bans');
  });

  it('leaves English text alone for a Lao variant, and checks English variants in English text', () => {
    const { errorList } = checkAfter((f) => {
      f.edit('content/glossary.yaml', (t) => t.replace('  term: { en: contribution, lo: ເງິນສົມທົບ }', '  term: { en: contribution, lo: ເງິນສົມທົບ }\n  avoid: { en: [premium] }'));
      f.edit(QUIZ, (t) => t.replace('en: Inspection checks registration.', 'en: Inspection checks the premium.'));
    });
    expect(errorList).toMatchObject([{ file: QUIZ, fix: 'write "contribution" instead' }]);
  });
});
