/**
 * Units of review: every piece of Lao text a native reviewer can judge on its
 * own, paired with the English it translates, and fingerprinted.
 *
 * - a page section: an MDX page split at its headings (the text before the
 *   first heading, then one part per heading), English and Lao paired by
 *   position (the check already makes both pages share one outline); the page
 *   title and description are one more unit;
 * - in the YAML data (quizzes, case studies, role-plays, glossary, forms,
 *   sessions, materials...): each element of a list that holds { en, lo }
 *   texts (a quiz item with its options and explanation, a glossary term with
 *   its definition, a case-study fact, a plan step) is one unit, and any other
 *   { en, lo } text (a title, a case-study narrative, a form intro) is a unit
 *   of its own;
 * - a UI string: one key of src/content/i18n/lo.json beside en.json.
 *
 * A unit's fingerprints are hashes of its English and of its Lao text as they
 * are now: a review made on other text cannot be applied to this one.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { parse as parseYamlText } from 'yaml';
import { listFiles } from '../lib/files';
import { headingText } from '../check/page-anchors';

export type UnitKind = 'page-section' | 'page-title' | 'quiz-item' | 'case-study' | 'role-play' | 'glossary-term' | 'form-text' | 'session' | 'material' | 'course-data' | 'ui-string';

/** One piece of text inside a unit: where it is, in English and in Lao. */
export interface UnitField {
  /** Where the field is inside the unit, e.g. "question", "options.b.text"; "" when the unit is one text. */
  key: string;
  en: string;
  lo: string;
}

export interface ReviewUnit {
  /** Stable id: the Lao file, "#", and the place in it, e.g. "quizzes/d1-principles-check.yaml#items.complaint-confidentiality". */
  id: string;
  kind: UnitKind;
  /** The file that holds the Lao text (what an import writes to). */
  file: string;
  /** The group the reviewer sees it in: a page slug, or a data file. */
  group: string;
  /** A short label: the English heading, the item id, the key. */
  label: string;
  fields: UnitField[];
  /** Fingerprint of the English text (12 hex digits). */
  en: string;
  /** Fingerprint of the Lao text (12 hex digits). */
  lo: string;
}

/** Text as it matters for review: line endings, trailing spaces and Unicode form do not. */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

