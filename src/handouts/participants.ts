/**
 * The participants list behind the certificates and the attendance sheet: a
 * CSV file with a header row and the columns name_lo, name_en and optionally
 * id. It is untrusted input (typed or exported by hand), so every row is
 * checked and each problem names the file and the line to fix.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { findThai, describeThai } from '../check/lao-script';
import type { Problem } from '../check/problem';
import { detectDelimiter, parseCsv } from './csv';

export interface Participant {
  /** Registration number or other id, if the file has one. */
  id?: string;
  nameLo: string;
  nameEn: string;
  /** Line of the row in the file. */
  line: number;
}

export const DEFAULT_PARTICIPANTS_FILE = 'content/participants.csv';
export const REQUIRED_COLUMNS = ['name_lo', 'name_en'] as const;
export const OPTIONAL_COLUMNS = ['id'] as const;
/** Longer than any real name; a longer cell is a pasted paragraph or a wrong column. */
export const MAX_NAME_LENGTH = 200;

// C0/C1 controls and the bidirectional overrides that could reorder what a certificate shows.
const INVISIBLE_CONTROLS = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const LAO_LETTER = /[\u0E80-\u0EFF]/u;

/**
 * Invisible format characters a word processor or a Lao input method leaves
 * in a name: zero-width space, zero-width non-joiner and joiner, word joiner,
 * soft hyphen, a stray byte-order mark. They print as nothing but make two
 * equal ids or names differ, so they are removed before anything is compared.
 */
const INVISIBLE_FORMAT = /[\u200B-\u200D\u2060\u00AD\uFEFF]/gu;

/** Remove invisible format characters, trim, fold runs of spaces, and use the composed Unicode form, so the same name is always the same text. */
const tidy = (cell: string) => cell.normalize('NFC').replace(INVISIBLE_FORMAT, '').replace(/[ \t\u00A0]+/g, ' ').trim();

const SAVE_AS_UTF8 = 'open it in a spreadsheet and save it again as "CSV UTF-8 (comma delimited)" (Excel: File, Save As, CSV UTF-8; LibreOffice: Save As, Text CSV, Character set: Unicode (UTF-8))';

/**
 * The text of a participants file from its bytes: UTF-8 (with or without a
 * byte-order mark) or UTF-16 with a byte-order mark (what "Unicode text"
 * saves). A file in a legacy encoding is refused with how to re-save it.
 */
export function decodeParticipantsFile(bytes: Uint8Array): { text: string; error?: undefined } | { text?: undefined; error: { message: string; fix: string } } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const sample = bytes.subarray(0, 200);
  if (sample.length >= 4 && sample.filter((b) => b === 0).length > sample.length / 4) {
    return { error: { message: 'the file looks like UTF-16 text without a byte-order mark, which cannot be read safely', fix: SAVE_AS_UTF8 } };
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  if (text.includes('\uFFFD')) {
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    return { error: { message: `the file is not UTF-8 (first unreadable character on line ${line}): it was probably saved in a legacy encoding, and Lao names would print as garbage`, fix: SAVE_AS_UTF8 } };
  }
  return { text };
}

