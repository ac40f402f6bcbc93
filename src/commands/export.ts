// followup export [--format json|csv|ics] [--output FILE]: the data as a complete backup (JSON), a spreadsheet
// `import` reads back (CSV), or a calendar of pending calls, emails and scheduled interviews (ICS).
// Writes to stdout, or to FILE (0600, atomically); never creates the data file.
import { adviseAll } from '../core/advise.js';
import { UsageError } from '../errors.js';
import { effectiveSettings } from '../store/schema.js';
import { readData } from '../store/store.js';
import { EXPORT_COLUMNS, applicationRow } from '../ui/csv-export.js';
import { formatCsv } from '../ui/csv.js';
import { type CalendarEvent, followUpEvent, formatIcs, interviewEvents } from '../ui/ics.js';
import { printJson } from '../ui/json.js';
import { type Ctx, parseDateFlag } from './context.js';
import pkg from '../../package.json' with { type: 'json' };

export interface ExportOptions {
  format?: 'json' | 'csv' | 'ics';
  asOf?: string;
  output?: string;
}

function byDate(a: CalendarEvent, b: CalendarEvent): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0;
}

async function render(ctx: Ctx, format: string, asOf: string): Promise<string> {
  const data = await readData(ctx.file);
  if (format === 'json') {
    const { schemaVersion, nextId, settings, applications } = data;
    return printJson({ schemaVersion, exportedAt: ctx.today, nextId, settings, applications });
  }
  const advised = adviseAll(data.applications, effectiveSettings(data), asOf);
  if (format === 'csv') return formatCsv([EXPORT_COLUMNS, ...advised.map(applicationRow)]);
  const events = advised
    .flatMap((r) => [followUpEvent(r.state.app, r.advice), ...interviewEvents(r.state.app, r.state.closed, asOf)])
    .filter((e): e is CalendarEvent => e !== null)
    .sort(byDate);
  return formatIcs(events, ctx.now(), pkg.version);
}

export async function exportData(ctx: Ctx, opts: ExportOptions): Promise<void> {
  const format = opts.format ?? 'json';
  if (opts.asOf !== undefined && format !== 'ics') {
    throw new UsageError(`--as-of goes with --format ics (the day whose advice goes in the calendar), not ${format}`);
  }
  if (opts.output !== undefined && opts.output.trim() === '') throw new UsageError('--output is empty; give the path of the file to write');
  const asOf = opts.asOf !== undefined ? parseDateFlag(opts.asOf, '--as-of', ctx.today) : ctx.today;
  const text = await render(ctx, format, asOf);
  if (opts.output === undefined) {
    // Piped, the bytes are the data's own; on a terminal, a control character from the data never reaches it raw.
    const onTerminal = ctx.rows !== undefined && format !== 'json';
    ctx.print(onTerminal ? (await import('../ui/text.js')).safeLines(text) : text);
    return;
  }
  const { writePrivateFile } = await import('../ui/output-file.js');
  await writePrivateFile(opts.output, text);
}
