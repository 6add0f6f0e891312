/**
 * The pure functions behind the rules of the client review: plan timing,
 * question similarity, quiz statistics, words to avoid, course days, outcome
 * numbers.
 */
import { describe, expect, it } from 'vitest';
import { planTiming } from '../../src/lib/session-timing';
import { contentWords, longestSharedRun, questionSimilarity, sameCase, wordsOf } from '../../src/check/text-similarity';
import { longestRatio, quizStats, visibleLength, formatQuizStats } from '../../src/check/quiz-stats';
import { avoidedIn, courseDaysAsDates, fileProblems, type Avoided } from '../../src/check/rules/lao-usage';
import { leadIn } from '../../src/check/rules/quiz-items';
import { outcomeNumbers } from '../../src/lib/outcome-numbers';

describe('plan timing', () => {
  it('counts optional steps in the full plan only, and core input steps twice', () => {
    const timing = planTiming([
      { minutes: 20, input: true },
      { minutes: 30 },
      { minutes: 10, optional: true, input: true },
    ]);
    expect(timing).toEqual({ full: 60, core: 50, coreInput: 20, coreInterpreted: 70 });
  });
  it('is zero for an empty plan', () => expect(planTiming([]).coreInterpreted).toBe(0));
});

describe('question similarity', () => {
  // Two reworded copies of one scenario found by the client review, and two items on the same topic with new cases.
  const cousinA = "Your supervisor assigns you to inspect a construction company next week. Your cousin is the company's accountant. What should you do?";
  const cousinB = "Your cousin is the chief accountant of a company on next week's inspection plan. What do you do?";
  const restaurant = "At a restaurant's first LSSO inspection, you find 8 of its 10 workers registered. The other 2 started four months ago. Which measure is most proportionate?";
  const bakery = 'A family bakery in Pakse has 7 workers but registered only 3. It is LSSO\'s first visit. Which response best reflects C81 Article 17?';

  it('finds a reworded copy of the same scenario by its content words', () => {
    const s = questionSimilarity(cousinA, cousinB);
    expect(s.contentWords).toBeGreaterThanOrEqual(0.3);
    expect(s.nearCopy).toBe(true);
  });
  it('lets the same outcome be tested with a new case', () => {
    const s = questionSimilarity(restaurant, bakery);
    expect(s.contentWords).toBeLessThan(0.3);
    expect(s.nearCopy).toBe(false);
  });
  it('finds a long run of the same words whatever the rest', () => {
    const a = 'Which of these documents shows the wages actually paid to each worker in the month? Think of a bakery.';
    const b = 'Under the new form, which of these documents shows the wages actually paid to each worker in the month?';
    expect(longestSharedRun(wordsOf(a), wordsOf(b))).toBeGreaterThanOrEqual(8);
    expect(questionSimilarity(a, b).nearCopy).toBe(true);
  });
  it('reads words without case, punctuation or Markdown, and cuts plural endings', () => {
    expect(wordsOf("**Not** the Employer's record!")).toEqual(['not', 'the', 'employer', 'record']);
    expect([...contentWords('The workers were registered')]).toEqual(['worker', 'register']);
  });
});

describe('quiz statistics', () => {
  const item = (answer: string, ...texts: string[]) => ({ answer, options: texts.map((t, i) => ({ id: 'abcd'[i], text: { en: t, lo: t } })) });

  it('measures option length without Markdown marks, and Lao without the marks above and below letters', () => {
    expect(visibleLength('**Yes**  now')).toBe(7);
    expect(visibleLength('ນາຍຈ້າງ')).toBe(6); // the tone mark takes no width
  });
  it('gives the ratio of the correct option to the longest other one', () => {
    expect(longestRatio(item('a', 'abcdefghijkl', 'abcdef', 'abcdefghij'), 'en')).toBeCloseTo(1.2);
    expect(longestRatio(item('b', 'abcdefghijkl', 'abcdef'), 'en')).toBeCloseTo(0.5);
  });
  it('counts answers per letter (unused letters at 0), the top letter and the items given away by length', () => {
    const stats = quizStats([item('a', 'aaaaaaaaaaaa', 'bbbb'), item('a', 'aa', 'bb'), item('b', 'aa', 'bb')]);
    expect(stats.perLetter).toEqual({ a: 2, b: 1 });
    expect(stats.topLetter).toEqual({ letter: 'a', share: 2 / 3 });
    expect(stats.longest.en.count).toBe(1);
    expect(stats.longest.en.meanRatio).toBeCloseTo((3 + 1 + 1) / 3);
    expect(formatQuizStats([{ id: 'q', stats }])).toMatch(/^quiz\s+items\s+A\s+B/);
  });
});

