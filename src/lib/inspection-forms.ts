/**
 * The official inspection forms (content/inspection-forms/) and the scoring
 * rubrics (content/rubrics/): loading for the print pages and the print list,
 * the national header every Lao official document carries, the numbering of
 * the verify marks on a printed form, and their entries in the verification
 * register. The content check validates these files earlier, with file and line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Lang, Localized } from '../schemas/common';
import { inspectionFormSchema, type FormField, type InspectionForm } from '../schemas/inspection-form';
import { rubricSchema, type Rubric } from '../schemas/rubric';
import { listFiles } from './files';
import { parseYaml } from '../check/yaml-file';

export const FORMS_DIR = 'content/inspection-forms';
export const RUBRICS_DIR = 'content/rubrics';

/** The national header and motto at the top of every Lao official document (the same on every form). */
export const NATIONAL_HEADER: { state: Localized; motto: Localized } = {
  state: { en: "Lao People's Democratic Republic", lo: 'ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ' },
  motto: { en: 'Peace Independence Democracy Unity Prosperity', lo: 'ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນາຖາວອນ' },
};

const yamlFiles = (root: string, dir: string) => listFiles(root, dir, ['.yaml', '.yml']).filter((f) => f.split('/').length === dir.split('/').length + 1);

function loadAll<T>(root: string, dir: string, parseOne: (data: unknown) => T): T[] {
  return yamlFiles(root, dir).map((file) => parseOne(parse(readFileSync(join(root, file), 'utf8'))));
}

/** Every inspection form, in file-name order (already validated by the check: an error here is a bug). */
export const loadInspectionForms = (root = process.cwd()): InspectionForm[] => loadAll(root, FORMS_DIR, (d) => inspectionFormSchema.parse(d));
/** Every rubric, in file-name order. */
export const loadRubrics = (root = process.cwd()): Rubric[] => loadAll(root, RUBRICS_DIR, (d) => rubricSchema.parse(d));

/** The order of the forms in the facilitator pack: the order of an inspection, from the order to the follow-up, then the complaint intake. */
export const FORM_ORDER = ['complaint-record', 'inspection-order', 'notice-of-visit', 'document-request', 'visit-minutes', 'interview-record', 'inspection-report', 'compliance-order', 'instalment-agreement', 'follow-up-record'];

export function sortForms<T extends { id: string }>(forms: T[]): T[] {
  const rank = (id: string) => (FORM_ORDER.includes(id) ? FORM_ORDER.indexOf(id) : FORM_ORDER.length);
  return [...forms].sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}

export interface FormVerifyItem {
  /** Number printed on the form: [V1], [V2]... */
  number: number;
  /** What LSSO must confirm. */
  note: string;
  /** The field marked, or undefined for the letterhead. */
  field?: FormField;
  /** YAML path of the note. */
  path: (string | number)[];
}

/** The verify flags of a form in print order: the letterhead first, then each field's. */
export function formVerifyItems(form: InspectionForm): FormVerifyItem[] {
  const items: FormVerifyItem[] = [{ number: 1, note: form.letterhead.verify, path: ['letterhead', 'verify'] }];
  form.sections.forEach((section, si) =>
    section.fields.forEach((field, fi) => {
      if (field.verify) items.push({ number: items.length + 1, note: field.verify, field, path: ['sections', si, 'fields', fi, 'verify'] });
    }),
  );
  return items;
}

/** A field count by kind, for reports. */
export function fieldCount(form: InspectionForm): number {
  return form.sections.reduce((sum, s) => sum + s.fields.length, 0);
}

export interface FormRegisterEntry {
  file: string;
  line: number;
  id: string;
  note: string;
  text: string;
}

/** The verification register's entries for the forms: one per verify flag, with its file and line. */
export function formRegisterEntries(root: string, lang: Lang): FormRegisterEntry[] {
  const entries: FormRegisterEntry[] = [];
  for (const file of yamlFiles(root, FORMS_DIR)) {
    const { parsed } = parseYaml(file, readFileSync(join(root, file), 'utf8'));
    if (!parsed) continue;
    const checked = inspectionFormSchema.safeParse(parsed.data);
    if (!checked.success) continue;
    const form = checked.data;
    for (const item of formVerifyItems(form)) {
      const where = item.field ? item.field.label[lang] : `${NATIONAL_HEADER.state[lang]}; ${form.letterhead.issuer[lang]}`;
      // The register links to the forms' section of the downloads page, where the printed form is.
      entries.push({ file, line: parsed.lineOf(item.path) ?? 0, id: 'downloads-inspection-form', note: item.note, text: `${form.title[lang]} [V${item.number}]: ${where}` });
    }
  }
  return entries;
}
