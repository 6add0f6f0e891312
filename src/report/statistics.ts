/**
 * The training report's figures, as pure functions of the answer sheets and
 * feedback rows. The formulas are the usual ones of classical test theory and
 * of pre/post evaluation of training, written out here so they can be checked:
 *
 * - score: number of correct answers (a blank counts as wrong);
 * - percent: score / items of the form x 100;
 * - gain: post score - pre score (correct answers; the forms are parallel and of equal length);
 * - normalised gain (Hake 1998): g = (post% - pre%) / (100 - pre%), none when pre% = 100;
 *   class normalised gain: the same formula on the class means;
 * - item difficulty: p = share of the sheets of that form answering the item correctly;
 * - item discrimination: corrected point-biserial correlation, the Pearson correlation between
 *   the item (1 correct, 0 not) and the rest score (the sheet's score without that item);
 *   none when either has no variance;
 * - distractor use: share of sheets choosing each option, and blank.
 */
import type { AnswerSheet, FeedbackForm, FeedbackRow, TestForm } from './report-input';

export const FLAG_RULES = {
  /** p at or above this: nearly everyone knew it (on a pre-test: before the course). */
  tooEasy: 0.9,
  /** p below this on a post-test: the course did not get it across, or the item is faulty. */
  tooHard: 0.3,
  /** Discrimination below this (with enough sheets) separates strong and weak participants poorly. */
  weakDiscrimination: 0.2,
  /** Fewer sheets than this: discrimination is too unstable to flag as weak (negative is still flagged). */
  minSheetsForWeak: 10,
  /** A distractor chosen by fewer than this share of sheets does not work as a distractor. */
  unusedDistractor: 0.05,
  /** Rating means below this (on a 1-5 scale) are flagged. */
  lowRating: 3.5,
  /** Outcomes answered correctly by fewer than this share on the post-test are flagged. */
  weakOutcome: 0.6,
} as const;

export const score = (sheet: AnswerSheet, form: TestForm) => form.items.filter((item) => sheet.answers.get(item.id) === item.answer).length;

