/**
 * Blank input files for the training report, made from the course's own forms
 * so their columns always match: results.csv (participant code, form, one column
 * per item id) and feedback.csv (form, one column per question id). Rows come
 * with the form already filled in, one block per form, for a class of the given size.
 */
import type { FeedbackForm, TestForm } from './report-input';

/** Rows per form in a blank template: the class size the course plans for (25-30 participants). */
export const CLASS_SIZE = 30;

const line = (cells: string[]) => cells.join(',');

export function resultsTemplate(forms: TestForm[], classSize: number): string {
  const items = forms.flatMap((f) => f.items.map((i) => i.id));
  const blank = items.map(() => '');
  const rows = forms.flatMap((form) => Array.from({ length: classSize }, () => line(['', form.id, ...blank])));
  return [line(['participant', 'form', ...items]), ...rows].join('\r\n') + '\r\n';
}

export function feedbackTemplate(forms: FeedbackForm[], classSize: number): string {
  const columns = [...new Set(forms.flatMap((f) => [...f.ratings.map((r) => r.id), ...f.comments.map((c) => c.id)]))];
  const blank = columns.map(() => '');
  const rows = forms.flatMap((form) => Array.from({ length: classSize }, () => line([form.id, ...blank])));
  return [line(['form', ...columns]), ...rows].join('\r\n') + '\r\n';
}
