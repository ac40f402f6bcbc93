// CSV text both ways (followup import / export): records with the line each starts on (csv-parse), rows written
// with csv-stringify, and the guard against cells a spreadsheet would run as a formula.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { safe } from './text.js';

export interface CsvRecord {
  /** The physical line of the file the record starts on (1 is the first line), right across quoted newlines. */
  line: number;
  fields: string[];
}

/** The file is not CSV at all past some point (an unclosed quote): no record after `line` can be trusted. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * Every record of a CSV text, blank lines included (as one empty field), each with the line it starts on.
 * A UTF-8 BOM is dropped; CRLF, LF and CR all end a record, and a line break inside a quoted field is kept
 * exactly as written (a note's CRLF stays CRLF). A quote inside an unquoted field is kept, as spreadsheets do.
 */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let line = 1;
  try {
    parse(text, {
      bom: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: false,
      raw: true,
      // With `raw`, each record comes with the text it was read from (the typings miss that shape).
      on_record: ((found: { record: string[]; raw: string }) => {
        const { record, raw } = found;
        records.push({ line, fields: record });
        // The raw text ends with (the first character of) the record's delimiter: each break is one line.
        line += raw.match(LINE_BREAK)?.length ?? 0;
        return null;
      }) as unknown as (record: string[]) => null,
    });
  } catch (err) {
    const code = (err as { code?: string }).code;
    const message =
      code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'a quoted field is never closed (a " opens it and no " ends it); close it, or double the quote ("") to write one inside a field'
        : safe((err as Error).message.replace(/ at line \d+/, ''));
    throw new CsvSyntaxError(line, message);
  }
  return records;
}

export function isBlankRecord(fields: readonly string[]): boolean {
  return fields.every((f) => f.trim() === '');
}

// A cell starting with one of these runs as a formula in a spreadsheet (OWASP "CSV injection").
const FORMULA = /^'*[=+\-@\t\r]/;

/**
 * The cell as export writes it: a leading ' when a spreadsheet would run it as a formula. Cells that already
 * start with quotes before such a character get one more, so that `unguardFormula` gives back the exact text.
 */
export function guardFormula(cell: string): string {
  return FORMULA.test(cell) ? `'${cell}` : cell;
}

/** The cell as import reads it: the ' that guardFormula (or a careful spreadsheet user) put in front is removed. */
export function unguardFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA.test(cell) ? cell.slice(1) : cell;
}

/**
 * RFC 4180 text with LF between records (csv-stringify): a cell is quoted when it holds a comma, a quote, a line
 * break or spaces at an end (which some spreadsheets trim), and written as it is otherwise. Formula-like cells are guarded (guardFormula).
 */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return stringify(
    rows.map((row) => row.map(guardFormula)),
    { record_delimiter: '\n', quoted_match: /^\s|\s$|[\r\n]/ },
  );
}
