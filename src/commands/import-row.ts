// One row of an imported sheet as a new application, or why it is skipped (not applied yet) or bad.
// Checked as `add` checks its flags, and said in the sheet's words (columns, not flags).
import type { Day } from '../core/calendar.js';
import { type AppEvent, type Application, isClosedStage } from '../core/model.js';
import type { Field } from '../ui/csv-columns.js';
import { type Order, readDate } from '../ui/csv-dates.js';
import { NOT_APPLIED, type StageWord, readStage, unknownStage } from '../ui/csv-stages.js';
import { unguardFormula } from '../ui/csv.js';
import { hasControl, safe } from '../ui/text.js';

export interface RowOptions {
  order: Order | undefined;
  stages: ReadonlyMap<string, StageWord>;
  today: Day;
}

/** The row's cells as written, for the dry run's table. */
export interface Shown {
  company?: string;
  role?: string;
  stage?: string;
  date?: string;
}

export type RowResult =
  /** `dated`: the row gave its date (else it is today's, and the row matches any date on re-import). */
  | { kind: 'app'; app: Omit<Application, 'id'>; dated: boolean }
  | { kind: 'not-applied'; word: string; shown: Shown }
  | { kind: 'bad'; error: string; shown: Shown };

const ONE_LINE: readonly Field[] = ['company', 'role', 'contact', 'email', 'phone', 'url'];
const NOTE_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const YES = new Set(['yes', 'y', 'true', '1', 'x']);
const NO = new Set(['no', 'n', 'false', '0', '']);

class Bad extends Error {}

/** The cells of a row by field: formula guards removed, one-line fields trimmed, empty ones left out. */
function cellsOf(fields: readonly (Field | null)[], values: readonly string[]): Partial<Record<Field, string>> {
  const cells: Partial<Record<Field, string>> = {};
  fields.forEach((field, i) => {
    if (!field) return;
    const raw = unguardFormula(values[i] ?? '');
    // A note is kept byte for byte; the rest are names, dates and words.
    const value = field === 'note' ? raw : raw.trim();
    if (value.trim() !== '') cells[field] = value;
  });
  return cells;
}

function day(cells: Partial<Record<Field, string>>, field: Field, opts: RowOptions, future: boolean): Day | undefined {
  const text = cells[field];
  if (text === undefined) return undefined;
  const result = readDate(text, opts.order, opts.today, future);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(result)) throw new Bad(`${field}: ${result}`);
  return result;
}

function round(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > 99) throw new Bad(`round: '${safe(text)}' is not a round number; use a whole number from 1 to 99`);
  return n;
}

function build(cells: Partial<Record<Field, string>>, opts: RowOptions): RowResult {
  for (const field of ONE_LINE) {
    const v = cells[field];
    if (v !== undefined && hasControl(v)) throw new Bad(`${field} '${safe(v)}' holds a control character; remove it`);
  }
  if (cells.note !== undefined && NOTE_CONTROL.test(cells.note)) throw new Bad(`note '${safe(cells.note)}' holds a control character; remove it`);
  if (!cells.company) throw new Bad('company is empty; every row needs one');

  const word = cells.stage;
  const stage = word === undefined ? 'applied' : readStage(word, opts.stages);
  if (stage === undefined) throw new Bad(`stage: ${unknownStage(word ?? '')}`);
  if (stage === NOT_APPLIED) return { kind: 'not-applied', word: word ?? '', shown: shownOf(cells) };

  const date = day(cells, 'date', opts, false) ?? opts.today;
  const expectBy = day(cells, 'expect_by', opts, true);
  const deadline = day(cells, 'deadline', opts, true);
  const interviewing = stage === 'screen' || stage === 'interview' || stage === 'final';
  if (date > opts.today && !interviewing) {
    throw new Bad(`date ${date} is after today; only an interview (stage screen, interview or final) can be dated ahead`);
  }
  if (cells.round !== undefined && stage !== 'interview') throw new Bad(`round goes with stage interview, not ${stage}`);
  if (deadline !== undefined && stage !== 'offer') throw new Bad(`deadline (an offer's) goes with stage offer, not ${stage}`);
  for (const [name, value] of [['expect_by', expectBy], ['deadline', deadline]] as const) {
    if (value !== undefined && value < date) throw new Bad(`${name} ${value} is before the row's date ${date}; give a later date`);
  }
  const noCalls = (cells.no_calls ?? '').toLowerCase();
  if (!YES.has(noCalls) && !NO.has(noCalls)) throw new Bad(`no_calls: '${safe(cells.no_calls ?? '')}' is not yes or no`);

  // A closed stage is the application (with its promise) and then what closed it, both on the row's date.
  const first: AppEvent = { type: isClosedStage(stage) ? 'applied' : stage, date };
  if (first.type === 'interview') first.round = cells.round !== undefined ? round(cells.round) : 1;
  if (expectBy !== undefined) first.expectBy = expectBy;
  if (deadline !== undefined) first.deadline = deadline;
  const events: AppEvent[] = isClosedStage(stage) ? [first, { type: stage, date }] : [first];

  const app: Omit<Application, 'id'> = { company: cells.company, contact: {}, noCalls: YES.has(noCalls), events };
  if (cells.role) app.role = cells.role;
  if (cells.contact) app.contact.name = cells.contact;
  if (cells.email) app.contact.email = cells.email;
  if (cells.phone) app.contact.phone = cells.phone;
  if (cells.url) app.url = cells.url;
  if (cells.note !== undefined) app.notes = cells.note;
  return { kind: 'app', app, dated: cells.date !== undefined };
}

function shownOf(cells: Partial<Record<Field, string>>): Shown {
  return { company: cells.company, role: cells.role, stage: cells.stage, date: cells.date };
}

/** The row's fields beyond the header's columns must be empty: a value there is an unquoted comma. */
export function readRow(fields: readonly (Field | null)[], values: readonly string[], opts: RowOptions): RowResult {
  if (values.length > fields.length && values.slice(fields.length).some((v) => v.trim() !== '')) {
    const error = `${values.length} fields but the header names ${fields.length} columns; quote a value that holds a comma ("a, b")`;
    return { kind: 'bad', error, shown: shownOf(cellsOf(fields, values)) };
  }
  const cells = cellsOf(fields, values);
  try {
    return build(cells, opts);
  } catch (err) {
    if (err instanceof Bad) return { kind: 'bad', error: err.message, shown: shownOf(cells) };
    throw err;
  }
}

function norm(s: string | undefined): string {
  return (s ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Company and role (case and spaces aside): a row without a date is already there when these match. */
export function undatedKey(app: Pick<Application, 'company' | 'role'>): string {
  return `${norm(app.company)}\u0000${norm(app.role)}`;
}

/** Same company, role and first date: the row is already there. */
export function sameKey(app: Pick<Application, 'company' | 'role' | 'events'>): string {
  const first = app.events.reduce<Day | undefined>((a, e) => (a === undefined || e.date < a ? e.date : a), undefined) ?? '';
  return `${undatedKey(app)}\u0000${first}`;
}
