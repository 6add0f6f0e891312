/**
 * A procedure as HTML: its flowchart figure, its table of steps and its
 * one-page checklist job aid. Pure functions of the data (plus the layout,
 * which is computed), so the site, the books, the facilitator pack and the
 * tests all get the same result from the same YAML.
 */
import { escapeHtml } from '../escape-html';
import { t, type UiKey } from '../i18n';
import { verifyAnchor } from '../verify-markers';
import type { Lang, Localized } from '../../schemas/common';
import { END, type Procedure, type ProcedureRole, type ProcedureStep } from '../../schemas/procedure';
import { edgesOf, stepNumbers } from './procedure-graph';
import { flowchartSvg, layoutFlowchart, printBands } from './flowchart';

export interface ProcedureData {
  procedure: Procedure;
  roles: ProcedureRole[];
  /** Titles of the inspection forms, by id (content/inspection-forms/<id>.yaml). */
  forms: Map<string, Localized>;
}

export interface RenderOptions {
  lang: Lang;
  /** Only these steps (from `steps="..."`); all when left out. */
  steps?: ProcedureStep[];
  /** Print cuts a tall chart into bands that each fit a page. */
  medium: 'screen' | 'print';
  /** Makes the ids inside the page unique when a procedure appears twice. */
  idPrefix?: string;
}

/** Printable area of an A4 page (18 mm margins, 96 px per inch) and the height a chart part may take on it. */
export const PRINT_WIDTH_PX = 657;
export const PRINT_CHART_HEIGHT_PX = 850;
/** A chart is never printed smaller than this, so its text stays readable (13 px labels print at no less than 7 pt). */
export const MIN_PRINT_SCALE = 0.72;

const tr = (lang: Lang) => (key: UiKey, vars?: Record<string, string | number>) => t(lang, key, vars);

/** A verify note in the page's language (a note may be written once, in English, or in both languages). */
export function verifyText(verify: string | Localized | undefined, lang: Lang): string | undefined {
  return typeof verify === 'string' ? verify : verify?.[lang];
}

/** The same markup as the Verify component, so the register's links land here. */
function verifyMark(text: string, note: string, lang: Lang): string {
  return `<mark class="verify" id="${verifyAnchor(note)}" title="${escapeHtml(t(lang, 'verify.title', { note }))}">${escapeHtml(text)}<span class="verify-flag">${escapeHtml(t(lang, 'verify.label'))}</span><span class="verify-note">(${escapeHtml(note)})</span></mark>`;
}

function roleName(data: ProcedureData, id: string, lang: Lang): string {
  return data.roles.find((r) => r.id === id)?.name[lang] ?? id;
}

function formName(data: ProcedureData, id: string, lang: Lang): string {
  return data.forms.get(id)?.[lang] ?? id;
}

/** A step's time limit; flagged "To verify" where LSSO must confirm it (with the note, except on the job aid, where it would crowd the page). */
function timeLimitHtml(step: ProcedureStep, lang: Lang, withNote = true): string {
  if (!step.timeLimit) return '';
  const note = verifyText(step.timeLimit.verify, lang);
  const text = step.timeLimit.text[lang];
  if (!note) return escapeHtml(text);
  return withNote ? verifyMark(text, note, lang) : `<mark class="verify">${escapeHtml(text)}<span class="verify-flag">${escapeHtml(t(lang, 'verify.label'))}</span></mark>`;
}

/** Where each arrow out of a step goes, in words: "Approved: go to step 5". */
function nextHtml(procedure: Procedure, index: number, lang: Lang, shownIds: Set<string>): string {
  const numbers = stepNumbers(procedure);
  const edges = edgesOf(procedure, index);
  const target = (to: string) => (to === END ? t(lang, 'procedure.endLabel') : t(lang, 'procedure.goTo', { n: numbers.get(to)! }));
  if (!edges[0].label) {
    const to = edges[0].to;
    // The usual case, the next step in order, needs no words; only a jump or the end is written.
    if (to !== END && numbers.get(to) === index + 2 && shownIds.has(to)) return '';
    return `<p class="procedure-next">${escapeHtml(target(to))}</p>`;
  }
  // Words, not arrow signs: the course fonts have no arrows, and a fallback font would differ between machines.
  return `<ul class="procedure-branches">${edges.map((e) => `<li><strong>${escapeHtml(e.label![lang])}:</strong> ${escapeHtml(target(e.to))}</li>`).join('')}</ul>`;
}


