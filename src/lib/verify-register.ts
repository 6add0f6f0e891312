/**
 * The verification register: every verify marker of one language's pages,
 * every case-study figure marked `verify`, with the page it appears on, and
 * every verify flag of the inspection forms (listed on the downloads page).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../schemas/common';
import type { CaseStudy } from '../schemas/case-study';
import { listFiles } from './files';
import { extractVerifyMarkers, verifyAnchor } from './verify-markers';
import { factVerifyNote, formatFact } from './case-facts';
import { caseStudyFigures } from './contribution-data';
import { formRegisterEntries } from './inspection-forms';
import type { Procedure, ProcedureRole } from '../schemas/procedure';
import { procedureEmbeds } from './procedures/procedure-embeds';
import { stepRange } from './procedures/procedure-graph';

/** The procedures and roles, for pages that show them (<Procedure>, <AllProcedures>). */
export interface ProcedureRegisterData {
  procedures: Procedure[];
  roles: ProcedureRole[];
}

const noteIn = (verify: string | { en: string; lo: string } | undefined, lang: Lang) => (typeof verify === 'string' ? verify : verify?.[lang]);

/** Verify notes of the procedures a page shows: time limits of the steps shown, and (on the list of all procedures) the roles. */
function procedureEntries(source: string, page: string, lang: Lang, data: ProcedureRegisterData): RegisterEntry[] {
  const entries: RegisterEntry[] = [];
  const shown: { procedure: Procedure; steps: Procedure['steps'] }[] = [];
  const all = /<AllProcedures\b/.test(source);
  if (all) shown.push(...data.procedures.map((procedure) => ({ procedure, steps: procedure.steps })));
  for (const embed of procedureEmbeds(source)) {
    const procedure = data.procedures.find((p) => p.id === embed.id);
    if (!procedure || (embed.parts && !embed.parts.some((p) => p === 'table' || p === 'checklist'))) continue;
    shown.push({ procedure, steps: (embed.steps && stepRange(procedure, embed.steps)) || procedure.steps });
  }
  for (const { procedure, steps } of shown) {
    for (const step of steps) {
      const note = noteIn(step.timeLimit?.verify, lang);
      if (!note) continue;
      const number = procedure.steps.indexOf(step) + 1;
      entries.push({ page, file: `content/procedures/${procedure.id}.yaml`, line: 0, id: verifyAnchor(note), note, text: `${procedure.title[lang]}, ${number}. ${step.label[lang]}: ${step.timeLimit!.text[lang]}` });
    }
  }
  if (all) {
    for (const role of data.roles) {
      const note = noteIn(role.verify, lang);
      if (note) entries.push({ page, file: 'content/procedure-roles.yaml', line: 0, id: verifyAnchor(note), note, text: role.name[lang] });
    }
  }
  // A note shown twice on one page has one anchor there: list it once.
  return entries.filter((e, i) => entries.findIndex((x) => x.id === e.id) === i);
}

export interface RegisterEntry {
  /** Page slug below the language folder ('' for the language's home page). */
  page: string;
  /** Source file to edit, relative to the project root. */
  file: string;
  line: number;
  id: string;
  note: string;
  text: string;
}

/** Page slug of a content file: content/lo/day-1/opening.mdx -> day-1/opening. */
export function slugOfFile(file: string): string {
  return file.replace(/^content\/(en|lo)\//, '').replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
}

export function collectRegister(root: string, lang: Lang, caseStudies: CaseStudy[], procedures?: ProcedureRegisterData): RegisterEntry[] {
  const entries: RegisterEntry[] = [];
  for (const file of listFiles(root, `content/${lang}`, ['.md', '.mdx'])) {
    const source = readFileSync(join(root, file), 'utf8');
    const page = slugOfFile(file);
    for (const marker of extractVerifyMarkers(source)) entries.push({ page, file, ...marker });
    for (const match of source.matchAll(/<CaseStudy\s+id=["']([^"']+)["']/g)) {
      const cs = caseStudies.find((c) => c.id === match[1]);
      const figures = cs ? caseStudyFigures(cs, root) : undefined;
      for (const fact of cs?.facts ?? []) {
        const note = factVerifyNote(fact, lang);
        if (!note) continue;
        entries.push({
          page,
          file: `case-studies/${cs!.id}.yaml`,
          line: 0,
          id: verifyAnchor(note),
          note,
          text: `${fact.label[lang]}: ${formatFact(fact, lang, figures)}`,
        });
      }
    }
    if (procedures) entries.push(...procedureEntries(source, page, lang, procedures));
  }
  // The forms are offered on the downloads page: their entries point there.
  for (const entry of formRegisterEntries(root, lang)) entries.push({ page: 'downloads', ...entry });
  return entries;
}
