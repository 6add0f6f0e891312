/**
 * Procedures as data: the graph the check and the renderings share, Lao text
 * wrapped to the width measured from the font files, and the flowchart,
 * table and checklist made from the YAML (real content and the fixture).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { procedureRolesSchema, procedureSchema, type Procedure } from '../../src/schemas/procedure';
import { procedureEdges, reachableSteps, stepRange, unmarkedCycleEdges } from '../../src/lib/procedures/procedure-graph';
import { textWidth, wrapText } from '../../src/lib/procedures/text-metrics';
import { layoutFlowchart, nodeTextBox, printBands } from '../../src/lib/procedures/flowchart';
import { checklistHtml, flowchartFigureHtml, stepTableHtml, type ProcedureData } from '../../src/lib/procedures/procedure-html';
import { listFiles } from '../../src/lib/files';
import { PROJECT_ROOT } from '../helpers/scratch-project';

const read = (root: string, file: string) => parse(readFileSync(join(root, file), 'utf8'));
const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/minimal');
const realRoles = procedureRolesSchema.parse(read(PROJECT_ROOT, 'content/procedure-roles.yaml'));
const realProcedures = listFiles(PROJECT_ROOT, 'content/procedures', ['.yaml']).map((f) => procedureSchema.parse(read(PROJECT_ROOT, f)));
const fixtureData = (): ProcedureData => ({
  procedure: procedureSchema.parse(read(FIXTURE, 'content/procedures/small-visit.yaml')),
  roles: procedureRolesSchema.parse(read(FIXTURE, 'content/procedure-roles.yaml')),
  forms: new Map([['visit-note', { en: 'Visit note', lo: 'ບົດບັນທຶກການລົງກວດກາ' }]]),
});
/** The text of an SVG, line by line, as a reader's search finds it. */
const svgText = (html: string) => [...html.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);

describe('the nine procedures the terms of reference and the course need', () => {
  it('are all there, each with steps, a decision and sources', () => {
    expect(realProcedures.map((p) => p.id).sort()).toEqual(
      ['approval', 'arrears-recovery', 'complaint-handling', 'direct-inspection', 'execution', 'indirect-inspection', 'monitoring-evaluation', 'planning-preparation', 'reporting'],
    );
    for (const p of realProcedures) {
      expect(p.steps.length, p.id).toBeGreaterThanOrEqual(6);
      expect(p.steps.some((s) => s.decision), p.id).toBe(true);
    }
  });

  it('reach every step from the first and loop back only where marked', () => {
    for (const p of realProcedures) {
      expect(reachableSteps(p).size, p.id).toBe(p.steps.length);
      expect(unmarkedCycleEdges(p), p.id).toEqual([]);
    }
  });

  it('give a time limit with a figure only with a verify note', () => {
    for (const p of realProcedures) for (const s of p.steps) {
      if (s.timeLimit && /\d/.test(s.timeLimit.text.en + s.timeLimit.text.lo)) expect(s.timeLimit.verify, `${p.id}/${s.id}`).toBeDefined();
    }
  });
});

describe('the procedure graph', () => {
  const { procedure } = fixtureData();

  it('follows the written order unless a step says otherwise', () => {
    expect(procedureEdges(procedure).map((e) => `${e.from}>${e.to}`)).toEqual(['prepare>enter', 'enter>write-note', 'enter>end', 'write-note>review', 'review>end', 'review>write-note']);
  });

  it('finds a cycle once its loop mark is removed', () => {
    const unmarked: Procedure = { ...procedure, steps: procedure.steps.map((s) => (s.decision ? { ...s, decision: { ...s.decision, branches: s.decision.branches.map((b) => ({ ...b, loop: false })) } } : s)) };
    expect(unmarkedCycleEdges(unmarked).map((e) => `${e.from}>${e.to}`)).toEqual(['review>write-note']);
  });

  it('reads a range of steps by numbers or by hyphenated ids', () => {
    expect(stepRange(procedure, '2-3')?.map((s) => s.id)).toEqual(['enter', 'write-note']);
    expect(stepRange(procedure, 'enter-write-note')?.map((s) => s.id)).toEqual(['enter', 'write-note']);
    expect(stepRange(procedure, 'write-note-review')?.map((s) => s.id)).toEqual(['write-note', 'review']);
    expect(stepRange(procedure, '3-2')).toBeUndefined();
    expect(stepRange(procedure, 'enter-nothing')).toBeUndefined();
  });
});