/**
 * The table of steps: number and status, the step (what it does, its inputs,
 * outputs, form and time limit, where it leads), and who acts. Three columns,
 * so it reads in the site's column, on a phone and on A4 alike.
 */
export function stepTableHtml(data: ProcedureData, options: RenderOptions): string {
  const { procedure } = data;
  const { lang } = options;
  const s = tr(lang);
  const shown = options.steps ?? procedure.steps;
  const shownIds = new Set(shown.map((x) => x.id));
  const numbers = stepNumbers(procedure);
  const detail = (label: string, html: string) => `<div><dt>${escapeHtml(label)}</dt><dd>${html}</dd></div>`;
  const rows = shown.map((step) => {
    const index = procedure.steps.indexOf(step);
    const status = step.confirmed ? s('procedure.statusConfirmed') : s('procedure.statusGeneric');
    const details = [
      step.inputs.length ? detail(s('procedure.inputs'), step.inputs.map((i) => escapeHtml(i[lang])).join('; ')) : '',
      step.outputs.length ? detail(s('procedure.outputs'), step.outputs.map((i) => escapeHtml(i[lang])).join('; ')) : '',
      step.form ? detail(s('procedure.form'), escapeHtml(formName(data, step.form, lang))) : '',
      step.timeLimit ? detail(s('procedure.timeLimit'), timeLimitHtml(step, lang)) : '',
    ].join('');
    return `<tr id="${options.idPrefix ?? ''}${procedure.id}-${step.id}" class="${step.confirmed ? 'step-confirmed' : 'step-generic'}${step.decision ? ' step-decision' : ''}">`
      + `<td class="procedure-number">${numbers.get(step.id)}<span class="procedure-status">${escapeHtml(status)}</span></td>`
      + `<td><p class="procedure-step-label">${escapeHtml(step.label[lang])}</p><p>${escapeHtml(step.action[lang])}</p>${details ? `<dl class="procedure-details">${details}</dl>` : ''}${nextHtml(procedure, index, lang, shownIds)}</td>`
      + `<td>${escapeHtml(roleName(data, step.actor, lang))}</td>`
      + '</tr>';
  });
  return `<table class="procedure-table"><caption>${escapeHtml(`${s('procedure.steps')}: ${procedure.title[lang]}`)}</caption>`
    + `<thead><tr><th scope="col">${escapeHtml(s('procedure.number'))}</th><th scope="col">${escapeHtml(s('procedure.step'))}</th><th scope="col">${escapeHtml(s('procedure.actor'))}</th></tr></thead>`
    + `<tbody>${rows.join('')}</tbody></table>`;
}

/**
 * The flowchart as a figure. On screen: one SVG that scales down to the
 * column. In print: the chart is scaled to the page width (never below
 * MIN_PRINT_SCALE) and, when still taller than a page, cut into bands between
 * rows of boxes, each its own SVG that the printer keeps whole on a page.
 */
