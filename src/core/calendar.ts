// Calendar days as 'YYYY-MM-DD' strings, and business days (RULES.md "Words": business day, roll, addBusinessDays).
// Day arithmetic is plain integer arithmetic on days since 1970-01-01 (proleptic Gregorian calendar): no time
// zones, no daylight saving, no Date objects; the rules call these functions hundreds of thousands of times.

/** A calendar day, 'YYYY-MM-DD'. */
export type Day = string;

/** The years a data file and the user may use (CLI.md: years outside 2000–2999 are refused as out of range). */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2999;

const ZERO = 48;
const DASH = 45;

function digit(text: string, i: number): number {
  const c = text.charCodeAt(i) - ZERO;
  return c >= 0 && c <= 9 ? c : -1;
}

function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil). */
function fromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The 'YYYY-MM-DD' of a count of days since 1970-01-01 (civil_from_days). */
function toCivil(n: number): Day {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * Days since 1970-01-01 of a real calendar day written 'YYYY-MM-DD' (any year from 0001 to 9999, for
 * arithmetic; there is no year 0), or NaN when the text is not one.
 */
function epochDay(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return NaN;
  const y0 = digit(text, 0), y1 = digit(text, 1), y2 = digit(text, 2), y3 = digit(text, 3);
  const m0 = digit(text, 5), m1 = digit(text, 6), d0 = digit(text, 8), d1 = digit(text, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return NaN;
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const m = m0 * 10 + m1;
  const d = d0 * 10 + d1;
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return NaN;
  return fromCivil(y, m, d);
}

function toEpoch(day: Day): number {
  const n = typeof day === 'string' ? epochDay(day) : NaN;
  if (Number.isNaN(n)) throw new RangeError(`not a calendar day: ${day}`);
  return n;
}

function inRange(text: string): boolean {
  const y = Number(text.slice(0, 4));
  return y >= MIN_YEAR && y <= MAX_YEAR;
}

/** A real calendar day 'YYYY-MM-DD' of any year 0001–9999: a date that exists, whether or not followup takes it. */
export function isCalendarDay(text: unknown): boolean {
  return typeof text === 'string' && !Number.isNaN(epochDay(text));
}

/** The day as a local-midnight Date, or null when the text is not a real calendar day of 2000–2999. */
export function parseDay(text: string): Date | null {
  if (typeof text !== 'string' || Number.isNaN(epochDay(text)) || !inRange(text)) return null;
  return new Date(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10)));
}

/** A real calendar day 'YYYY-MM-DD' of the years 2000–2999. */
export function isDay(text: unknown): text is Day {
  return typeof text === 'string' && !Number.isNaN(epochDay(text)) && inRange(text);
}

/** The calendar day of a Date, in local time. */
export function dayOf(date: Date): Day {
  const y = String(date.getFullYear()).padStart(4, '0');
  return `${y}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

export function addDays(day: Day, n: number): Day {
  return toCivil(toEpoch(day) + n);
}

/** b - a in calendar days. */
export function daysBetween(a: Day, b: Day): number {
  return toEpoch(b) - toEpoch(a);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: Day): number {
  return weekdayOf(toEpoch(day));
}

// The holidays as a set of day numbers, built once per holidays array (settings pass the same array to
// every call); rebuilt if the array's length changes. Entries that are not days are never business days'
// concern: they match nothing.
const holidaySets = new WeakMap<readonly Day[], { length: number; set: Set<number> }>();

function holidaySet(holidays: readonly Day[]): Set<number> | null {
  if (holidays.length === 0) return null;
  const cached = holidaySets.get(holidays);
  if (cached && cached.length === holidays.length) return cached.set;
  const set = new Set<number>();
  for (const h of holidays) {
    const n = typeof h === 'string' ? epochDay(h) : NaN;
    if (!Number.isNaN(n)) set.add(n);
  }
  holidaySets.set(holidays, { length: holidays.length, set });
  return set;
}

function isBusiness(n: number, holidays: Set<number> | null): boolean {
  const wd = weekdayOf(n);
  return wd !== 0 && wd !== 6 && (holidays === null || !holidays.has(n));
}

export function isBusinessDay(day: Day, holidays: readonly Day[]): boolean {
  return isBusiness(toEpoch(day), holidaySet(holidays));
}

/** The first business day on or after `day`. */
export function roll(day: Day, holidays: readonly Day[]): Day {
  const set = holidaySet(holidays);
  const start = toEpoch(day);
  let n = start;
  while (!isBusiness(n, set)) n++;
  return n === start ? day : toCivil(n);
}

/** The last business day on or before `day`. */
export function rollBack(day: Day, holidays: readonly Day[]): Day {
  const set = holidaySet(holidays);
  const start = toEpoch(day);
  let n = start;
  while (!isBusiness(n, set)) n--;
  return n === start ? day : toCivil(n);
}

/** Steps n business days from `day` (backwards when n < 0), skipping weekends and holidays. */
export function addBusinessDays(day: Day, n: number, holidays: readonly Day[]): Day {
  const set = holidaySet(holidays);
  const step = n < 0 ? -1 : 1;
  const start = toEpoch(day);
  let d = start;
  for (let left = Math.abs(n); left > 0; ) {
    d += step;
    if (isBusiness(d, set)) left--;
  }
  return d === start ? day : toCivil(d);
}

export function maxDay(...days: Day[]): Day {
  return days.reduce((a, b) => (b > a ? b : a));
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// 'Mon 23 Nov' per day: the rules and the views name the same few hundred days over and over.
const HUMAN_CACHE_MAX = 4096;
let humanCache = new Map<string, string>();

/** 'Mon 23 Nov' (with the year when it differs from `today`'s). */
export function humanDay(day: Day, today?: Day): string {
  let base = humanCache.get(day);
  if (base === undefined) {
    const n = toEpoch(day);
    base = `${WEEKDAYS[weekdayOf(n)]} ${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1]}`;
    if (humanCache.size >= HUMAN_CACHE_MAX) humanCache = new Map();
    humanCache.set(day, base);
  }
  return today && today.slice(0, 4) !== day.slice(0, 4) ? `${base} ${Number(day.slice(0, 4))}` : base;
}
