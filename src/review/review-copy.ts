/**
 * The review copy: one folder (and its zip) that an LSSO reviewer opens from
 * a USB stick by double-clicking index.html, with no server and no internet.
 * One HTML page, classic scripts (the app and the data as `window.REVIEW_DATA`),
 * a style sheet and the course's Lao and Latin fonts copied in.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { escapeHtml } from '../lib/escape-html';
import { checksumList, CHECKSUM_FILE, zipFolder } from '../offline/package-copy';
import { currentRecords, readReviewStatus, type ReviewRecord } from './review-status';
import { courseVersion, readReviewUnits, UI_EN, UI_LO, type ReviewUnit } from './units';

export const REVIEW_COPY_FOLDER = 'review';

/** A unit as the review copy shows it, with who approved it already. */
export interface ReviewCopyUnit extends ReviewUnit {
  approvedBy: string[];
}

export interface ReviewCopyData {
  courseVersion: string;
  /** The parts the reviewer chooses from: a page, or a data file; `kind` is "page" or the kind of its units. */
  groups: { id: string; file: string; kind: string; title: { en: string; lo: string } }[];
  units: ReviewCopyUnit[];
  /** The review copy's UI strings (review.*), English and Lao. */
  strings: { en: Record<string, string>; lo: Record<string, string> };
}

/** Titles of the data files that have none of their own. */
const FILE_TITLES: Record<string, { en: string; lo: string }> = {
  [UI_LO]: { en: 'Site text (menus, buttons)', lo: 'ຂໍ້ຄວາມຂອງເວັບໄຊ (ເມນູ, ປຸ່ມ)' },
  'content/glossary.yaml': { en: 'Glossary', lo: 'ອະພິທານສັບ' },
  'content/forms.yaml': { en: 'Feedback and evaluation forms', lo: 'ແບບຟອມສະແດງຄຳຄິດເຫັນ ແລະ ປະເມີນຜົນ' },
  'content/certificate.yaml': { en: 'Certificate of completion', lo: 'ໃບຢັ້ງຢືນການສຳເລັດ' },
  'content/course.yaml': { en: 'Course title and days', lo: 'ຊື່ຫຼັກສູດ ແລະ ມື້ຝຶກອົບຮົມ' },
  'content/competencies.yaml': { en: 'Competency framework', lo: 'ກອບຄວາມສາມາດ' },
  'content/tor-items.yaml': { en: 'Terms of reference items', lo: 'ລາຍການຕາມຂອບເຂດວຽກ' },
};

/** The titles of the groups: a page's title, a data file's title, or its path. */
function groupTitles(root: string, units: ReviewUnit[]): ReviewCopyData['groups'] {
  const groups: ReviewCopyData['groups'] = [];
  for (const unit of units) {
    if (groups.some((g) => g.id === unit.group)) continue;
    let title = { en: unit.group, lo: '' };
    const titleUnit = units.find((u) => u.group === unit.group && (u.id.endsWith('#title') || u.kind === 'page-title'));
    const field = titleUnit?.fields.find((f) => f.key === '' || f.key === 'title');
    if (field) title = { en: field.en, lo: field.lo };
    else if (FILE_TITLES[unit.file]) title = FILE_TITLES[unit.file];
    else if (unit.file.endsWith('.yaml')) {
      const data = parse(readFileSync(join(root, unit.file), 'utf8')) as { title?: { en?: string; lo?: string } };
      if (data && typeof data === 'object' && !Array.isArray(data) && data.title?.en) title = { en: data.title.en, lo: data.title.lo ?? '' };
    }
    groups.push({ id: unit.group, file: unit.file, kind: unit.kind === 'page-title' || unit.kind === 'page-section' ? 'page' : unit.kind, title });
  }
  return groups;
}

/** Everything the review copy needs, read from the project. */
export function reviewCopyData(root: string): ReviewCopyData {
  const units = readReviewUnits(root);
  const records: ReviewRecord[] = readReviewStatus(root);
  const pick = (file: string) => Object.fromEntries(Object.entries(JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, string>).filter(([k]) => k.startsWith('review.')));
  return {
    courseVersion: courseVersion(root),
    groups: groupTitles(root, units),
    units: units.map((u) => ({ ...u, approvedBy: currentRecords(u, records).map((r) => `${r.reviewer} (${r.date})`) })),
    strings: { en: pick(UI_EN), lo: pick(UI_LO) },
  };
}

/** The page: a fixed frame the script fills in (its first text is Lao, the reviewers' language). */
export function reviewCopyHtml(data: ReviewCopyData): string {
  const s = (key: string) => escapeHtml(data.strings.lo[key] ?? data.strings.en[key] ?? key);
  return `<!doctype html>
<html lang="lo">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${s('review.title')}</title>
<link rel="stylesheet" href="review.css">
</head>
<body>
<header class="top">
  <div class="top-row">
    <h1 id="title">${s('review.title')}</h1>
    <button type="button" id="switch-language">${s('review.switchLanguage')}</button>
  </div>
  <p id="version" class="version"></p>
  <p id="lead" class="lead"></p>
  <p id="notes" class="notes" role="status"></p>
  <div class="who">
    <label id="reviewer-label" for="reviewer">${s('review.reviewer')}</label>
    <input id="reviewer" type="text" autocomplete="name">
    <button type="button" id="export" class="export">${s('review.export')}</button>
  </div>
  <p id="export-message" class="export-message" role="status" aria-live="polite"></p>
  <p class="load"><label id="load-label" for="load">${s('review.load')}</label> <input type="file" id="load" accept=".json,application/json"></p>
  <a id="download" hidden></a>
  <div class="overall"><progress id="progress" value="0" max="1"></progress> <span id="progress-text"></span></div>
</header>
<nav class="groups">
  <label id="group-label" for="group">${s('review.group')}</label>
  <select id="group"></select>
  <div class="group-nav">
    <button type="button" id="previous"></button>
    <span id="group-progress"></span>
    <button type="button" id="next"></button>
  </div>
  <label class="only-open"><input type="checkbox" id="only-open"> <span id="only-open-label"></span></label>
</nav>
<main id="units"></main>
<noscript>Turn on JavaScript to review. / ກະລຸນາເປີດ JavaScript ເພື່ອທົບທວນ.</noscript>
<script src="review-data.js"></script>
<script src="review-app.js"></script>
</body>
</html>
`;
}

