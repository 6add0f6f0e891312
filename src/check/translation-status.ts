/**
 * Translation status of the Lao pages.
 *
 * Each Lao page records, in its frontmatter, a fingerprint of the English
 * page it translates:
 *
 *   translation:
 *     status: draft
 *     source: "3f2a9c1b7d0e"            # the whole English page
 *     sections: ["a1b2c3", "d4e5f6"]    # each part of it, split at the headings
 *
 * When the English page changes, its fingerprint no longer matches and the
 * Lao page is outdated; the section fingerprints tell which sections changed.
 * `npm run check -- --mark-translated <Lao page>` records the fingerprints
 * once the translator has brought the page up to date.
 *
 * Pure functions over the page files: the check, the command line and the
 * site's translation status page all use them.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../lib/files';
import { loadPage, type PageFile } from './load-content';
import { headingText } from './page-anchors';
import { pageStructure } from './rules';
import type { Problem } from './problem';

export type TranslationState = 'missing' | 'outdated' | 'draft' | 'reviewed';

export interface SectionChanges {
  /** Headings (English) of sections whose text changed. */
  changed: string[];
  /** Headings of sections that are new in English. */
  added: string[];
  /** How many sections the English page no longer has. */
  removed: number;
}

export interface PageTranslation {
  /** Path below the language folder, e.g. day-1/opening. */
  slug: string;
  enFile: string;
  loFile: string;
  /** English title, and Lao title when the Lao page exists. */
  title: { en: string; lo?: string };
  state: TranslationState;
  /** Outdated pages: no fingerprint was ever recorded. */
  notRecorded?: boolean;
  /** Outdated pages: what changed in English, when the section fingerprints are there to tell. */
  changes?: SectionChanges;
  reviewedBy?: string;
  /** Units of the Lao page (title, sections) approved by reviewers (content/review-status.yaml), when known. */
  units?: { total: number; reviewed: number; reviewers: string };
}

/** The name used for the part of a page before its first heading. */
export const OPENING = '(title and opening text)';

const sha = (text: string, length: number) => createHash('sha256').update(text).digest('hex').slice(0, length);

/** The English text as it matters for translation: line endings, trailing spaces, blank-line runs and Unicode form do not. */
export function normalizeSource(source: string): string {
  return source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Fingerprint of a whole English page: the first 12 hex digits of the SHA-256 of its normalised text. */
export function sourceHash(source: string): string {
  return sha(normalizeSource(source), 12);
}

/** The page split at its headings (outside the frontmatter and code blocks): the opening part, then one part per heading. */
export function sections(source: string): { heading: string; text: string }[] {
  const parts: { heading: string; text: string }[] = [{ heading: OPENING, text: '' }];
  const lines = normalizeSource(source).split('\n');
  const frontmatterEnd = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  let fence = false;
  for (const [i, line] of lines.entries()) {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    const heading = fence || i <= frontmatterEnd ? null : /^#{1,6}\s+(.*?)\s*#*$/.exec(line);
    if (heading) parts.push({ heading: headingText(heading[1]), text: '' });
    parts[parts.length - 1].text += `${line}\n`;
  }
  return parts;
}

/** Fingerprint of each section: 6 hex digits, enough to tell which of a page's sections changed. */
export function sectionHashes(source: string): string[] {
  return sections(source).map((s) => sha(s.text, 6));
}

/**
 * Which sections changed between the recorded fingerprints and the current
 * page: sections whose fingerprint is still there are unchanged; between two
 * unchanged ones, new and old sections are paired up as changed, and the rest
 * are added or removed.
 */
export function compareSections(recorded: string[], current: { heading: string; hash: string }[]): SectionChanges {
  // Longest common subsequence of the fingerprints: the sections that did not change.
  const n = recorded.length;
  const m = current.length;
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) lcs[i][j] = recorded[i] === current[j].hash ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const result: SectionChanges = { changed: [], added: [], removed: 0 };
  let oldGap = 0;
  let newGap: string[] = [];
  const closeGap = () => {
    const paired = Math.min(oldGap, newGap.length);
    result.changed.push(...newGap.slice(0, paired));
    result.added.push(...newGap.slice(paired));
    result.removed += oldGap - paired;
    oldGap = 0;
    newGap = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && recorded[i] === current[j].hash) {
      closeGap();
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      newGap.push(current[j++].heading);
    } else {
      oldGap++;
      i++;
    }
  }
  closeGap();
  return result;
}