export function readParticipants(text: string, file: string): { participants: Participant[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const error = (line: number | undefined, message: string, fix?: string) => problems.push({ severity: 'error', file, line, message, fix });
  const warning = (line: number, message: string, fix?: string) => problems.push({ severity: 'warning', file, line, message, fix });

  if (text.includes('\uFFFD')) {
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    error(line, 'the text has an unreadable character (U+FFFD): the file was saved in a legacy encoding, not UTF-8', SAVE_AS_UTF8);
    return { participants: [], problems };
  }
  // Spreadsheets in locales with a decimal comma save ";"-separated files.
  const delimiter = detectDelimiter(text);
  const parsed = parseCsv(text, delimiter);
  if (parsed.error) {
    error(parsed.error.line, `CSV syntax: ${parsed.error.message}`, 'save the file as "CSV UTF-8 (comma delimited)" and check the quotes on this line');
    return { participants: [], problems };
  }
  const [header, ...rows] = parsed.records;
  if (!header) {
    error(undefined, 'the file is empty', `write a header row "${REQUIRED_COLUMNS.join(',')},id" and one row per participant, or delete the file`);
    return { participants: [], problems };
  }
  const columns = header.cells.map((c) => tidy(c).toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length) {
    error(header.line, `the header row has no column ${missing.map((c) => `"${c}"`).join(' or ')} (it has: ${columns.join(', ')})`, `the first row must name the columns: ${REQUIRED_COLUMNS.join(',')},id`);
    return { participants: [], problems };
  }
  const known = new Set<string>([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]);
  for (const unknown of columns.filter((c) => !known.has(c))) {
    warning(header.line, `column "${unknown}" is not used`, `the columns used are ${[...known].join(', ')}`);
  }
  if (rows.length === 0) {
    error(header.line, 'the file has a header row but no participants', 'add one row per participant, or delete the file to print blank forms');
  }

  const participants: Participant[] = [];
  const seenIds = new Map<string, number>();
  rows.forEach((row, index) => {
    const where = `row ${index + 1}`;
    if (row.cells.length !== columns.length) {
      error(row.line, `${where} has ${row.cells.length} field(s), the header has ${columns.length}`, `a name that contains a ${delimiter === ';' ? 'semicolon' : 'comma'} must be in double quotes, e.g. "Phonsavanh${delimiter} Somchai"`);
      return;
    }
    if (row.multiline) {
      error(row.line, `${where}: a field runs over more than one line`, 'write each participant on one line, with no line break inside a name');
      return;
    }
    const cell = (name: string) => tidy(row.cells[columns.indexOf(name)] ?? '');
    const nameLo = cell('name_lo');
    const nameEn = cell('name_en');
    const id = columns.includes('id') ? cell('id') : '';
    let ok = true;
    for (const [column, value] of [['name_lo', nameLo], ['name_en', nameEn], ['id', id]] as const) {
      if (INVISIBLE_CONTROLS.test(value)) {
        error(row.line, `${where}: ${column} contains an invisible control character`, 'retype the name; do not paste it from a formatted document');
        ok = false;
      }
      if (value.length > MAX_NAME_LENGTH) {
        error(row.line, `${where}: ${column} is ${value.length} characters long (at most ${MAX_NAME_LENGTH})`, 'check that the row has the right columns');
        ok = false;
      }
    }
    if (!nameLo) {
      error(row.line, `${where}: name_lo (the name in Lao) is empty`, 'write the name in Lao script; for a foreign participant, the Lao transliteration');
      ok = false;
    }
    if (!nameEn) {
      error(row.line, `${where}: name_en (the name in English) is empty`, 'write the name in Latin letters as in the passport');
      ok = false;
    }
    for (const hit of findThai(nameLo)) {
      error(row.line, `${where}: name_lo: ${describeThai(hit)}`, 'retype the name with a Lao keyboard');
      ok = false;
    }
    if (nameLo && !LAO_LETTER.test(nameLo)) {
      warning(row.line, `${where}: name_lo "${nameLo}" has no Lao letter`, 'write the name in Lao script (or check that name_lo and name_en are not swapped)');
    }
    if (/[<>]/.test(nameLo + nameEn)) {
      warning(row.line, `${where}: a name contains < or >; it will be printed exactly as typed`, 'check the name');
    }
    if (id) {
      // Compared without case, as people read ids (invisible characters are already removed).
      const first = seenIds.get(id.toUpperCase());
      if (first !== undefined) {
        error(row.line, `${where}: id "${id}" is already used on line ${first}`, 'give each participant a different id');
        ok = false;
      } else seenIds.set(id.toUpperCase(), row.line);
    }
    if (ok) participants.push({ ...(id ? { id } : {}), nameLo, nameEn, line: row.line });
  });
  return { participants, problems };
}

export interface ParticipantsFile {
  /** As shown in messages: relative to the project when inside it. */
  file: string;
  participants: Participant[];
  problems: Problem[];
}

/** Where the participants file is: COURSE_PARTICIPANTS, else content/participants.csv if it exists. */
export function participantsPath(root: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.COURSE_PARTICIPANTS) return resolve(root, env.COURSE_PARTICIPANTS);
  const path = resolve(root, DEFAULT_PARTICIPANTS_FILE);
  return existsSync(path) ? path : undefined;
}

/** Read and check the participants file; undefined when there is none (blank forms are printed). */
export function loadParticipants(root: string, env: NodeJS.ProcessEnv = process.env): ParticipantsFile | undefined {
  const path = participantsPath(root, env);
  if (!path) return undefined;
  const inside = relative(root, path);
  const file = inside.startsWith('..') || isAbsolute(inside) ? path : inside.split('\\').join('/');
  if (!existsSync(path)) {
    return {
      file,
      participants: [],
      problems: [{ severity: 'error', file, message: 'COURSE_PARTICIPANTS names a file that does not exist', fix: 'fix the path, or unset COURSE_PARTICIPANTS to print blank forms' }],
    };
  }
  if (statSync(path).isDirectory()) {
    return {
      file,
      participants: [],
      problems: [{ severity: 'error', file, message: 'the participants path is a folder, not a file', fix: 'give the path of the CSV file itself, e.g. COURSE_PARTICIPANTS=lists/class-2026.csv' }],
    };
  }
  const decoded = decodeParticipantsFile(readFileSync(path));
  if (decoded.error) return { file, participants: [], problems: [{ severity: 'error', file, ...decoded.error }] };
  return { file, ...readParticipants(decoded.text, file) };
}

/** The participants for the print pages: the build has checked the file already, so an error here is a bug and stops the page. */
export function participantsForPrint(root = process.cwd()): Participant[] {
  const loaded = loadParticipants(root);
  const error = loaded?.problems.find((p) => p.severity === 'error');
  if (error) throw new Error(`${error.file}:${error.line ?? ''} ${error.message} (run npm run build: it checks the participants list first)`);
  return loaded?.participants ?? [];
}
