/**
 * Procedures are data that LSSO edits once: change a step in the YAML of a
 * scratch copy of the small fixture, build the pages with Astro, and the
 * flowchart (its SVG text), the table on the site page and the printed
 * checklist all show the change, in both languages. About a minute.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeScratchProject, removeScratchProject, PROJECT_ROOT } from '../helpers/scratch-project';

let project: string;
const PROCEDURE = 'content/procedures/small-visit.yaml';
const out = (path: string) => readFileSync(join(project, '.build/astro-test', path), 'utf8');
/** The lines of text of the flowcharts in a page (a long label is wrapped over several). */
const flowchartText = (html: string) =>
  [...html.matchAll(/<svg\b[^>]*class="procedure-flowchart"[\s\S]*?<\/svg>/g)].flatMap((svg) => [...svg[0].matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]));

beforeAll(() => {
  project = makeScratchProject('minimal');
  const file = join(project, PROCEDURE);
  const yaml = readFileSync(file, 'utf8');
  // LSSO replaces a generic step with its own: new label in both languages, another actor, confirmed.
  const edited = yaml
    .replace('label: { en: Write the visit note, lo: ຂຽນບົດບັນທຶກ }', 'label: { en: Record the visit in the register, lo: ບັນທຶກການລົງກວດໃນທະບຽນ }\n    confirmed: true')
    .replace(/(id: write-note\n    actor: )inspector/, '$1head-of-unit');
  expect(edited).not.toBe(yaml);
  writeFileSync(file, edited);
  const astro = join(PROJECT_ROOT, 'node_modules/astro/astro.js');
  const result = spawnSync(process.execPath, [astro, 'build'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_OUT_DIR: './.build/astro-test', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`astro build failed:\n${(result.stdout + result.stderr).slice(-3000)}`);
}, 300_000);
afterAll(() => removeScratchProject(project));

describe('a procedure edited in its YAML file', () => {
  it('changes the flowchart text on the site page (English and Lao)', () => {
    const en = flowchartText(out('en/procedures/index.html')).join(' ');
    expect(en).toContain('Record the visit in the register');
    expect(en).not.toContain('Write the visit note');
    expect(en).toContain('3 · Head of unit');
    expect(flowchartText(out('lo/procedures/index.html')).join('')).toContain('ບັນທຶກການລົງກວດໃນທະບຽນ');
  });

  it('changes the table of steps, where the step is now confirmed by LSSO', () => {
    const row = /<tr id="small-visit-write-note"[\s\S]*?<\/tr>/.exec(out('en/procedures/index.html'))![0];
    expect(row).toContain('Record the visit in the register');
    expect(row).toContain('confirmed by LSSO');
    expect(row).toContain('Head of unit');
  });

  it('draws the confirmed step with a solid outline and the others dashed', () => {
    const svg = /<svg\b[^>]*class="procedure-flowchart"[\s\S]*?<\/svg>/.exec(out('en/procedures/index.html'))![0];
    const box = /<g class="flow-step">(<rect[^>]*>)<text[^>]*>(?:(?!<\/text>).)*Record the visit/.exec(svg);
    expect(box?.[1]).not.toContain('stroke-dasharray');
    expect(svg).toMatch(/<g class="flow-step flow-generic"><rect[^>]*stroke-dasharray/);
  });

  it('changes the printed checklist job aid', () => {
    const checklist = out('print/en/procedure-checklists/index.html');
    expect(checklist).toContain('Record the visit in the register');
    expect(checklist).not.toContain('Write the visit note');
    expect(out('print/lo/procedure-checklists/index.html')).toContain('ບັນທຶກການລົງກວດໃນທະບຽນ');
  });

  it('shows only the steps asked for where a page embeds a part, with a connector to the rest', () => {
    const html = out('en/procedures/index.html');
    const part = /<section class="course-box procedure" id="procedure-small-visit-enter-write-note">[\s\S]*?<\/section>/.exec(html)![0];
    const text = flowchartText(part).join(' ');
    expect(text).toContain('Is entry allowed?');
    expect(text).toContain('Record the visit in the register');
    expect(text).not.toContain('Prepare the visit');
    expect(text).toContain('Step 4');
  });
});
