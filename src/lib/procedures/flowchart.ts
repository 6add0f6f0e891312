/**
 * A procedure's flowchart, laid out by ELK (elkjs: the Eclipse Layout Kernel's
 * layered algorithm, no hand-placed coordinates) and drawn as inline SVG at
 * build time: no script on the page, real SVG text in the page's language and
 * fonts, Lao wrapped inside its boxes (src/lib/procedures/text-metrics.ts).
 *
 * Steps are boxes, decisions are diamonds with their branches leaving from
 * the tips, labelled on the arrows; a step LSSO has not confirmed has a
 * dashed outline ("generic, to adapt"). A chart too tall for a printed page
 * is cut into bands between rows of boxes (see printBands).
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode, ElkPort } from 'elkjs/lib/elk-api';
import { escapeHtml } from '../escape-html';
import type { Lang } from '../../schemas/common';
import { END, type Procedure, type ProcedureRole, type ProcedureStep } from '../../schemas/procedure';
import { edgesOf, stepNumbers } from './procedure-graph';
import { textWidth, wrapText, type Weight } from './text-metrics';

/** Text sizes in px (SVG user units). */
const LABEL_SIZE = 13;
const ACTOR_SIZE = 11;
const EDGE_SIZE = 11.5;
/** Lao stacks marks above and below: it needs more leading than English. */
const LEADING: Record<Lang, number> = { en: 1.3, lo: 1.6 };
const BOX_TEXT_WIDTH = 176;
const DIAMOND_TEXT_WIDTH = 130;
const PAD_X = 10;
const PAD_Y = 7;

export const FONT_FAMILY = "'Course Phetsarath', 'Phetsarath OT', 'Course Noto Sans Lao', 'Noto Sans Lao', 'Course Noto Sans', 'Noto Sans', Arial, sans-serif";

export interface FlowchartText {
  /** "Start", "End". */
  start: string;
  end: string;
  /** "Step {n}" for a connector to a step outside the part shown. */
  stepRef: (n: number) => string;
}

export interface FlowchartInput {
  procedure: Procedure;
  roles: ProcedureRole[];
  lang: Lang;
  text: FlowchartText;
  /** Only these steps (a part of the procedure); arrows to other steps end at a connector. */
  steps?: ProcedureStep[];
}

interface TextLine {
  text: string;
  size: number;
  weight: Weight;
}

export interface PlacedNode {
  id: string;
  kind: 'step' | 'decision' | 'terminal' | 'connector';
  confirmed: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: TextLine[];
}

export interface PlacedEdge {
  points: { x: number; y: number }[];
  label?: { x: number; y: number; width: number; height: number; lines: TextLine[] };
  loop: boolean;
}