describe('text measured from the font files', () => {
  it('is wider for more letters, and Lao marks take no width', () => {
    expect(textWidth('Inspection order', 13)).toBeGreaterThan(textWidth('Inspection', 13));
    expect(textWidth('ກວດ', 13)).toBe(textWidth('ກວດ\u0EC9', 13));
    expect(textWidth('MMMM', 13, 700)).toBeGreaterThan(textWidth('MMMM', 13, 400));
  });

  it('wraps Lao between words, inside the width, losing no letter, with punctuation kept on its line', () => {
    const text = 'ຄຳອະທິບາຍຂອງຜູ້ໃຊ້ແຮງງານພຽງພໍບໍ? ກະກຽມແຟ້ມເອກະສານກ່ອນການກວດກາ (ຂັ້ນຕອນທົ່ວໄປ)';
    const lines = wrapText(text, 120, 13, 'lo');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(120);
    expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[?)]/);
    for (const line of lines) expect(line).not.toMatch(/\($/);
  });
});

describe('renderings of a procedure', () => {
  it('lay out every procedure in both languages with every step in its box', async () => {
    for (const procedure of realProcedures) {
      for (const lang of ['en', 'lo'] as const) {
        const layout = await layoutFlowchart({ procedure, roles: realRoles, lang, text: { start: 'Start', end: 'End', stepRef: (n) => `Step ${n}` } });
        expect(layout.nodes.filter((n) => n.kind === 'step' || n.kind === 'decision')).toHaveLength(procedure.steps.length);
        for (const node of layout.nodes) {
          const text = nodeTextBox(node, lang);
          const where = `${procedure.id}/${node.id}/${lang}`;
          // A box holds its text; a diamond holds the text's rectangle inside its four sides.
          if (node.kind === 'decision') expect(text.width / node.width + text.height / node.height, where).toBeLessThanOrEqual(1.001);
          else {
            expect(text.width, where).toBeLessThanOrEqual(node.width);
            expect(text.height, where).toBeLessThanOrEqual(node.height);
          }
        }
        // A printed band never cuts through a box.
        for (const band of printBands(layout, 500)) {
          for (const n of layout.nodes) expect(n.y >= band.bottom - 1 || n.y + n.height <= band.bottom + 1 || band.bottom === layout.height).toBe(true);
        }
      }
    }
  });

  it('follow the data: a changed label, actor and form show in the flowchart text, the table and the checklist', async () => {
    const before = fixtureData();
    const after = fixtureData();
    const step = after.procedure.steps.find((s) => s.id === 'write-note')!;
    step.label = { en: 'Write the visit record', lo: 'ຂຽນບົດບັນທຶກການລົງກວດ' };
    step.actor = 'head-of-unit';
    const render = async (data: ProcedureData, lang: 'en' | 'lo') => ({
      svg: svgText(await flowchartFigureHtml(data, { lang, medium: 'screen' })).join('\n'),
      table: stepTableHtml(data, { lang, medium: 'screen' }),
      checklist: checklistHtml(data, lang),
    });
    const old = await render(before, 'en');
    const now = await render(after, 'en');
    expect(old.svg).toContain('Write the visit note');
    expect(now.svg).toContain('Write the visit record');
    expect(now.svg).not.toContain('Write the visit note');
    expect(now.svg).toContain('3 · Head of unit');
    expect(now.table).toContain('Write the visit record');
    expect(now.checklist).toContain('Write the visit record');
    expect(now.checklist).toContain('Visit note');
    const lo = await render(after, 'lo');
    expect(lo.svg.replace(/\n/g, '')).toContain('ຂຽນບົດບັນທຶກການລົງກວດ');
    expect(lo.checklist).toContain('ຂຽນບົດບັນທຶກການລົງກວດ');
  });

  it('mark a time limit to verify with the same anchor the register links to', () => {
    const table = stepTableHtml(fixtureData(), { lang: 'en', medium: 'screen' });
    expect(table).toMatch(/<mark class="verify" id="verify-[0-9a-z]+"[^>]*>Within the days LSSO sets/);
  });

  it('cut a tall chart into parts in print and keep it whole on screen', async () => {
    const data: ProcedureData = { procedure: realProcedures.find((p) => p.id === 'arrears-recovery')!, roles: realRoles, forms: new Map() };
    const print = await flowchartFigureHtml(data, { lang: 'lo', medium: 'print' });
    const screen = await flowchartFigureHtml(data, { lang: 'lo', medium: 'screen' });
    expect((screen.match(/<svg/g) ?? []).length).toBe(1);
    expect((print.match(/<svg/g) ?? []).length).toBeGreaterThan(1);
    expect(print).not.toMatch(/<script/);
  });
});
