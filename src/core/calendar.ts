// Calendar days as 'YYYY-MM-DD' strings, and business days (RULES.md "Words": business day, roll, addBusinessDays).
import { addDays as addDaysToDate } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';

/** A calendar day, 'YYYY-MM-DD'. */
export type Day = string;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day as a local-midnight Date, or null when the text is not a real calendar day. */
export function parseDay(text: string): Date | null {
  const m = ISO_DAY.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Not new Date(y, …): it reads years 0–99 as 1900–1999, and 0001-01-01 would not be a real day.
  const date = new Date(2000, mo - 1, d);
  date.setFullYear(y, mo - 1, d);
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return null;
  return date;
}

/** The years a Day may have, in the data file, on the command line and in FOLLOWUP_NOW. */
export const DAY_YEARS = { first: 2000, last: 2999 } as const;

/**
 * A real calendar day within DAY_YEARS. (parseDay itself takes any year, so that the rules' arithmetic
 * near the edges of the range, a due date in 3000 for instance, still works.)
 */
export function isDay(text: unknown): text is Day {
  if (typeof text !== 'string' || parseDay(text) === null) return false;
  const year = Number(text.slice(0, 4));
  return year >= DAY_YEARS.first && year <= DAY_YEARS.last;
}

function toDate(day: Day): Date {
  const date = parseDay(day);
  if (!date) throw new RangeError(`not a calendar day: ${day}`);
  return date;
}

// Formatted by hand: date-fns' lightFormat tokenises its pattern on every call, and the rules make thousands.
export function dayOf(date: Date): Day {
  const y = String(date.getFullYear()).padStart(4, '0');
  return `${y}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

export function addDays(day: Day, n: number): Day {
  return dayOf(addDaysToDate(toDate(day), n));
}

/** b - a in calendar days. */
export function daysBetween(a: Day, b: Day): number {
  return differenceInCalendarDays(toDate(b), toDate(a));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: Day): number {
  return toDate(day).getDay();
}

export function isBusinessDay(day: Day, holidays: readonly Day[]): boolean {
  const wd = weekday(day);
  return wd !== 0 && wd !== 6 && !holidays.includes(day);
}

/** The first business day on or after `day`. */
export function roll(day: Day, holidays: readonly Day[]): Day {
  let d = day;
  while (!isBusinessDay(d, holidays)) d = addDays(d, 1);
  return d;
}

/** The last business day on or before `day`. */
export function rollBack(day: Day, holidays: readonly Day[]): Day {
  let d = day;
  while (!isBusinessDay(d, holidays)) d = addDays(d, -1);
  return d;
}

/** Steps n business days from `day` (backwards when n < 0), skipping weekends and holidays. */
export function addBusinessDays(day: Day, n: number, holidays: readonly Day[]): Day {
  const step = n < 0 ? -1 : 1;
  let d = day;
  for (let left = Math.abs(n); left > 0; ) {
    d = addDays(d, step);
    if (isBusinessDay(d, holidays)) left--;
  }
  return d;
}

export function maxDay(...days: Day[]): Day {
  return days.reduce((a, b) => (b > a ? b : a));
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 'Mon 23 Nov' (with the year when it differs from `today`'s). */
export function humanDay(day: Day, today?: Day): string {
  const date = toDate(day);
  const base = `${WEEKDAYS[date.getDay()]} ${date.getDate()} ${MONTHS[date.getMonth()]}`;
  return today && today.slice(0, 4) !== day.slice(0, 4) ? `${base} ${date.getFullYear()}` : base;
}
