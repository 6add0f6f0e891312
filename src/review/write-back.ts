/**
 * Writing a reviewer's corrected Lao text back into the source, touching
 * nothing else:
 *
 * - MDX: the Lao section's text is replaced exactly (from its first line to
 *   its last non-blank line); the title and description are replaced in the
 *   frontmatter the YAML way below;
 * - YAML: the yaml library's Document API finds the Lao value's node at its
 *   path and gives its place in the file; only that value's characters are
 *   replaced, in the same style when the new text allows it (plain, quoted,
 *   block), so comments, order, quoting and layout elsewhere stay byte for
 *   byte. The result is parsed again and must equal the old data with only
 *   that value changed;
 * - JSON (UI strings): the value of the key, file written in its own layout.
 *
 * All functions are pure: text in, text out, or a WriteBackError.
 */
import GithubSlugger from 'github-slugger';
import { isScalar, parse, parseDocument, type Scalar } from 'yaml';
import { mdxParts, normalizeText, resolvePath } from './units';

/** A correction that cannot be written, with the reason. */
export class WriteBackError extends Error {}

export interface Correction {
  /** The field's key inside the unit ("" when the unit is one text). */
  key: string;
  /** The Lao text the reviewer saw (to make sure the right text is replaced). */
  old: string;
  /** The reviewer's text. */
  new: string;
}

interface Splice {
  start: number;
  end: number;
  text: string;
}

function applySplices(text: string, splices: Splice[]): string {
  const sorted = [...splices].sort((a, b) => b.start - a.start);
  for (let i = 1; i < sorted.length; i++) if (sorted[i].end > sorted[i - 1].start) throw new WriteBackError('two corrections overlap');
  return sorted.reduce((out, s) => out.slice(0, s.start) + s.text + out.slice(s.end), text);
}

const plainSafe = (text: string) => {
  if (!text || text !== text.trim() || text.includes('\n')) return false;
  try {
    return (parse(`k: ${text}`) as { k: unknown }).k === text && (parse(`{ k: ${text} }`) as { k: unknown }).k === text;
  } catch {
    return false;
  }
};

/** The new value's characters, in the style of the old node where the new text allows it. */
function renderScalar(node: Scalar, source: string, text: string): string {
  const [start, end] = node.range!;
  const old = source.slice(start, end);
  if (node.type === 'PLAIN' && plainSafe(text)) return text;
  if (node.type === 'QUOTE_SINGLE' && !text.includes('\n')) return `'${text.replace(/'/g, "''")}'`;
  if ((node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') && !/^\s/.test(text)) {
    const indent = /\n([ ]+)\S/.exec(old)?.[1];
    if (indent) {
      const trailing = old.endsWith('\n') ? '\n' : '';
      const body = text.replace(/\n+$/, '').split('\n').map((line) => (line ? indent + line : '')).join('\n');
      const keep = text.endsWith('\n') ? '' : '-';
      if (node.type === 'BLOCK_FOLDED' && !text.replace(/\n+$/, '').includes('\n')) return `>${keep}\n${body}${trailing}`;
      return `|${keep}\n${body}${trailing}`;
    }
  }
  // A double-quoted YAML scalar: JSON's escapes are YAML's.
  return JSON.stringify(text);
}

const deepEqual = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function setIn(data: unknown, path: (string | number)[], value: string): unknown {
  const copy = structuredClone(data) as Record<string | number, unknown>;
  let at: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1]] = value;
  return copy;
}

/**
 * Replace Lao values in a YAML text. `paths` are (string) unit paths to the { en, lo } object
 * of each correction; the value replaced is its `lo`.
 */
export function replaceYamlValues(file: string, text: string, changes: { path: string[]; old: string; new: string }[]): string {
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length) throw new WriteBackError(`${file} is not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
  const before = doc.toJS();
  let expected: unknown = before;
  const splices: Splice[] = [];
  for (const change of changes) {
    const resolved = resolvePath(before, change.path);
    if (!resolved) throw new WriteBackError(`${file}: ${change.path.join('.')} is no longer there`);
    const path = [...resolved, 'lo'];
    const node = doc.getIn(path, true);
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range) throw new WriteBackError(`${file}: ${change.path.join('.')}.lo is not a text`);
    if (normalizeText(node.value) !== normalizeText(change.old)) throw new WriteBackError(`${file}: ${change.path.join('.')}.lo is not the text the reviewer saw`);
    splices.push({ start: node.range[0], end: node.range[1], text: renderScalar(node, text, change.new) });
    expected = setIn(expected, path, change.new);
  }
  const out = applySplices(text, splices);
  const check = parseDocument(out);
  if (check.errors.length || !deepEqual(check.toJS(), expected)) throw new WriteBackError(`${file}: the corrected text could not be written without changing something else; apply it by hand`);
  return out;
}

/** The anchor of each section of an English page, as the unit ids use them. */
export function sectionAnchors(headings: string[]): string[] {
  const slugger = new GithubSlugger();
  return headings.map((h, i) => (i === 0 ? 'opening' : slugger.slug(h || `section-${i}`)));
}

/** Replace sections (by anchor) and title/description of a Lao MDX page. */
export function replaceMdx(file: string, loText: string, enText: string, changes: { anchor: string; key: string; old: string; new: string }[]): string {
  const eol = loText.includes('\r\n') ? '\r\n' : '\n';
  const text = loText.replace(/\r\n?/g, '\n');
  const lo = mdxParts(text);
  const anchors = sectionAnchors(mdxParts(enText.replace(/\r\n?/g, '\n')).sections.map((s) => s.heading));
  const splices: Splice[] = [];
  const frontmatterChanges: { path: string[]; old: string; new: string }[] = [];
  for (const change of changes) {
    if (change.anchor === 'title') {
      frontmatterChanges.push({ path: [change.key], old: change.old, new: change.new });
      continue;
    }
    const index = anchors.indexOf(change.anchor);
    const section = lo.sections[index];
    if (index === -1 || !section) throw new WriteBackError(`${file}: the section #${change.anchor} is no longer there`);
    if (normalizeText(section.text) !== normalizeText(change.old)) throw new WriteBackError(`${file}: the section #${change.anchor} is not the text the reviewer saw`);
    splices.push({ start: section.start, end: section.end, text: change.new.replace(/\r\n?/g, '\n').replace(/\s+$/, '') });
  }
  if (frontmatterChanges.length) {
    if (!lo.frontmatter) throw new WriteBackError(`${file} has no frontmatter`);
    // Frontmatter values are plain key: value lines; reuse the YAML replacement on it, with { lo } wrappers faked by path.
    const fm = lo.frontmatter;
    const doc = parseDocument(fm.text);
    for (const change of frontmatterChanges) {
      const node = doc.getIn(change.path, true);
      if (!isScalar(node) || typeof node.value !== 'string' || !node.range) throw new WriteBackError(`${file}: frontmatter "${change.path[0]}" is not a text`);
      if (normalizeText(node.value) !== normalizeText(change.old)) throw new WriteBackError(`${file}: frontmatter "${change.path[0]}" is not the text the reviewer saw`);
      splices.push({ start: fm.start + node.range[0], end: fm.start + node.range[1], text: renderScalar(node, fm.text, change.new) });
    }
  }
  const out = applySplices(text, splices);
  const after = mdxParts(out);
  if (after.sections.length !== lo.sections.length) throw new WriteBackError(`${file}: a correction adds or removes a heading; apply it by hand`);
  return eol === '\n' ? out : out.replace(/\n/g, '\r\n');
}

