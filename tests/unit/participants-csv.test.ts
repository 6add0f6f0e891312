/**
 * The participants CSV is untrusted: every malformed row must be reported
 * with the file and line, and odd but harmless names kept exactly as typed.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv } from '../../src/handouts/csv';
import { loadParticipants, readParticipants } from '../../src/handouts/participants';

const FILE = 'content/participants.csv';
const errors = (text: string) => readParticipants(text, FILE).problems.filter((p) => p.severity === 'error');

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes, CRLF line ends and a BOM', () => {
    const result = parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n\r\nlast,row');
    expect(result.records?.map((r) => r.cells)).toEqual([['a', 'b'], ['x, y', 'say "hi"'], ['last', 'row']]);
    expect(result.records?.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('flags a field that runs over two lines, and keeps counting lines after it', () => {
    const result = parseCsv('a,b\n"one\ntwo",x\nc,d\n');
    expect(result.records?.[1]).toMatchObject({ line: 2, multiline: true });
    expect(result.records?.[2]).toMatchObject({ line: 4, cells: ['c', 'd'] });
  });

  it('names the line of a quote that is never closed, or stray text after a closing quote', () => {
    expect(parseCsv('a,b\nc,"open\n').error).toEqual({ line: 2, message: expect.stringContaining('never closed') });
    expect(parseCsv('a,b\n"x"y,z\n').error?.line).toBe(2);
    expect(parseCsv('a,b\nsay "hi",z\n').error?.message).toContain('inside an unquoted field');
  });
});

describe('readParticipants', () => {
  it('reads names and ids, tidied (trimmed, spaces folded, composed Unicode)', () => {
    const decomposed = 'ສົມສັກ'.normalize('NFD');
    const { participants, problems } = readParticipants(`id,name_lo,name_en\nA1,  ${decomposed}   ພົມມະຈັນ ,Somsak  Phommachan\n,ບົວພັນ,Bouaphanh\n`, FILE);
    expect(problems).toEqual([]);
    expect(participants).toEqual([
      { id: 'A1', nameLo: 'ສົມສັກ ພົມມະຈັນ', nameEn: 'Somsak Phommachan', line: 2 },
      { nameLo: 'ບົວພັນ', nameEn: 'Bouaphanh', line: 3 },
    ]);
  });

  it('accepts the columns in any order and in any case, without an id column', () => {
    const { participants, problems } = readParticipants('Name_EN,NAME_LO\nKhamla,ຄຳຫຼ້າ\n', FILE);
    expect(problems).toEqual([]);
    expect(participants).toEqual([{ nameLo: 'ຄຳຫຼ້າ', nameEn: 'Khamla', line: 2 }]);
  });

  it('names the row and line of a row with the wrong number of fields, and says how to quote a comma', () => {
    const [problem] = errors('name_lo,name_en\nຄຳຫຼ້າ,Khamla\nບົວພັນ,Phommachan, Bouaphanh\n');
    expect(problem).toMatchObject({ file: FILE, line: 3, message: 'row 2 has 3 field(s), the header has 2' });
    expect(problem.fix).toContain('double quotes');
  });

  it('reports a header without the name columns', () => {
    expect(errors('name,surname\nA,B\n')[0]).toMatchObject({ line: 1, message: expect.stringContaining('"name_lo" or "name_en"') });
  });

  it('reports empty names, Thai letters in the Lao name, control characters and duplicate ids, each at its line', () => {
    const text = [
      'id,name_lo,name_en',
      '1,,Khamla',
      '2,สมศักดิ์,Somsak',
      '3,ບົວ\u202Eພັນ,Bouaphanh',
      '1,ນາງ ວັນ,Van',
      `5,${'ກ'.repeat(201)},Long`,
    ].join('\n');
    const found = errors(text).map((p) => `${p.line}: ${p.message}`);
    expect(found.filter((f) => !f.includes('Thai'))).toEqual([
      '2: row 1: name_lo (the name in Lao) is empty',
      '4: row 3: name_lo contains an invisible control character',
      '5: row 4: id "1" is already used on line 2',
      '6: row 5: name_lo is 201 characters long (at most 200)',
    ]);
    // one error per Thai letter, each with the Lao letter meant
    expect(found.filter((f) => f.includes('Thai'))).toHaveLength([...'สมศักดิ์'].length);
    expect(found).toContainEqual(expect.stringMatching(/^3: row 2: name_lo: Thai character "ส" \(U\+0E2A\) in Lao text; the Lao letter is probably "ສ"/));
    expect(readParticipants(text, FILE).participants).toEqual([]);
  });

  it('rejects a name broken over two lines, an unclosed quote, an empty file and a header with no rows', () => {
    expect(errors('name_lo,name_en\n"ບົວ\nພັນ",B\n')[0]).toMatchObject({ line: 2, message: 'row 1: a field runs over more than one line' });
    expect(errors('name_lo,name_en\n"ບົວພັນ,B\n')[0]).toMatchObject({ line: 2, message: expect.stringContaining('never closed') });
    expect(errors('')[0].message).toBe('the file is empty');
    expect(errors('name_lo,name_en\n')[0].message).toContain('no participants');
  });

  it('keeps HTML-like names exactly as typed, with a warning, not an error', () => {
    const { participants, problems } = readParticipants('name_lo,name_en\n"<img src=file:///etc/passwd>",<b>Khamla</b>\n', FILE);
    expect(participants[0]).toMatchObject({ nameLo: '<img src=file:///etc/passwd>', nameEn: '<b>Khamla</b>' });
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(problems.map((p) => p.message)).toContain('row 1: a name contains < or >; it will be printed exactly as typed');
  });
});

describe('loadParticipants', () => {
  const root = mkdtempSync(join(tmpdir(), 'participants-'));

  it('prints blank forms when there is no participants file', () => {
    expect(loadParticipants(root, {})).toBeUndefined();
  });

  it('reads the file COURSE_PARTICIPANTS names, relative to the project', () => {
    writeFileSync(join(root, 'class-2026.csv'), 'name_lo,name_en\nຄຳຫຼ້າ,Khamla\n');
    const loaded = loadParticipants(root, { COURSE_PARTICIPANTS: 'class-2026.csv' });
    expect(loaded?.file).toBe('class-2026.csv');
    expect(loaded?.participants.map((p) => p.nameEn)).toEqual(['Khamla']);
  });

  it('reports a COURSE_PARTICIPANTS path where there is no file', () => {
    const loaded = loadParticipants(root, { COURSE_PARTICIPANTS: 'missing.csv' });
    expect(loaded?.problems[0]).toMatchObject({ severity: 'error', file: 'missing.csv', message: expect.stringContaining('does not exist') });
    rmSync(root, { recursive: true, force: true });
  });
});

describe('participants files as offices really save them', () => {
  const root = mkdtempSync(join(tmpdir(), 'participants-hygiene-'));
  const load = (name: string, bytes: Uint8Array | string) => {
    writeFileSync(join(root, name), bytes);
    return loadParticipants(root, { COURSE_PARTICIPANTS: name })!;
  };

  it.each([
    ['zero-width space', '\u200B'],
    ['word joiner', '\u2060'],
    ['soft hyphen', '\u00AD'],
  ])('a %s does not make two ids differ: the duplicate is found, and names keep no invisible character', (_name, invisible) => {
    const { participants, problems } = readParticipants(`id,name_lo,name_en\nLSSO-001,ສົມສັກ,Somsak\nLSSO${invisible}-001,ບົວ${invisible}ພັນ,Boua${invisible}phanh\n`, FILE);
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', line: 3, message: 'row 2: id "LSSO-001" is already used on line 2' })]);
    expect(participants).toHaveLength(1);
    expect(readParticipants(`name_lo,name_en\nບົວ${invisible}ພັນ,Boua${invisible}phanh\n`, FILE).participants[0]).toMatchObject({ nameLo: 'ບົວພັນ', nameEn: 'Bouaphanh' });
  });

  it('refuses text with U+FFFD (a legacy-encoded file), saying how to save it as UTF-8', () => {
    const { participants, problems } = readParticipants('name_lo,name_en\n\uFFFD\uFFFD,Khamla\n', FILE);
    expect(participants).toEqual([]);
    expect(problems[0]).toMatchObject({ severity: 'error', line: 2, message: expect.stringContaining('legacy encoding'), fix: expect.stringContaining('CSV UTF-8') });
  });

  it('refuses a file whose bytes are not UTF-8 (Windows-874 Lao), naming the line, with no stack trace', () => {
    const loaded = load('legacy.csv', Buffer.from([...Buffer.from('name_lo,name_en\n'), 0xca, 0xd5, ...Buffer.from(',Khamla\n')]));
    expect(loaded.problems).toEqual([expect.objectContaining({ severity: 'error', file: 'legacy.csv', message: expect.stringContaining('not UTF-8 (first unreadable character on line 2)'), fix: expect.stringContaining('CSV UTF-8') })]);
  });

  it('reads a semicolon-separated file (spreadsheets with a decimal comma)', () => {
    const { participants, problems } = readParticipants('id;name_lo;name_en\nA1;ຄຳຫຼ້າ;"Khamla; Jr"\nA2;ບົວພັນ;Bouaphanh\n', FILE);
    expect(problems).toEqual([]);
    expect(participants.map((p) => p.nameEn)).toEqual(['Khamla; Jr', 'Bouaphanh']);
  });

  it('reads UTF-16 files with a byte-order mark (little and big endian)', () => {
    const text = 'name_lo,name_en\r\nຄຳຫຼ້າ,Khamla\r\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(load('le.csv', le).participants.map((p) => p.nameLo)).toEqual(['ຄຳຫຼ້າ']);
    expect(load('be.csv', Buffer.concat([Buffer.from([0xfe, 0xff]), be])).participants.map((p) => p.nameLo)).toEqual(['ຄຳຫຼ້າ']);
  });

  it('refuses UTF-16 without a byte-order mark with a plain message', () => {
    const loaded = load('nobom.csv', Buffer.from('name_lo,name_en\nKhamla,Khamla\n', 'utf16le'));
    expect(loaded.problems[0]).toMatchObject({ severity: 'error', message: expect.stringContaining('UTF-16'), fix: expect.stringContaining('CSV UTF-8') });
  });

  it('a folder given as the participants path gets a message, not a stack trace', () => {
    mkdirSync(join(root, 'lists'), { recursive: true });
    const loaded = loadParticipants(root, { COURSE_PARTICIPANTS: 'lists' })!;
    expect(loaded.problems).toEqual([expect.objectContaining({ severity: 'error', file: 'lists', message: 'the participants path is a folder, not a file' })]);
    rmSync(root, { recursive: true, force: true });
  });
});
