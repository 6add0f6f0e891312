/**
 * Item-writing rules for each quiz: answers spread over the letters, the
 * correct option not given away by its length, no "all/none of the above",
 * and a negative in a stem only in bold.
 */
import type { LoadedContent, Located } from '../load-content';
import type { Problem } from '../problem';
import type { Quiz } from '../../schemas/quiz';
import { LONGEST_RATIO, MAX_LETTER_SHARE, MAX_LONGEST_SHARE, MIN_ITEMS_FOR_SPREAD, longestRatio, quizStats } from '../quiz-stats';

/** Options that let a guesser win by elimination; compared without spaces. */
const ABOVE_OPTIONS = {
  en: /\b(all|none|both|neither) of (the )?(above|these|them|the options|the answers)\b/i,
  lo: /ທັງໝົດຂ້າງເທິງ|ຂ້າງເທິງທັງໝົດ|ທຸກຂໍ້ຂ້າງເທິງ|ຖືກທຸກຂໍ້|ຖືກທັງໝົດ|ບໍ່ມີຂໍ້ໃດຖືກ|ບໍ່ມີຂໍ້ໃດເລີຍ|ບໍ່ມີຂໍ້ໃດຂ້າງເທິງ|ຜິດທຸກຂໍ້|ຂໍ້ທີ່ກ່າວມາທັງໝົດ/,
};
/** Negatives a reader can miss in the question a stem asks. */
const NEGATIVE = /\b(not|never|except|cannot)\b/i;

/** The question a stem asks: its last sentence (the scenario before it may say "did not" freely). */
export function leadIn(stem: string): string {
  const sentences = stem.trim().split(/(?<=[.!?]|[.!?]["”’)])\s+(?=[A-Z*_"“])/);
  return sentences[sentences.length - 1];
}
/** Bold spans (**...** or __...__): a negative inside one is visible. */
const BOLD = /\*\*[^*]+\*\*|__[^_]+__/g;

const pct = (x: number) => `${Math.round(x * 100)}%`;

function checkQuiz(q: Located<Quiz>, add: (p: Problem) => void) {
  const { items } = q.value;
  const line = (i: number, ...path: (string | number)[]) => q.yaml.lineOf(['items', i, ...path]);
  const stats = quizStats(items);

  if (items.length >= MIN_ITEMS_FOR_SPREAD) {
    for (const [letter, count] of Object.entries(stats.perLetter)) {
      if (count / items.length <= MAX_LETTER_SHARE) continue;
      const first = items.findIndex((item) => item.answer === letter);
      add({
        severity: 'error',
        file: q.file,
        line: line(first, 'answer'),
        message: `"${letter}" is the answer of ${count} of the ${items.length} items (${pct(count / items.length)}; at most ${pct(MAX_LETTER_SHARE)}). Answers per letter: ${Object.entries(stats.perLetter).map(([l, n]) => `${l} ${n}`).join(', ')}`,
        fix: `reorder the options of some of these items so their correct option gets a less used letter (and update "answer"): ${items.filter((i) => i.answer === letter).map((i) => i.id).join(', ')}`,
      });
    }
  }

  for (const lang of ['en', 'lo'] as const) {
    const giveaways = items.map((item, i) => ({ item, i, ratio: longestRatio(item, lang) })).filter((x) => x.ratio >= LONGEST_RATIO);
    if (giveaways.length === 0 || giveaways.length / items.length <= MAX_LONGEST_SHARE) continue;
    add({
      severity: 'error',
      file: q.file,
      line: line(giveaways[0].i, 'options'),
      message: `in ${giveaways.length} of the ${items.length} items (${pct(giveaways.length / items.length)}; at most a third) the correct ${lang === 'en' ? 'English' : 'Lao'} option is the longest by ${Math.round((LONGEST_RATIO - 1) * 100)}% or more: ${giveaways.map((g) => `${g.item.id} (line ${line(g.i, 'options')}, ${g.ratio.toFixed(1)}×)`).join(', ')}`,
      fix: 'make the options of similar length and grammar: shorten the correct option (move qualifications into the stem or the explanation) or give the distractors the same precision',
    });
  }

  items.forEach((item, i) => {
    item.options.forEach((option, oi) => {
      for (const lang of ['en', 'lo'] as const) {
        const text = lang === 'lo' ? option.text.lo.replace(/[\s\u200B]+/g, '') : option.text.en;
        if (!ABOVE_OPTIONS[lang].test(text)) continue;
        add({
          severity: 'error',
          file: q.file,
          line: line(i, 'options', oi),
          message: `item "${item.id}", option ${option.id}: "${option.text[lang]}" is an "all/none of the above" option`,
          fix: 'write a real, plausible option instead (a reader can pick or rule out "all/none of the above" by checking two other options)',
        });
        break;
      }
    });
    const boldNegative = (leadIn(item.question.en).match(BOLD) ?? []).some((b) => NEGATIVE.test(b));
    if (boldNegative && !/\*\*[^*]+\*\*|__[^_]+__/.test(item.question.lo)) {
      add({
        severity: 'warning',
        file: q.file,
        line: line(i, 'question', 'lo'),
        message: `item "${item.id}": the English question has its negative in bold, the Lao question has nothing in bold`,
        fix: 'put the Lao negative in bold too (e.g. **ບໍ່**), so readers of both languages see it',
      });
    }
    const unbolded = leadIn(item.question.en).replace(BOLD, ' ').match(NEGATIVE);
    if (unbolded) {
      add({
        severity: 'warning',
        file: q.file,
        line: line(i, 'question'),
        message: `item "${item.id}": the question it asks has a negative ("${unbolded[0]}") that is not in bold`,
        fix: `write it in bold (**${unbolded[0]}**) in both languages, or ask the question positively`,
      });
    }
  });
}

export function checkQuizItems(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  for (const q of content.quizzes) checkQuiz(q, (p) => problems.push(p));
  return problems;
}
