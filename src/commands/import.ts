// followup import FILE.csv: applications from a spreadsheet (followup's own export, Huntr, Teal, LinkedIn, a
// hand-made sheet). A bad row is reported by the line it starts on; nothing is written unless every row is good
// (or --skip-bad). A row already there (same company, role and date) is skipped, so a second import adds nothing.
import { readFile } from 'node:fs/promises';
import type { Application } from '../core/model.js';
import { FailError, UsageError } from '../errors.js';
import { type Data, insert } from '../store/schema.js';
import { readData, updateData } from '../store/store.js';
import { ColumnError, type Columns, type Field, parseMaps, recognise } from '../ui/csv-columns.js';
import { type DateCell, type Order, findOrder } from '../ui/csv-dates.js';
import { parseStageMaps } from '../ui/csv-stages.js';
import { type CsvRecord, CsvSyntaxError, isBlankRecord, parseCsv } from '../ui/csv.js';
import { type PlannedRow, type Tally, dryRunTable, progressBar, summaryLine } from '../ui/import-view.js';
import { printJson } from '../ui/json.js';
import { plural, safe } from '../ui/text.js';
import type { Ctx } from './context.js';
import { type RowResult, readRow, sameKey, undatedKey } from './import-row.js';

export interface ImportOptions {
  skipBad?: boolean;
  dryRun?: boolean;
  json?: boolean;
  map?: string[];
  mapStage?: string[];
  monthFirst?: boolean;
  dayFirst?: boolean;
}

/** Files with more rows than this show a progress bar on a terminal. */
const LARGE = 200;

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

function columnsOf(file: string, header: CsvRecord | undefined, opts: ImportOptions): Columns {
  if (!header) throw new UsageError(`${file} has no header row; its first line names the columns (company, role, stage, date, …)`);
  try {
    return recognise(header.fields, parseMaps(opts.map ?? []));
  } catch (err) {
    if (!(err instanceof ColumnError)) throw err;
    const one = header.fields.length === 1 && /[;\t]/.test(header.fields[0] ?? '');
    throw new UsageError(`${file}: ${err.message}${one ? '; followup reads comma-separated files: save it with commas' : ''}`);
  }
}

/** The order of slashed dates: the flag, else what the file shows; refused when the file cannot tell or shows both. */
function orderOf(file: string, fields: readonly (Field | null)[], rows: readonly CsvRecord[], opts: ImportOptions): Order | undefined {
  if (opts.monthFirst && opts.dayFirst) throw new UsageError('--month-first and --day-first go one at a time; pass the one your file uses');
  if (opts.monthFirst) return 'month-first';
  if (opts.dayFirst) return 'day-first';
  const at = fields.flatMap((f, i) => (f === 'date' || f === 'expect_by' || f === 'deadline' ? [i] : []));
  function* cells(): Generator<DateCell> {
    for (const r of rows) for (const i of at) yield { line: r.line, text: r.fields[i] ?? '' };
  }
  const found = findOrder(cells());
  const show = (c: DateCell) => `line ${c.line}: '${safe(c.text.trim())}'`;
  if (found.kind === 'either') {
    throw new UsageError(
      `${file}: every slashed date reads month-first or day-first (${show(found.example)}); pass --month-first or --day-first; nothing was imported`,
    );
  }
  if (found.kind === 'both') {
    throw new UsageError(
      `${file} shows both orders of slashed dates (${show(found.dayFirst)} is day-first, ${show(found.monthFirst)} month-first); write them one way (or as YYYY-MM-DD) and import again; nothing was imported`,
    );
  }
  return found.kind === 'shown' ? found.order : undefined;
}

interface Checked {
  line: number;
  result: RowResult;
}

/**
 * Which rows are new, against the data as it is (Sets of keys: one pass over the applications, one over the rows).
 * A row without a date (so dated today) is already there when its company and role are, whatever the date.
 */
function plan(data: Data, checked: readonly Checked[]): { rows: PlannedRow[]; fresh: Omit<Application, 'id'>[] } {
  const keys = new Set(data.applications.map(sameKey));
  const undated = new Set(data.applications.map(undatedKey));
  const rows: PlannedRow[] = [];
  const fresh: Omit<Application, 'id'>[] = [];
  for (const { line, result } of checked) {
    if (result.kind === 'bad') rows.push({ line, fate: 'bad', ...result.shown, detail: result.error });
    else if (result.kind === 'not-applied') rows.push({ line, fate: 'not applied yet', ...result.shown, detail: result.word });
    else {
      const { app } = result;
      const key = sameKey(app);
      const first = app.events[0];
      const last = app.events.at(-1);
      const row: PlannedRow = { line, fate: 'import', company: app.company, role: app.role, stage: last?.type, date: first?.date };
      if (keys.has(key) || (!result.dated && undated.has(undatedKey(app)))) row.fate = 'already there';
      else {
        keys.add(key);
        undated.add(undatedKey(app));
        fresh.push(app);
      }
      rows.push(row);
    }
  }
  return { rows, fresh };
}

