/**
 * The training report as one bilingual HTML page (Lao and English for every
 * heading and label; participants' comments as they were typed), from the
 * computed figures and the charts. Pure: data in, HTML out; the command prints
 * it to PDF with the manual's printer and fonts, the site can show the same body.
 */
import { escapeHtml } from '../lib/escape-html';
import { formatDate } from '../handouts/handout-data';
import { t, type UiKey } from '../lib/i18n';
import type { Lang } from '../schemas/common';
import type { FeedbackForm, TestForm } from './report-input';
import {
  FLAG_RULES,
  type ClassSummary,
  type CommentGroup,
  type ItemAnalysis,
  type OutcomeResult,
  type ParticipantResult,
  type RatingSummary,
  type Recommendation,
} from './statistics';

export interface OutcomeInfo {
  id: string;
  /** Human number shown instead of the internal id, e.g. "2.3" (group 2, outcome 3). */
  number: string;
  text: Record<Lang, string>;
}

export interface ReportData {
  courseTitle: Record<Lang, string>;
  date: string;
  forms: TestForm[];
  feedbackForms: FeedbackForm[];
  summary: ClassSummary;
  participants: ParticipantResult[];
  outcomes: OutcomeResult[];
  outcomeInfo: OutcomeInfo[];
  items: ItemAnalysis[];
  ratings: RatingSummary[];
  comments: CommentGroup[];
  recommendations: Recommendation[];
  feedbackRows: number;
  sheets: number;
  charts: { prePost: string; outcomes: string; likert: Map<string, string> };
}

const LANGS: Lang[] = ['lo', 'en'];
const esc = (text: string) => escapeHtml(text);

/** A label in both languages: Lao first, English under it. */
const both = (key: UiKey, vars?: Record<string, string | number>) =>
  LANGS.map((lang) => `<span lang="${lang}" class="${lang}">${esc(t(lang, key, vars))}</span>`).join('');
const bothText = (text: Record<Lang, string>) => LANGS.map((lang) => `<span lang="${lang}" class="${lang}">${esc(text[lang])}</span>`).join('');

const pct = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);
const num = (value: number | null, digits = 1) => (value === null ? '–' : value.toFixed(digits));

function formTitle(form: FeedbackForm): Record<Lang, string> {
  const key: UiKey = form.day ? 'report.feedbackDay' : 'report.feedbackEvaluation';
  return { en: t('en', key, { day: form.day ?? '' }), lo: t('lo', key, { day: form.day ?? '' }) };
}

function summaryTable(s: ClassSummary, forms: TestForm[]): string {
  const items = (phase: 'pre' | 'post') => forms.find((f) => f.phase === phase)?.items.length ?? 0;
  const rows: [UiKey, string, string][] = [
    ['report.papers', String(s.sheetsPre), String(s.sheetsPost)],
    ['report.items', String(items('pre')), String(items('post'))],
    ['report.meanScore', `${num(s.meanPre)} (${pct(s.meanPrePercent === null ? null : s.meanPrePercent / 100)})`, `${num(s.meanPost)} (${pct(s.meanPostPercent === null ? null : s.meanPostPercent / 100)})`],
    ['report.medianScore', num(s.medianPre), num(s.medianPost)],
  ];
  return `<table class="summary"><thead><tr><th></th><th>${both('report.pre')}</th><th>${both('report.post')}</th></tr></thead><tbody>
${rows.map(([key, pre, post]) => `<tr><th>${both(key)}</th><td>${pre}</td><td>${post}</td></tr>`).join('\n')}
<tr><th>${both('report.paired')}</th><td colspan="2">${s.paired}</td></tr>
<tr><th>${both('report.meanGain')}</th><td colspan="2">${num(s.meanGain)}</td></tr>
<tr><th>${both('report.meanNormalisedGain')}</th><td colspan="2">${num(s.meanNormalisedGain, 2)}</td></tr>
<tr><th>${both('report.classNormalisedGain')}</th><td colspan="2">${num(s.classNormalisedGain, 2)}</td></tr>
</tbody></table>`;
}

function participantTable(rows: ParticipantResult[]): string {
  return `<table class="numbers"><thead><tr><th>${both('report.code')}</th><th>${both('report.pre')}</th><th>${both('report.post')}</th><th>${both('report.gain')}</th><th>${both('report.normalisedGain')}</th></tr></thead><tbody>
${rows.map((r) => `<tr><td>${esc(r.participant)}</td><td>${r.pre ?? '–'}</td><td>${r.post ?? '–'}</td><td>${r.gain ?? '–'}</td><td>${num(r.normalisedGain, 2)}</td></tr>`).join('\n')}
</tbody></table>`;
}

