/**
 * `npm run report` on a synthetic class answering the course's real pre/post
 * forms: the exports agree with the letters typed, the PDF reads back with its
 * sections and figures in both languages, and bad input writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '../../src/check/load-content';
import { testForms } from '../../src/report/report-input';
import { pdfInfo, pdfText } from '../helpers/pdf';
import { runScript } from '../helpers/run-process';
import { PROJECT_ROOT } from '../helpers/scratch-project';
import { resultsCsv, syntheticClass } from '../helpers/synthetic-class';

const forms = testForms(loadContent(PROJECT_ROOT).quizzes.map((q) => q.value));
const sheets = syntheticClass(forms, 24, 11);
let dir: string;
let run: Awaited<ReturnType<typeof runScript>>;
const squash = (text: string) => text.replace(/\s+/g, ' ');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'report-test-'));
  writeFileSync(join(dir, 'results.csv'), '\uFEFF' + resultsCsv(forms, sheets, ';'));
  writeFileSync(
    join(dir, 'feedback.csv'),
    ['form,pace,clarity,unclear,overall,relevant', 'day-1,2,3,"Too fast on Convention No. 81",,', 'day-1,3,2,,,', 'evaluation,,,,5,4', 'evaluation,,,,4,5'].join('\n'),
  );
  run = await runScript('scripts/report.ts', [dir], { cwd: PROJECT_ROOT });
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run report', () => {
  it('has a pre and a post form to pair', () => {
    expect(forms.map((f) => f.phase)).toEqual(['pre', 'post']);
  });

  it('writes the report, the PDF and the two exports', () => {
    expect(run.status, run.output).toBe(0);
    for (const file of ['training-report.pdf', 'training-report.html', 'participants.csv', 'items.csv']) expect(existsSync(join(dir, 'report', file)), file).toBe(true);
  });

  it('exports each participant\u2019s scores and gain as counted from the letters', () => {
    const rows = readFileSync(join(dir, 'report/participants.csv'), 'utf8').trim().split('\n');
    expect(rows[0]).toBe('participant,pre_score,post_score,gain');
    expect(rows).toHaveLength(25);
    const [pre, post] = forms;
    for (const row of rows.slice(1)) {
      const [code, preScore, postScore, gain] = row.split(',');
      const count = (form: typeof pre) => form.items.filter((i) => sheets.find((s) => s.participant === code && s.form === form.id)!.answers[i.id] === i.answer).length;
      expect(Number(preScore)).toBe(count(pre));
      expect(Number(postScore)).toBe(count(post));
      expect(Number(gain)).toBe(count(post) - count(pre));
    }
  });

  it('exports the difficulty of every item of both forms', () => {
    const rows = readFileSync(join(dir, 'report/items.csv'), 'utf8').trim().split('\n');
    expect(rows[0]).toBe('form,item,difficulty,discrimination');
    expect(rows).toHaveLength(1 + forms.reduce((n, f) => n + f.items.length, 0));
    const [form, item, difficulty] = rows[1].split(',');
    const own = sheets.filter((s) => s.form === form);
    const answer = forms.find((f) => f.id === form)!.items.find((i) => i.id === item)!.answer;
    expect(Number(difficulty)).toBeCloseTo(own.filter((s) => s.answers[item] === answer).length / own.length, 3);
  });

  it('prints an A4 report in Lao and English with its charts, tables and comments', async () => {
    const pdf = join(dir, 'report/training-report.pdf');
    expect((await pdfInfo(pdf))['Page size']).toMatch(/59[45]\.\d+ x 841\.\d+/);
    const text = squash(await pdfText(pdf));
    for (const heading of ['Training report', 'Results per participant', 'Results per competency outcome', 'Item analysis', 'Daily feedback, Day 1', 'What to change next time']) expect(text).toContain(heading);
    expect(text.replace(/ /g, '')).toContain('ບົດລາຍງານການຝຶກອົບຮົມ');
    expect(text).toContain('Too fast on Convention No. 81');
    expect(text).toContain('P024'); // chart labels and the table are text, not pictures
    const html = readFileSync(join(dir, 'report/training-report.html'), 'utf8');
    expect((html.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(4); // per participant, per outcome, two Likert charts
    expect(html).not.toMatch(/<script/);
    expect(html).not.toMatch(/(?:src|href|url)\s*[=(]\s*["']?https?:/); // loads nothing from the web (SVG namespaces are names, not requests)
  });

  it('writes nothing when the input is wrong, and names the file, row and column', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'report-bad-'));
    try {
      const [head, first] = resultsCsv(forms, sheets.slice(0, 1)).split('\r\n');
      const item = forms[0].items[2].id;
      const cells = first.split(',');
      cells[head.split(',').indexOf(item)] = 'z';
      writeFileSync(join(bad, 'results.csv'), [head, cells.join(',')].join('\n'));
      const result = await runScript('scripts/report.ts', [bad], { cwd: PROJECT_ROOT });
      expect(result.status).toBe(1);
      expect(result.output).toContain(`results.csv:2: column "${item}": "z" is not an option of item ${item}`);
      expect(result.output).toContain('nothing was written');
      expect(result.output).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(existsSync(join(bad, 'report'))).toBe(false);
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });
});