export function mean(values: number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function pearson(x: number[], y: number[]): number | null {
  const mx = mean(x);
  const my = mean(y);
  if (mx === null || my === null) return null;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

export const normalisedGain = (prePercent: number, postPercent: number): number | null =>
  prePercent >= 100 ? null : (postPercent - prePercent) / (100 - prePercent);

export interface ParticipantResult {
  participant: string;
  pre: number | null;
  post: number | null;
  prePercent: number | null;
  postPercent: number | null;
  gain: number | null;
  normalisedGain: number | null;
}

export function participantResults(sheets: AnswerSheet[], forms: TestForm[]): ParticipantResult[] {
  const formById = new Map(forms.map((f) => [f.id, f]));
  const byParticipant = new Map<string, { pre?: [number, number]; post?: [number, number] }>();
  for (const sheet of sheets) {
    const form = formById.get(sheet.form)!;
    const entry = byParticipant.get(sheet.participant) ?? {};
    entry[form.phase] = [score(sheet, form), form.items.length];
    byParticipant.set(sheet.participant, entry);
  }
  return [...byParticipant.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([participant, { pre, post }]) => {
      const prePercent = pre ? (100 * pre[0]) / pre[1] : null;
      const postPercent = post ? (100 * post[0]) / post[1] : null;
      return {
        participant,
        pre: pre?.[0] ?? null,
        post: post?.[0] ?? null,
        prePercent,
        postPercent,
        gain: pre && post ? post[0] - pre[0] : null,
        normalisedGain: prePercent !== null && postPercent !== null ? normalisedGain(prePercent, postPercent) : null,
      };
    });
}

export interface ClassSummary {
  sheetsPre: number;
  sheetsPost: number;
  /** Participants with both a pre- and a post-test: the gains are computed on them. */
  paired: number;
  meanPre: number | null;
  meanPost: number | null;
  medianPre: number | null;
  medianPost: number | null;
  meanPrePercent: number | null;
  meanPostPercent: number | null;
  meanGain: number | null;
  /** Mean of the participants' normalised gains. */
  meanNormalisedGain: number | null;
  /** Normalised gain of the class means (paired participants). */
  classNormalisedGain: number | null;
}

export function classSummary(results: ParticipantResult[]): ClassSummary {
  const pre = results.filter((r) => r.pre !== null);
  const post = results.filter((r) => r.post !== null);
  const paired = results.filter((r) => r.pre !== null && r.post !== null);
  const pairedPre = mean(paired.map((r) => r.prePercent!));
  const pairedPost = mean(paired.map((r) => r.postPercent!));
  return {
    sheetsPre: pre.length,
    sheetsPost: post.length,
    paired: paired.length,
    meanPre: mean(pre.map((r) => r.pre!)),
    meanPost: mean(post.map((r) => r.post!)),
    medianPre: median(pre.map((r) => r.pre!)),
    medianPost: median(post.map((r) => r.post!)),
    meanPrePercent: mean(pre.map((r) => r.prePercent!)),
    meanPostPercent: mean(post.map((r) => r.postPercent!)),
    meanGain: mean(paired.map((r) => r.gain!)),
    meanNormalisedGain: mean(paired.map((r) => r.normalisedGain).filter((g): g is number => g !== null)),
    classNormalisedGain: pairedPre !== null && pairedPost !== null ? normalisedGain(pairedPre, pairedPost) : null,
  };
}

export type ItemFlag = 'too-easy' | 'too-hard' | 'negative-discrimination' | 'weak-discrimination' | 'unused-distractor';

export interface ItemAnalysis {
  form: string;
  item: string;
  outcome?: string;
  sheets: number;
  difficulty: number | null;
  discrimination: number | null;
  /** Share of sheets choosing each option (in option order), then blank. */
  optionShares: { option: string; share: number; correct: boolean }[];
  blankShare: number;
  flags: ItemFlag[];
}

export function itemAnalysis(sheets: AnswerSheet[], form: TestForm): ItemAnalysis[] {
  const own = sheets.filter((s) => s.form === form.id);
  const totals = own.map((s) => score(s, form));
  return form.items.map((item) => {
    const correct = own.map((s) => (s.answers.get(item.id) === item.answer ? 1 : 0));
    const rest = totals.map((t, i) => t - correct[i]);
    const n = own.length;
    const difficulty = n ? correct.reduce<number>((a, b) => a + b, 0) / n : null;
    const discrimination = n > 2 ? pearson(correct, rest) : null;
    const optionShares = item.options.map((option) => ({
      option,
      share: n ? own.filter((s) => s.answers.get(item.id) === option).length / n : 0,
      correct: option === item.answer,
    }));
    const blankShare = n ? own.filter((s) => s.answers.get(item.id) == null).length / n : 0;
    const flags: ItemFlag[] = [];
    if (difficulty !== null && difficulty >= FLAG_RULES.tooEasy) flags.push('too-easy');
    if (difficulty !== null && form.phase === 'post' && difficulty < FLAG_RULES.tooHard) flags.push('too-hard');
    if (discrimination !== null && discrimination < 0) flags.push('negative-discrimination');
    else if (discrimination !== null && n >= FLAG_RULES.minSheetsForWeak && discrimination < FLAG_RULES.weakDiscrimination) flags.push('weak-discrimination');
    if (n >= FLAG_RULES.minSheetsForWeak && optionShares.some((o) => !o.correct && o.share < FLAG_RULES.unusedDistractor)) flags.push('unused-distractor');
    return { form: form.id, item: item.id, outcome: item.outcome, sheets: n, difficulty, discrimination, optionShares, blankShare, flags };
  });
}

export interface OutcomeResult {
  outcome: string;
  /** Share of correct answers to the outcome's items, over the sheets of each phase (null: no item). */
  pre: number | null;
  post: number | null;
  items: number;
}

export function outcomeResults(sheets: AnswerSheet[], forms: TestForm[], outcomes: string[]): OutcomeResult[] {
  const formById = new Map(forms.map((f) => [f.id, f]));
  const share = (phase: 'pre' | 'post', outcome: string) => {
    let right = 0;
    let asked = 0;
    for (const sheet of sheets) {
      const form = formById.get(sheet.form)!;
      if (form.phase !== phase) continue;
      for (const item of form.items.filter((i) => i.outcome === outcome)) {
        asked++;
        if (sheet.answers.get(item.id) === item.answer) right++;
      }
    }
    return asked ? right / asked : null;
  };
  return outcomes.map((outcome) => ({
    outcome,
    pre: share('pre', outcome),
    post: share('post', outcome),
    items: forms.reduce((n, f) => n + f.items.filter((i) => i.outcome === outcome).length, 0),
  }));
}

export interface RatingSummary {
  form: string;
  question: string;
  kind: 'statement' | 'session' | 'overall';
  answers: number;
  mean: number | null;
  /** How many chose each point of the scale, 1 first. */
  counts: number[];
  low: boolean;
}

export function ratingSummaries(rows: FeedbackRow[], forms: FeedbackForm[], scalePoints: number): RatingSummary[] {
  return forms.flatMap((form) => {
    const own = rows.filter((r) => r.form === form.id);
    return form.ratings.map((question) => {
      const values = own.map((r) => r.ratings.get(question.id)).filter((v): v is number => v !== undefined);
      const counts = Array.from({ length: scalePoints }, (_, i) => values.filter((v) => v === i + 1).length);
      const m = mean(values);
      return { form: form.id, question: question.id, kind: question.kind, answers: values.length, mean: m, counts, low: m !== null && m < FLAG_RULES.lowRating };
    });
  });
}

export interface CommentGroup {
  form: string;
  question: string;
  comments: string[];
}

export function commentGroups(rows: FeedbackRow[], forms: FeedbackForm[]): CommentGroup[] {
  return forms.flatMap((form) =>
    form.comments
      .map((q) => ({ form: form.id, question: q.id, comments: rows.filter((r) => r.form === form.id).map((r) => r.comments.get(q.id)).filter((c): c is string => !!c) }))
      .filter((g) => g.comments.length > 0),
  );
}

/** What the flags suggest changing next time, in a fixed order: items, outcomes, sessions, statements. */
export type Recommendation =
  | { kind: 'revise-item'; form: string; item: string; flags: ItemFlag[] }
  | { kind: 'reteach-outcome'; outcome: string; post: number }
  | { kind: 'review-session'; form: string; session: string; mean: number }
  | { kind: 'review-statement'; form: string; statement: string; mean: number };

export function recommendations(items: ItemAnalysis[], outcomes: OutcomeResult[], ratings: RatingSummary[]): Recommendation[] {
  const serious: ItemFlag[] = ['too-easy', 'too-hard', 'negative-discrimination', 'weak-discrimination'];
  return [
    ...items
      .filter((i) => i.flags.some((f) => serious.includes(f)))
      .map((i) => ({ kind: 'revise-item' as const, form: i.form, item: i.item, flags: i.flags })),
    ...outcomes
      .filter((o) => o.post !== null && o.post < FLAG_RULES.weakOutcome)
      .map((o) => ({ kind: 'reteach-outcome' as const, outcome: o.outcome, post: o.post! })),
    ...ratings.filter((r) => r.low && r.kind === 'session').map((r) => ({ kind: 'review-session' as const, form: r.form, session: r.question, mean: r.mean! })),
    ...ratings.filter((r) => r.low && r.kind !== 'session').map((r) => ({ kind: 'review-statement' as const, form: r.form, statement: r.question, mean: r.mean! })),
  ];
}