interface TranslationFields {
  status?: string;
  reviewedBy?: string;
  source?: string;
  sections?: string[];
}

const translationOf = (page: PageFile) => (page.frontmatter.translation ?? {}) as TranslationFields;

/** The translation status of every English page's Lao twin, in page order. */
export function translationStatuses(pages: PageFile[]): PageTranslation[] {
  return pages
    .filter((p) => p.lang === 'en')
    .map((en) => {
      const lo = pages.find((p) => p.lang === 'lo' && p.slug === en.slug);
      const base = { slug: en.slug, enFile: en.file, loFile: en.file.replace(/^content\/en\//, 'content/lo/'), title: { en: String(en.frontmatter.title ?? en.slug) } };
      if (!lo) return { ...base, state: 'missing' as const };
      const fields = translationOf(lo);
      const status = { ...base, loFile: lo.file, title: { ...base.title, lo: String(lo.frontmatter.title ?? '') }, reviewedBy: fields.reviewedBy || undefined };
      if (!fields.source) return { ...status, state: 'outdated' as const, notRecorded: true };
      if (fields.source !== sourceHash(en.source)) {
        const current = sections(en.source).map((s) => ({ heading: s.heading, hash: sha(s.text, 6) }));
        return { ...status, state: 'outdated' as const, changes: Array.isArray(fields.sections) ? compareSections(fields.sections, current) : undefined };
      }
      return { ...status, state: fields.status === 'reviewed' ? ('reviewed' as const) : ('draft' as const) };
    });
}

/** Read the pages of a project and give their translation status (the site page calls this at build time). */
export function readTranslationStatuses(root: string): PageTranslation[] {
  const files = [...listFiles(root, 'content/en', ['.md', '.mdx']), ...listFiles(root, 'content/lo', ['.md', '.mdx'])];
  const pages = files.map((file) => loadPage(root, file, [])).filter((p): p is PageFile => p !== undefined);
  return translationStatuses(pages);
}

/** What changed, in one line: changed "A", "B"; added "C"; 1 section removed. */
export function describeChanges(t: PageTranslation): string {
  if (t.state !== 'outdated') return '';
  if (t.notRecorded) return 'no English version recorded yet';
  if (!t.changes) return 'the English page changed (no section fingerprints recorded to tell where)';
  const quote = (list: string[]) => list.map((h) => `"${h}"`).join(', ');
  const parts = [
    t.changes.changed.length ? `changed ${quote(t.changes.changed)}` : '',
    t.changes.added.length ? `added ${quote(t.changes.added)}` : '',
    t.changes.removed ? `${t.changes.removed} section(s) removed` : '',
  ].filter(Boolean);
  return parts.join('; ') || 'the English page changed';
}

/** A table of the statuses, for the terminal. */
export function formatStatusTable(statuses: PageTranslation[]): string {
  const unitsLine = (t: PageTranslation) => (t.units?.reviewed ? `${t.units.reviewed}/${t.units.total} units approved by ${t.units.reviewers}` : '');
  const rows = statuses.map((t) => [t.slug, t.state, [t.state === 'reviewed' && t.reviewedBy ? `reviewed by ${t.reviewedBy}` : describeChanges(t), t.state === 'reviewed' ? '' : unitsLine(t)].filter(Boolean).join('; ')]);
  const width = (k: number) => Math.max(...[['page', 'status'][k] ?? '', ...rows.map((r) => r[k])].map((s) => s.length));
  const line = (r: string[]) => `${r[0].padEnd(width(0))}  ${r[1].padEnd(width(1))}  ${r[2]}`.trimEnd();
  const count = (s: TranslationState) => statuses.filter((t) => t.state === s).length;
  return [
    line(['page', 'status', 'what changed']),
    ...rows.map(line),
    '',
    `${statuses.length} page(s): ${count('missing')} missing, ${count('outdated')} outdated, ${count('draft')} draft, ${count('reviewed')} reviewed.`,
  ].join('\n');
}

/** A page that cannot be marked as translated, with what to do about it (shown without a stack trace). */
export class MarkError extends Error {}

/**
 * Record in a Lao page the fingerprints of its English twin as it is now.
 * Only the `source` and `sections` lines of the translation block are
 * written; the rest of the file is left byte for byte. Returns what was done,
 * or throws a MarkError that says what to do.
 */
export function markTranslated(root: string, file: string): string {
  const loFile = file.replace(/\\/g, '/').replace(/^\.\//, '');
  if (!/^content\/lo\/.+\.mdx?$/.test(loFile)) throw new MarkError(`${file} is not a Lao page: give the path of a file in content/lo/, e.g. content/lo/day-1/opening.mdx`);
  const enFile = loFile.replace(/^content\/lo\//, 'content/en/');
  if (!existsSync(join(root, loFile))) throw new MarkError(`${loFile} does not exist`);
  if (!existsSync(join(root, enFile))) throw new MarkError(`${enFile}, the English page it translates, does not exist`);
  const loaded: Problem[] = [];
  const en = loadPage(root, enFile, loaded);
  const lo = loadPage(root, loFile, loaded);
  // A malformed fingerprint is what this command rewrites: not a reason to refuse.
  const problems = loaded.filter((p) => !/^frontmatter "translation\.(source|sections)/.test(p.message));
  if (!en || !lo || problems.length) throw new MarkError(`fix these first (npm run check):\n${problems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`).join('\n')}`);
  const a = pageStructure(en);
  const b = pageStructure(lo);
  if (a.join() !== b.join()) throw new MarkError(`${loFile} does not have the same headings and components as ${enFile} yet: bring it up to date first (npm run check shows where they differ)`);

  const raw = readFileSync(join(root, loFile), 'utf8');
  const eol = raw.includes('\r\n') ? '\r\n' : '\n';
  const lines = raw.split(/\r?\n/);
  const values = { source: `"${sourceHash(en.source)}"`, sections: `[${sectionHashes(en.source).map((h) => `"${h}"`).join(', ')}]` };
  writeFileSync(join(root, loFile), setTranslationFields(lines, values, loFile).join(eol));
  const reviewed = translationOf(lo).status === 'reviewed' ? ' The page stays "reviewed": set status: draft if the new text needs another review.' : '';
  return `${loFile}: recorded English version ${values.source.replace(/"/g, '')} (${enFile}).${reviewed}`;
}

/** Set translation.source and translation.sections in the frontmatter lines, keeping every other line as it is. */
function setTranslationFields(lines: string[], values: Record<'source' | 'sections', string>, file: string): string[] {
  const start = lines[0].replace(/^\uFEFF/, '') === '---' ? 0 : -1;
  const end = lines.indexOf('---', start + 1);
  if (start !== 0 || end === -1) throw new MarkError(`${file} has no frontmatter`);
  const key = lines.findIndex((l, i) => i > start && i < end && /^translation\s*:/.test(l));
  const out = [...lines];
  if (key === -1) {
    // No translation block yet: add one, as a draft.
    out.splice(end, 0, 'translation:', '  status: draft', `  source: ${values.source}`, `  sections: ${values.sections}`);
    return out;
  }
  const inline = /^translation\s*:\s*\{(.*)\}\s*$/.exec(lines[key]);
  if (inline) {
    // translation: { status: draft } -> translation: { status: draft, source: "...", sections: [...] }
    const kept = inline[1]
      .replace(/,?\s*source\s*:\s*("[^"]*"|'[^']*'|[^,}]*)/, '')
      .replace(/,?\s*sections\s*:\s*\[[^\]]*\]/, '')
      .trim()
      .replace(/^,\s*|,$/g, '');
    out[key] = `translation: { ${kept ? `${kept}, ` : ''}source: ${values.source}, sections: ${values.sections} }`;
    return out;
  }
  if (/^translation\s*:\s*\S/.test(lines[key])) throw new MarkError(`${file}: write "translation:" as a block (see content/README.md) so the fingerprints can be recorded`);
  // A block: find its lines and their indentation.
  let last = key;
  while (last + 1 < end && (/^\s+\S/.test(lines[last + 1]) || lines[last + 1].trim() === '')) last++;
  while (last > key && lines[last].trim() === '') last--;
  const indent = /^(\s+)/.exec(lines[key + 1] ?? '')?.[1] ?? '  ';
  for (const name of ['source', 'sections'] as const) {
    const at = out.findIndex((l, i) => i > key && i <= last && new RegExp(`^${indent}${name}\\s*:`).test(l));
    const line = `${indent}${name}: ${values[name]}`;
    if (at === -1) {
      out.splice(last + 1, 0, line);
      last++;
      continue;
    }
    // Replace the line, and any deeper-indented lines that continued its value.
    let through = at;
    while (through + 1 <= last && new RegExp(`^${indent}\\s+\\S`).test(out[through + 1])) through++;
    out.splice(at, through - at + 1, line);
    last -= through - at;
  }
  return out;
}
