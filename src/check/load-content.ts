/**
 * Loads every content file from disk, validating each against its schema.
 * Returns what could be read plus every problem, so one run reports all.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ZodTypeAny } from 'astro/zod';
import { contentFiles, type DATA_FOLDERS } from './content-files';
import { sessionSchema, type Session } from '../schemas/session';
import { caseStudySchema, type CaseStudy } from '../schemas/case-study';
import { rolePlaySchema, type RolePlay } from '../schemas/role-play';
import { quizSchema, type Quiz } from '../schemas/quiz';
import { materialSchema, type Material } from '../schemas/material';
import { pageFrontmatterSchema } from '../schemas/page';
import { inspectionFormSchema, type InspectionForm } from '../schemas/inspection-form';
import { rubricSchema, type Rubric } from '../schemas/rubric';
import { procedureRolesSchema, procedureSchema, type Procedure, type ProcedureRole } from '../schemas/procedure';
import {
  competenciesSchema,
  courseSchema,
  glossarySchema,
  laoUsageSchema,
  sourcesSchema,
  torItemsSchema,
  type CompetencyGroup,
  type Course,
  type GlossaryEntry,
  type LaoUsageEntry,
  type SourceEntry,
  type TorItem,
} from '../schemas/reference-data';
import type { Lang } from '../schemas/common';
import type { Problem } from './problem';
import { describeIssue, parseYaml, validateYaml, type YamlFile } from './yaml-file';

export interface Located<T> {
  file: string;
  value: T;
  yaml: YamlFile;
}

export interface PageFile {
  file: string;
  lang: Lang;
  /** Path below the language folder without extension, e.g. day-1/opening */
  slug: string;
  frontmatter: Record<string, unknown>;
  /** The text after the frontmatter. */
  body: string;
  /** Line number in the file where the body starts (1-based). */
  bodyLine: number;
  source: string;
}

export interface LoadedContent {
  root: string;
  course?: Located<Course>;
  torItems?: Located<TorItem[]>;
  competencies?: Located<CompetencyGroup[]>;
  glossary?: Located<GlossaryEntry[]>;
  /** Lao words and names to avoid that are not glossary terms. */
  laoUsage?: Located<LaoUsageEntry[]>;
  sources?: Located<SourceEntry[]>;
  sessions: Located<Session>[];
  caseStudies: Located<CaseStudy>[];
  rolePlays: Located<RolePlay>[];
  quizzes: Located<Quiz>[];
  /** Printed materials (cards, handouts), content/materials/*.yaml. */
  materials: Located<Material>[];
  /** Official inspection forms (content/inspection-forms/). */
  inspectionForms: Located<InspectionForm>[];
  /** Scoring rubrics (content/rubrics/). */
  rubrics: Located<Rubric>[];
  /** Standard operating procedures, content/procedures/<id>.yaml. */
  procedures: Located<Procedure>[];
  /** The roles that act in the procedures, content/procedure-roles.yaml (absent when there are no procedures). */
  procedureRoles?: Located<ProcedureRole[]>;
  /** Ids of the inspection forms: the files content/inspection-forms/<id>.yaml (their content is checked by their own rule). */
  formIds: Set<string>;
  pages: PageFile[];
  /** Data files that could not be read: what refers to them is not reported again. */
  unreadable: Set<string>;
  problems: Problem[];
}

/** Every data file that was read, in one list (for the rules that look at all of them). */
export function dataFiles(content: LoadedContent): Located<unknown>[] {
  return [content.course, content.torItems, content.competencies, content.glossary, content.laoUsage, content.sources, ...content.sessions, ...content.caseStudies, ...content.rolePlays, ...content.quizzes, ...content.materials, ...content.inspectionForms, ...content.rubrics, ...content.procedures, content.procedureRoles].filter(
    (located): located is Located<any> => located !== undefined,
  );
}

/** Files bigger than this are refused before parsing: no lesson needs them, and they stall the build. */
export const MAX_FILE_BYTES = 1_000_000;

function readText(root: string, file: string, problems: Problem[]): string | undefined {
  if (!existsSync(join(root, file))) {
    problems.push({ severity: 'error', file, message: 'this file is missing', fix: `create ${file} (see content/README.md)` });
    return undefined;
  }
  const buffer = readFileSync(join(root, file));
  if (buffer.length > MAX_FILE_BYTES) {
    problems.push({ severity: 'error', file, message: `the file is ${(buffer.length / 1e6).toFixed(1)} MB, more than the 1 MB a content file may be`, fix: 'split it, or remove pasted material that does not belong in the curriculum' });
    return undefined;
  }
  const text = buffer.toString('utf8');
  if (text.includes('\uFFFD')) {
    problems.push({ severity: 'error', file, message: 'the file is not valid UTF-8', fix: 'save it as UTF-8 (in most editors: Save as, Encoding: UTF-8)' });
    return undefined;
  }
  // Windows line endings are accepted as they are: normalise for line counting.
  return text.replace(/\r\n?/g, '\n');
}

