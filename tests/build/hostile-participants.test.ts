/**
 * Certificates and the attendance sheet from an untrusted participants CSV
 * (tests/fixtures/participants/hostile.csv): HTML in a name prints as the
 * text typed, loads nothing and runs nothing; a very long Lao name stays
 * legible on its one page; a malformed row stops the build before anything
 * is built, naming the file and the row, and leaves dist/ as it was.
 * Builds the small fixture curriculum in a scratch project (about a minute).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readParticipants, type Participant } from '../../src/handouts/participants';
import { pdfInfo, pdfPages } from '../helpers/pdf';
import { docxParagraphs } from '../helpers/docx';
import { makeScratchProject, removeScratchProject, PROJECT_ROOT } from '../helpers/scratch-project';
import { runOutput, runScript } from '../helpers/run-process';
import { unzipSync } from 'fflate';
import { listFiles } from '../../src/lib/files';

const CSV = join(PROJECT_ROOT, 'tests/fixtures/participants/hostile.csv');
const participants: Participant[] = readParticipants(readFileSync(CSV, 'utf8'), CSV).participants;
let project: string;

/** The typed-in papers of the same class, for the training report page of the facilitator copy. */
const RESULTS = join(PROJECT_ROOT, 'tests/fixtures/class-results');

function build(participantsFile: string) {
  return runScript('scripts/build.ts', [], { cwd: project, env: { ...process.env, COURSE_PARTICIPANTS: participantsFile, COURSE_RESULTS: RESULTS } });
}

const file = (path: string) => join(project, 'dist', path);
const solid = (text: string) => text.replace(/\s+/g, '');

/** Words of a PDF page with their boxes (points), from pdftotext -bbox. */
async function wordBoxes(pdf: string, page: number) {
  const xml = await runOutput('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-']);
  const [, width, height] = xml.match(/<page width="([\d.]+)" height="([\d.]+)"/)!.map(Number);
  const words = [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5],
  }));
  return { width, height, words };
}

beforeAll(async () => {
  project = makeScratchProject('minimal');
  const { status, output } = await build(CSV);
  if (status !== 0) throw new Error(`the build with the hostile participants list failed:\n${output.slice(-3000)}`);
}, 900_000); // a whole build of the fixture: about a minute on a quiet machine, several on a busy one
afterAll(() => removeScratchProject(project));

describe('certificates from an untrusted participants list', () => {
  it('reads five participants, HTML-like names included', async () => {
    expect(participants).toHaveLength(5);
    expect(participants[1].nameLo).toBe('<img src=file:///etc/passwd>');
  });

  it.each(['en', 'lo'] as const)('prints one certificate per participant, one per page, in list order (%s)', async (lang) => {
    const pdf = file(`handouts/${lang}/certificates-${lang}.pdf`);
    const pages = (await pdfPages(pdf));
    expect(pages).toHaveLength(participants.length);
    participants.forEach((p, i) => {
      expect(solid(pages[i])).toContain(solid(p.nameEn));
      expect(solid(pages[i])).toContain(solid(p.nameLo));
      expect(pages[i]).toContain(p.id!);
    });
  });

  it('prints HTML in a name as the text typed: no image, no script, no markup taken as markup', async () => {
    // a long name may wrap: compare with line breaks as spaces
    const pages = (await pdfPages(file('handouts/en/certificates-en.pdf'))).map((page) => page.replace(/\s+/g, ' '));
    expect(pages[1]).toContain('<img src=file:///etc/passwd>');
    expect(pages[1]).toContain("<script>alert('x')</script> Khamla");
    expect(pages[2]).toContain('<img src="http://example.com/track.png"> Bouaphanh');
    expect(pages[2]).toContain('<b>ບົວພັນ</b>');
    expect(pages[4]).toContain('ວັນນະລັດ&amp;ສີ'); // an entity in the file is text, not decoded
    expect(pages[4]).toContain('Vannalath & Sy');
    for (const page of pages) expect(page).not.toMatch(/root:.*:0:0/); // /etc/passwd was not read into the page
  });

  it('loads no image for a name, from the web or from the disk', async () => {
    for (const pdf of ['handouts/en/certificates-en.pdf', 'handouts/lo/certificates-lo.pdf', 'handouts/en/attendance-sheet-en.pdf']) {
      expect((await runOutput('pdfimages', ['-list', file(pdf)])).trim().split('\n').slice(2), pdf).toEqual([]);
    }
  });

  it('prints a very long Lao name whole, inside the page, at a legible size', async () => {
    const index = participants.findIndex((p) => p.nameLo.length > 100);
    const { width, height, words } = await wordBoxes(file('handouts/lo/certificates-lo.pdf'), index + 1);
    const nameWords = words.filter((w) => /[\u0E80-\u0EFF]/.test(w.text) && participants[index].nameLo.includes(w.text));
    expect(solid(nameWords.map((w) => w.text).join(''))).toContain(solid(participants[index].nameLo));
    for (const w of words) {
      expect(w.xMin, w.text).toBeGreaterThanOrEqual(0);
      expect(w.xMax, w.text).toBeLessThanOrEqual(width);
      expect(w.yMax, w.text).toBeLessThanOrEqual(height);
    }
    // the name is shrunk to fit, but not below 14 px (10.5 pt): Phetsarath's word boxes are about 1.4 times the type size
    const sizes = nameWords.map((w) => (w.yMax - w.yMin) / 1.4);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10);
    expect((await pdfInfo(file('handouts/lo/certificates-lo.pdf')))['Page size']).toMatch(/841\.\d+ x 59[45]\.\d+/);
  });

  it('lists every participant on the attendance sheet and in its Word copy, as typed', async () => {
    // in content order (-raw), so that a name wrapped in its cell is not mixed with the next column
    const text = solid(await runOutput('pdftotext', ['-raw', file('handouts/en/attendance-sheet-en.pdf'), '-']));
    for (const p of participants) expect(text).toContain(solid(p.nameEn));
    const word = docxParagraphs(file('docx/en/attendance-sheet-en.docx'));
    expect(word).toContain('<img src=file:///etc/passwd>');
    expect(word).toContain("<script>alert('x')</script> Khamla");
  });

  it('includes the certificates and the attendance sheet in the combined pack', async () => {
    const report = JSON.parse(readFileSync(file('build-report.json'), 'utf8'));
    const pack = report.outputs.find((o: { path: string }) => o.path === 'handouts/en/facilitator-pack-en.pdf');
    expect(pack.parts).toContain('handouts/en/certificates-en.pdf');
    expect(pack.parts).toContain('handouts/en/attendance-sheet-en.pdf');
    const partPages = await Promise.all(pack.parts.map(async (part: string) => Number((await pdfInfo(file(part))).Pages)));
    expect(pack.pages).toBe(partPages.reduce((n, pages) => n + pages, 0));
  });
});

