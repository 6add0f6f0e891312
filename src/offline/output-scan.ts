/**
 * Last scans of built outputs before they replace dist/: trainee outputs must
 * hold no facilitator material, and no published copy may hold a name from
 * the participants list. They look at the files as built, whatever the source
 * looked like, so a leak the check did not foresee still stops the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../lib/files';

/** The mark every facilitator-only element carries on its root (FacilitatorNote, QuizKey, SessionPlan, guidance of case studies and role-plays). */
export const FACILITATOR_ONLY_ATTRIBUTE = 'data-facilitator-only';

/** Facilitator-only components: their name in an output means they were not rendered as components (a .md page, an import line printed as text). */
const FACILITATOR_COMPONENTS = ['FacilitatorNote', 'QuizKey', 'SessionPlan'];

interface Marker {
  pattern: RegExp;
  what: string;
}

const HTML_MARKERS: Marker[] = [
  { pattern: new RegExp(`<[a-z][^>]*\\s${FACILITATOR_ONLY_ATTRIBUTE}[\\s=>/]`, 'i'), what: `an element marked ${FACILITATOR_ONLY_ATTRIBUTE}` },
  { pattern: new RegExp(`(<|&lt;|&#60;)/?(${FACILITATOR_COMPONENTS.join('|')})\\b`, 'i'), what: 'a facilitator-only component left unrendered (a page saved as .md?)' },
  { pattern: new RegExp(`import\\s+(${FACILITATOR_COMPONENTS.join('|')})\\s+from`, 'i'), what: 'an import line of a facilitator-only component printed as text (a page saved as .md?)' },
];

const DATA_MARKERS: Marker[] = [
  { pattern: new RegExp(FACILITATOR_ONLY_ATTRIBUTE, 'i'), what: `the mark ${FACILITATOR_ONLY_ATTRIBUTE}` },
  { pattern: new RegExp(`\\b(${FACILITATOR_COMPONENTS.join('|')})\\b`), what: 'the name of a facilitator-only component (its text was indexed: a page saved as .md?)' },
];

export interface Finding {
  /** File relative to the scanned folder. */
  file: string;
  what: string;
  /** A few characters around the find, to locate it. */
  excerpt: string;
}

/** Style and script blocks hold selectors and code, not content: they are not scanned for marks. */
const withoutStylesAndScripts = (html: string) => html.replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1>/gi, '');

function excerptAt(text: string, index: number): string {
  return text.slice(Math.max(0, index - 40), index + 80).replace(/\s+/g, ' ').trim();
}

function scanText(file: string, text: string, markers: Marker[]): Finding[] {
  const findings: Finding[] = [];
  for (const { pattern, what } of markers) {
    const match = pattern.exec(text);
    if (match) findings.push({ file, what, excerpt: excerptAt(text, match.index) });
  }
  return findings;
}

/**
 * Facilitator material in a trainee output folder: its HTML pages (style and
 * script blocks aside) and its search data (search/index-*.js).
 */
export function findFacilitatorMaterial(dir: string): Finding[] {
  const findings: Finding[] = [];
  for (const file of listFiles(dir, '.', ['.html'])) {
    findings.push(...scanText(file, withoutStylesAndScripts(readFileSync(join(dir, file), 'utf8')), HTML_MARKERS));
  }
  for (const file of listFiles(dir, '.', ['.js', '.json']).filter((f) => /(^|\/)search\/index-[^/]*\.(js|json)$/.test(f))) {
    findings.push(...scanText(file, readFileSync(join(dir, file), 'utf8'), DATA_MARKERS));
  }
  return findings;
}

/** HTML-escaped forms of a name, as it may appear in a page. */
function spellings(name: string): string[] {
  const escaped = name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return [...new Set([name, escaped, JSON.stringify(name).slice(1, -1)])];
}

/**
 * Files of a folder that contain one of these names (any file, text or not:
 * a PDF keeps text in compressed streams, so PDFs that may carry names are
 * kept out by what is copied, and this scan is the second line).
 */
export function findNames(dir: string, names: string[]): Finding[] {
  const wanted = names.map((n) => n.trim()).filter((n) => n.length >= 3);
  if (wanted.length === 0) return [];
  const findings: Finding[] = [];
  for (const file of listFiles(dir, '.', [''])) {
    const text = readFileSync(join(dir, file)).toString('utf8');
    for (const name of wanted) {
      const hit = spellings(name).map((s) => text.indexOf(s)).find((i) => i >= 0);
      if (hit !== undefined) {
        findings.push({ file, what: 'a name from the participants list', excerpt: excerptAt(text, hit) });
        break;
      }
    }
  }
  return findings;
}

/** One message for a list of findings, naming the folder, the files and what was found. */
export function describeFindings(folder: string, findings: Finding[]): string {
  const lines = findings.slice(0, 10).map((f) => `  ${folder}/${f.file}: ${f.what}\n    ...${f.excerpt}...`);
  const more = findings.length > 10 ? `\n  and ${findings.length - 10} more` : '';
  return `${lines.join('\n')}${more}`;
}
