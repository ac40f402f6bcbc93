// followup export [--format json|csv|ics]: the data as a readable backup, a spreadsheet `import` reads back,
// or a calendar of the pending calls and emails. Writes to stdout; never creates the data file.
import { adviseAll } from '../core/advise.js';
import { UsageError } from '../errors.js';
import { effectiveSettings } from '../store/schema.js';
import { readData } from '../store/store.js';
import { CSV_COLUMNS, applicationRow, formatCsv } from '../ui/csv.js';
import { type CalendarEvent, followUpEvent, formatIcs } from '../ui/ics.js';
import { printJson } from '../ui/json.js';
import { type Ctx, parseDateFlag } from './context.js';
import pkg from '../../package.json' with { type: 'json' };

export interface ExportOptions {
  format?: 'json' | 'csv' | 'ics';
  asOf?: string;
}

export async function exportData(ctx: Ctx, opts: ExportOptions): Promise<void> {
  const format = opts.format ?? 'json';
  if (opts.asOf !== undefined && format !== 'ics') {
    throw new UsageError(`--as-of goes with --format ics (the day whose advice goes in the calendar), not ${format}`);
  }
  const asOf = opts.asOf !== undefined ? parseDateFlag(opts.asOf, '--as-of', ctx.today) : ctx.today;
  const data = await readData(ctx.file);

  if (format === 'json') {
    const { schemaVersion, nextId, settings, applications } = data;
    ctx.print(printJson({ schemaVersion, exportedAt: ctx.today, nextId, settings, applications }));
    return;
  }

  if (format === 'csv') {
    ctx.print(formatCsv([[...CSV_COLUMNS], ...data.applications.map(applicationRow)]));
    return;
  }

  const events = adviseAll(data.applications, effectiveSettings(data), asOf)
    .map((r) => followUpEvent(r.state.app, r.advice))
    .filter((e): e is CalendarEvent => e !== null)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  ctx.print(formatIcs(events, ctx.today, pkg.version));
}