export interface FlowchartLayout {
  width: number;
  height: number;
  lang: Lang;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

const lineHeight = (line: TextLine, lang: Lang) => line.size * LEADING[lang];
const blockHeight = (lines: TextLine[], lang: Lang) => lines.reduce((sum, l) => sum + lineHeight(l, lang), 0);
const blockWidth = (lines: TextLine[]) => Math.max(0, ...lines.map((l) => textWidth(l.text, l.size, l.weight)));

/** The rectangle a node's text takes (its widest line, its lines' height), for checking that it fits the shape. */
export function nodeTextBox(node: PlacedNode, lang: Lang): { width: number; height: number } {
  return { width: blockWidth(node.lines), height: blockHeight(node.lines, lang) };
}

function wrapped(text: string, width: number, size: number, lang: Lang, weight: Weight = 400): TextLine[] {
  return wrapText(text, width, size, lang, weight).map((t) => ({ text: t, size, weight }));
}

const elk = new ELK();

const layouts = new Map<string, Promise<FlowchartLayout>>();

/** Lay out a procedure (or a part of it) and return boxes, diamonds and arrows with their coordinates. */
export function layoutFlowchart(input: FlowchartInput): Promise<FlowchartLayout> {
  // One build renders the same chart for the site, the facilitator copy and several books: lay it out once.
  const key = JSON.stringify([input.procedure, input.roles, input.lang, input.steps?.map((s) => s.id), input.text.start, input.text.end, input.text.stepRef(0)]);
  let layout = layouts.get(key);
  if (!layout) layouts.set(key, (layout = computeLayout(input)));
  return layout;
}

async function computeLayout(input: FlowchartInput): Promise<FlowchartLayout> {
  const { procedure, roles, lang, text } = input;
  const shown = input.steps ?? procedure.steps;
  const shownIds = new Set(shown.map((s) => s.id));
  const numbers = stepNumbers(procedure);
  const nodes: (ElkNode & { meta: Omit<PlacedNode, 'x' | 'y' | 'width' | 'height'> })[] = [];
  const edges: (ElkExtendedEdge & { meta: { loop: boolean; labelLines?: TextLine[] } })[] = [];

  const terminal = (id: string, label: string) => {
    const lines = [{ text: label, size: LABEL_SIZE, weight: 700 as Weight }];
    nodes.push({ id, width: blockWidth(lines) + 36, height: blockHeight(lines, lang) + 2 * PAD_Y, meta: { id, kind: 'terminal', confirmed: true, lines } });
  };
  const startsAtFirst = shown[0]?.id === procedure.steps[0]?.id;
  if (startsAtFirst) terminal('__start', text.start);

  for (const step of shown) {
    const role = roles.find((r) => r.id === step.actor);
    const actor = `${numbers.get(step.id)} · ${role ? role.name[lang] : step.actor}`;
    const decision = Boolean(step.decision);
    const width = decision ? DIAMOND_TEXT_WIDTH : BOX_TEXT_WIDTH;
    const lines = [...wrapped(actor, width, ACTOR_SIZE, lang, 700), ...wrapped(step.label[lang], width, LABEL_SIZE, lang)];
    const w = blockWidth(lines) + 2 * PAD_X;
    const h = blockHeight(lines, lang) + 2 * PAD_Y;
    // A diamond twice as wide as high that holds the text box w x h at its centre: width w + 2h, height w/2 + h.
    const size = decision ? { width: w + 2 * h, height: w / 2 + h } : { width: Math.max(w, 120), height: h };
    const ports: ElkPort[] = decision
      ? [
          { id: `${step.id}__n`, width: 0, height: 0, x: size.width / 2, y: 0, layoutOptions: { 'elk.port.side': 'NORTH' } },
          { id: `${step.id}__s`, width: 0, height: 0, x: size.width / 2, y: size.height, layoutOptions: { 'elk.port.side': 'SOUTH' } },
          { id: `${step.id}__e`, width: 0, height: 0, x: size.width, y: size.height / 2, layoutOptions: { 'elk.port.side': 'EAST' } },
          { id: `${step.id}__w`, width: 0, height: 0, x: 0, y: size.height / 2, layoutOptions: { 'elk.port.side': 'WEST' } },
        ]
      : [];
    nodes.push({
      id: step.id,
      ...size,
      ports,
      layoutOptions: decision ? { 'elk.portConstraints': 'FIXED_POS' } : {},
      meta: { id: step.id, kind: decision ? 'decision' : 'step', confirmed: step.confirmed, lines },
    });
  }

  const targetNode = (to: string): string => {
    if (to === END) {
      if (!nodes.some((n) => n.id === '__end')) terminal('__end', text.end);
      return '__end';
    }
    if (shownIds.has(to)) return to;
    const id = `__to-${to}`;
    if (!nodes.some((n) => n.id === id)) {
      const lines = [{ text: text.stepRef(numbers.get(to) ?? 0), size: ACTOR_SIZE, weight: 700 as Weight }];
      nodes.push({ id, width: blockWidth(lines) + 2 * PAD_X, height: blockHeight(lines, lang) + 2 * PAD_Y, meta: { id, kind: 'connector', confirmed: true, lines } });
    }
    return id;
  };

  const isDecision = (id: string) => Boolean(shown.find((s) => s.id === id)?.decision);
  if (startsAtFirst && shown.length) edges.push({ id: 'e-start', sources: ['__start'], targets: [targetPort(shown[0].id, isDecision(shown[0].id))], meta: { loop: false } });
  // Branches leave a diamond from its tips: the first from the bottom, the second from the right, the third from the left.
  const tips = ['s', 'e', 'w'];
  for (const step of shown) {
    const index = procedure.steps.indexOf(step);
    edgesOf(procedure, index).forEach((edge, j) => {
      const to = targetNode(edge.to);
      const source = step.decision ? `${step.id}__${tips[j] ?? 's'}` : step.id;
      const target = to === edge.to ? targetPort(to, isDecision(to)) : to;
      const labelLines = edge.label ? wrapped(edge.label[lang], 120, EDGE_SIZE, lang, 700) : undefined;
      edges.push({
        id: `e-${step.id}-${j}`,
        sources: [source],
        targets: [target],
        labels: labelLines ? [{ text: labelLines.map((l) => l.text).join(' '), width: blockWidth(labelLines) + 8, height: blockHeight(labelLines, lang) + 2, layoutOptions: { 'elk.edgeLabels.placement': 'CENTER' } }] : [],
        meta: { loop: edge.loop, labelLines },
      });
    });
  }

  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.edgeRouting': 'ORTHOGONAL',
      // Keep the order in which the steps are written: the main path runs straight down, loops go back up.
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.layered.spacing.nodeNodeBetweenLayers': '34',
      'elk.layered.spacing.edgeNodeBetweenLayers': '16',
      'elk.spacing.nodeNode': '30',
      'elk.spacing.edgeNode': '16',
      'elk.spacing.edgeEdge': '12',
      'elk.spacing.edgeLabel': '3',
      'elk.padding': '[top=8,left=8,bottom=8,right=8]',
    },
    children: nodes.map(({ meta, ...node }) => node),
    edges: edges.map(({ meta, ...edge }) => edge),
  };
  const result = await elk.layout(graph);

  const placed: PlacedNode[] = (result.children ?? []).map((n) => {
    const meta = nodes.find((x) => x.id === n.id)!.meta;
    return { ...meta, x: n.x ?? 0, y: n.y ?? 0, width: n.width ?? 0, height: n.height ?? 0 };
  });
  const placedEdges: PlacedEdge[] = (result.edges ?? []).map((e) => {
    const meta = edges.find((x) => x.id === e.id)!.meta;
    const section = (e as ElkExtendedEdge).sections?.[0];
    const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [];
    const label = (e as ElkExtendedEdge).labels?.[0];
    return {
      points,
      loop: meta.loop,
      label: label && meta.labelLines ? { x: label.x ?? 0, y: label.y ?? 0, width: label.width ?? 0, height: label.height ?? 0, lines: meta.labelLines } : undefined,
    };
  });
  return { width: result.width ?? 0, height: result.height ?? 0, lang, nodes: placed, edges: placedEdges };
}