export async function flowchartFigureHtml(data: ProcedureData, options: RenderOptions): Promise<string> {
  const { procedure } = data;
  const { lang } = options;
  const s = tr(lang);
  const layout = await layoutFlowchart({
    procedure,
    roles: data.roles,
    lang,
    steps: options.steps,
    text: { start: s('procedure.start'), end: s('procedure.end'), stepRef: (n) => s('procedure.stepRef', { n }) },
  });
  const title = s('procedure.flowchartTitle', { title: procedure.title[lang] });
  const id = `${options.idPrefix ?? ''}flow-${procedure.id}-${lang}${options.steps ? `-${options.steps[0].id}` : ''}`;
  // Print: shrink to the page width; shrink further to fit one page if that keeps the text readable
  // (MIN_PRINT_SCALE); otherwise cut the chart into bands that each fill most of a page.
  const widthScale = Math.min(1, PRINT_WIDTH_PX / layout.width);
  const fitScale = PRINT_CHART_HEIGHT_PX / layout.height;
  const scale = fitScale >= MIN_PRINT_SCALE ? Math.min(widthScale, fitScale) : widthScale;
  const bands = options.medium === 'print' ? printBands(layout, PRINT_CHART_HEIGHT_PX / scale) : [{ top: 0, bottom: layout.height }];
  const parts = bands.map((band, i) => {
    const partTitle = bands.length > 1 ? `${title} (${s('procedure.flowchartPart', { part: i + 1, parts: bands.length })})` : title;
    const svg = flowchartSvg(layout, { id: bands.length > 1 ? `${id}-${i + 1}` : id, title: partTitle, band: options.medium === 'print' ? band : undefined });
    // The printed width is set in CSS pixels so every part of one chart has the same scale.
    const style = options.medium === 'print' ? ` style="width:${Math.round(layout.width * scale)}px"` : '';
    return `<div class="procedure-flowchart-part"${style}>${svg}${bands.length > 1 ? `<p class="procedure-flowchart-part-label">${escapeHtml(s('procedure.flowchartPart', { part: i + 1, parts: bands.length }))}</p>` : ''}</div>`;
  });
  return `<figure class="procedure-figure" data-procedure="${procedure.id}">${parts.join('')}<figcaption>${escapeHtml(title)}. ${escapeHtml(s('procedure.legend'))}</figcaption></figure>`;
}

/** The one-page checklist job aid: a box to tick per step, who, the form, the time limit, and where each decision leads. */
export function checklistHtml(data: ProcedureData, lang: Lang): string {
  const { procedure } = data;
  const s = tr(lang);
  const numbers = stepNumbers(procedure);
  const items = procedure.steps.map((step, index) => {
    const meta = [
      roleName(data, step.actor, lang),
      step.form ? `${s('procedure.form')}: ${formName(data, step.form, lang)}` : '',
    ].filter(Boolean).map(escapeHtml);
    if (step.timeLimit) meta.push(`${escapeHtml(s('procedure.timeLimit'))}: ${timeLimitHtml(step, lang, false)}`);
    const edges = edgesOf(procedure, index);
    const branches = step.decision
      ? `<span class="checklist-branches">${edges.map((e) => `☐ ${escapeHtml(e.label![lang])}: ${escapeHtml(e.to === END ? s('procedure.endLabel') : s('procedure.stepRef', { n: numbers.get(e.to)! }))}`).join('&emsp;')}</span>`
      : edges[0].to === END || numbers.get(edges[0].to) !== index + 2
        ? `<span class="checklist-branches">${escapeHtml(edges[0].to === END ? s('procedure.endLabel') : s('procedure.goTo', { n: numbers.get(edges[0].to)! }))}</span>`
        : '';
    return `<li class="checklist-step${step.confirmed ? '' : ' step-generic'}${step.decision ? ' step-decision' : ''}"><span class="checklist-box" aria-hidden="true">☐</span><span class="checklist-number">${numbers.get(step.id)}</span><div><p class="checklist-label">${escapeHtml(step.label[lang])}</p><p class="checklist-meta">${meta.join(' · ')}</p>${branches}</div></li>`;
  });
  const generic = procedure.steps.some((x) => !x.confirmed) ? `<p class="checklist-generic">${escapeHtml(s('procedure.generic'))}</p>` : '';
  return `<section class="procedure-checklist" data-procedure="${procedure.id}">`
    + `<h2>${escapeHtml(s('procedure.checklistTitle', { title: procedure.title[lang] }))}</h2>`
    + `<p class="checklist-purpose">${escapeHtml(procedure.purpose[lang])}</p>`
    + `<dl class="checklist-fields"><div><dt>${escapeHtml(s('procedure.checklistCase'))}</dt><dd></dd></div><div><dt>${escapeHtml(s('procedure.checklistInspector'))}</dt><dd></dd></div><div><dt>${escapeHtml(s('procedure.checklistDate'))}</dt><dd></dd></div></dl>`
    + `<p class="checklist-lead">${escapeHtml(s('procedure.checklistLead'))}</p>`
    + `<ol class="checklist-steps">${items.join('')}</ol>${generic}</section>`;
}
