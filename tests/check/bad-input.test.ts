/**
 * The bad-input suite: one broken copy of the minimal course per kind of
 * mistake an editor can make. For each, the real `npm run build` must exit 1,
 * name the exact file (and line where there is one), print no stack trace,
 * and leave the previous dist/ untouched. Every case fails in the check, before
 * Astro starts, so each run takes about a second.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeScratchProject, removeScratchProject, PROJECT_ROOT } from '../helpers/scratch-project';
import { runScript } from '../helpers/run-process';

let project: string;
const marker = 'previous good build';
const CONTENT = ['content', 'case-studies', 'quizzes'];

const read = (file: string) => readFileSync(join(project, file), 'utf8');
const write = (file: string, text: string | Buffer) => writeFileSync(join(project, file), text);
const edit = (file: string, change: (text: string) => string) => write(file, change(read(file)));
const lineOf = (file: string, text: string) => read(file).split(/\r?\n/).findIndex((l) => l.includes(text)) + 1;
const lastLineOf = (file: string, text: string) => read(file).split(/\r?\n/).findLastIndex((l) => l.includes(text)) + 1;

function restoreContent() {
  write('dist/build-report.json', marker); // a case that wrongly built must not spoil the next ones
  for (const dir of CONTENT) {
    rmSync(join(project, dir), { recursive: true, force: true });
    cpSync(join(PROJECT_ROOT, 'tests/fixtures/minimal', dir), join(project, dir), { recursive: true });
  }
}

function build() {
  return runScript('scripts/build.ts', [], { cwd: project });
}

beforeAll(() => {
  project = makeScratchProject('minimal');
  mkdirSync(join(project, 'dist'), { recursive: true });
  write('dist/build-report.json', marker);
});
afterAll(() => removeScratchProject(project));

const SESSION = 'content/sessions/d1-intro.yaml';
const EN_PAGE = 'content/en/day-1/intro.mdx';
const LO_PAGE = 'content/lo/day-1/intro.mdx';
const QUIZ = 'quizzes/d1-intro-check.yaml';
const CASE = 'case-studies/small-shop.yaml';
const ASSESSMENT = 'quizzes/assessment.yaml';
const CERTIFICATE = 'content/certificate.yaml';
const FORM = 'content/inspection-forms/visit-note.yaml';
const PROCEDURE = 'content/procedures/small-visit.yaml';
const PROCEDURES_PAGE = 'content/en/procedures.mdx';

interface Case {
  name: string;
  /** Break the content; return the file (and line) the message must name, and part of the fix it must give. */
  breakIt: () => { file: string; line?: number; fix?: string };
}

