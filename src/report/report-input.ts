/**
 * The training report's input: a folder of CSV files typed in from the
 * filled-in papers (results.csv: answer sheets of the pre/post test;
 * feedback.csv: daily feedback and end-of-course evaluation forms), read and
 * checked against the course's own data. Pure functions: text in, records or
 * problems out; the command decides what to write.
 */
import type { Lang } from '../schemas/common';
import type { Quiz } from '../schemas/quiz';
import type { Session } from '../schemas/session';
import { detectDelimiter, parseCsv } from '../handouts/csv';

/** A problem with one input file, as shown to the person who typed it. */
export interface InputProblem {
  file: string;
  /** 1-based line of the row (the header is line 1). */
  line?: number;
  /** Column name, where the problem is in one cell. */
  column?: string;
  message: string;
}

/** One pre/post test form: the answer key, written once in its quiz file. */
export interface TestForm {
  id: string;
  phase: 'pre' | 'post';
  title: Record<Lang, string>;
  items: { id: string; answer: string; options: string[]; outcome?: string }[];
}

/** One answer sheet typed in: the letters a participant circled (null: no answer). */
export interface AnswerSheet {
  participant: string;
  form: string;
  line: number;
  answers: Map<string, string | null>;
}

/** The questions of one feedback form, as columns of feedback.csv. */
export interface FeedbackForm {
  /** `day-1` ... `day-5` (daily feedback) or `evaluation` (end of course). */
  id: string;
  day?: number;
  /** Rated on the 1..scale points: statements, sessions (daily forms) and the overall rating. */
  ratings: { id: string; text: Record<Lang, string>; kind: 'statement' | 'session' | 'overall' }[];
  /** Open questions: free text. */
  comments: { id: string; text: Record<Lang, string> }[];
}

/** One returned feedback or evaluation form. */
export interface FeedbackRow {
  form: string;
  line: number;
  ratings: Map<string, number>;
  comments: Map<string, string>;
}

/** The test forms of the course: every quiz of kind `assessment`, in pre, post order. */
export function testForms(quizzes: Quiz[]): TestForm[] {
  const forms = quizzes.filter((q) => q.kind === 'assessment');
  return forms
    .map((q) => ({
      id: q.id,
      phase: q.phase ?? 'pre',
      title: q.title,
      items: q.items.map((item) => ({ id: item.id, answer: item.answer, options: item.options.map((o) => o.id), outcome: item.outcome })),
    }))
    .sort((a, b) => (a.phase === b.phase ? a.id.localeCompare(b.id) : a.phase === 'pre' ? -1 : 1));
}

/** The feedback forms as content/forms.yaml and the sessions define them. */
export interface FormsData {
  scale: Record<Lang, string>[];
  dailyFeedback: { statements: { id: string; text: Record<Lang, string> }[]; openQuestions: { id: string; text: Record<Lang, string> }[] };
  courseEvaluation: {
    sections: { statements: { id: string; text: Record<Lang, string> }[] }[];
    overall: Record<Lang, string>;
    openQuestions: { id: string; text: Record<Lang, string> }[];
  };
}

export function feedbackForms(forms: FormsData, sessions: Session[], days: number[]): FeedbackForm[] {
  const daily = days.map((day) => ({
    id: `day-${day}`,
    day,
    ratings: [
      ...sessions.filter((s) => s.day === day).sort((a, b) => a.order - b.order).map((s) => ({ id: s.id, text: s.title, kind: 'session' as const })),
      ...forms.dailyFeedback.statements.map((s) => ({ id: s.id, text: s.text, kind: 'statement' as const })),
    ],
    comments: forms.dailyFeedback.openQuestions,
  }));
  const evaluation: FeedbackForm = {
    id: 'evaluation',
    ratings: [
      ...forms.courseEvaluation.sections.flatMap((section) => section.statements.map((s) => ({ id: s.id, text: s.text, kind: 'statement' as const }))),
      { id: 'overall', text: forms.courseEvaluation.overall, kind: 'overall' },
    ],
    comments: forms.courseEvaluation.openQuestions,
  };
  return [...daily, evaluation];
}

