// followup import FILE.csv: applications from a spreadsheet, each row checked as `add` checks its flags.
// A bad row is reported by the line it starts on; nothing is written unless every row is good (or --skip-bad).
import { readFile } from 'node:fs/promises';
import type { Application } from '../core/model.js';
import { FailError, UsageError } from '../errors.js';
import { updateData } from '../store/store.js';
import { CSV_COLUMNS, type CsvColumn, type CsvRecord, CsvSyntaxError, columnName, isBlankRecord, isCsvColumn, parseCsv } from '../ui/csv.js';
import { printJson } from '../ui/json.js';
import { type AddFlags, insert, newApplication } from './add.js';
import type { Ctx } from './context.js';

export interface ImportOptions {
  skipBad?: boolean;
  json?: boolean;
}

interface BadRow {
  line: number;
  error: string;
}

const ACCEPTED = `${CSV_COLUMNS.join(', ')} (in any order and any case; only company is required)`;

async function readText(path: string, file: string): Promise<string> {
  let raw: Buffer;
  try {
    raw = path === '-' ? await readStdin() : await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FailError(`cannot read ${file}: there is no such file; check the path`);
    if (code === 'EISDIR') throw new FailError(`${file} is a folder; give the path of a CSV file`);
    if (code === 'EACCES' || code === 'EPERM') throw new FailError(`cannot read ${file}: permission denied; give yourself access (chmod u+r ${file})`);
    throw new FailError(`cannot read ${file}: ${(err as Error).message}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    throw new UsageError(`${file} is not UTF-8 text; save it as "CSV UTF-8" (comma-separated) and import it again`);
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Which column each field of a row is, from the header row; null for a nameless column left empty. */
function readHeader(file: string, header: CsvRecord | undefined, body: readonly CsvRecord[]): (CsvColumn | null)[] {
  if (!header) throw new UsageError(`${file} has no header row; its first line names the columns: ${ACCEPTED}`);
  const names = header.fields.map(columnName);
  const found = header.fields.map((f) => `'${f.trim()}'`).join(', ');
  if (!names.includes('company')) {
    const separator = header.fields.length === 1 && /[;\t]/.test(header.fields[0] ?? '') ? '; followup reads comma-separated files: save it with commas' : '';
    throw new UsageError(`${file} has no company column (columns found: ${found}${separator}); the columns are ${ACCEPTED}`);
  }
  const unknown = names.filter((n) => n !== '' && !isCsvColumn(n));
  if (unknown.length > 0) {
    throw new UsageError(`${file}: unknown column${unknown.length === 1 ? '' : 's'} ${unknown.map((n) => `'${n}'`).join(', ')}; the columns are ${ACCEPTED}`);
  }
  const twice = names.find((n, i) => n !== '' && names.indexOf(n) !== i);
  if (twice) throw new UsageError(`${file}: the column '${twice}' appears twice; keep one`);
  // A spreadsheet may carry empty columns with no name: they are ignored while they stay empty.
  names.forEach((n, i) => {
    if (n !== '') return;
    const used = body.find((r) => (r.fields[i] ?? '').trim() !== '');
    if (used) {
      throw new UsageError(`${file}: column ${i + 1} has no name in the header but line ${used.line} has a value in it; name it (${CSV_COLUMNS.join(', ')}) or empty it`);
    }
  });
  return names.map((n) => (n === '' ? null : (n as CsvColumn)));
}

/** The flags of `add` a row stands for: an empty cell is a flag not given. */
function rowFlags(columns: readonly (CsvColumn | null)[], fields: readonly string[]): AddFlags {
  const cells: Partial<Record<CsvColumn, string>> = {};
  columns.forEach((c, i) => {
    const value = fields[i]?.trim();
    if (c && value) cells[c] = value;
  });
  return {
    company: cells.company,
    role: cells.role,
    stage: cells.stage,
    round: cells.round,
    date: cells.date,
    expectBy: cells.expect_by,
    contact: cells.contact,
    email: cells.email,
    phone: cells.phone,
    url: cells.url,
    note: cells.note,
  };
}

const FLAG_COLUMN = /--(company|role|stage|round|date|expect-by|contact|email|phone|url|note)\b/g;

/** One row as a new application, or what is wrong with it in the spreadsheet's words (columns, not flags). */
function checkRow(columns: readonly (CsvColumn | null)[], record: CsvRecord, today: string): Omit<Application, 'id'> | string {
  if (record.fields.length > columns.length && !isBlankRecord(record.fields.slice(columns.length))) {
    return `${record.fields.length} fields but the header names ${columns.length} columns; quote a value that holds a comma ("a, b")`;
  }
  const flags = rowFlags(columns, record.fields);
  if (!flags.company) return 'company is empty; every row needs one';
  try {
    return newApplication(flags, today);
  } catch (err) {
    if (err instanceof UsageError) return err.message.replace(FLAG_COLUMN, (_, flag: string) => flag.replace('-', '_'));
    throw err;
  }
}

function listed(bad: readonly BadRow[]): string {
  return bad.map((b) => `line ${b.line}: ${b.error}`).join('\n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export async function importCsv(ctx: Ctx, path: string, opts: ImportOptions): Promise<void> {
  // `followup import -` reads the CSV from stdin.
  const file = path === '-' ? 'stdin' : path;
  const text = await readText(path, file);
  let records: CsvRecord[];
  try {
    records = parseCsv(text).filter((r) => !isBlankRecord(r.fields));
  } catch (err) {
    if (err instanceof CsvSyntaxError) throw new UsageError(`${file}: line ${err.line}: ${err.message}; nothing was imported`);
    throw err;
  }
  const [header, ...rows] = records;
  const columns = readHeader(file, header, rows);

  const good: Omit<Application, 'id'>[] = [];
  const bad: BadRow[] = [];
  for (const record of rows) {
    const result = checkRow(columns, record, ctx.today);
    if (typeof result === 'string') bad.push({ line: record.line, error: result });
    else good.push(result);
  }

  if (bad.length > 0 && !opts.skipBad) {
    const rest = good.length > 0 ? `, or pass --skip-bad to import the ${plural(good.length, 'good row')}` : '';
    throw new UsageError(`${listed(bad)}\n${plural(bad.length, 'bad row')} in ${file}; nothing was imported: fix ${bad.length === 1 ? 'it' : 'them'}${rest}`);
  }
  if (bad.length > 0 && good.length === 0) {
    throw new FailError(`${listed(bad)}\nevery row of ${file} is bad; nothing was imported`);
  }

  const ids =
    good.length === 0
      ? []
      : await updateData({ file: ctx.file, lockTimeoutMs: ctx.lockTimeoutMs }, (data) => good.map((app) => insert(data, app).id));

  if (bad.length > 0) process.stderr.write(`followup: ${listed(bad)}\n`);
  if (opts.json) {
    ctx.print(printJson({ imported: ids, skipped: bad }));
    return;
  }
  const which = ids.length === 0 ? ` (${file} has no rows)` : ids.length === 1 ? ` (id ${ids[0]})` : ` (ids ${ids[0]}–${ids[ids.length - 1]})`;
  const skipped = bad.length > 0 ? `; skipped ${plural(bad.length, 'bad row')} (line${bad.length === 1 ? '' : 's'} ${bad.map((b) => b.line).join(', ')})` : '';
  ctx.print(`Imported ${plural(ids.length, 'application')}${which}${skipped}.\n`);
}