type BadRow = { line: number; result: Extract<RowResult, { kind: 'bad' }> };

/** Without --skip-bad, one bad row stops the import: the first named, the rest counted (exit 2). */
function refuseBadRows(file: string, checked: readonly Checked[], opts: ImportOptions): BadRow[] {
  const bad = checked.filter((c): c is BadRow => c.result.kind === 'bad');
  const others = checked.length - bad.length;
  if (bad.length === 0 || opts.dryRun) return bad;
  const [first] = bad as [BadRow, ...BadRow[]];
  if (!opts.skipBad) {
    const lines = bad.slice(1, 11).map((b) => b.line).join(', ') + (bad.length > 11 ? ', …' : '');
    const more = bad.length > 1 ? `; ${plural(bad.length - 1, 'more bad row')} (line${bad.length > 2 ? 's' : ''} ${lines})` : '';
    const rest = others > 0 ? `, or pass --skip-bad to import the ${plural(others, 'other row')}` : '';
    throw new UsageError(`${file}: line ${first.line}: ${first.result.error}${more}; nothing was imported: fix ${bad.length === 1 ? 'it' : 'them (--dry-run lists them all)'}${rest}`);
  }
  if (others === 0) throw new FailError(`${file}: every row is bad (line ${first.line}: ${first.result.error}); nothing was imported`);
  return bad;
}

export async function importCsv(ctx: Ctx, path: string, opts: ImportOptions): Promise<void> {
  // `followup import -` reads the CSV from stdin.
  const file = path === '-' ? 'stdin' : safe(path);
  let stages: ReturnType<typeof parseStageMaps>;
  try {
    stages = parseStageMaps(opts.mapStage ?? []);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const text = await readText(path, file);
  let records: CsvRecord[];
  try {
    records = parseCsv(text).filter((r) => !isBlankRecord(r.fields));
  } catch (err) {
    if (err instanceof CsvSyntaxError) throw new UsageError(`${file}: line ${err.line}: ${err.message}; nothing was imported`);
    throw err;
  }
  const [header, ...body] = records;
  const { fields, ignored } = columnsOf(file, header, opts);
  // A column with no name is ignored too, and listed when it holds something.
  header?.fields.forEach((name, i) => {
    if (name.trim() === '' && body.some((r) => (r.fields[i] ?? '').trim() !== '')) ignored.push(`column ${i + 1} (no name)`);
  });
  const order = orderOf(file, fields, body, opts);

  const bar = body.length > LARGE && !opts.json ? progressBar(body.length, process.stderr, ctx.columns) : undefined;
  const checked: Checked[] = body.map((r, i) => {
    if (i % 50 === 0) bar?.tick(i);
    return { line: r.line, result: readRow(fields, r.fields, { order, stages, today: ctx.today }) };
  });
  bar?.done();

  const bad = refuseBadRows(file, checked, opts);

  let rows: PlannedRow[];
  let ids: string[] = [];
  if (opts.dryRun) {
    rows = plan(await readData(ctx.file), checked).rows;
  } else {
    const planned = plan(await readData(ctx.file), checked);
    rows = planned.rows;
    // Decided again inside the transaction, against the file as it is then: another process may have written.
    if (planned.fresh.length > 0) {
      const done = await updateData({ file: ctx.file, lockTimeoutMs: ctx.lockTimeoutMs }, (data) => {
        const again = plan(data, checked);
        return { rows: again.rows, ids: again.fresh.map((app) => insert(data, app).id) };
      });
      rows = done.rows;
      ids = done.ids;
    }
  }

  const tally: Tally = {
    imported: ids,
    already: rows.filter((r) => r.fate === 'already there').length,
    notApplied: rows.filter((r) => r.fate === 'not applied yet').length,
    bad: bad.map((b) => b.line),
  };
  if (opts.json) {
    ctx.print(
      printJson({
        dryRun: Boolean(opts.dryRun),
        imported: ids,
        rows: rows.map((r) => ({ line: r.line, fate: r.fate, company: r.company ?? null, role: r.role ?? null, stage: r.stage ?? null, date: r.date ?? null, detail: r.detail ?? null })),
        ignoredColumns: ignored,
      }),
    );
    return;
  }
  if (opts.skipBad && !opts.dryRun) for (const b of bad) process.stderr.write(`followup: skipped line ${b.line}: ${b.result.error}\n`);
  const out: string[] = [];
  if (ignored.length > 0) out.push(`Ignored column${ignored.length === 1 ? '' : 's'} (pass --map "Column=field" to read one): ${ignored.map((c) => safe(c)).join(', ')}\n`);
  if (opts.dryRun) {
    tally.imported = rows.filter((r) => r.fate === 'import').map((r) => String(r.line));
    out.push(dryRunTable(rows, ctx.columns));
  }
  out.push(summaryLine(tally, Boolean(opts.dryRun), Boolean(opts.dryRun) && bad.length > 0 && !opts.skipBad));
  ctx.print(out.join(''));
}