const FONTS: [pkg: string, file: string][] = [
  ['@fontsource/noto-sans-lao', 'noto-sans-lao-lao-400-normal.woff2'],
  ['@fontsource/noto-sans-lao', 'noto-sans-lao-lao-700-normal.woff2'],
  ['@fontsource/phetsarath', 'phetsarath-lao-400-normal.woff2'],
  ['@fontsource/noto-sans', 'noto-sans-latin-400-normal.woff2'],
  ['@fontsource/noto-sans', 'noto-sans-latin-700-normal.woff2'],
];

function fontFaces(): string {
  const face = (family: string, file: string, weight: number, range: string) =>
    `@font-face { font-family: '${family}'; font-weight: ${weight}; font-display: swap; src: url('fonts/${file}') format('woff2'); unicode-range: ${range}; }`;
  const lao = 'U+0E80-0EFF, U+200C-200D, U+25CC';
  return [
    face('Course Lao', 'noto-sans-lao-lao-400-normal.woff2', 400, lao),
    face('Course Lao', 'noto-sans-lao-lao-700-normal.woff2', 700, lao),
    face('Course Lao Phetsarath', 'phetsarath-lao-400-normal.woff2', 400, lao),
    face('Course Latin', 'noto-sans-latin-400-normal.woff2', 400, 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+2000-206F, U+2074, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD'),
    face('Course Latin', 'noto-sans-latin-700-normal.woff2', 700, 'U+0000-00FF, U+2000-206F'),
  ].join('\n');
}

/** Write the review copy into `dir` (replaced) and its zip beside it; returns the number of units. */
export function writeReviewCopy(root: string, dir: string, zipPath?: string): { units: number; groups: number } {
  const data = reviewCopyData(root);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'fonts'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), reviewCopyHtml(data));
  // Data as a classic script (file:// forbids fetch): window.REVIEW_DATA = {...}.
  writeFileSync(join(dir, 'review-data.js'), `window.REVIEW_DATA = ${JSON.stringify(data)};\n`);
  writeFileSync(join(dir, 'review-app.js'), readFileSync(fileURLToPath(new URL('./review-app.js', import.meta.url)), 'utf8'));
  writeFileSync(join(dir, 'review.css'), `${fontFaces()}\n${readFileSync(fileURLToPath(new URL('./review.css', import.meta.url)), 'utf8')}`);
  const require = createRequire(join(root, 'package.json'));
  for (const [pkg, file] of FONTS) {
    const from = join(require.resolve(`${pkg}/package.json`).replace(/package\.json$/, ''), 'files', file);
    if (!existsSync(from)) throw new Error(`font ${from} is missing: is ${pkg} installed (npm ci)?`);
    cpSync(from, join(dir, 'fonts', file));
  }
  writeFileSync(join(dir, 'HOW-TO-OPEN.txt'), howToOpenReview(data.courseVersion));
  writeFileSync(join(dir, CHECKSUM_FILE), checksumList(dir));
  if (zipPath) writeFileSync(zipPath, zipFolder(dir, REVIEW_COPY_FOLDER));
  return { units: data.units.length, groups: data.groups.length };
}

function howToOpenReview(version: string): string {
  return `ວິທີທົບທວນ — ສະບັບແປພາສາລາວ (ຫຼັກສູດສະບັບ ${version})
=====================================================

1. ຄັດລອກໂຟນເດີນີ້ທັງໝົດ ໃສ່ຄອມພິວເຕີ ຫຼື ເປີດຈາກ USB ໂດຍກົງ.
2. ກົດສອງເທື່ອໃສ່ແຟ້ມ index.html. ບໍ່ຕ້ອງໃຊ້ອິນເຕີເນັດ.
3. ຂຽນຊື່ຂອງທ່ານ, ແລ້ວທົບທວນເນື້ອໃນແຕ່ລະສ່ວນ: ຮັບຮອງ, ສະເໜີແກ້ໄຂ ຫຼື ໃຫ້ຄຳເຫັນ.
4. ໃຫ້ໃຊ້ໂປແກມທ່ອງເວັບ ແລະ ຄອມພິວເຕີເຄື່ອງດຽວກັນ ເພື່ອເຮັດຕໍ່ພາຍຫຼັງ.
5. ເມື່ອສຳເລັດແລ້ວ ກົດ "ສົ່ງອອກຜົນການທົບທວນຂອງຂ້ອຍ" ແລະ ສົ່ງແຟ້ມ .json ໃຫ້ທີມງານຫຼັກສູດ.


How to review — the Lao translation (course version ${version})
=====================================================

1. Copy this whole folder to the computer, or open it straight from the USB stick.
2. Double-click index.html. No internet is needed.
3. Write your name, then review each text: approve it, propose a correction, or comment.
4. Your work is kept by this browser on this computer: use the same browser to continue later.
5. When you finish, click "Export my review" and send the .json file to the course team.
   (They import it with: npm run review:import -- <file.json>)
`;
}