/** Set UI strings in lo.json, written back in the file's own layout (2-space JSON). */
export function replaceUiStrings(file: string, text: string, changes: { key: string; old: string; new: string }[]): string {
  const data = JSON.parse(text) as Record<string, string>;
  const indent = /\n(\s+)"/.exec(text)?.[1] ?? '  ';
  if (JSON.stringify(data, null, indent) + (text.endsWith('\n') ? '\n' : '') !== text) throw new WriteBackError(`${file} is not laid out as JSON.stringify writes it; apply the corrections by hand`);
  for (const change of changes) {
    if (typeof data[change.key] !== 'string') throw new WriteBackError(`${file}: the key ${change.key} is no longer there`);
    if (normalizeText(data[change.key]) !== normalizeText(change.old)) throw new WriteBackError(`${file}: ${change.key} is not the text the reviewer saw`);
    data[change.key] = change.new;
  }
  return JSON.stringify(data, null, indent) + (text.endsWith('\n') ? '\n' : '');
}

/**
 * Set a Lao page's translation status to reviewed, with who reviewed it. The
 * Document API finds the values in the frontmatter; only their characters are
 * replaced (or a reviewedBy line added under status), the rest stays as it is.
 */
export function markPageReviewed(file: string, loText: string, reviewedBy: string): string {
  const eol = loText.includes('\r\n') ? '\r\n' : '\n';
  const text = loText.replace(/\r\n?/g, '\n');
  const fm = mdxParts(text).frontmatter;
  if (!fm) throw new WriteBackError(`${file} has no frontmatter`);
  const doc = parseDocument(fm.text);
  const status = doc.getIn(['translation', 'status'], true);
  if (!isScalar(status) || !status.range) throw new WriteBackError(`${file}: no translation.status block to set (write "translation:" with "status: draft" under it, see content/README.md)`);
  const by = doc.getIn(['translation', 'reviewedBy'], true);
  const splices: Splice[] = [{ start: fm.start + status.range[0], end: fm.start + status.range[1], text: 'reviewed' }];
  const byText = JSON.stringify(reviewedBy);
  if (isScalar(by) && by.range) splices.push({ start: fm.start + by.range[0], end: fm.start + by.range[1], text: byText });
  else {
    // A new line under status, at its indentation.
    const lineStart = fm.text.lastIndexOf('\n', status.range[0]) + 1;
    const lineEnd = fm.text.indexOf('\n', status.range[1]);
    const indent = /^\s*/.exec(fm.text.slice(lineStart))![0];
    const at = fm.start + (lineEnd === -1 ? fm.text.length : lineEnd);
    if (/\{/.test(fm.text.slice(lineStart, status.range[0]))) throw new WriteBackError(`${file}: write "translation:" as a block (see content/README.md) so the review can be recorded`);
    splices.push({ start: at, end: at, text: `\n${indent}reviewedBy: ${byText}` });
  }
  const out = applySplices(text, splices);
  const after = parse(mdxParts(out).frontmatter!.text) as Record<string, unknown> & { translation?: Record<string, unknown> };
  const before = parse(fm.text) as Record<string, unknown> & { translation?: Record<string, unknown> };
  const expected = { ...before, translation: { ...before.translation, status: 'reviewed', reviewedBy } };
  const sorted = (o: Record<string, unknown>) => Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
  if (!deepEqual(sorted({ ...after, translation: sorted(after.translation ?? {}) }), sorted({ ...expected, translation: sorted(expected.translation) }))) {
    throw new WriteBackError(`${file}: the page could not be marked reviewed without changing other frontmatter; set translation.status by hand`);
  }
  return eol === '\n' ? out : out.replace(/\n/g, '\r\n');
}
