// CSV in and out (followup import / export): records with the line each starts on, the columns, and writing them.
import { parse } from 'csv-parse/sync';
import { type AppEvent, type Application, OPEN_STAGES } from '../core/model.js';

/** The spreadsheet's columns, in the order export writes them (CLI.md `import` / `export`). */
export const CSV_COLUMNS = ['company', 'role', 'stage', 'round', 'date', 'expect_by', 'contact', 'email', 'phone', 'url', 'note'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

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

/**
 * Every record of a CSV text, blank lines included (as one empty field), each with the line it starts on.
 * A UTF-8 BOM is dropped; CRLF, LF and CR line endings are all read, and a line break inside a quoted field
 * comes back as "\n". A quote inside an unquoted field is kept as a character, as spreadsheets do.
 */
export function parseCsv(text: string): CsvRecord[] {
  const input = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const records: CsvRecord[] = [];
  // Blank lines are records too (nothing is skipped), so each record starts on the line after the previous one ends.
  let lastLine = 0;
  try {
    parse(input, {
      record_delimiter: '\n',
      relax_quotes: true,
      relax_column_count: true,
      on_record: (fields: string[], context: { lines: number }) => {
        records.push({ line: lastLine + 1, fields });
        lastLine = context.lines;
        return null;
      },
    });
  } catch (err) {
    const code = (err as { code?: string }).code;
    const message =
      code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'a quoted field is never closed (a " opens it and no " ends it); close it, or double the quote ("") to write one inside a field'
        : (err as Error).message.replace(/ at line \d+/, '');
    throw new CsvSyntaxError(lastLine + 1, message);
  }
  return records;
}

/** A header cell as a column name: any case, surrounding spaces ignored, and `expect by` / `expect-by` read as `expect_by`. */
export function columnName(cell: string): string {
  return cell.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

export function isCsvColumn(name: string): name is CsvColumn {
  return (CSV_COLUMNS as readonly string[]).includes(name);
}

export function isBlankRecord(fields: readonly string[]): boolean {
  return fields.every((f) => f.trim() === '');
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/** RFC 4180 text with LF line endings: a field is quoted when it holds a comma, a quote or a line break. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(quote).join(',')}\n`).join('');
}

/**
 * The event a spreadsheet row stands for: the first one logged, which is the one `add` or `import` created
 * (the first of an open stage, should an older file start with something else).
 */
export function firstEvent(app: Application): AppEvent | undefined {
  return app.events.find((e) => (OPEN_STAGES as readonly string[]).includes(e.type)) ?? app.events[0];
}

/** One application as a row of CSV_COLUMNS: what `import` would need to create it again. */
export function applicationRow(app: Application): string[] {
  const first = firstEvent(app);
  const cells: Record<CsvColumn, string | number | undefined> = {
    company: app.company,
    role: app.role,
    stage: first && (OPEN_STAGES as readonly string[]).includes(first.type) ? first.type : undefined,
    round: first?.type === 'interview' ? first.round : undefined,
    date: first?.date,
    expect_by: first?.expectBy,
    contact: app.contact.name,
    email: app.contact.email,
    phone: app.contact.phone,
    url: app.url,
    note: first?.note,
  };
  return CSV_COLUMNS.map((c) => (cells[c] === undefined ? '' : String(cells[c])));
}
