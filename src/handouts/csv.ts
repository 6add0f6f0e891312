/**
 * A small RFC 4180 CSV reader: comma-separated, fields may be quoted with
 * "...", a quote inside a quoted field is written "". It keeps the line each
 * record starts on, so an error can name the exact line to fix. Written here
 * rather than taken from a package: the participants file is untrusted input
 * and this is all the parsing it needs.
 */

export interface CsvRecord {
  /** 1-based line where the record starts. */
  line: number;
  cells: string[];
  /** Whether a cell spans more than one line (a line break inside quotes). */
  multiline: boolean;
}

export interface CsvSyntaxError {
  line: number;
  message: string;
}

export type CsvResult = { records: CsvRecord[]; error?: undefined } | { records?: undefined; error: CsvSyntaxError };

/**
 * The field separator of a CSV file, read from its first line: spreadsheets in
 * many locales save ";" where the decimal mark is a comma. A "," or ";" inside
 * quotes does not count.
 */
export function detectDelimiter(input: string): ',' | ';' {
  const firstLine = input.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0].replace(/"(?:[^"]|"")*"/g, '');
  const count = (c: string) => firstLine.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

export function parseCsv(input: string, delimiter: ',' | ';' = ','): CsvResult {
  // A byte-order mark from Excel is harmless.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const start = line;
    const cells: string[] = [];
    let multiline = false;
    for (;;) {
      let cell = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) return { error: { line: start, message: 'a quoted field is never closed (a " is missing)' } };
          const c = text[i];
          if (c === '"') {
            if (text[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c === '\n') {
            line++;
            multiline = true;
          }
          cell += c;
          i++;
        }
        const after = text[i];
        if (after !== undefined && after !== delimiter && after !== '\n' && after !== '\r') {
          return { error: { line, message: `unexpected text after a closing quote: write "" for a quote inside a quoted field` } };
        }
      } else {
        while (i < text.length && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') {
          if (text[i] === '"') return { error: { line, message: 'a " inside an unquoted field: put the whole field in quotes and write the quote as ""' } };
          cell += text[i++];
        }
      }
      cells.push(cell);
      if (text[i] === delimiter) {
        i++;
        continue;
      }
      break;
    }
    // End of record: \r\n, \n, \r or end of text.
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    line++;
    const blank = cells.length === 1 && cells[0].trim() === '';
    if (!blank) records.push({ line: start, cells, multiline });
  }
  return { records };
}
