/**
 * The report's charts, drawn by Vega-Lite into SVG at build time: no canvas
 * and no script is needed to view them, text stays text (in the page's fonts,
 * Lao included), and the same SVG goes into the PDF and the site page.
 * Vega-Lite was chosen over hand-drawn SVG because axes, scales, legends and
 * stacking are its job and it renders on the server without a DOM.
 */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/** The course's font stack (templates/fonts.css), so chart text matches the page, Lao included. */
const FONT = "'Course Phetsarath', 'Course Noto Sans Lao', 'Course Noto Sans', sans-serif";

const config = {
  font: FONT,
  view: { stroke: null },
  axis: { labelFontSize: 10, titleFontSize: 11, labelLimit: 260 },
  // Vega estimates text width without the font (Lao runs long): no label limit, or labels end in "...".
  legend: { labelFontSize: 10, titleFontSize: 11, orient: 'bottom' as const, labelLimit: 0, columns: 1 },
  background: 'white',
};

async function toSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  // Let the page size the chart: keep the viewBox, drop the fixed pixel size.
  return svg.replace(/^<svg([^>]*?) width="[\d.]+" height="[\d.]+"/, '<svg$1 role="img" style="max-width:100%;height:auto"');
}

export interface ChartLabels {
  pre: string;
  post: string;
  percentCorrect: string;
  participant: string;
  outcome: string;
  share: string;
  question: string;
  answer: string;
}

/** Pre and post score of each participant, joined by a line (a dumbbell chart). */
export function prePostChart(rows: { participant: string; pre: number | null; post: number | null }[], labels: ChartLabels): Promise<string> {
  const values = rows.flatMap((r) => [
    ...(r.pre !== null ? [{ participant: r.participant, test: labels.pre, percent: r.pre }] : []),
    ...(r.post !== null ? [{ participant: r.participant, test: labels.post, percent: r.post }] : []),
  ]);
  const order = rows.map((r) => r.participant);
  const y = { field: 'participant', type: 'nominal' as const, sort: order, title: labels.participant };
  return toSvg({
    width: 420,
    height: Math.max(120, 16 * rows.length),
    data: { values },
    layer: [
      { mark: { type: 'line', color: '#9aa5b1' }, encoding: { y, x: { field: 'percent', type: 'quantitative', scale: { domain: [0, 100] }, title: labels.percentCorrect }, detail: { field: 'participant' } } },
      {
        mark: { type: 'point', filled: true, size: 60 },
        encoding: {
          y,
          x: { field: 'percent', type: 'quantitative' },
          color: { field: 'test', type: 'nominal', title: null, scale: { domain: [labels.pre, labels.post], range: ['#c2410c', '#1d4ed8'] } },
          shape: { field: 'test', type: 'nominal', title: null, scale: { domain: [labels.pre, labels.post], range: ['circle', 'diamond'] } },
        },
      },
    ],
    config,
  } as TopLevelSpec);
}

/** Share correct per outcome, pre and post side by side. Outcomes are labelled by number (the text is in the table). */
export function outcomeChart(rows: { label: string; pre: number | null; post: number | null }[], labels: ChartLabels): Promise<string> {
  const values = rows.flatMap((r) => [
    ...(r.pre !== null ? [{ outcome: r.label, test: labels.pre, percent: Math.round(r.pre * 100) }] : []),
    ...(r.post !== null ? [{ outcome: r.label, test: labels.post, percent: Math.round(r.post * 100) }] : []),
  ]);
  return toSvg({
    width: 420,
    height: Math.max(120, 22 * rows.length),
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'outcome', type: 'nominal', sort: rows.map((r) => r.label), title: labels.outcome },
      yOffset: { field: 'test', sort: [labels.pre, labels.post] },
      x: { field: 'percent', type: 'quantitative', scale: { domain: [0, 100] }, title: labels.percentCorrect },
      color: { field: 'test', type: 'nominal', title: null, scale: { domain: [labels.pre, labels.post], range: ['#f59e0b', '#1d4ed8'] } },
    },
    config,
  } as TopLevelSpec);
}

/** How the answers to each rated question spread over the scale: 100% stacked bars. */
export function likertChart(rows: { label: string; counts: number[] }[], scale: string[], labels: ChartLabels): Promise<string> {
  const values = rows.flatMap((r) => r.counts.map((count, i) => ({ question: r.label, answer: scale[i], point: i + 1, count })));
  const colours = ['#b91c1c', '#f87171', '#d1d5db', '#60a5fa', '#1d4ed8'];
  return toSvg({
    width: 420,
    height: Math.max(80, 20 * rows.length),
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'question', type: 'nominal', sort: rows.map((r) => r.label), title: labels.question },
      x: { aggregate: 'sum', field: 'count', type: 'quantitative', stack: 'normalize', title: labels.share, axis: { format: '%' } },
      color: { field: 'answer', type: 'nominal', title: labels.answer, sort: scale, scale: { domain: scale, range: colours.slice(0, scale.length) } },
      order: { field: 'point', type: 'quantitative' },
    },
    config,
  } as TopLevelSpec);
}