describe('personal data stays out of the sites and the offline copies', () => {
  /** A name as typed, HTML-escaped, and JSON-escaped (search data). */
  const spellings = (text: string) => [text, text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'), JSON.stringify(text).slice(1, -1)];
  const personal = participants.flatMap((p) => [p.nameLo, p.nameEn, p.id!]).flatMap(spellings);

  it('no name or id of the list is in any file of site/, offline/, offline-facilitator/ or inside the two zips', async () => {
    const files: { path: string; text: string }[] = [];
    for (const folder of ['site', 'offline', 'offline-facilitator']) {
      for (const path of listFiles(file(folder), '.', [''])) {
        // a PDF keeps its text in compressed streams: read it as a person would
        const text = path.endsWith('.pdf') ? await runOutput('pdftotext', [file(`${folder}/${path}`), '-']) : readFileSync(file(`${folder}/${path}`)).toString('utf8');
        files.push({ path: `${folder}/${path}`, text });
      }
    }
    for (const zip of ['offline.zip', 'offline-facilitator.zip']) {
      for (const [path, bytes] of Object.entries(unzipSync(readFileSync(file(zip))))) files.push({ path: `${zip}:${path}`, text: Buffer.from(bytes).toString('utf8') });
    }
    expect(files.length).toBeGreaterThan(100);
    const leaks = files.flatMap((f) => personal.filter((name) => f.text.includes(name)).map((name) => `${f.path}: ${name}`));
    expect(leaks).toEqual([]);
  });

  it('the facilitator copy offers neither the attendance sheet nor the certificates', () => {
    const downloads = listFiles(file('offline-facilitator'), 'downloads', ['.pdf']).join('\n');
    expect(downloads).toMatch(/answer-key/);
    expect(downloads).not.toMatch(/attendance-sheet|certificates/);
  });
});

describe('a malformed participants list', () => {
  it('stops the build before anything is built, naming the file and the row, and leaves dist/ as it was', async () => {
    const before = readFileSync(file('build-report.json'), 'utf8');
    const broken = join(project, 'broken-participants.csv');
    writeFileSync(broken, 'id,name_lo,name_en\nA1,ຄຳຫຼ້າ,Khamla\nA2,"ບົວພັນ, Bouaphanh\nA3,ສີ,Sy\n');
    const unclosed = await build(broken);
    expect(unclosed.status).toBe(1);
    expect(unclosed.output).toContain('error: broken-participants.csv:3: CSV syntax: a quoted field is never closed');
    expect(unclosed.output).toContain('dist/ was left as it was');
    expect(unclosed.output).not.toContain('Building the trainee site');

    writeFileSync(broken, 'id,name_lo,name_en\nA1,ຄຳຫຼ້າ,Khamla\nA2,ບົວພັນ,Phommachan,Bouaphanh\n');
    const extraField = await build(broken);
    expect(extraField.status).toBe(1);
    expect(extraField.output).toContain('error: broken-participants.csv:3: row 2 has 4 field(s), the header has 3');
    expect(extraField.output).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
    expect(readFileSync(file('build-report.json'), 'utf8')).toBe(before);
  });
});

describe('the training report of the class (COURSE_RESULTS)', () => {
  it('is a page of the facilitator copy, from the typed-in papers, by participant code only', () => {
    const page = readFileSync(file('offline-facilitator/training-report/index.html'), 'utf8');
    expect(page).toContain('Training report');
    expect(page).toContain('ບົດລາຍງານການຝຶກອົບຮົມ');
    for (const code of ['P01', 'P02', 'P03']) expect(page).toContain(code);
    expect(page).toContain('The shop case, and the register'); // a comment, as typed
    expect(page).toMatch(/<svg/); // charts drawn at build time
    expect(page).not.toMatch(/<script/);
    expect(readFileSync(file('offline-facilitator/training-report/fonts.css'), 'utf8')).toContain('.woff2');
    for (const p of participants) expect(page).not.toContain(p.nameEn);
  });

  it('is in neither the trainee site nor its offline copy', () => {
    expect(existsSync(file('site/training-report'))).toBe(false);
    expect(existsSync(file('offline/training-report'))).toBe(false);
  });
});
