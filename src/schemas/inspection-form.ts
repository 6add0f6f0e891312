/**
 * An official inspection form: content/inspection-forms/<id>.yaml. The form
 * an inspector fills by hand (printed A4) or in Word, in both languages. It is
 * generic, from ILO/ISSA practice, for LSSO to adapt: every legal basis, time
 * limit or unit name LSSO must confirm carries `verify`, which marks the field
 * on the printed form and collects it into the verification register.
 */
import { z } from 'astro/zod';
import { idSchema, localized, sourceRef, translationStatus, verifyNote } from './common';

/** How a field is filled in on paper. */
export const FIELD_KINDS = ['line', 'lines', 'date', 'number', 'checklist', 'table', 'signature'] as const;

/** A column of a table field. */
export const formColumnSchema = z
  .object({
    /** Column heading. */
    label: localized,
    /** Relative width (1 = normal, 2 = twice as wide). */
    width: z.number().positive().max(6).default(1),
  })
  .strict();

/** One person who signs in a signature block. */
export const signerSchema = z
  .object({
    /** Who signs, e.g. "Inspector" or "Employer or representative". */
    role: localized,
    /** Whether a line for the official stamp is printed under the signature. */
    stamp: z.boolean().default(false),
  })
  .strict();

export const formFieldSchema = z
  .object({
    /** Id, unique in the form (used in tests and by editors to refer to a field). */
    id: idSchema,
    /** The label printed beside or above the space to fill. */
    label: localized,
    /** line: one line; lines: several lines; date; number; checklist: boxes to tick; table: columns and rows; signature: signature block. */
    kind: z.enum(FIELD_KINDS),
    /** Lines to write on (kind "lines"); default 3. */
    lines: z.number().int().min(1).max(20).optional(),
    /** Unit printed after a number, e.g. LAK or workers (kind "number"). */
    unit: localized.optional(),
    /** The boxes to tick (kind "checklist"). */
    options: z.array(localized).min(1).optional(),
    /** Whether the checklist ends with "Other: ....". */
    other: z.boolean().default(false),
    /** Column headings (kind "table"). */
    columns: z.array(formColumnSchema).min(1).max(8).optional(),
    /** Blank rows to print (kind "table"), when the rows are not pre-labelled. */
    rows: z.number().int().min(1).max(30).optional(),
    /** Pre-printed text of the first column, one per row (kind "table"). */
    rowLabels: z.array(localized).min(1).optional(),
    /** Who signs (kind "signature"), left to right. */
    signers: z.array(signerSchema).min(1).max(4).optional(),
    /** A short instruction for whoever fills the field, printed small under the label. */
    help: localized.optional(),
    /** What LSSO must confirm about this field (legal basis cited, time limit, unit name...): marked on the form and listed in the verification register. */
    verify: verifyNote.optional(),
  })
  .strict()
  .superRefine((field, ctx) => {
    const need = (key: 'options' | 'columns' | 'signers', kind: string) => {
      if (field.kind === kind && !field[key]) ctx.addIssue({ code: 'custom', path: [key], message: `a "${kind}" field needs "${key}"` });
      if (field.kind !== kind && field[key]) ctx.addIssue({ code: 'custom', path: [key], message: `"${key}" only applies to a "${kind}" field (this one is "${field.kind}")` });
    };
    need('options', 'checklist');
    need('columns', 'table');
    need('signers', 'signature');
    if (field.kind === 'table' && !field.rows && !field.rowLabels) ctx.addIssue({ code: 'custom', path: ['rows'], message: 'a table needs "rows" (blank rows) or "rowLabels"' });
    if (field.kind !== 'table' && (field.rows || field.rowLabels)) ctx.addIssue({ code: 'custom', path: ['rows'], message: '"rows" and "rowLabels" only apply to a "table" field' });
    if (field.kind !== 'lines' && field.lines) ctx.addIssue({ code: 'custom', path: ['lines'], message: '"lines" only applies to a "lines" field' });
  });

export const formSectionSchema = z
  .object({
    /** Section heading. */
    title: localized,
    /** A short instruction for the section. */
    help: localized.optional(),
    /** The fields, in order. */
    fields: z.array(formFieldSchema).min(1),
  })
  .strict();

export const inspectionFormSchema = z
  .object({
    /** Form id, also the file name. */
    id: idSchema,
    /** Title printed at the top of the form. */
    title: localized,
    /** What the form is for, in one or two sentences: for the editors who adapt it and LSSO's reviewers (not printed on the form). */
    purpose: localized,
    /** Who fills it in. */
    filledBy: localized,
    /** Who signs it. */
    signedBy: localized,
    /** Where the copies go (original and copies), if the form says so. */
    copies: localized.optional(),
    /** Whether the form carries a "confidential" banner (e.g. a worker's complaint). */
    confidential: z.boolean().default(false),
    /** The official letterhead: national header and motto, the issuing body and the reference number line. */
    letterhead: z
      .object({
        /** The issuing body as printed under the header. */
        issuer: localized,
        /** What LSSO must confirm about the header, the issuer and the reference number format on its own official forms. */
        verify: verifyNote,
      })
      .strict(),
    /** Review state of the Lao text. */
    translation: translationStatus.default('draft'),
    /** The form's parts, in order. */
    sections: z.array(formSectionSchema).min(1),
    /** Sources the form follows (ids in content/sources.yaml). */
    sources: z.array(sourceRef).default([]),
  })
  .strict()
  .superRefine((form, ctx) => {
    const seen = new Set<string>();
    form.sections.forEach((section, si) =>
      section.fields.forEach((field, fi) => {
        if (seen.has(field.id)) ctx.addIssue({ code: 'custom', path: ['sections', si, 'fields', fi, 'id'], message: `duplicate field id "${field.id}"` });
        seen.add(field.id);
      }),
    );
  });

export type InspectionForm = z.infer<typeof inspectionFormSchema>;
export type FormField = z.infer<typeof formFieldSchema>;
