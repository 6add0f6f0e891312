/**
 * The print cache (src/print/output-cache.ts) on a scratch copy of the small
 * fixture, built with the real build script three times:
 *  1. cold: everything printed and converted;
 *  2. one session page edited: exactly the documents whose text holds the new
 *     sentence are made again (read back from the PDFs and Word copies), every
 *     other one reused;
 *  3. the shared print stylesheet changed: every PDF printed again; the Word
 *     copies reused, since styles do not reach Word (what Pandoc is given is unchanged).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { makeScratchProject, removeScratchProject } from '../helpers/scratch-project';
import { runProcess } from '../helpers/run-process';
import { pdfText } from '../helpers/pdf';

const FULL_BUILD_TIMEOUT = 900_000;
/** A word no document holds before the edit (it is not in the fixture, and ICU keeps it whole). */
const NEW_WORD = 'Quixotically';

interface ReportRow {
  path: string;
  cache: 'reused' | 'made';
}
interface Report {
  cache: { pdf: { reused: number; made: number }; docx: { reused: number; made: number } };
  outputs: (ReportRow & { kind: string })[];
  docx: ReportRow[];
}

let project: string;
const runs: { output: string; report: Report }[] = [];

async function build(): Promise<{ output: string; report: Report }> {
  const result = await runProcess(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: project });
  if (result.status !== 0) throw new Error(`build failed:\n${result.output.slice(-3000)}`);
  return { output: result.output, report: JSON.parse(readFileSync(join(project, 'dist/build-report.json'), 'utf8')) as Report };
}

/** The printed outputs of a run (the facilitator packs are joined from them, not cached). */
const printedRows = (report: Report) => report.outputs.filter((o) => o.kind !== 'facilitator-pack');
const made = (rows: ReportRow[]) => rows.filter((r) => r.cache === 'made').map((r) => r.path).sort();

const docxText = (path: string) => strFromU8(unzipSync(new Uint8Array(readFileSync(join(project, 'dist', path))))['word/document.xml']).replace(/<[^>]+>/g, '');

beforeAll(async () => {
  project = makeScratchProject('minimal');
  runs.push(await build());
  // A sentence added to the one session page, in English (same structure, so the Lao page is only outdated): the documents that print that page change.
  const page = join(project, 'content/en/day-1/intro.mdx');
  writeFileSync(page, readFileSync(page, 'utf8').replace('Inspection checks that employers register their workers.', `Inspection checks that employers register their workers. Inspectors proceed ${NEW_WORD} here.`));
  runs.push(await build());
  appendFileSync(join(project, 'templates/print.css'), '\n.cache-test-rule { outline: 1px solid #c00; }\n');
  runs.push(await build());
}, FULL_BUILD_TIMEOUT * 3);
afterAll(() => removeScratchProject(project));

describe('the print cache', () => {
  it('prints and converts everything on a cold build, and keeps it in .build/cache', () => {
    const [cold] = runs;
    expect(cold.report.cache.pdf.reused).toBe(0);
    expect(cold.report.cache.pdf.made).toBe(printedRows(cold.report).length);
    expect(cold.report.cache.docx.reused).toBe(0);
    expect(readdirSync(join(project, '.build/cache/pdf')).filter((f) => f.endsWith('.pdf'))).toHaveLength(printedRows(cold.report).length);
  });

  it('after a session page is edited, prints again exactly the documents that hold the new text', async () => {
    const { report: edited, output } = runs[1];
    const pdfs = printedRows(edited);
    const holding: string[] = [];
    for (const row of pdfs) if ((await pdfText(join(project, 'dist', row.path))).includes(NEW_WORD)) holding.push(row.path);
    // The English manual and workbook and both bilingual books print the page; the Lao ones and the handouts do not.
    expect(holding).toEqual(expect.arrayContaining(['pdf/facilitator-manual-en.pdf', 'pdf/trainee-workbook-en.pdf', 'pdf/facilitator-manual-bilingual.pdf']));
    expect(holding.some((p) => p.includes('-lo.pdf'))).toBe(false);
    expect(made(pdfs)).toEqual(holding.sort());
    const words = edited.docx.filter((row) => docxText(row.path).includes(NEW_WORD)).map((row) => row.path);
    expect(words.length).toBeGreaterThan(0);
    expect(made(edited.docx)).toEqual(words.sort());
    const reused = pdfs.length - holding.length;
    expect(output).toContain(`${pdfs.length} PDFs: ${reused} reused from the cache, ${holding.length} made`);
    expect(reused).toBeGreaterThan(20);
  });

  it('after the shared print stylesheet changes, prints every PDF again (Word copies, which carry no styles, are reused)', () => {
    const styled = runs[2].report;
    expect(printedRows(styled).every((r) => r.cache === 'made')).toBe(true);
    expect(made(styled.docx)).toEqual([]);
  });

  it('keeps only the entries the last build used', () => {
    const last = runs[2].report;
    const cached = readdirSync(join(project, '.build/cache/pdf')).filter((f) => f.endsWith('.pdf'));
    expect(cached).toHaveLength(printedRows(last).length);
    expect(existsSync(join(project, '.build/cache/docx'))).toBe(true);
  });
});