/** Rows of a CSV file with their header, or the problem that stops reading it. */
function readTable(text: string, file: string): { header: string[]; rows: { line: number; cells: string[] }[] } | InputProblem {
  if (text.includes('\u0000')) {
    return { file, message: 'the file is saved as UTF-16 (it has NUL bytes): save it again as "CSV UTF-8 (comma delimited)"' };
  }
  if (text.includes('\uFFFD')) {
    return { file, message: 'the file is not UTF-8 (it has characters that could not be read): save it again as "CSV UTF-8 (comma delimited)"' };
  }
  const parsed = parseCsv(text, detectDelimiter(text));
  if (parsed.error) return { file, line: parsed.error.line, message: parsed.error.message };
  const [head, ...rows] = parsed.records;
  if (!head) return { file, message: 'the file is empty: it needs a header row and one row per paper' };
  if (rows.length === 0) return { file, line: 1, message: 'the file has a header row but no rows: type one row per paper' };
  return { header: head.cells.map((c) => c.trim()), rows: rows.map((r) => ({ line: r.line, cells: r.cells.map((c) => c.trim()) })) };
}

/**
 * A participant code is what the participant wrote at the top of the paper instead of a name.
 * Heuristic: a code has no space, at least one digit, and no Lao letters; "Somsak P.", "ສົມສັກ" or
 * "Noy" look like names (results must not carry personal names).
 */
export function looksLikeName(code: string): boolean {
  return /\s/.test(code) || /[\u0E80-\u0EFF]/.test(code) || !/\d/.test(code);
}

const headerProblems = (header: string[], file: string, required: string[], known: Set<string>, what: string): InputProblem[] => {
  const problems: InputProblem[] = [];
  for (const column of required) {
    if (!header.includes(column)) problems.push({ file, line: 1, column, message: `the header has no "${column}" column: the first row must start with ${required.join(',')}` });
  }
  const seen = new Set<string>();
  for (const column of header) {
    if (seen.has(column)) problems.push({ file, line: 1, column, message: `the column "${column}" appears twice in the header: keep one` });
    seen.add(column);
    if (!required.includes(column) && !known.has(column)) {
      problems.push({ file, line: 1, column, message: `unknown ${what} "${column}": use the column names of the template in the facilitator pack` });
    }
  }
  return problems;
};

