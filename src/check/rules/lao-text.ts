/**
 * Lao text is well formed: Unicode NFC, marks in the stored order (see
 * lao-marks.ts), and, on Lao pages and in Lao data texts, no Thai letters,
 * no English left untranslated and no Lao typed with a legacy non-Unicode font.
 */
import { dataFiles, type LoadedContent, type Located, type PageFile } from '../load-content';
import type { Problem } from '../problem';
import { codePoints, findMarkProblems, firstNonNfc } from '../lao-marks';
import { looksEnglish, looksLikeLegacyFont } from '../language-guess';
import { thaiProblems } from '../lao-script';
import { walkStrings } from '../yaml-file';
import { lineAt, plainText, readerText } from '../mdx-text';

type Add = (p: Problem) => void;

const shorten = (text: string, max = 70) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Marks and NFC in a text; `where(index)` gives the line of an offset. */
function checkCharacters(text: string, file: string, where: (index: number) => number | undefined, add: Add, label = '') {
  const markLines = new Set<number | undefined>();
  for (const hit of findMarkProblems(text)) {
    const line = where(hit.index);
    markLines.add(line);
    add({ severity: hit.severity, file, line, message: `${label}${hit.message}`, fix: hit.fix });
  }
  // One NFC report per line, and none where a mark problem was already reported (the same cause).
  if (text.normalize('NFC') === text) return;
  const lines = text.split('\n');
  let offset = 0;
  for (const line of lines) {
    const bad = firstNonNfc(line);
    const at = where(offset + (bad?.index ?? 0));
    if (bad && !markLines.has(at)) {
      add({
        severity: 'error',
        file,
        line: at,
        message: `${label}text not in Unicode NFC form: "${bad.found}" (${codePoints(bad.found)}) should be "${bad.nfc}" (${codePoints(bad.nfc)})`,
        fix: 'retype the word, or save the file with Unicode normalisation NFC (most editors: "Normalize to NFC")',
      });
    }
    offset += line.length + 1;
  }
}

function checkLanguage(text: string, kind: 'prose' | 'label', file: string, line: number | undefined, add: Add, label = '') {
  if (looksLikeLegacyFont(text)) {
    // Unreadable to every reader: an error, not a warning.
    add({
      severity: 'error',
      file,
      line,
      message: `${label}"${shorten(text)}" looks like Lao typed with an old non-Unicode font (Saysettha, Alice): it shows as Latin letters and symbols`,
      fix: 'retype the text with a Unicode Lao keyboard and font (Phetsarath OT), or convert it with a legacy-font converter',
    });
  } else if (looksEnglish(text, kind)) {
    // An untranslated paragraph leaves Lao readers without the content; a short label is only a warning.
    add({
      severity: kind === 'prose' ? 'error' : 'warning',
      file,
      line,
      message: `${label}"${shorten(text)}" is in English on a Lao page`,
      fix: 'translate it into Lao (names and acronyms may stay as they are)',
    });
  }
}

function checkPage(page: PageFile, add: Add) {
  const where = (index: number) => lineAt(page.source, index);
  checkCharacters(page.source, page.file, where, add);
  if (page.lang !== 'lo') return;
  for (const p of thaiProblems(page.source, page.file, where)) add(p);
  for (const chunk of readerText(page)) checkLanguage(chunk.text, chunk.kind, page.file, chunk.line, add);
}

function checkDataFile(located: Located<unknown>, add: Add) {
  walkStrings(located.yaml.data, (text, path, lo) => {
    const line = located.yaml.lineOf(path);
    const label = `${path.join('.')}: `;
    checkCharacters(text, located.file, () => line, add, label);
    if (lo) for (const p of thaiProblems(text, located.file, () => line, label, 3)) add(p);
    // Short texts (a name, a unit) are labels; longer ones are prose.
    const plain = plainText(text);
    if (lo) checkLanguage(plain, plain.split(' ').length > 6 ? 'prose' : 'label', located.file, line, add, label);
  });
}

export function checkLaoText(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  const add: Add = (p) => problems.push(p);
  for (const page of content.pages) checkPage(page, add);
  for (const located of dataFiles(content)) checkDataFile(located, add);
  return problems;
}
