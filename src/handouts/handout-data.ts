/**
 * The data behind the facilitator pack's forms and certificates:
 * content/forms.yaml (feedback and evaluation questions) and
 * content/certificate.yaml (dates, place, signatories). Schemas, loading for
 * the print pages, and date formatting.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { idSchema, localized, translationStatus, type Lang } from '../schemas/common';

export const FORMS_FILE = 'content/forms.yaml';
export const CERTIFICATE_FILE = 'content/certificate.yaml';

/** A question or statement on a form, in both languages. */
const question = z.object({ id: idSchema, text: localized }).strict();

export const formsSchema = z
  .object({
    /** Review state of the Lao texts. */
    translation: translationStatus.default('draft'),
    /** Labels of the five points of every rating scale, from 1 to 5. */
    scale: z.array(localized).length(5),
    /** The form handed out at the end of each day. */
    dailyFeedback: z
      .object({
        title: localized,
        intro: localized,
        /** Asked for each session of the day. */
        sessionsQuestion: localized,
        /** Rated on the scale. */
        statements: z.array(question).min(1),
        /** Answered in writing. */
        openQuestions: z.array(question).min(1),
      })
      .strict(),
    /** The form handed out on the last day. */
    courseEvaluation: z
      .object({
        title: localized,
        intro: localized,
        sections: z.array(z.object({ title: localized, statements: z.array(question).min(1) }).strict()).min(1),
        /** Overall satisfaction, rated 1 to 5. */
        overall: localized,
        openQuestions: z.array(question).min(1),
      })
      .strict(),
  })
  .strict();
export type Forms = z.infer<typeof formsSchema>;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD, e.g. "2026-03-02"')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'not a real date');

export const certificateSchema = z
  .object({
    /** Review state of the Lao wording. */
    translation: translationStatus.default('draft'),
    /** First and last day of the course; left out, lines are printed to fill in by hand. */
    start: isoDate.optional(),
    end: isoDate.optional(),
    /** Where the course is held. */
    place: localized.optional(),
    /** Date the certificates are issued; left out, a line is printed to fill in by hand. */
    issued: isoDate.optional(),
    /** Start of each certificate's serial number, e.g. "LSSO-SSI" gives LSSO-SSI-2026-001 (capital letters, digits, hyphens). */
    serial_prefix: z.string().regex(/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/, 'capital letters, digits and hyphens only, e.g. "LSSO-SSI"').default('LSSO-SSI'),
    /** The national header Lao official documents carry, printed at the top of every certificate. */
    national_header: z
      .object({
        /** The name of the state, e.g. ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ. */
        state: localized,
        /** The national motto, under the state's name. */
        motto: localized,
        /** What LSSO must confirm about the header's exact form (left out once confirmed). */
        verify: z.string().min(1).optional(),
      })
      .strict()
      .optional(),
    /** Who signs, left to right. */
    signatories: z
      .array(
        z
          .object({
            /** Left out: a blank line for the name. */
            name: localized.optional(),
            /** On whose behalf, e.g. "For the Lao Social Security Office". */
            role: localized,
          })
          .strict(),
      )
      .min(1)
      .max(3),
  })
  .strict()
  .refine((c) => (c.start === undefined) === (c.end === undefined), { message: 'give both start and end, or neither', path: ['end'] })
  .refine((c) => !c.start || !c.end || c.start <= c.end, { message: 'the course ends before it starts', path: ['end'] });
export type CertificateConfig = z.infer<typeof certificateSchema>;

/** Read a data file for the print pages (the build has validated it already, so errors here are bugs). */
function load<T>(file: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>, root: string): T {
  return schema.parse(parse(readFileSync(join(root, file), 'utf8')));
}
export const loadForms = (root = process.cwd()) => load(FORMS_FILE, formsSchema, root);
export const loadCertificateConfig = (root = process.cwd()) => load(CERTIFICATE_FILE, certificateSchema, root);

const MONTHS: Record<Lang, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  lo: ['ມັງກອນ', 'ກຸມພາ', 'ມີນາ', 'ເມສາ', 'ພຶດສະພາ', 'ມິຖຸນາ', 'ກໍລະກົດ', 'ສິງຫາ', 'ກັນຍາ', 'ຕຸລາ', 'ພະຈິກ', 'ທັນວາ'],
};

/** "2026-03-02" as "2 March 2026" or "2 ມີນາ 2026" (written out, so it cannot be misread as 3 February). */
export function formatDate(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[lang][month - 1]} ${year}`;
}

/**
 * The serial number of each certificate, in participant order: prefix, year
 * (of the issue date, else the course's start; "0000" when neither is set)
 * and a three-digit running number. The certificates print it and the build
 * records it in dist/build-report.json, so an issued serial can be traced.
 */
export function certificateSerials(config: CertificateConfig, count: number): string[] {
  const year = (config.issued ?? config.start ?? '0000').slice(0, 4);
  return Array.from({ length: count }, (_, i) => `${config.serial_prefix}-${year}-${String(i + 1).padStart(3, '0')}`);
}