/** Read results.csv: one row per answer sheet. */
export function readResults(text: string, file: string, forms: TestForm[]): { sheets: AnswerSheet[]; problems: InputProblem[] } {
  const table = readTable(text, file);
  if ('message' in table) return { sheets: [], problems: [table] };
  const itemForm = new Map<string, TestForm[]>();
  for (const form of forms) for (const item of form.items) itemForm.set(item.id, [...(itemForm.get(item.id) ?? []), form]);
  const problems = headerProblems(table.header, file, ['participant', 'form'], new Set(itemForm.keys()), 'item id');
  if (problems.length) return { sheets: [], problems };
  const formById = new Map(forms.map((f) => [f.id, f]));
  const sheets: AnswerSheet[] = [];
  const taken = new Map<string, number>();
  for (const row of table.rows) {
    const cell = (column: string) => row.cells[table.header.indexOf(column)] ?? '';
    if (row.cells.length > table.header.length) {
      problems.push({ file, line: row.line, message: `the row has ${row.cells.length} cells but the header has ${table.header.length} columns: remove the extra separator` });
      continue;
    }
    const participant = cell('participant');
    // A template row nobody filled in (the form is pre-filled) is skipped.
    if (!participant && row.cells.every((c, i) => !c || table.header[i] === 'form')) continue;
    const form = formById.get(cell('form'));
    if (!participant) problems.push({ file, line: row.line, column: 'participant', message: 'the participant code is empty: type the code written on the paper' });
    else if (looksLikeName(participant)) {
      problems.push({ file, line: row.line, column: 'participant', message: `"${participant}" looks like a name, not a code (a code has no space, has a digit, and no Lao letters): type the code written on the paper, never a name` });
    }
    if (!form) {
      problems.push({ file, line: row.line, column: 'form', message: `"${cell('form')}" is not a test form: write one of ${forms.map((f) => f.id).join(', ')}` });
      continue;
    }
    const key = `${participant}\u0000${form.phase}`;
    if (participant && taken.has(key)) {
      problems.push({ file, line: row.line, column: 'participant', message: `participant "${participant}" has two ${form.phase}-tests (lines ${taken.get(key)} and ${row.line}): keep one` });
    }
    taken.set(key, row.line);
    const answers = new Map<string, string | null>();
    for (const item of form.items) {
      const index = table.header.indexOf(item.id);
      const typed = index >= 0 ? (row.cells[index] ?? '').toLowerCase() : '';
      if (typed && !item.options.includes(typed)) {
        problems.push({ file, line: row.line, column: item.id, message: `"${typed}" is not an option of item ${item.id} (options ${item.options.join(', ')}): type the letter circled, or leave it blank` });
      }
      answers.set(item.id, typed || null);
    }
    for (const column of table.header) {
      if (column === 'participant' || column === 'form' || form.items.some((i) => i.id === column)) continue;
      if (cell(column)) problems.push({ file, line: row.line, column, message: `item ${column} is not on form ${form.id}: leave it blank on this row` });
    }
    sheets.push({ participant, form: form.id, line: row.line, answers });
  }
  if (!problems.length && !sheets.length) problems.push({ file, message: 'no answer sheet is filled in: type one row per paper (participant code, form, letters)' });
  return { sheets: problems.length ? [] : sheets, problems };
}

/** Read feedback.csv: one row per returned form. */
export function readFeedback(text: string, file: string, forms: FeedbackForm[], scalePoints: number): { rows: FeedbackRow[]; problems: InputProblem[] } {
  const table = readTable(text, file);
  if ('message' in table) return { rows: [], problems: [table] };
  const known = new Set(forms.flatMap((f) => [...f.ratings.map((r) => r.id), ...f.comments.map((c) => c.id)]));
  const problems = headerProblems(table.header, file, ['form'], known, 'question id');
  if (problems.length) return { rows: [], problems };
  const formById = new Map(forms.map((f) => [f.id, f]));
  const rows: FeedbackRow[] = [];
  for (const row of table.rows) {
    const cell = (column: string) => row.cells[table.header.indexOf(column)] ?? '';
    if (row.cells.every((c, i) => !c || table.header[i] === 'form')) continue; // an unused template row
    const form = formById.get(cell('form'));
    if (!form) {
      problems.push({ file, line: row.line, column: 'form', message: `"${cell('form')}" is not a feedback form: write one of ${forms.map((f) => f.id).join(', ')}` });
      continue;
    }
    const ratings = new Map<string, number>();
    const comments = new Map<string, string>();
    for (const column of table.header) {
      if (column === 'form') continue;
      const value = cell(column);
      if (!value) continue;
      if (form.ratings.some((r) => r.id === column)) {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 1 || n > scalePoints) {
          problems.push({ file, line: row.line, column, message: `"${value}" is not a rating from 1 to ${scalePoints}: type the number ticked, or leave it blank` });
        } else ratings.set(column, n);
      } else if (form.comments.some((c) => c.id === column)) comments.set(column, value);
      else problems.push({ file, line: row.line, column, message: `question ${column} is not on form ${form.id}: leave it blank on this row` });
    }
    rows.push({ form: form.id, line: row.line, ratings, comments });
  }
  if (!problems.length && !rows.length) problems.push({ file, message: 'no feedback form is filled in: type one row per returned form' });
  return { rows: problems.length ? [] : rows, problems };
}

/** One line per problem, as the command prints them. */
export function formatProblem(p: InputProblem): string {
  const where = [p.file, p.line].filter((x) => x !== undefined).join(':');
  return `error: ${where}: ${p.column ? `column "${p.column}": ` : ''}${p.message}`;
}
