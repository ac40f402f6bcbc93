// What `import` shows: the dry run's table, the progress bar on a terminal, and the summary line.
import { cutTo, fitTo, plural, safe, width } from './text.js';

export type RowFate = 'import' | 'already there' | 'not applied yet' | 'bad';

export interface PlannedRow {
  line: number;
  fate: RowFate;
  company?: string;
  role?: string;
  stage?: string;
  date?: string;
  /** Why a row is bad, or the stage word of one not applied yet. */
  detail?: string;
}

/** The dry run: one line per row, fitted to the terminal's width, every cell escaped; why a row is skipped last. */
export function dryRunTable(rows: readonly PlannedRow[], columns: number): string {
  const lineW = Math.max(4, ...rows.map((r) => String(r.line).length));
  const stageW = Math.min(12, Math.max(5, ...rows.map((r) => width(safe(r.stage ?? '')))));
  const dateW = Math.min(12, Math.max(4, ...rows.map((r) => width(safe(r.date ?? '')))));
  const rest = Math.max(30, columns - lineW - stageW - dateW - 4 * 2);
  const companyW = Math.floor(rest * 0.3);
  const roleW = Math.floor(rest * 0.3);
  const whatW = rest - companyW - roleW - 2 * 2;
  const line = (cells: string[]) =>
    [fitTo(cells[0] ?? '', lineW), fitTo(cells[1] ?? '', companyW), fitTo(cells[2] ?? '', roleW), fitTo(cells[3] ?? '', stageW), fitTo(cells[4] ?? '', dateW), cutTo(cells[5] ?? '', whatW)]
      .join('  ')
      .trimEnd();
  const out = [line(['LINE', 'COMPANY', 'ROLE', 'STAGE', 'DATE', 'WHAT'])];
  for (const r of rows) {
    const what = r.fate === 'bad' ? `bad: ${r.detail ?? ''}` : r.fate;
    out.push(line([String(r.line), safe(r.company ?? ''), safe(r.role ?? ''), safe(r.stage ?? ''), safe(r.date ?? ''), what]));
  }
  return `${out.join('\n')}\n`;
}

export interface Tally {
  imported: string[];
  already: number;
  notApplied: number;
  bad: number[];
}

/** "Imported 3 applications (ids 4–6); skipped 2 already there, 1 not applied yet." */
export function summaryLine(t: Tally, dryRun: boolean, blocked = false): string {
  const n = t.imported.length;
  const ids = dryRun || n === 0 ? '' : n === 1 ? ` (id ${t.imported[0]})` : ` (ids ${t.imported[0]}–${t.imported[n - 1]})`;
  const skipped: string[] = [];
  if (t.already > 0) skipped.push(`${t.already} already there`);
  if (t.notApplied > 0) skipped.push(`${t.notApplied} not applied yet`);
  if (t.bad.length > 0) skipped.push(`${plural(t.bad.length, 'bad row')} (line${t.bad.length === 1 ? '' : 's'} ${t.bad.join(', ')})`);
  // A dry run of a file with bad rows: the real import would stop at them unless --skip-bad.
  if (blocked) {
    return `Would import nothing: ${plural(t.bad.length, 'bad row')} (line${t.bad.length === 1 ? '' : 's'} ${t.bad.join(', ')}); fix ${t.bad.length === 1 ? 'it' : 'them'}, or pass --skip-bad to import the other ${plural(n, 'application')}; nothing was written (--dry-run).\n`;
  }
  const verb = dryRun ? 'Would import' : 'Imported';
  const tail = dryRun ? '; nothing was written (--dry-run)' : '';
  return `${verb} ${plural(n, 'application')}${ids}${skipped.length ? `; skipped ${skipped.join(', ')}` : ''}${tail}.\n`;
}

/** A progress bar on stderr when it is a terminal; nothing otherwise. `done()` clears it. */
export function progressBar(total: number, stream: NodeJS.WriteStream, columns: number): { tick(n: number): void; done(): void } {
  if (!stream.isTTY) return { tick() {}, done() {} };
  const barW = Math.max(10, Math.min(40, columns - 30));
  let shown = -1;
  const draw = (n: number) => {
    const filled = Math.round((n / total) * barW);
    if (filled === shown) return;
    shown = filled;
    stream.write(`\r[${'#'.repeat(filled)}${' '.repeat(barW - filled)}] ${n}/${total} rows`);
  };
  draw(0);
  return {
    tick: (n) => draw(n),
    done: () => stream.write(`\r${' '.repeat(barW + 2 + 2 * String(total).length + 7)}\r`),
  };
}