/** Arrows into a diamond arrive at its top tip. */
function targetPort(id: string, decision: boolean): string {
  return decision ? `${id}__n` : id;
}

const COLOURS = {
  step: { fill: '#eef3f9', stroke: '#2f5377' },
  decision: { fill: '#fff3d6', stroke: '#9a6200' },
  terminal: { fill: '#e3f0e3', stroke: '#2e6b30' },
  connector: { fill: '#ffffff', stroke: '#5b6470' },
  text: '#151515',
  edge: '#3d4650',
};

function textBlock(lines: TextLine[], cx: number, top: number, lang: Lang): string {
  let y = top;
  const spans = lines.map((line) => {
    const h = lineHeight(line, lang);
    // The baseline sits a little below the middle of the line box.
    const baseline = y + h / 2 + line.size * 0.36;
    y += h;
    return `<tspan x="${r(cx)}" y="${r(baseline)}" font-size="${line.size}"${line.weight === 700 ? ' font-weight="700"' : ''}>${escapeHtml(line.text)}</tspan>`;
  });
  return `<text text-anchor="middle" fill="${COLOURS.text}">${spans.join('')}</text>`;
}

const r = (n: number) => Math.round(n * 10) / 10;

function nodeSvg(node: PlacedNode, lang: Lang): string {
  const { x, y, width: w, height: h } = node;
  const colours = COLOURS[node.kind];
  const dash = node.kind === 'step' || node.kind === 'decision' ? (node.confirmed ? '' : ' stroke-dasharray="6 3"') : node.kind === 'connector' ? ' stroke-dasharray="2 2"' : '';
  const paint = `fill="${colours.fill}" stroke="${colours.stroke}" stroke-width="1.5"${dash}`;
  let shape: string;
  if (node.kind === 'decision') shape = `<polygon points="${r(x + w / 2)},${r(y)} ${r(x + w)},${r(y + h / 2)} ${r(x + w / 2)},${r(y + h)} ${r(x)},${r(y + h / 2)}" ${paint}/>`;
  else if (node.kind === 'terminal') shape = `<rect x="${r(x)}" y="${r(y)}" width="${r(w)}" height="${r(h)}" rx="${r(h / 2)}" ${paint}/>`;
  else shape = `<rect x="${r(x)}" y="${r(y)}" width="${r(w)}" height="${r(h)}" rx="${node.kind === 'connector' ? r(h / 2) : 4}" ${paint}/>`;
  const textTop = y + (h - blockHeight(node.lines, lang)) / 2;
  return `<g class="flow-${node.kind}${node.confirmed ? '' : ' flow-generic'}">${shape}${textBlock(node.lines, x + w / 2, textTop, lang)}</g>`;
}

