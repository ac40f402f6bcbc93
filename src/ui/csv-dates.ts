// Dates in imported sheets: ISO days, date-times (Huntr's createdAt), "Nov 10, 2026", and slashed dates read
// month-first or day-first as the whole file shows. Loaded by `import` alone (date-fns is never on start-up).
import { parse } from 'date-fns/parse';
import type { Day } from '../core/calendar.js';
import { DateInputError, parseUserDate } from './dates.js';
import { safe } from './text.js';

export type Order = 'month-first' | 'day-first';

const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?$/i;
const ISO_DAY = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const ISO_TIME = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const NAMED_FORMATS = ['MMM d, yyyy', 'MMMM d, yyyy', 'MMM d yyyy', 'MMMM d yyyy', 'd MMM yyyy', 'd MMMM yyyy', 'd MMM, yyyy', 'EEE, MMM d, yyyy', 'EEEE, MMMM d, yyyy', 'd-MMM-yyyy'];
const TRAILING_TIME = /,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?$/i;

/** The two parts before the year of a slashed date, or null when the text is not one. */
export function slashedParts(text: string): [number, number] | null {
  const m = SLASHED.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2])] : null;
}

export interface DateCell {
  line: number;
  text: string;
}

/** What the slashed dates of a file say about their order. */
export type OrderFinding =
  | { kind: 'none' }
  | { kind: 'shown'; order: Order }
  | { kind: 'either'; example: DateCell }
  | { kind: 'both'; dayFirst: DateCell; monthFirst: DateCell };

/** A part above 12 decides, for the whole file: 13/04 is day-first, 04/13 month-first. */
export function findOrder(cells: Iterable<DateCell>): OrderFinding {
  let dayFirst: DateCell | undefined;
  let monthFirst: DateCell | undefined;
  let example: DateCell | undefined;
  for (const cell of cells) {
    const parts = slashedParts(cell.text);
    if (!parts) continue;
    example ??= cell;
    if (parts[0] > 12 && parts[1] <= 12) dayFirst ??= cell;
    if (parts[1] > 12 && parts[0] <= 12) monthFirst ??= cell;
  }
  if (dayFirst && monthFirst) return { kind: 'both', dayFirst, monthFirst };
  if (dayFirst) return { kind: 'shown', order: 'day-first' };
  if (monthFirst) return { kind: 'shown', order: 'month-first' };
  return example ? { kind: 'either', example } : { kind: 'none' };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function localDay(d: Date): Day {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A real calendar day between 2000 and 2999, or what is wrong with it. */
function inRange(day: Day | null, text: string): Day | string {
  if (day === null) return `'${safe(text)}' is not a real calendar day`;
  const year = Number(day.slice(0, 4));
  if (year < 2000 || year > 2999) return `'${safe(text)}' is out of range (years 2000 to 2999)`;
  return day;
}

function checked(y: number, m: number, d: number): Day | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  date.setUTCFullYear(y);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}` : null;
}

/**
 * A date cell as a day, or a message saying what is wrong. `order` reads slashed dates; the typed forms of
 * `add` (today, fri, +3d) are read too, relative to `today`.
 */
export function readDate(cell: string, order: Order | undefined, today: Day, future: boolean): Day | string {
  const text = cell.trim();
  const iso = ISO_DAY.exec(text);
  if (iso) return inRange(checked(Number(iso[1]), Number(iso[2]), Number(iso[3])), text);

  const time = ISO_TIME.exec(text);
  if (time) {
    // A moment with a zone is the day it was where the user is; one without, the day written.
    if (!time[2]) return readDate(time[1] ?? '', order, today, future);
    const moment = new Date(text.replace(' ', 'T'));
    return Number.isNaN(moment.getTime()) ? `'${safe(text)}' is not a real date and time` : inRange(localDay(moment), text);
  }

  const parts = slashedParts(text);
  if (parts) {
    if (!order) return `'${safe(text)}' may be month-first or day-first; pass --month-first or --day-first`;
    const datePart = text.split(/[\s,]/)[0] ?? '';
    const year = datePart.split('/')[2] ?? '';
    const format = `${order === 'month-first' ? 'M/d' : 'd/M'}/${year.length === 2 ? 'yy' : 'yyyy'}`;
    const date = parse(datePart, format, new Date(2000, 0, 1));
    if (Number.isNaN(date.getTime())) return `'${safe(text)}' is not a real calendar day read ${order}`;
    return inRange(localDay(date), text);
  }

  if (/[a-z]/i.test(text) && /\d{4}/.test(text)) {
    const named = text.replace(TRAILING_TIME, '').replace(/\s+/g, ' ').replace(/(\d)(st|nd|rd|th)\b/i, '$1');
    for (const format of NAMED_FORMATS) {
      const date = parse(named, format, new Date(2000, 0, 1));
      if (!Number.isNaN(date.getTime())) return inRange(localDay(date), text);
    }
  }

  try {
    return parseUserDate(text, { today, flag: 'date', direction: future ? 'future' : 'past' });
  } catch (err) {
    if (!(err instanceof DateInputError)) throw err;
    return `'${safe(text)}' is not a date; write 2026-11-10, 11/10/2026, Nov 10, 2026 or a date-time`;
  }
}