function outcomeTable(results: OutcomeResult[], info: OutcomeInfo[]): string {
  const byId = new Map(info.map((o) => [o.id, o]));
  return `<table class="outcomes"><thead><tr><th>${both('report.number')}</th><th>${both('report.outcome')}</th><th>${both('report.pre')}</th><th>${both('report.post')}</th><th>${both('report.items')}</th></tr></thead><tbody>
${results.map((r) => `<tr><td>${esc(byId.get(r.outcome)?.number ?? '')}</td><td class="text">${byId.has(r.outcome) ? bothText(byId.get(r.outcome)!.text) : ''}</td><td>${pct(r.pre)}</td><td>${pct(r.post)}</td><td>${r.items}</td></tr>`).join('\n')}
</tbody></table>`;
}

const flagLabels = (flags: string[]) => flags.map((f) => both(`report.flag.${f}` as UiKey)).join(' ');

function itemTable(items: ItemAnalysis[], info: OutcomeInfo[]): string {
  const number = new Map(info.map((o) => [o.id, o.number]));
  const letters = [...new Set(items.flatMap((i) => i.optionShares.map((o) => o.option)))];
  return `<table class="items"><thead><tr><th>${both('report.item')}</th><th>${both('report.outcome')}</th><th>${both('report.difficulty')}</th><th>${both('report.discrimination')}</th>${letters.map((l) => `<th>${l.toUpperCase()}</th>`).join('')}<th>${both('report.blank')}</th><th>${both('report.flags')}</th></tr></thead><tbody>
${items
  .map((i, index) => {
    const cells = letters.map((l) => {
      const o = i.optionShares.find((s) => s.option === l);
      return `<td>${o ? (o.correct ? `<strong>${pct(o.share)}</strong>` : pct(o.share)) : ''}</td>`;
    });
    return `<tr class="${i.flags.length ? 'flagged' : ''}"><td>${index + 1}</td><td>${esc(number.get(i.outcome ?? '') ?? '')}</td><td>${num(i.difficulty, 2)}</td><td>${num(i.discrimination, 2)}</td>${cells.join('')}<td>${pct(i.blankShare)}</td><td class="flags">${flagLabels(i.flags)}</td></tr>`;
  })
  .join('\n')}
</tbody></table>`;
}

function ratingTable(form: FeedbackForm, ratings: RatingSummary[]): string {
  const own = ratings.filter((r) => r.form === form.id);
  return `<table class="ratings"><thead><tr><th>${both('report.number')}</th><th>${both('report.question')}</th><th>${both('report.answers')}</th><th>${both('report.mean')}</th></tr></thead><tbody>
${form.ratings
  .map((q, i) => {
    const r = own.find((x) => x.question === q.id)!;
    return `<tr class="${r.low ? 'flagged' : ''}"><td>Q${i + 1}</td><td class="text">${bothText(q.text)}</td><td>${r.answers}</td><td>${num(r.mean, 2)}</td></tr>`;
  })
  .join('\n')}
</tbody></table>`;
}

function recommendationList(data: ReportData): string {
  if (!data.recommendations.length) return `<p>${both('report.change.none')}</p>`;
  const outcome = new Map(data.outcomeInfo.map((o) => [o.id, o]));
  const formById = new Map(data.feedbackForms.map((f) => [f.id, f]));
  const testForm = new Map(data.forms.map((f) => [f.id, f]));
  const itemNumber = (form: string, item: string) => (testForm.get(form)?.items.findIndex((i) => i.id === item) ?? -1) + 1;
  const line = (lang: Lang, r: Recommendation): string => {
    switch (r.kind) {
      case 'revise-item':
        return t(lang, 'report.change.reviseItem', { item: itemNumber(r.form, r.item), form: testForm.get(r.form)!.title[lang], flags: r.flags.map((f) => t(lang, `report.flag.${f}` as UiKey)).join(', ') });
      case 'reteach-outcome':
        return t(lang, 'report.change.reteachOutcome', { number: outcome.get(r.outcome)?.number ?? '', text: outcome.get(r.outcome)?.text[lang] ?? '', share: pct(r.post) });
      case 'review-session': {
        const question = formById.get(r.form)!.ratings.find((q) => q.id === r.session)!;
        return t(lang, 'report.change.reviewSession', { session: question.text[lang], mean: num(r.mean, 2) });
      }
      case 'review-statement': {
        const form = formById.get(r.form)!;
        const question = form.ratings.find((q) => q.id === r.statement)!;
        return t(lang, 'report.change.reviewStatement', { statement: question.text[lang], form: formTitle(form)[lang], mean: num(r.mean, 2) });
      }
    }
  };
  return `<ol class="changes">${data.recommendations.map((r) => `<li>${LANGS.map((lang) => `<span lang="${lang}" class="${lang}">${esc(line(lang, r))}</span>`).join('')}</li>`).join('\n')}</ol>`;
}