/** Fingerprint of one side of a unit: the first 12 hex digits of the SHA-256 of its fields, each with its key. */
export function fingerprint(fields: { key: string; text: string }[]): string {
  const text = fields.map((f) => `${f.key}\u0000${normalizeText(f.text)}`).join('\u0001');
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/** Build a unit from its fields, computing both fingerprints. */
export function makeUnit(unit: Omit<ReviewUnit, 'en' | 'lo'>): ReviewUnit {
  return {
    ...unit,
    en: fingerprint(unit.fields.map((f) => ({ key: f.key, text: f.en }))),
    lo: fingerprint(unit.fields.map((f) => ({ key: f.key, text: f.lo }))),
  };
}

// ---------------------------------------------------------------- MDX pages

export interface MdxSection {
  /** The heading text ("" for the part before the first heading). */
  heading: string;
  /** Offsets in the file text (LF line endings) of the section's text, without trailing blank lines. */
  start: number;
  end: number;
  text: string;
}

export interface MdxParts {
  /** Frontmatter text between the --- lines, and its offset in the file. */
  frontmatter: { text: string; start: number } | undefined;
  /** The opening part (may be empty) and one section per heading. */
  sections: MdxSection[];
}

/**
 * Split an MDX file (LF line endings) into its frontmatter and sections. The
 * opening part starts after the import lines; each heading's section runs to
 * the next heading of any level. Offsets point into the text, so a section can
 * be replaced exactly.
 */
export function mdxParts(text: string): MdxParts {
  const fm = /^\uFEFF?---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  const frontmatter = fm ? { text: fm[1], start: fm[0].indexOf(fm[1]) } : undefined;
  let offset = fm ? fm[0].length : 0;
  const lines = text.slice(offset).split('\n');
  const sections: { heading: string; start: number; end: number }[] = [];
  let openingStart = -1;
  let fence = false;
  let importBlock = true;
  for (const line of lines) {
    const lineStart = offset;
    offset += line.length + 1;
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    if (importBlock && !fence && (/^(import|export)\s/.test(line) || line.trim() === '')) continue;
    if (importBlock) {
      importBlock = false;
      openingStart = lineStart;
      sections.push({ heading: '', start: lineStart, end: lineStart });
    }
    const heading = fence ? null : /^#{1,6}\s+(.*?)\s*#*$/.exec(line);
    if (heading) sections.push({ heading: headingText(heading[1]), start: lineStart, end: lineStart });
    sections[sections.length - 1].end = Math.min(offset, text.length);
  }
  if (openingStart === -1) sections.push({ heading: '', start: text.length, end: text.length });
  return {
    frontmatter,
    sections: sections.map((s) => {
      const raw = text.slice(s.start, s.end);
      const trimmed = raw.replace(/\s+$/, '');
      return { heading: s.heading, start: s.start, end: s.start + trimmed.length, text: trimmed };
    }),
  };
}

/** The page's units: title and description, then its sections paired by position with the English page's. */
export function pageUnits(loFile: string, loText: string, enText: string): ReviewUnit[] {
  const lo = mdxParts(loText.replace(/\r\n?/g, '\n'));
  const en = mdxParts(enText.replace(/\r\n?/g, '\n'));
  const slug = loFile.replace(/^content\/lo\//, '').replace(/\.mdx?$/, '');
  const units: ReviewUnit[] = [];
  const loFm = (lo.frontmatter ? parseYamlText(lo.frontmatter.text) : {}) as Record<string, unknown>;
  const enFm = (en.frontmatter ? parseYamlText(en.frontmatter.text) : {}) as Record<string, unknown>;
  const titleFields = (['title', 'description'] as const)
    .filter((key) => typeof loFm[key] === 'string' && typeof enFm[key] === 'string')
    .map((key) => ({ key, en: String(enFm[key]), lo: String(loFm[key]) }));
  if (titleFields.length) units.push(makeUnit({ id: `${loFile}#title`, kind: 'page-title', file: loFile, group: slug, label: String(enFm.title ?? slug), fields: titleFields }));
  const slugger = new GithubSlugger();
  const count = Math.min(lo.sections.length, en.sections.length);
  for (let i = 0; i < count; i++) {
    const e = en.sections[i];
    const l = lo.sections[i];
    if (!e.text.trim() && !l.text.trim()) continue; // a page that starts with its first heading
    const anchor = i === 0 ? 'opening' : slugger.slug(e.heading || `section-${i}`);
    units.push(makeUnit({ id: `${loFile}#${anchor}`, kind: 'page-section', file: loFile, group: slug, label: i === 0 ? '(opening)' : e.heading, fields: [{ key: '', en: e.text, lo: l.text }] }));
  }
  return units;
}

// ---------------------------------------------------------------- YAML data

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPair = (v: unknown): v is { en: string; lo: string } => isObject(v) && typeof v.en === 'string' && typeof v.lo === 'string';

/** The path segment of a list element: its `id` when it has a unique one, else its index. */
function elementKey(list: unknown[], index: number): string {
  const id = isObject(list[index]) ? list[index].id : undefined;
  if (typeof id === 'string' && /\D/.test(id) && list.filter((x) => isObject(x) && x.id === id).length === 1) return id;
  return String(index);
}

/**
 * Every { en, lo } text inside a value, with its path relative to it. A YAML
 * alias (*breaks) is the same object as its anchor: `seen` keeps it to the
 * place where it is written, the only place a correction can go.
 */
function pairsIn(value: unknown, seen: WeakSet<object>, path: string[] = []): { path: string[]; en: string; lo: string }[] {
  if (typeof value === 'object' && value !== null) {
    if (seen.has(value)) return [];
    seen.add(value);
  }
  if (isPair(value)) return [{ path, en: value.en, lo: value.lo }];
  if (Array.isArray(value)) return value.flatMap((v, i) => pairsIn(v, seen, [...path, elementKey(value, i)]));
  if (isObject(value)) return Object.entries(value).flatMap(([k, v]) => pairsIn(v, seen, [...path, k]));
  return [];
}

/** Units of one YAML data file: list elements that hold texts, and the other texts one by one. */
export function yamlUnits(file: string, data: unknown, kind: UnitKind): ReviewUnit[] {
  const units: ReviewUnit[] = [];
  const seen = new WeakSet<object>();
  const visit = (value: unknown, path: string[]) => {
    if (typeof value === 'object' && value !== null) {
      if (seen.has(value)) return; // an alias of something already listed
      seen.add(value);
    }
    if (isPair(value)) {
      units.push(makeUnit({ id: `${file}#${path.join('.')}`, kind, file, group: file, label: path.join('.'), fields: [{ key: '', en: value.en, lo: value.lo }] }));
    } else if (Array.isArray(value)) {
      value.forEach((element, i) => {
        const at = [...path, elementKey(value, i)];
        if (isObject(element) && !isPair(element)) {
          const fields = pairsIn(element, seen).map((p) => ({ key: p.path.join('.'), en: p.en, lo: p.lo }));
          if (fields.length) units.push(makeUnit({ id: `${file}#${at.join('.')}`, kind, file, group: file, label: at.join('.'), fields }));
        } else visit(element, at);
      });
    } else if (isObject(value)) {
      for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
    }
  };
  visit(data, []);
  return units;
}

/** Resolve a unit path ("items.complaint-confidentiality.options.b.text") to the keys and indexes of the parsed data. */
export function resolvePath(data: unknown, path: string[]): (string | number)[] | undefined {
  const out: (string | number)[] = [];
  let value = data;
  for (const segment of path) {
    if (Array.isArray(value)) {
      let index = value.findIndex((x) => isObject(x) && x.id === segment);
      if (index === -1 && /^\d+$/.test(segment)) index = Number(segment);
      if (index < 0 || index >= value.length) return undefined;
      out.push(index);
      value = value[index];
    } else if (isObject(value) && segment in value) {
      out.push(segment);
      value = value[segment];
    } else return undefined;
  }
  return out;
}

// ---------------------------------------------------------------- the project

/** Data files with Lao text, and the kind of unit each holds. */
export function dataFilesWithText(root: string): { file: string; kind: UnitKind }[] {
  const files: { file: string; kind: UnitKind }[] = [];
  const add = (dir: string, kind: UnitKind, keep: (file: string) => boolean = () => true) => {
    for (const file of listFiles(root, dir, ['.yaml', '.yml'])) if (file.split('/').length === dir.split('/').length + 1 && keep(file)) files.push({ file, kind });
  };
  const contentKind = (file: string): UnitKind => (/glossary\.yaml$/.test(file) ? 'glossary-term' : /(forms|certificate)\.yaml$/.test(file) ? 'form-text' : 'course-data');
  for (const file of listFiles(root, 'content', ['.yaml', '.yml'])) {
    if (file.split('/').length !== 2 || /(review-status|lao-usage|sources)\.ya?ml$/.test(file)) continue;
    files.push({ file, kind: contentKind(file) });
  }
  add('content/sessions', 'session');
  add('content/materials', 'material');
  add('case-studies', 'case-study');
  add('case-studies/role-plays', 'role-play');
  add('quizzes', 'quiz-item');
  return files;
}

export const UI_LO = 'src/content/i18n/lo.json';
export const UI_EN = 'src/content/i18n/en.json';

/** One unit per UI string that has both an English and a Lao text. */
export function uiUnits(en: Record<string, string>, lo: Record<string, string>): ReviewUnit[] {
  return Object.keys(lo)
    .filter((key) => typeof en[key] === 'string' && typeof lo[key] === 'string')
    .map((key) => makeUnit({ id: `${UI_LO}#${key}`, kind: 'ui-string', file: UI_LO, group: UI_LO, label: key, fields: [{ key: '', en: en[key], lo: lo[key] }] }));
}

const LAO_LETTER = /[\u0E81-\u0EDF]/;

/** A file that cannot be read into units, named with what to do. */
export class UnitReadError extends Error {}

/** Every review unit of a project, pages first (in file order), then the data files, then the UI strings. */
export function readReviewUnits(root: string): ReviewUnit[] {
  const units: ReviewUnit[] = [];
  for (const loFile of listFiles(root, 'content/lo', ['.md', '.mdx'])) {
    const enFile = loFile.replace(/^content\/lo\//, 'content/en/');
    if (!existsSync(join(root, enFile))) continue;
    units.push(...pageUnits(loFile, readFileSync(join(root, loFile), 'utf8'), readFileSync(join(root, enFile), 'utf8')));
  }
  for (const { file, kind } of dataFilesWithText(root)) {
    let data: unknown;
    try {
      data = parseYamlText(readFileSync(join(root, file), 'utf8'));
    } catch (error) {
      throw new UnitReadError(`${file} is not valid YAML (${(error as Error).message.split('\n')[0]}): run npm run check and fix it first`);
    }
    units.push(...yamlUnits(file, data, kind));
  }
  if (existsSync(join(root, UI_LO)) && existsSync(join(root, UI_EN))) {
    units.push(...uiUnits(JSON.parse(readFileSync(join(root, UI_EN), 'utf8')), JSON.parse(readFileSync(join(root, UI_LO), 'utf8'))));
  }
  const seen = new Set<string>();
  // Text with no Lao in it (a component alone, a name, a number) has nothing to review.
  const reviewable = units.filter((u) => u.fields.some((f) => LAO_LETTER.test(f.lo)));
  for (const u of reviewable) {
    if (seen.has(u.id)) throw new UnitReadError(`two units share the id ${u.id}: give the list elements in ${u.file} distinct ids`);
    seen.add(u.id);
  }
  return reviewable;
}

/** The course version (content/course.yaml `version`): review files and saved work belong to one version. */
export function courseVersion(root: string): string {
  const course = parseYamlText(readFileSync(join(root, 'content/course.yaml'), 'utf8')) as { version?: unknown };
  return String(course?.version ?? 'unversioned');
}