const cases: Case[] = [
  { name: 'malformed YAML', breakIt: () => (edit(SESSION, (t) => t.replace('duration: 60', 'duration: [60')), { file: SESSION }) },
  { name: 'a BOM and a wrong answer: the line is still right', breakIt: () => (edit(QUIZ, (t) => '\uFEFF' + t.replace('answer: a', 'answer: x')), { file: QUIZ, line: lineOf(QUIZ, 'answer: x') }) },
  { name: 'Windows line endings and a missing field', breakIt: () => (edit(SESSION, (t) => t.replace('duration: 60\n', '').replace(/\n/g, '\r\n')), { file: SESSION }) },
  { name: 'a Lao page typed in a legacy (non-Unicode) Lao font', breakIt: () => (edit(LO_PAGE, (t) => t.replace('ສົນທະນາເປັນຄູ່.', 'ÊíöiÐô;a[uo ¦ÒÃ¡¸ ¡¸ÒÃ¡¸ kdkp[ ÐíÊ lt[kpfu.')), { file: LO_PAGE, line: lineOf(LO_PAGE, 'ສົນທະນາເປັນຄູ່.') }) },
  { name: 'a 2 MB paragraph', breakIt: () => (edit(EN_PAGE, (t) => `${t}\n${'Pasted text. '.repeat(160_000)}\n`), { file: EN_PAGE }) },
  { name: 'an empty file', breakIt: () => (write(CASE, ''), { file: CASE }) },
  { name: 'a missing image', breakIt: () => (edit(EN_PAGE, (t) => `${t}\n![A payroll register](./payroll.png)\n`), { file: EN_PAGE }) },
  { name: 'an image with no alt text', breakIt: () => (write('content/en/day-1/form.png', Buffer.from([0x89, 0x50, 0x4e, 0x47])), edit(EN_PAGE, (t) => `${t}\n![](./form.png)\n`), { file: EN_PAGE }) },
  { name: 'a duplicate id', breakIt: () => (write('case-studies/small-shop-copy.yaml', read(CASE)), { file: 'case-studies/small-shop-copy.yaml', line: 1 }) },
  { name: 'a link to a page that does not exist', breakIt: () => (edit('content/en/index.mdx', (t) => t.replace('(/en/agenda/)', '(/en/agendas/)')), { file: 'content/en/index.mdx', line: lineOf('content/en/index.mdx', '/en/agenda/') }) },
  { name: 'a link into the other language', breakIt: () => (edit('content/lo/index.mdx', (t) => t.replace('(/lo/agenda/)', '(/en/agenda/)')), { file: 'content/lo/index.mdx', line: lineOf('content/lo/index.mdx', '/lo/agenda/') }) },
  { name: 'a link to an anchor that does not exist', breakIt: () => (edit('content/en/index.mdx', (t) => t.replace('(/en/agenda/)', '(/en/day-1/intro/#no-such-section)')), { file: 'content/en/index.mdx' }) },
  { name: 'a quiz answer that names no option', breakIt: () => (edit(QUIZ, (t) => t.replace('answer: a', 'answer: e')), { file: QUIZ, line: lineOf(QUIZ, 'answer: a') }) },
  { name: 'two options with the same text', breakIt: () => (edit(QUIZ, (t) => t.replace('en: The weather', 'en: Registration')), { file: QUIZ }) },
  { name: 'an unknown case study', breakIt: () => (edit(EN_PAGE, (t) => t.replace('<CaseStudy id="small-shop" />', '<CaseStudy id="big-shop" />')), { file: EN_PAGE, line: lineOf(EN_PAGE, '<CaseStudy') }) },
  { name: 'the assessment on a trainee page', breakIt: () => (edit(EN_PAGE, (t) => `${t}\n<Quiz id="assessment" />\n`), { file: EN_PAGE }) },
  { name: 'Thai letters in Lao text', breakIt: () => (edit(LO_PAGE, (t) => t.replace('ການກວດກາ ກວດເບິ່ງ', 'การกวดกา ກວດເບິ່ງ')), { file: LO_PAGE, line: lineOf(LO_PAGE, 'ການກວດກາ ກວດເບິ່ງ') }) },
  { name: 'Lao not in Unicode NFC', breakIt: () => (edit(LO_PAGE, (t) => t.replace('ສົນທະນາເປັນຄູ່.', 'ສົນທະນາເປັນຄູ່\u0EB8\u0EB8.')), { file: LO_PAGE }) },
  { name: 'two tone marks on one letter', breakIt: () => (edit(LO_PAGE, (t) => t.replace('ສົນທະນາເປັນຄູ່.', 'ສົນທະນາເປັນຄູ່\u0EC9.')), { file: LO_PAGE, line: lineOf(LO_PAGE, 'ສົນທະນາເປັນຄູ່.') }) },
  { name: 'an English paragraph left in a Lao page', breakIt: () => (edit(LO_PAGE, (t) => t.replace('ສົນທະນາເປັນຄູ່.', 'Discuss in pairs what the inspector should check first and why it matters.')), { file: LO_PAGE }) },
  { name: 'a missing Lao page', breakIt: () => (rmSync(join(project, LO_PAGE)), { file: SESSION }) },
  { name: 'a Lao page whose sections differ from the English', breakIt: () => (edit(LO_PAGE, (t) => t.replace('<RolePlay id="visit" />', '')), { file: LO_PAGE }) },
  { name: 'a Lao page that does not say whether it was reviewed', breakIt: () => (edit(LO_PAGE, (t) => t.replace(/translation:[\s\S]*?\n---/, '---')), { file: LO_PAGE }) },
  { name: 'sessions that overlap a break', breakIt: () => (edit(SESSION, (t) => t.replace('start: "08:30"', 'start: "09:30"')), { file: SESSION, line: lineOf(SESSION, 'start:') }) },
  { name: 'a session that overruns the day', breakIt: () => (edit(SESSION, (t) => t.replace('start: "08:30"', 'start: "16:00"')), { file: SESSION, line: lineOf(SESSION, 'start:') }) },
  { name: 'a terms-of-reference topic no session covers', breakIt: () => (edit(SESSION, (t) => t.replace(', sop-monitoring]', ']')), { file: 'content/tor-items.yaml' }) },
  { name: 'a session plan that does not add up', breakIt: () => (edit(SESSION, (t) => t.replace('minutes: 40', 'minutes: 45')), { file: SESSION }) },
  { name: 'an unknown source', breakIt: () => (edit(SESSION, (t) => t.replace('sources: [ilo-c081]', 'sources: [ilo-c082]')), { file: SESSION, line: lineOf(SESSION, 'sources:') }) },
  { name: 'an unknown competency outcome', breakIt: () => (edit(SESSION, (t) => t.replace('outcomes: [legal-1]', 'outcomes: [legal-9]')), { file: SESSION, line: lineOf(SESSION, 'outcomes:') }) },
  { name: 'a case-study figure that does not exist', breakIt: () => (edit(CASE, (t) => t.replace('employs {workers}', 'employs {staff}')), { file: CASE }) },
  { name: 'a page without a title', breakIt: () => (edit(EN_PAGE, (t) => t.replace('title: Introduction to inspection\n', '')), { file: EN_PAGE }) },
  { name: 'a session that names a printed material that does not exist', breakIt: () => (edit(SESSION, (t) => t.replace('{ en: Flipchart, lo: ເຈ້ຍຟລິບຊາດ }', '{ en: Flipchart, lo: ເຈ້ຍຟລິບຊາດ, material: no-such-cards }')), { file: SESSION, line: lineOf(SESSION, 'no-such-cards') }) },
  { name: 'a printed material for a session that does not list it', breakIt: () => (mkdirSync(join(project, 'content/materials'), { recursive: true }), write('content/materials/d1-cards.yaml', 'id: d1-cards\nsession: d1-intro\nlayout: cards\ntitle: { en: Cards, lo: ບັດ }\ninstructions: { en: Cut them., lo: ຕັດບັດ. }\ncards:\n  - { id: c1, front: { en: One, lo: ໜຶ່ງ } }\n'), { file: 'content/materials/d1-cards.yaml', line: 2 }) },
  { name: 'a file saved in a legacy 8-bit encoding', breakIt: () => (write(QUIZ, Buffer.concat([Buffer.from(read(QUIZ).replace('The weather', 'The weather caf')), Buffer.from([0xe9, 0x0a])])), { file: QUIZ }) },
  // The rules of the client review (interpreted delivery, item writing, assessment forms, Lao usage).
  { name: 'core plan steps that overrun with interpretation', breakIt: () => (edit(SESSION, (t) => t.replace('    optional: true\n', '')), { file: SESSION, line: lineOf(SESSION, '- minutes: 10'), fix: 'mark steps that can be dropped "optional: true", shorten core steps (input steps count twice), or lengthen the session' }) },
  { name: 'a lecture with no input step', breakIt: () => (edit(SESSION, (t) => t.replace('    input: true\n', '')), { file: SESSION, line: lineOf(SESSION, '- minutes: 10'), fix: 'add "input: true" to every step where the facilitator presents' }) },
  { name: 'most answers on one letter', breakIt: () => (edit(QUIZ, (t) => t + [2, 3, 4, 5].map((n) => `  - id: item-${n}\n    question: { en: Question ${n}?, lo: ຄຳຖາມ ${n}? }\n    options:\n      - { id: a, text: { en: Yes, lo: ແມ່ນ } }\n      - { id: b, text: { en: No, lo: ບໍ່ } }\n    answer: a\n    explanation: { en: Because., lo: ເພາະວ່າ. }\n`).join('')), { file: QUIZ, line: lineOf(QUIZ, 'answer: a'), fix: 'reorder the options of some of these items' }) },
  { name: 'the correct option clearly the longest', breakIt: () => (edit(QUIZ, (t) => t.replace('en: Registration', 'en: Registration of every worker with the fund')), { file: QUIZ, line: lineOf(QUIZ, 'en: Registration'), fix: 'make the options of similar length and grammar' }) },
  { name: 'an "all of the above" option', breakIt: () => (edit(QUIZ, (t) => t.replace('en: The weather', 'en: All of the above')), { file: QUIZ, line: lineOf(QUIZ, 'The weather'), fix: 'write a real, plausible option instead' }) },
  { name: 'an assessment item copied from a self-check', breakIt: () => (edit(ASSESSMENT, (t) => t.replace('"ASSESSMENT-QUESTION-MARKER: who registers workers?"', 'What does inspection check?')), { file: ASSESSMENT, line: lineOf(ASSESSMENT, 'question:'), fix: 'test the outcome with a new case' }) },
  { name: 'one item on two assessment forms', breakIt: () => (write('quizzes/assessment-post.yaml', read(ASSESSMENT).replace('id: assessment', 'id: assessment-post')), { file: ASSESSMENT, line: lineOf(ASSESSMENT, 'question:'), fix: 'give each form its own items' }) },
  { name: 'an outcome an assessment form does not test', breakIt: () => (edit('content/competencies.yaml', (t) => `${t}    - id: legal-2\n      level: apply\n      text: { en: Apply the law., lo: ນຳໃຊ້ກົດໝາຍ. }\n`), { file: ASSESSMENT, line: lineOf(ASSESSMENT, '- id: q1'), fix: 'every form must test every outcome' }) },
  { name: 'a glossary variant to avoid in Lao text', breakIt: () => (edit('content/glossary.yaml', (t) => t.replace('  term: { en: inspection, lo: ການກວດກາ }', '  term: { en: inspection, lo: ການກວດກາ }\n  avoid: { lo: [ການກວດສອບ] }')), edit(LO_PAGE, (t) => t.replace('ສົນທະນາເປັນຄູ່.', 'ສົນທະນາເປັນຄູ່ ກ່ຽວກັບການກວດສອບ.')), { file: LO_PAGE, line: lineOf(LO_PAGE, 'ການກວດສອບ'), fix: 'write "ການກວດກາ" instead' }) },
  { name: 'a wrong Lao name of LSSO (certificate settings)', breakIt: () => (edit(CERTIFICATE, (t) => t.replace('ອົງການປະກັນສັງຄົມແຫ່ງຊາດ', 'ສຳນັກງານປະກັນສັງຄົມແຫ່ງຊາດ')), { file: CERTIFICATE, line: lineOf(CERTIFICATE, 'ສຳນັກງານປະກັນສັງຄົມແຫ່ງຊາດ'), fix: 'write "ອົງການປະກັນສັງຄົມແຫ່ງຊາດ" instead' }) },
  { name: 'a course day written as a calendar date', breakIt: () => (edit(LO_PAGE, (t) => t.replace('ສົນທະນາເປັນຄູ່.', 'ສົນທະນາເປັນຄູ່ ກ່ອນວັນທີ 3.')), { file: LO_PAGE, line: lineOf(LO_PAGE, 'ວັນທີ 3'), fix: 'write "ມື້ທີ 3"' }) },
  { name: 'an inspection-form field of an unknown kind', breakIt: () => (edit(FORM, (t) => t.replace('kind: date', 'kind: calendar')), { file: FORM, line: lineOf(FORM, 'kind: calendar') }) },
  { name: 'an inspection-form table without columns', breakIt: () => (edit(FORM, (t) => t.replace('kind: lines\n        lines: 2', 'kind: table\n        rows: 2')), { file: FORM, line: lineOf(FORM, 'id: legal-basis') }) },
  // Procedures: one case per rule of src/check/rules/procedures.ts.
  { name: 'a procedure step whose actor is not a role', breakIt: () => (edit(PROCEDURE, (t) => t.replace('actor: head-of-unit', 'actor: boss')), { file: PROCEDURE, line: lineOf(PROCEDURE, 'actor: boss') }) },
  { name: 'a decision with one branch', breakIt: () => (edit(PROCEDURE, (t) => t.replace('        - label: { en: "No", lo: ບໍ່ໄດ້ }\n          next: end\n', '')), { file: PROCEDURE, line: lineOf(PROCEDURE, '- label: { en: "Yes", lo: ໄດ້ }') }) },
  { name: 'a branch to a step that does not exist', breakIt: () => (edit(PROCEDURE, (t) => t.replace('next: write-note', 'next: write-notes')), { file: PROCEDURE, line: lineOf(PROCEDURE, 'next: write-notes') }) },
  { name: 'a procedure naming a form that does not exist', breakIt: () => (edit(PROCEDURE, (t) => t.replace('form: visit-note', 'form: visit-notes')), { file: PROCEDURE, line: lineOf(PROCEDURE, 'form: visit-notes') }) },
  { name: 'an orphan step no arrow leads to', breakIt: () => (edit(PROCEDURE, (t) => t.replace('next: write-note', 'next: end')), { file: PROCEDURE, line: lineOf(PROCEDURE, 'id: write-note') }) },
  { name: 'a cycle not marked as a loop', breakIt: () => (edit(PROCEDURE, (t) => t.replace('\n          loop: true', '')), { file: PROCEDURE, line: lastLineOf(PROCEDURE, 'next: write-note') }) },
  { name: 'a time limit with a number and no verify note', breakIt: () => (edit(PROCEDURE, (t) => t.replace('Within the days LSSO sets', 'Within 5 days').replace(/\n\s+verify: "Confirm the time limit for the visit note."/, '')), { file: PROCEDURE, line: lineOf(PROCEDURE, 'Within 5 days') }) },
  { name: 'a page embedding a procedure that does not exist', breakIt: () => (edit(PROCEDURES_PAGE, (t) => t.replace('<Procedure id="small-visit"', '<Procedure id="big-visit"')), { file: PROCEDURES_PAGE, line: lineOf(PROCEDURES_PAGE, '<Procedure id="big-visit"') }) },
];

describe('a build from bad input', () => {
  it('has at least 25 kinds of mistake', () => expect(cases.length).toBeGreaterThanOrEqual(25));

  it.each(cases)('$name: exits 1, names the file, keeps dist/', async ({ breakIt }) => {
    restoreContent();
    const { file, line, fix } = breakIt();
    const { status, output } = await build();
    expect(status, output).toBe(1);
    expect(output).toContain(line ? `error: ${file}:${line}:` : `error: ${file}`);
    if (fix) expect(output).toContain(fix);
    expect(output).toContain('dist/ was left as it was');
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(read('dist/build-report.json')).toBe(marker);
  });
});
