/**
 * The review copy end to end, as an LSSO reviewer and a maintainer use it:
 * made from a scratch copy of the project, opened from file:// in headless
 * Chromium with the network off; the reviewer approves units, proposes a
 * correction, comments, closes and reopens the browser page (the work is
 * still there), and exports (the Blob behind the download link is read back).
 * The file is then imported into the scratch project: the source changes
 * exactly as proposed, the approvals are recorded, a unit whose English
 * changed since is refused, the fully approved page loses its draft status,
 * and the check still passes. Bad files change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { parse } from 'yaml';
import { launchBrowser } from '../../src/print/pdf-printer';
import { writeReviewCopy } from '../../src/review/review-copy';
import { readReviewUnits } from '../../src/review/units';
import { parseReviewFile, reviewChecksum } from '../../src/review/review-file';
import puppeteer from 'puppeteer-core';
import { listFiles } from '../../src/lib/files';
import { makeScratchProject, removeScratchProject } from '../helpers/scratch-project';
import { runScript } from '../helpers/run-process';

let browser: Browser;
let project: string;
let copyDir: string;
const errors: string[] = [];
// Screenshots of the review copy go here (set REVIEW_SCREENSHOTS to keep them; by default they go with the scratch project).
const shots = () => process.env.REVIEW_SCREENSHOTS ?? join(project, 'out');
const outside: string[] = [];

const REVIEWER = 'Reviewer Test-A';
const PAGE = 'content/lo/day-1/intro.mdx';
const QUIZ = 'quizzes/d1-intro-check.yaml';
const QUIZ_UNIT = `${QUIZ}#items.purpose`;
const GLOSSARY_UNIT = 'content/glossary.yaml#contribution';
const CORRECTED = 'ການກວດກາກວດເບິ່ງຫຍັງແດ່?';
const SECTION = `${PAGE}#what-inspection-is`;
const SECTION_OLD = 'ສົນທະນາເປັນຄູ່.';
const SECTION_NEW = 'ສົນທະນາເປັນຄູ່ ແລ້ວລາຍງານຕໍ່ກຸ່ມໃຫຍ່.';

beforeAll(async () => {
  project = makeScratchProject('minimal');
  copyDir = join(project, 'out', 'review');
  writeReviewCopy(project, copyDir, join(project, 'out', 'review.zip'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  if (project) removeScratchProject(project);
});

async function open(): Promise<Page> {
  const page = await browser.newPage();
  const inside = pathToFileURL(copyDir).href + '/';
  await page.setOfflineMode(true);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(inside) || url.startsWith('data:') || url.startsWith('blob:')) void request.continue();
    else {
      outside.push(url);
      void request.abort();
    }
  });
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('requestfailed', (request) => request.url().startsWith(inside) && errors.push(`failed: ${request.url()}`));
  await page.goto(inside + 'index.html', { waitUntil: 'load' });
  return page;
}

async function showGroup(page: Page, group: string) {
  const index = await page.evaluate((g) => (window as unknown as { REVIEW_DATA: { groups: { id: string }[] } }).REVIEW_DATA.groups.findIndex((x) => x.id === g), group);
  expect(index, group).toBeGreaterThanOrEqual(0);
  await page.select('#group', String(index));
}

const unitSelector = (id: string) => `[data-unit="${id}"]`;
const stateOf = (page: Page, id: string) => page.$eval(unitSelector(id), (el) => el.getAttribute('data-state'));

describe('the review copy from file://', () => {
  let exported: string;
  let downloadName: string;

  it('is one HTML page with classic scripts, the data as a script, and the Lao fonts copied in', () => {
    const files = listFiles(copyDir, '.', ['']);
    expect(files.filter((f) => f.endsWith('.html'))).toEqual(['index.html']);
    expect(files.filter((f) => f.endsWith('.woff2')).some((f) => f.includes('lao'))).toBe(true);
    const html = readFileSync(join(copyDir, 'index.html'), 'utf8');
    expect(html).not.toMatch(/type="module"/);
    expect(html).toContain('<script src="review-data.js"></script>');
    const app = readFileSync(join(copyDir, 'review-app.js'), 'utf8');
    expect(app).not.toMatch(/\bfetch\(|\bimport\s*\(|^import /m);
    expect(readFileSync(join(copyDir, 'review-data.js'), 'utf8')).toMatch(/^window\.REVIEW_DATA = \{/);
  });

  it('shows every unit beside its English source, in Lao, with no error and no request outside the copy', async () => {
    const page = await open();
    const units = readReviewUnits(project);
    expect(await page.$eval('html', (el) => el.lang)).toBe('lo');
    expect(await page.$eval('#progress-text', (el) => el.textContent)).toContain(String(units.length));
    await showGroup(page, 'day-1/intro');
    const pageUnits = units.filter((u) => u.file === PAGE);
    expect(pageUnits.map((u) => u.kind)).toEqual(['page-title', 'page-section']);
    expect(await page.$$eval('#units article', (els) => els.map((e) => e.getAttribute('data-unit')))).toEqual(pageUnits.map((u) => u.id));
    const section = await page.$eval(unitSelector(`${PAGE}#what-inspection-is`), (el) => ({ en: el.querySelector('.side.en .text')!.textContent, lo: el.querySelector('.side.lo .text')!.textContent }));
    expect(section.en).toContain('Inspection checks that employers register their workers.');
    expect(section.lo).toContain('ການກວດກາ ກວດເບິ່ງວ່ານາຍຈ້າງໄດ້ຂຶ້ນທະບຽນຜູ້ອອກແຮງງານຂອງຕົນ.');
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('records approvals, a correction and a comment, and keeps them when the browser page is closed and opened again', async () => {
    let page = await open();
    await page.type('#reviewer', REVIEWER);
    await showGroup(page, 'day-1/intro');
    await page.click(`${unitSelector(`${PAGE}#title`)} button.approve`);
    expect(await stateOf(page, `${PAGE}#title`)).toBe('approved');
    // A correction of a page section: one sentence changed inside the MDX, components kept.
    await page.click(`${unitSelector(SECTION)} button.propose`);
    await page.$eval(`${unitSelector(SECTION)} .fix textarea`, (el, from, to) => {
      const area = el as HTMLTextAreaElement;
      area.value = area.value.replace(from, to);
      area.dispatchEvent(new Event('input'));
    }, SECTION_OLD, SECTION_NEW);
    expect(await stateOf(page, SECTION)).toBe('changed');

    await showGroup(page, QUIZ);
    await page.click(`${unitSelector(QUIZ_UNIT)} button.propose`);
    const question = `${unitSelector(QUIZ_UNIT)} textarea[data-key="question"]`;
    expect(await page.$eval(question, (el) => (el as HTMLTextAreaElement).value)).toBe('ການກວດກາກວດເບິ່ງຫຍັງ?');
    await page.$eval(question, (el) => ((el as HTMLTextAreaElement).value = ''));
    await page.type(question, CORRECTED);
    expect(await stateOf(page, QUIZ_UNIT)).toBe('changed');

    await showGroup(page, 'content/glossary.yaml');
    await page.click(`${unitSelector(GLOSSARY_UNIT)} button.approve`);
    await page.type(`${unitSelector('content/glossary.yaml#inspection')} textarea.comment`, 'ຄຳນີ້ຖືກຕ້ອງ ແຕ່ຄວນເພີ່ມຕົວຢ່າງ.');
    await page.screenshot({ path: join(shots(), 'reviewing.png'), fullPage: true });
    await page.close();

    // A new page, as after closing the browser: the work is still there.
    page = await open();
    expect(await page.$eval('#reviewer', (el) => (el as HTMLInputElement).value)).toBe(REVIEWER);
    expect(await page.$eval('#progress-text', (el) => el.textContent)).toMatch(/ທົບທວນແລ້ວ 4 ຈາກ/);
    await showGroup(page, QUIZ);
    expect(await stateOf(page, QUIZ_UNIT)).toBe('changed');
    expect(await page.$eval(`${unitSelector(QUIZ_UNIT)} textarea[data-key="question"]`, (el) => (el as HTMLTextAreaElement).value)).toBe(CORRECTED);

    // Export: the download link's Blob holds the review file.
    await page.click('#export');
    downloadName = await page.$eval('#download', (el) => el.getAttribute('download') ?? '');
    exported = await page.$eval('#download', async (el) => (await fetch((el as HTMLAnchorElement).href)).text());
    expect(await page.$eval('#export-message', (el) => el.textContent)).toContain(downloadName);
    await page.setViewport({ width: 390, height: 844, isMobile: true });
    await page.screenshot({ path: join(shots(), 'phone.png'), fullPage: true });
    // On a phone the English and the Lao stack: no horizontal scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports one JSON file with the reviewer, date, version, and per unit the decision, text, comment and fingerprints', () => {
    expect(downloadName).toMatch(/^review-Reviewer-Test-A-\d{4}-\d{2}-\d{2}\.json$/);
    const review = JSON.parse(exported);
    expect(review).toMatchObject({ format: 'lsso-review/1', reviewer: REVIEWER, courseVersion: '0.1 draft' });
    const units = new Map(readReviewUnits(project).map((u) => [u.id, u]));
    const byId = new Map<string, { decision: string; proposed?: Record<string, string>; comment?: string; en: string; lo: string }>(review.units.map((u: { id: string }) => [u.id, u]));
    expect([...byId.keys()].sort()).toEqual([`${PAGE}#title`, `${PAGE}#what-inspection-is`, GLOSSARY_UNIT, 'content/glossary.yaml#inspection', QUIZ_UNIT].sort());
    expect(byId.get(QUIZ_UNIT)).toMatchObject({ decision: 'changed', proposed: { question: CORRECTED }, en: units.get(QUIZ_UNIT)!.en, lo: units.get(QUIZ_UNIT)!.lo });
    expect(byId.get('content/glossary.yaml#inspection')).toMatchObject({ decision: 'none', comment: 'ຄຳນີ້ຖືກຕ້ອງ ແຕ່ຄວນເພີ່ມຕົວຢ່າງ.' });
  });

  it('after the browser forgot everything, continues from the exported file', async () => {
    const file = join(project, 'out', 'saved-review.json');
    writeFileSync(file, exported);
    const page = await open();
    await page.evaluate(() => localStorage.clear());
    await page.reload({ waitUntil: 'load' });
    expect(await page.$eval('#progress-text', (el) => el.textContent)).toMatch(/ທົບທວນແລ້ວ 0 ຈາກ/);
    const input = await page.$('#load');
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
    await page.waitForFunction(() => /ໄດ້ໂຫຼດ 5/.test(document.getElementById('export-message')!.textContent ?? ''));
    expect(await page.$eval('#reviewer', (el) => (el as HTMLInputElement).value)).toBe(REVIEWER);
    expect(await page.$eval('#progress-text', (el) => el.textContent)).toMatch(/ທົບທວນແລ້ວ 4 ຈາກ/);
    await showGroup(page, QUIZ);
    expect(await page.$eval(`${unitSelector(QUIZ_UNIT)} textarea[data-key="question"]`, (el) => (el as HTMLTextAreaElement).value)).toBe(CORRECTED);
    // The export made from the restored work is the same review.
    const again = await page.evaluate(() => (window as unknown as { reviewCopy: { reviewFile(): { units: unknown[] } } }).reviewCopy.reviewFile().units);
    expect(again).toEqual(JSON.parse(exported).units);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses bad review files with a message and changes nothing', async () => {
    const before = snapshot();
    const bad = {
      truncated: exported.slice(0, Math.floor(exported.length / 2)),
      edited: exported.replace(CORRECTED, 'ແກ້ໄຂດ້ວຍມື'),
      'other-version': resign(exported.replace('"courseVersion": "0.1 draft"', '"courseVersion": "0.0 old"')),
      'unknown-fingerprint': exported.replace(/"lo": "[0-9a-f]{12}"/, '"lo": "000000000000"'),
      'not-a-review': '{"units": []}',
    };
    const messages: Record<string, RegExp> = {
      truncated: /truncated/,
      edited: /edited after it was exported/,
      'other-version': /made on course version "0\.0 old", but this project is version "0\.1 draft"/,
      'unknown-fingerprint': /edited after it was exported/,
      'not-a-review': /not a review file/,
    };
    for (const [name, text] of Object.entries(bad)) {
      const file = join(project, 'out', `${name}.json`);
      writeFileSync(file, text);
      const result = await runScript('scripts/review-import.ts', [file], { cwd: project });
      expect(result.status, name).toBe(1);
      expect(result.stderr, name).toMatch(messages[name]);
      expect(result.stderr).toContain('Nothing was imported');
      expect(result.output).not.toMatch(/\n\s+at /); // no stack trace
    }
    expect(snapshot()).toEqual(before);
  });

  it('imports: applies the correction exactly, records the approvals, refuses a unit whose English changed, and marks the fully approved page reviewed', async () => {
    const quizBefore = readFileSync(join(project, QUIZ), 'utf8');
    const pageBefore = readFileSync(join(project, PAGE), 'utf8');
    // The English of the approved glossary term changes after the review: its approval must not count.
    const glossaryFile = join(project, 'content/glossary.yaml');
    writeFileSync(glossaryFile, readFileSync(glossaryFile, 'utf8').replace('Money paid into the social security fund.', 'Money paid into the social security fund by employers and workers.'));
    const file = join(project, 'out', downloadName);
    writeFileSync(file, exported);
    const result = await runScript('scripts/review-import.ts', [file], { cwd: project });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);

    // The source: only the proposed value changed, on its own line.
    const quizAfter = readFileSync(join(project, QUIZ), 'utf8');
    const changed = quizAfter.split('\n').filter((line, i) => line !== quizBefore.split('\n')[i]);
    expect(changed).toEqual([`    question: { en: What does inspection check?, lo: ${CORRECTED} }`]);
    expect(parse(quizAfter).items[0].question.lo).toBe(CORRECTED);
    expect(result.stdout).toContain(`${QUIZ}  items.purpose (question)`);
    expect(result.stdout).toContain(`new: ${CORRECTED}`);

    // The conflict is listed and not recorded.
    expect(result.stdout).toMatch(new RegExp(`${GLOSSARY_UNIT.replace(/[.#]/g, '\\$&')}  \\(${REVIEWER}\\): the English changed since the review`));
    const status = parse(readFileSync(join(project, 'content/review-status.yaml'), 'utf8')) as { unit: string; reviewer: string; decision: string; lo: string }[];
    expect(status.map((r) => `${r.unit} ${r.decision}`).sort()).toEqual([`${PAGE}#title approved`, `${SECTION} corrected`, `${QUIZ_UNIT} corrected`].sort());
    expect(status.every((r) => r.reviewer === REVIEWER)).toBe(true);
    expect(result.stdout).toContain(`${PAGE}  what-inspection-is  by ${REVIEWER}\n    old: ${SECTION_OLD}\n    new: ${SECTION_NEW}`);
    // The corrected unit is recorded with the fingerprint of its new text.
    expect(status.find((r) => r.unit === QUIZ_UNIT)!.lo).toBe(readReviewUnits(project).find((u) => u.id === QUIZ_UNIT)!.lo);
    // The comment is listed for the maintainer.
    expect(result.stdout).toContain('ຄຳນີ້ຖືກຕ້ອງ ແຕ່ຄວນເພີ່ມຕົວຢ່າງ.');

    // The page whose units are all approved (one corrected) is no longer a draft; its body changed by exactly the correction.
    const pageText = readFileSync(join(project, PAGE), 'utf8');
    const body = (text: string) => text.slice(text.indexOf('\n---\n') + 5);
    expect(body(pageText)).toBe(body(pageBefore).replace(SECTION_OLD, SECTION_NEW));
    expect(pageText.split(SECTION_NEW)).toHaveLength(2);
    const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(pageText)![1]);
    expect(frontmatter.translation).toMatchObject({ status: 'reviewed', source: 'cc8a011a99dc' });
    expect(frontmatter.translation.reviewedBy).toMatch(new RegExp(`^${REVIEWER}, \\d{4}-\\d{2}-\\d{2}$`));
    expect(result.stdout).toContain(`Pages now fully reviewed (draft notice removed):\n  ${PAGE}`);
  });

  it('the check still passes, and the translation status shows the page reviewed and the units by reviewer', async () => {
    const check = await runScript('scripts/check.ts', [], { cwd: project });
    expect(check.stdout).toMatch(/\n0 error\(s\)/);
    const status = await runScript('scripts/check.ts', ['--translations'], { cwd: project });
    expect(status.stdout).toMatch(new RegExp(`day-1/intro\\s+reviewed\\s+reviewed by ${REVIEWER}`));
    expect(status.stdout).toMatch(new RegExp(`Approved by ${REVIEWER}: 3 unit\\(s\\)`));
  });

  it('a new review copy shows the approvals already recorded', () => {
    const again = join(project, 'out', 'again');
    writeReviewCopy(project, again);
    const data = JSON.parse(readFileSync(join(again, 'review-data.js'), 'utf8').replace(/^window\.REVIEW_DATA = /, '').replace(/;\n$/, '')) as { units: { id: string; approvedBy: string[] }[] };
    expect(data.units.find((u) => u.id === `${PAGE}#title`)!.approvedBy[0]).toContain(REVIEWER);
    expect(data.units.find((u) => u.id === GLOSSARY_UNIT)!.approvedBy).toEqual([]);
  });
});

const FIREFOX = process.env.COURSE_FIREFOX ?? '/usr/bin/firefox-esr';

describe.skipIf(!existsSync(FIREFOX))('the review copy in Firefox from file://', () => {
  it('keeps a decision across a reload and exports a file the import accepts', async () => {
    const firefox = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
    try {
      const page = await firefox.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(String(error)));
      await page.goto(pathToFileURL(join(copyDir, 'index.html')).href);
      await page.type('#reviewer', 'ຜູ້ທົບທວນ Firefox');
      const first = await page.$eval('article', (el) => el.getAttribute('data-unit'));
      await page.click('article button.approve');
      await page.reload();
      expect(await page.$eval('article', (el) => el.getAttribute('data-state'))).toBe('approved');
      await page.click('#export');
      const text = await page.$eval('#download', async (el) => (await fetch((el as HTMLAnchorElement).href)).text());
      const review = parseReviewFile('firefox.json', text, '0.1 draft');
      expect(review.reviewer).toBe('ຜູ້ທົບທວນ Firefox');
      expect(review.units.map((u) => [u.id, u.decision])).toEqual([[first, 'approved']]);
      expect(problems).toEqual([]);
    } finally {
      await firefox.close();
    }
  });
});

/** A review file changed and given a checksum again, as a file from another copy of the course would be. */
function resign(text: string): string {
  const review = JSON.parse(text);
  return JSON.stringify({ ...review, checksum: reviewChecksum(review) });
}

/** The content files of the scratch project and their text, to prove an import changed nothing. */
function snapshot(): Record<string, string> {
  const files = [...listFiles(project, 'content', ['']), ...listFiles(project, 'quizzes', ['']), ...listFiles(project, 'case-studies', ['']), 'src/content/i18n/lo.json'];
  return Object.fromEntries(files.map((f) => [f, readFileSync(join(project, f), 'utf8')]));
}