/** The body of the report (headings, tables, charts), without page chrome. */
export function reportBody(data: ReportData): string {
  const sections: string[] = [];
  sections.push(`<header class="report-cover"><h1>${both('report.title')}</h1><p class="course">${bothText(data.courseTitle)}</p><p class="made">${LANGS.map((lang) => `<span lang="${lang}" class="${lang}">${esc(t(lang, 'report.made', { date: formatDate(data.date, lang), sheets: data.sheets, forms: data.feedbackRows }))}</span>`).join('')}</p></header>`);
  sections.push(`<section><h2>${both('report.summary')}</h2>${summaryTable(data.summary, data.forms)}</section>`);
  // A heading and its chart are kept on one page: Chromium would otherwise leave the heading alone at the foot.
  sections.push(`<section><div class="keep"><h2>${both('report.byParticipant')}</h2><figure class="chart">${data.charts.prePost}</figure></div>${participantTable(data.participants)}</section>`);
  sections.push(`<section><div class="keep"><h2>${both('report.byOutcome')}</h2><figure class="chart">${data.charts.outcomes}</figure></div>${outcomeTable(data.outcomes, data.outcomeInfo)}</section>`);
  for (const form of data.forms) {
    sections.push(`<section><h2>${both('report.itemAnalysis')}: ${bothText(form.title)}</h2>${itemTable(data.items.filter((i) => i.form === form.id), data.outcomeInfo)}</section>`);
  }
  sections.push(`<section><h2>${both('report.feedback')}</h2>`);
  for (const form of data.feedbackForms) {
    const answered = data.ratings.some((r) => r.form === form.id && r.answers > 0) || data.comments.some((c) => c.form === form.id);
    if (!answered) continue;
    const comments = data.comments.filter((c) => c.form === form.id);
    sections.push(`<section class="feedback-form"><div class="keep"><h3>${bothText(formTitle(form))}</h3><figure class="chart">${data.charts.likert.get(form.id) ?? ''}</figure></div>${ratingTable(form, data.ratings)}
${comments.map((group) => `<h4>${bothText(form.comments.find((q) => q.id === group.question)!.text)}</h4><ul class="comments">${group.comments.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>`).join('\n')}</section>`);
  }
  sections.push('</section>');
  sections.push(`<section><h2>${both('report.changes')}</h2>${recommendationList(data)}</section>`);
  sections.push(`<section class="method"><h2>${both('report.method')}</h2>${LANGS.map((lang) => `<p lang="${lang}" class="${lang}">${esc(t(lang, 'report.methodText', { easy: FLAG_RULES.tooEasy, hard: FLAG_RULES.tooHard, weak: FLAG_RULES.weakDiscrimination, low: FLAG_RULES.lowRating, outcome: Math.round(FLAG_RULES.weakOutcome * 100) }))}</p>`).join('')}</section>`);
  return sections.join('\n');
}

/** A whole printable page: the course fonts (a relative fonts.css next to it), A4, page numbers. */
export function reportDocument(data: ReportData): string {
  return `<!doctype html>
<html lang="lo"><head><meta charset="utf-8"><title>${esc(t('en', 'report.title'))} · ${esc(t('lo', 'report.title'))}</title>
<link rel="stylesheet" href="fonts.css">
<style>
@page { size: A4; margin: 18mm 16mm 18mm 16mm; @bottom-center { content: counter(page) " / " counter(pages); font: 9pt var(--course-font); } }
body { font-family: var(--course-font); font-size: 10pt; line-height: 1.45; color: #111; }
h1 { font-size: 20pt; margin: 0 0 6mm; } h2 { font-size: 14pt; margin: 8mm 0 3mm; break-after: avoid; } h3 { font-size: 12pt; break-after: avoid; } h4 { font-size: 10pt; margin: 3mm 0 1mm; break-after: avoid; }
span.lo, span.en { display: block; } h1 span.en, h2 span.en, h3 span.en, h4 span.en, th span.en { font-weight: normal; color: #444; font-size: 0.85em; }
td span.en { color: #444; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; font-size: 9pt; } th, td { border: 0.5pt solid #9aa5b1; padding: 1mm 1.5mm; text-align: right; vertical-align: top; }
th { background: #eef2f6; text-align: left; } td.text, td.flags { text-align: left; } tr { break-inside: avoid; }
tr.flagged td { background: #fff7e6; }
figure.chart { margin: 2mm 0; break-inside: avoid; } .keep { break-inside: avoid; }
thead th { white-space: nowrap; } table.items thead th, table.outcomes thead th { white-space: normal; min-width: 10mm; } figure.chart svg { display: block; max-width: 100%; height: auto; }
.report-cover { border-bottom: 1pt solid #1d4ed8; padding-bottom: 4mm; } .made span { color: #444; }
ul.comments li, ol.changes li { margin-bottom: 1.5mm; break-inside: avoid; }
.method p { font-size: 9pt; }
</style></head>
<body>
${reportBody(data)}
</body></html>`;
}
