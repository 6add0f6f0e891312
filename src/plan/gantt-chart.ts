/**
 * The Gantt chart of the implementation plan, drawn by Vega-Lite into SVG at
 * build time (no script on the page; text stays text in the course's fonts,
 * Lao included). Each activity is a bar from the start of its first month to
 * the end of its last; colour shows the workstream; rows are numbered as in
 * the plan's table, so long titles stay in the table and the chart stays
 * legible in both languages.
 */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { Lang } from '../schemas/common';
import type { ImplementationPlan } from '../schemas/implementation-plan';
import { planRows } from './implementation-plan';

/** The course's font stack (templates/fonts.css), so chart text matches the page, Lao included. */
export const CHART_FONT = "'Course Phetsarath', 'Course Noto Sans Lao', 'Course Noto Sans', sans-serif";

const MONTH_LABEL: Record<Lang, string> = { en: 'Month', lo: 'ເດືອນທີ' };
const WORKSTREAM_LABEL: Record<Lang, string> = { en: 'Workstream', lo: 'ກຸ່ມວຽກ' };
/** Colour-blind-safe palette (Okabe-Ito), one colour per workstream. */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

/** Cut a title at a word boundary so the row label fits beside the bars; the table gives the full title. */
export function shortTitle(title: string, max: number): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,:;]$/, '')}…`;
}

/** The Vega-Lite spec (exported for tests: the chart's content is checked on the spec and on the SVG). */
export function ganttSpec(plan: ImplementationPlan, lang: Lang): TopLevelSpec {
  const rows = planRows(plan, lang);
  const labels = rows.map((r, i) => `${i + 1}. ${shortTitle(r.activity.title[lang], lang === 'lo' ? 38 : 46)}`);
  const values = rows.map((r, i) => ({ row: labels[i], workstream: r.workstream, start: r.activity.startMonth - 1, end: r.activity.endMonth }));
  const monthCentres = Array.from({ length: plan.months }, (_, m) => m + 0.5);
  const x = {
    type: 'quantitative' as const,
    scale: { domain: [0, plan.months], nice: false },
    axis: { values: monthCentres, labelExpr: `'${MONTH_LABEL[lang]} ' + (datum.value + 0.5)`, grid: false, ticks: false, orient: 'top' as const, title: null, labelFontSize: 10, labelOverlap: false, labelFlush: false },
  };
  return {
    width: 420,
    height: 22 * rows.length,
    layer: [
      {
        data: { values: Array.from({ length: plan.months + 1 }, (_, m) => ({ m })) },
        mark: { type: 'rule', color: '#d0d5dd' },
        encoding: { x: { field: 'm', ...x } },
      },
      {
        data: { values },
        mark: { type: 'bar', cornerRadius: 3, height: 14 },
        encoding: {
          y: { field: 'row', type: 'nominal', sort: labels, title: null, axis: { labelLimit: 0, labelFontSize: 10, domain: false, ticks: false } },
          x: { field: 'start', ...x },
          x2: { field: 'end' },
          color: {
            field: 'workstream',
            type: 'nominal',
            title: WORKSTREAM_LABEL[lang],
            scale: { domain: plan.workstreams.map((w) => w.name[lang]), range: PALETTE.slice(0, plan.workstreams.length) },
          },
        },
      },
    ],
    config: {
      font: CHART_FONT,
      view: { stroke: null },
      legend: { orient: 'bottom', labelFontSize: 10, titleFontSize: 10, labelLimit: 0, columns: 2 },
      background: 'white',
    },
  } as TopLevelSpec;
}

/** The chart as an SVG string that scales to its container. */
export async function ganttSvg(plan: ImplementationPlan, lang: Lang, title: string): Promise<string> {
  const view = new vega.View(vega.parse(compile(ganttSpec(plan, lang)).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return svg
    .replace(/^<svg([^>]*?) width="[\d.]+" height="[\d.]+"/, '<svg$1 role="img" style="max-width:100%;height:auto"')
    .replace(/^(<svg[^>]*>)/, `$1<title>${escaped}</title>`);
}