describe('negatives in a stem', () => {
  it('looks at the question a stem asks, its last sentence', () => {
    expect(leadIn('The owner did not know. Which measure is best?')).toBe('Which measure is best?');
    expect(leadIn('Which of these is **not** an obligation?')).toBe('Which of these is **not** an obligation?');
    expect(leadIn('A participant says: "I am not fit to be an inspector." What is the best reply?')).toBe('What is the best reply?');
  });
});

describe('words to avoid', () => {
  const avoided: Avoided[] = [
    { lang: 'lo', variant: 'ໄດ້ຮັບການຄຸ້ມຄອງ', use: 'ໄດ້ຮັບການປະກັນ', from: 'test' },
    { lang: 'en', variant: 'social insurance office', use: 'LSSO', from: 'test' },
  ];
  it('finds a Lao phrase whatever the spacing, and leaves the bare word with its own meaning alone', () => {
    expect(avoidedIn('ຜູ້ອອກແຮງງານ ໄດ້ຮັບ ການຄຸ້ມຄອງ', 'lo', avoided)).toHaveLength(1);
    expect(avoidedIn('ພາຍໃຕ້ການຄຸ້ມຄອງຂອງກະຊວງ', 'lo', avoided)).toEqual([]);
  });
  it('finds English variants as whole words in any case', () => {
    expect(avoidedIn('Ask the Social Insurance Office.', 'en', avoided)).toHaveLength(1);
    expect(avoidedIn('social insurance offices', 'en', avoided)).toEqual([]);
  });
  it('reports the line of a text file, e.g. the UI strings', () => {
    const problems = fileProblems('{\n  "a": "ok",\n  "b": "ເຂົາເຈົ້າ ໄດ້ຮັບການຄຸ້ມຄອງ"\n}', 'lo', 'src/content/i18n/lo.json', avoided);
    expect(problems).toMatchObject([{ file: 'src/content/i18n/lo.json', line: 3, fix: 'write "ໄດ້ຮັບການປະກັນ" instead' }]);
  });
});

describe('course days', () => {
  it('finds ວັນທີ 1 to 5 used for a day of the course, and a UI string that prints one', () => {
    expect(courseDaysAsDates('ໃນວັນທີ 3 ທ່ານຈະກວດກາ').map((h) => h.day)).toEqual(['3']);
    expect(courseDaysAsDates('"session.day": "ວັນທີ {{day}}"').map((h) => h.day)).toEqual(['{{day}}']);
  });
  it('leaves calendar dates alone', () => {
    for (const date of ['ວັນທີ 1 ມັງກອນ 2017', 'ວັນທີ 5 ຂອງເດືອນ', 'ວັນທີ 1/5/2024', 'ວັນທີ 1 ຫາ 5 ມີນາ', 'ວັນທີ 12 ມີນາ', 'ວັນທີ 25']) {
      expect(courseDaysAsDates(date), date).toEqual([]);
    }
  });
});

describe('outcome numbers', () => {
  it('numbers outcomes by group and position', () => {
    const numbers = outcomeNumbers([{ outcomes: [{ id: 'legal-1' }, { id: 'legal-2' }] }, { outcomes: [{ id: 'planning-1' }] }]);
    expect([...numbers]).toEqual([['legal-1', '1.1'], ['legal-2', '1.2'], ['planning-1', '2.1']]);
  });
});

describe('sameCase (items on two forms of the pre/post test)', () => {
  const pre = 'Assume, for this exercise only, a combined contribution rate of 10% of wages. An employer did not register 4 workers, each paid 2,000,000 kip a month, for 6 months. What are the unpaid contributions?';
  it('lets a parallel item ask the same kind of question with another case and other figures', () => {
    const post = 'Assume, for this exercise only, a combined contribution rate of 12% of wages. A guesthouse did not register 3 workers, each paid 2,500,000 kip a month, for 5 months. What are the unpaid contributions?';
    const s = sameCase(pre, post);
    expect(s.nearCopy).toBe(true); // as a self-check copy it would be caught
    expect(s.sameCase).toBe(false);
  });
  it('catches the same case reworded, with the same figures', () => {
    const copy = 'For this exercise only, assume a combined contribution rate of 10% of wages. An employer has not registered 4 workers paid 2,000,000 kip a month each, for 6 months. How much in contributions is unpaid?';
    expect(sameCase(pre, copy).sameCase).toBe(true);
  });
});
