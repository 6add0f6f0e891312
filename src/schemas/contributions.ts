/**
 * Contribution parameters and the Day 3 enterprise data set
 * (case-studies/data/*.yaml): the single source of every worked example,
 * document-pack table and calculator figure.
 */
import { z } from 'astro/zod';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'write a month as "YYYY-MM", e.g. "2025-07"');
const text = z.object({
  /** English text. */
  en: z.string().min(1),
  /** Lao text. */
  lo: z.string().min(1),
}).strict();

export const contributionParametersSchema = z.object({
  /** Employer's share of the insurable wage, as a fraction (0.06 = 6%). */
  employerRate: z.number().min(0).max(0.5),
  /** Worker's share, withheld by the employer, as a fraction. */
  employeeRate: z.number().min(0).max(0.5),
  /** Highest monthly wage on which contributions are due (LAK). */
  ceiling: z.number().int().positive(),
  /** Lowest monthly base on which contributions are due (LAK). */
  minimumBase: z.number().int().nonnegative(),
  /** What LSSO must confirm about each parameter, in both languages; `surcharge` says why no late-payment surcharge is computed. */
  verify: z.object({ rates: text, ceiling: text, minimumBase: text, surcharge: text }).strict(),
}).strict().refine((p) => p.minimumBase <= p.ceiling, 'minimumBase must not exceed ceiling');
export type ContributionParameters = z.infer<typeof contributionParametersSchema>;

export const packWorkerSchema = z.object({
  /** Short id, unique in the enterprise, e.g. "w03". */
  id: z.string().regex(/^w\d{2}$/),
  /** Name as written in each language. */
  name: text,
  /** Job title. */
  job: text,
  /** Contract type as the employer's file presents it. */
  contract: z.enum(['indefinite', 'fixed-term', 'probation', 'service-agreement']),
  /** First month worked. */
  start: month,
  /** First month declared to LSSO, or null if never registered. */
  registered: month.nullable(),
  /** Monthly wage actually paid (LAK), as the payroll and bank transfers show. */
  wagePaid: z.number().int().positive(),
  /** Monthly wage declared to LSSO (LAK), or null if never declared. */
  wageDeclared: z.number().int().positive().nullable(),
  /** True if the payslip shows the worker's share deducted although nothing is declared. */
  deductedOnPayslip: z.boolean().default(false),
}).strict().refine((w) => (w.registered === null) === (w.wageDeclared === null), 'registered and wageDeclared must both be set or both be null');
export type PackWorker = z.infer<typeof packWorkerSchema>;

export const enterpriseDataSchema = z.object({
  /** Id, also the file name. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Enterprise name. */
  name: text,
  /** Where it is. */
  location: text,
  /** Owner or director, with title. */
  owner: text,
  /** Month the enterprise registered with LSSO. */
  registeredWithLsso: month,
  /** The twelve months (or fewer) the document pack covers. */
  period: z.object({ from: month, to: month }).strict(),
  /** Months declared but not paid. */
  unpaidMonths: z.array(month),
  /** Working days in a full month, for the attendance sheets. */
  workingDaysPerMonth: z.number().int().min(20).max(31),
  /** The workers (every person on the payroll or on site). */
  workers: z.array(packWorkerSchema).min(1),
}).strict();
export type EnterpriseData = z.infer<typeof enterpriseDataSchema>;