function loadYaml<T>(root: string, file: string, schema: ZodTypeAny, problems: Problem[], unreadable: Set<string>): Located<T> | undefined {
  const located = parseAndValidate<T>(root, file, schema, problems);
  if (!located) unreadable.add(file);
  return located;
}

function parseAndValidate<T>(root: string, file: string, schema: ZodTypeAny, problems: Problem[]): Located<T> | undefined {
  const text = readText(root, file, problems);
  if (text === undefined) return undefined;
  const { parsed, problems: parseProblems } = parseYaml(file, text);
  problems.push(...parseProblems);
  if (!parsed) return undefined;
  const { value, problems: schemaProblems } = validateYaml(parsed, schema);
  problems.push(...schemaProblems);
  return value === undefined ? undefined : { file, value: value as T, yaml: parsed };
}

/** Read one page (content/<lang>/...mdx), reporting problems with its frontmatter. */
export function loadPage(root: string, file: string, problems: Problem[]): PageFile | undefined {
  const source = readText(root, file, problems);
  if (source === undefined) return undefined;
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const lang = file.startsWith('content/lo/') ? 'lo' : 'en';
  const slug = file.replace(/^content\/(en|lo)\//, '').replace(/\.mdx?$/, '');
  if (text.trim() === '') {
    problems.push({ severity: 'error', file, message: 'the page is empty', fix: 'write the page (frontmatter with a title, then the text), or delete the file' });
    return undefined;
  }
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  if (!match) {
    problems.push({ severity: 'error', file, line: 1, message: 'the page has no frontmatter', fix: 'start the file with a "---" line, then "title: ...", then another "---" line' });
    return undefined;
  }
  const { parsed, problems: yamlProblems } = parseYaml(file, match[1]);
  problems.push(...yamlProblems.map((p) => ({ ...p, line: p.line ? p.line + 1 : 1 })));
  if (!parsed) return undefined;
  const frontmatter = (parsed.data ?? {}) as Record<string, unknown>;
  if (typeof frontmatter.title !== 'string' || frontmatter.title.trim() === '') {
    problems.push({ severity: 'error', file, line: 2, message: 'the frontmatter has no "title"', fix: 'add a line "title: The page title"' });
  }
  const fm = pageFrontmatterSchema.safeParse(frontmatter);
  if (!fm.success) {
    for (const issue of fm.error.issues) {
      const line = parsed.lineOf(issue.path);
      const { message, fix } = describeIssue(issue);
      problems.push({ severity: 'error', file, line: line ? line + 1 : 2, message: `frontmatter ${message}`, fix });
    }
  }
  const bodyLine = match[0].split('\n').length;
  return { file, lang, slug, frontmatter, body: text.slice(match[0].length), bodyLine, source: text };
}

export function loadContent(root: string): LoadedContent {
  // The same files the build takes; every other file in the content folders is reported.
  const files = contentFiles(root);
  const problems: Problem[] = [...files.problems];
  const unreadable = new Set<string>();
  const one = <T>(file: string, schema: ZodTypeAny) => loadYaml<T>(root, file, schema, problems, unreadable);
  const many = <T>(dir: (typeof DATA_FOLDERS)[number], schema: ZodTypeAny) =>
    files.data[dir]
      .map((file) => one<T>(file, schema))
      .filter((x): x is Located<T> => x !== undefined);
  const procedures = many<Procedure>('content/procedures', procedureSchema);
  return {
    root,
    course: one<Course>('content/course.yaml', courseSchema),
    torItems: one<TorItem[]>('content/tor-items.yaml', torItemsSchema),
    competencies: one<CompetencyGroup[]>('content/competencies.yaml', competenciesSchema),
    glossary: one<GlossaryEntry[]>('content/glossary.yaml', glossarySchema),
    laoUsage: one<LaoUsageEntry[]>('content/lao-usage.yaml', laoUsageSchema),
    sources: one<SourceEntry[]>('content/sources.yaml', sourcesSchema),
    sessions: many<Session>('content/sessions', sessionSchema),
    caseStudies: many<CaseStudy>('case-studies', caseStudySchema),
    rolePlays: many<RolePlay>('case-studies/role-plays', rolePlaySchema),
    quizzes: many<Quiz>('quizzes', quizSchema),
    materials: many<Material>('content/materials', materialSchema),
    inspectionForms: many<InspectionForm>('content/inspection-forms', inspectionFormSchema),
    rubrics: many<Rubric>('content/rubrics', rubricSchema),
    procedures,
    // The roles file is needed once there is a procedure; a course without procedures may leave it out.
    procedureRoles: procedures.length || existsSync(join(root, 'content/procedure-roles.yaml')) ? one<ProcedureRole[]>('content/procedure-roles.yaml', procedureRolesSchema) : undefined,
    formIds: new Set(files.data['content/inspection-forms'].map((f) => f.replace(/^.*\//, '').replace(/\.yaml$/, ''))),
    pages: files.pages
      .map((file) => {
        const page = loadPage(root, file, problems);
        if (!page) unreadable.add(file);
        return page;
      })
      .filter((p): p is PageFile => p !== undefined),
    unreadable,
    problems,
  };
}