function edgeSvg(edge: PlacedEdge, marker: string): string {
  if (edge.points.length < 2) return '';
  const d = edge.points.map((p, i) => `${i ? 'L' : 'M'}${r(p.x)} ${r(p.y)}`).join(' ');
  return `<path d="${d}" fill="none" stroke="${COLOURS.edge}" stroke-width="1.4"${edge.loop ? ' stroke-dasharray="5 3"' : ''} marker-end="url(#${marker})"/>`;
}

function edgeLabelSvg(edge: PlacedEdge, lang: Lang): string {
  if (!edge.label) return '';
  const { x, y, width, height, lines } = edge.label;
  return `<g class="flow-edge-label"><rect x="${r(x)}" y="${r(y)}" width="${r(width)}" height="${r(height)}" fill="#ffffff" fill-opacity="0.92"/>${textBlock(lines, x + width / 2, y + 1, lang)}</g>`;
}

export interface SvgOptions {
  /** Unique on the page: ids inside the SVG (the arrow head) are derived from it. */
  id: string;
  /** Accessible name, e.g. "Flowchart: Planning and preparation". */
  title: string;
  /** Show only this horizontal band of the chart (print, a tall chart on several pages). */
  band?: { top: number; bottom: number };
}

/** The chart as one <svg> element, styled with attributes only, so it reads the same inline in a page and as a file in Word. */
export function flowchartSvg(layout: FlowchartLayout, options: SvgOptions): string {
  const top = options.band?.top ?? 0;
  const height = (options.band?.bottom ?? layout.height) - top;
  const marker = `${options.id}-arrow`;
  const inBand = (y0: number, y1: number) => y1 >= top - 1 && y0 <= top + height + 1;
  const nodes = layout.nodes.filter((n) => inBand(n.y, n.y + n.height));
  const edges = layout.edges.filter((e) => e.points.some((p, i) => i > 0 && inBand(Math.min(p.y, e.points[i - 1].y), Math.max(p.y, e.points[i - 1].y))));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="procedure-flowchart" viewBox="0 ${r(top)} ${r(layout.width)} ${r(height)}" width="${Math.ceil(layout.width)}" height="${Math.ceil(height)}" role="img" aria-labelledby="${options.id}-title" font-family="${FONT_FAMILY.replace(/"/g, '&quot;')}" lang="${layout.lang}">`,
    `<title id="${options.id}-title">${escapeHtml(options.title)}</title>`,
    `<defs><marker id="${marker}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="${COLOURS.edge}"/></marker></defs>`,
    `<g class="flow-edges">${edges.map((e) => edgeSvg(e, marker)).join('')}</g>`,
    `<g class="flow-nodes">${nodes.map((n) => nodeSvg(n, layout.lang)).join('')}</g>`,
    `<g class="flow-edge-labels">${edges.map((e) => edgeLabelSvg(e, layout.lang)).join('')}</g>`,
    '</svg>',
  ].join('');
}

/**
 * Horizontal bands of at most `maxHeight` (chart units), each filling a page,
 * cut only where no box, diamond or arrow label is crossed, so each printed
 * part shows whole shapes; the last two share what remains when the last
 * would be a sliver. One band when the chart fits.
 */
export function printBands(layout: FlowchartLayout, maxHeight: number): { top: number; bottom: number }[] {
  if (layout.height <= maxHeight) return [{ top: 0, bottom: layout.height }];
  const blocks = [
    ...layout.nodes.map((n) => [n.y, n.y + n.height] as const),
    ...layout.edges.flatMap((e) => (e.label ? [[e.label.y, e.label.y + e.label.height] as const] : [])),
  ];
  const free = (y: number) => blocks.every(([a, b]) => y <= a - 2 || y >= b + 2);
  const bands: { top: number; bottom: number }[] = [];
  let top = 0;
  while (layout.height - top > maxHeight) {
    const remaining = layout.height - top;
    const target = remaining > maxHeight * 1.3 ? maxHeight : remaining / 2;
    // The free line nearest the even share, never past the page.
    let cut: number | undefined;
    for (let delta = 0; delta <= maxHeight; delta += 2) {
      const candidates = [top + target + delta, top + target - delta].filter((y) => y > top + maxHeight / 4 && y <= top + maxHeight);
      cut = candidates.find(free);
      if (cut !== undefined) break;
    }
    // No free line at all (one very tall shape): cut at the limit rather than loop forever.
    cut ??= top + maxHeight;
    bands.push({ top, bottom: cut });
    top = cut;
  }
  bands.push({ top, bottom: layout.height });
  return bands;
}
