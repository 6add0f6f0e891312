/**
 * From a results folder to the report's parts: reads the course data and the
 * CSV files, checks them, computes the figures, draws the charts and builds the
 * HTML and the two CSV exports. Writes nothing: scripts/report.ts does.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../check/index';
import { loadContent } from '../check/load-content';
import { loadForms } from '../handouts/handout-data';
import { t } from '../lib/i18n';
import type { Lang } from '../schemas/common';
import { likertChart, outcomeChart, prePostChart, type ChartLabels } from './charts';
import { feedbackForms, readFeedback, readResults, testForms, type AnswerSheet, type FeedbackForm, type FeedbackRow, type InputProblem, type TestForm } from './report-input';
import { reportDocument, type OutcomeInfo, type ReportData } from './report-html';
import { classSummary, commentGroups, itemAnalysis, outcomeResults, participantResults, ratingSummaries, recommendations } from './statistics';

export const RESULTS_FILE = 'results.csv';
export const FEEDBACK_FILE = 'feedback.csv';

export interface ReportParts {
  html: string;
  participantsCsv: string;
  itemsCsv: string;
  data: ReportData;
}

const csvCell = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
const csv = (rows: (string | number | null)[][]) => rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
const round = (value: number | null, digits: number) => (value === null ? null : Number(value.toFixed(digits)));

/** Read a CSV input file as text; a folder or unreadable file is a problem, not a crash. */
function readInput(folder: string, name: string): { text?: string; problem?: InputProblem } {
  const file = join(folder, name);
  if (!existsSync(file)) return {};
  if (statSync(file).isDirectory()) return { problem: { file, message: 'is a folder: it must be a CSV file' } };
  return { text: readFileSync(file, 'utf8') };
}

/** The course data the report needs: its test forms, feedback forms and rating scale. */
export interface ReportCourse {
  courseTitle: Record<Lang, string>;
  outcomeInfo: OutcomeInfo[];
  forms: TestForm[];
  feedback: FeedbackForm[];
  scale: Record<Lang, string>[];
}

export function loadReportCourse(root: string): ReportCourse | { problems: InputProblem[] } {
  // The course data must be valid before anything is computed from it.
  const check = checkContent(root);
  if (check.errors > 0) return { problems: [{ file: root, message: `the course content has ${check.errors} error(s): run npm run check and fix them first` }] };
  const content = loadContent(root);
  const withoutPhase = content.quizzes.filter((q) => q.value.kind === 'assessment' && !q.value.phase);
  if (withoutPhase.length) {
    return { problems: withoutPhase.map((q) => ({ file: q.file, message: 'an assessment form needs `phase: pre` or `phase: post`, so the report knows which test it is' })) };
  }
  const forms = testForms(content.quizzes.map((q) => q.value));
  const formsData = loadForms(root);
  const feedback = feedbackForms(formsData, content.sessions.map((s) => s.value), content.course!.value.days.map((d) => d.day));
  const outcomeInfo: OutcomeInfo[] = content.competencies!.value.flatMap((group, gi) =>
    group.outcomes.map((o, oi) => ({ id: o.id, number: `${gi + 1}.${oi + 1}`, text: o.text })),
  );
  return { courseTitle: content.course!.value.title, outcomeInfo, forms, feedback, scale: formsData.scale };
}

export async function makeReport(root: string, folder: string, date: string): Promise<{ problems: InputProblem[] } | ReportParts> {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    return { problems: [{ file: folder, message: `is not a folder: give the folder that holds ${RESULTS_FILE} and ${FEEDBACK_FILE}` }] };
  }
  const course = loadReportCourse(root);
  if ('problems' in course) return course;
  const { forms, feedback, scale } = course;

  const problems: InputProblem[] = [];
  const results = readInput(folder, RESULTS_FILE);
  const feedbackText = readInput(folder, FEEDBACK_FILE);
  for (const p of [results.problem, feedbackText.problem]) if (p) problems.push(p);
  if (results.text === undefined && feedbackText.text === undefined && problems.length === 0) {
    problems.push({ file: folder, message: `has neither ${RESULTS_FILE} nor ${FEEDBACK_FILE}: copy the templates from the facilitator pack and type the papers in` });
  }
  const read = results.text !== undefined ? readResults(results.text, join(folder, RESULTS_FILE), forms) : { sheets: [], problems: [] };
  const fb = feedbackText.text !== undefined ? readFeedback(feedbackText.text, join(folder, FEEDBACK_FILE), feedback, scale.length) : { rows: [], problems: [] };
  problems.push(...read.problems, ...fb.problems);
  if (problems.length) return { problems };
  return computeReport(course, read.sheets, fb.rows, date);
}

/** The figures, charts, HTML and exports for answer sheets and feedback rows that have been read and checked. */
export async function computeReport(course: ReportCourse, sheets: AnswerSheet[], feedbackRows: FeedbackRow[], date: string): Promise<ReportParts> {
  const { forms, feedback, scale, outcomeInfo } = course;
  const read = { sheets };
  const fb = { rows: feedbackRows };
  const participants = participantResults(read.sheets, forms);
  const outcomes = outcomeResults(read.sheets, forms, outcomeInfo.map((o) => o.id));
  const items = forms.flatMap((form) => itemAnalysis(read.sheets, form));
  const ratings = ratingSummaries(fb.rows, feedback, scale.length);
  const comments = commentGroups(fb.rows, feedback);

  // Charts carry both languages in their labels: "ກ່ອນ / Pre".
  const label = (key: Parameters<typeof t>[1]) => (['lo', 'en'] as Lang[]).map((lang) => t(lang, key)).join(' / ');
  const labels: ChartLabels = {
    pre: label('report.pre'),
    post: label('report.post'),
    percentCorrect: label('report.percentCorrect'),
    participant: label('report.code'),
    outcome: label('report.outcome'),
    share: label('report.share'),
    question: label('report.question'),
    answer: label('report.answer'),
  };
  const scaleLabels = scale.map((point, i) => `${i + 1} ${point.lo} / ${point.en}`);
  const likert = new Map<string, string>();
  for (const form of feedback) {
    const rows = ratings.filter((r) => r.form === form.id);
    if (rows.every((r) => r.answers === 0)) continue;
    likert.set(form.id, await likertChart(rows.map((r, i) => ({ label: `Q${i + 1}`, counts: r.counts })), scaleLabels, labels));
  }
  const number = new Map(outcomeInfo.map((o) => [o.id, o.number]));
  const data: ReportData = {
    courseTitle: course.courseTitle,
    date,
    forms,
    feedbackForms: feedback,
    summary: classSummary(participants),
    participants,
    outcomes,
    outcomeInfo,
    items,
    ratings,
    comments,
    recommendations: recommendations(items, outcomes, ratings),
    feedbackRows: fb.rows.length,
    sheets: read.sheets.length,
    charts: {
      prePost: await prePostChart(participants.map((p) => ({ participant: p.participant, pre: p.prePercent, post: p.postPercent })), labels),
      outcomes: await outcomeChart(outcomes.map((o) => ({ label: number.get(o.outcome)!, pre: o.pre, post: o.post })), labels),
      likert,
    },
  };
  return {
    html: reportDocument(data),
    participantsCsv: csv([['participant', 'pre_score', 'post_score', 'gain'], ...participants.map((p) => [p.participant, p.pre, p.post, p.gain])]),
    itemsCsv: csv([['form', 'item', 'difficulty', 'discrimination'], ...items.map((i) => [i.form, i.item, round(i.difficulty, 3), round(i.discrimination, 3)])]),
    data,
  };
}
