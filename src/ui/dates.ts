// Dates the user types on the command line (`--date`, `--expect-by`, `--invited`, `--until`, `--deadline`):
// YYYY-MM-DD, today, yesterday, tomorrow, weekday names, `last fri`, `next fri`, and offsets (+3d, -2d, +1w).
// A bare weekday looks back for past flags (today included) and forward for future flags (today excluded).
import { MAX_YEAR, MIN_YEAR, addDays, isCalendarDay, isDay, weekday, type Day } from '../core/calendar.js';

/** 'past': a bare weekday means the latest such day, today included; 'future': the next such day, today excluded. */
export type DateDirection = 'past' | 'future';

/** A usage error: the message names the flag, what was typed, and the accepted forms. */
export class DateInputError extends Error {
  override name = 'DateInputError';
}

/** The human list of accepted forms, for usage messages and help text. */
export const DATE_FORMS = 'YYYY-MM-DD, today, yesterday, tomorrow, a weekday (fri), last fri, next fri, +3d, -2d, +1w';

/** The furthest an offset (`+Nd`, `-Nw`) may reach, in days. */
const MAX_OFFSET_DAYS = 3650;
/** Longer input is never a date; it is rejected before any further work and shortened in the message. */
const MAX_INPUT = 64;
const SHOWN_MAX = 40;

/** Names (lower case) → 0 = Sunday … 6 = Saturday, as in calendar.weekday. */
const WEEKDAY_NAMES: ReadonlyMap<string, number> = new Map([
  ['sun', 0], ['sunday', 0],
  ['mon', 1], ['monday', 1],
  ['tue', 2], ['tues', 2], ['tuesday', 2],
  ['wed', 3], ['wednesday', 3],
  ['thu', 4], ['thur', 4], ['thurs', 4], ['thursday', 4],
  ['fri', 5], ['friday', 5],
  ['sat', 6], ['saturday', 6],
]);

const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const OFFSET = /^([+-]?)(\d{1,6})([dw])$/;
const RELATIVE_WEEKDAY = /^(last|next) ([a-z]+)$/;

/** True when the text is a bare weekday name (`fri`, `Friday`): the form most easily resolved to the wrong week. */
export function isBareWeekday(text: string): boolean {
  return typeof text === 'string' && WEEKDAY_NAMES.has(text.trim().toLowerCase());
}

/**
 * Parses a date the user typed for `flag`, relative to `today`. Weekdays and offsets count from `from`
 * (default today): for the future flags, the event's own date ("by Friday", said at Monday's interview).
 * Throws DateInputError (and nothing else) for any text that is not an accepted form; always returns a real Day.
 * A `today` that is not a Day is a programming error and throws RangeError.
 */
export function parseUserDate(text: string, opts: { today: Day; flag: string; direction: DateDirection; from?: Day }): Day {
  const { today, flag, direction } = opts;
  if (!isDay(today)) throw new RangeError(`parseUserDate: today is not a calendar day: ${String(today)}`);
  const { from } = opts;
  // Weekdays and offsets count from `from`; today, yesterday, tomorrow and ISO dates stay as they are.
  if (from !== undefined && from !== today && !/^\s*(today|yesterday|tomorrow)\s*$/i.test(String(text))) {
    if (!isDay(from)) throw new RangeError(`parseUserDate: from is not a calendar day: ${String(from)}`);
    return parseUserDate(text, { today: from, flag, direction });
  }

  const typed = typeof text === 'string' ? text.trim().replace(/\s+/g, ' ') : '';
  const fail = (what: string): DateInputError => new DateInputError(`${flag}: '${shown(typed)}' ${what}; use ${DATE_FORMS}`);
  if (typed.length > MAX_INPUT) throw fail('is not a date');
  const input = typed.toLowerCase();

  if (ISO_SHAPE.test(input)) {
    const problem = dayProblem(input);
    if (problem) throw fail(problem);
    return input;
  }
  switch (input) {
    case 'today':
      return today;
    case 'yesterday':
      return inRange(addDays(today, -1), fail);
    case 'tomorrow':
      return inRange(addDays(today, 1), fail);
  }

  const offset = OFFSET.exec(input);
  if (offset) {
    const [, sign, digits, unit] = offset;
    const days = Number(digits) * (unit === 'w' ? 7 : 1);
    if (days > MAX_OFFSET_DAYS) throw fail(`is more than ${MAX_OFFSET_DAYS} days away`);
    return inRange(addDays(today, sign === '-' ? -days : days), fail);
  }

  const bare = WEEKDAY_NAMES.get(input);
  if (bare !== undefined) {
    return inRange(direction === 'past' ? onOrBefore(today, bare) : after(today, bare), fail);
  }

  const relative = RELATIVE_WEEKDAY.exec(input);
  if (relative) {
    const target = WEEKDAY_NAMES.get(relative[2] ?? '');
    if (target !== undefined) {
      return inRange(relative[1] === 'last' ? onOrBefore(addDays(today, -1), target) : after(today, target), fail);
    }
  }

  throw fail('is not a date');
}

/** What is wrong with a YYYY-MM-DD text ("is not a real calendar day", "is out of range …"), or null. */
export function dayProblem(text: string): string | null {
  if (!ISO_SHAPE.test(text)) return 'is not a date';
  const year = Number(text.slice(0, 4));
  // There is no year 0: judge its month and day as those of a leap year, then call it out of range.
  if (!isCalendarDay(year === 0 ? `2000${text.slice(4)}` : text)) return 'is not a real calendar day';
  if (year < MIN_YEAR || year > MAX_YEAR) return `is out of range (years ${MIN_YEAR} to ${MAX_YEAR})`;
  return null;
}

/** A day computed from today (+3d, fri) may fall past the last year: refused like a typed one. */
function inRange(day: Day, fail: (what: string) => DateInputError): Day {
  if (!isDay(day)) throw fail(`falls on ${day}, out of range (years ${MIN_YEAR} to ${MAX_YEAR})`);
  return day;
}

/** The latest day with weekday `target` on or before `day`. */
function onOrBefore(day: Day, target: number): Day {
  return addDays(day, -((weekday(day) - target + 7) % 7));
}

/** The first day with weekday `target` strictly after `day`. */
function after(day: Day, target: number): Day {
  return addDays(day, (target - weekday(day) + 7) % 7 || 7);
}

/** The typed text for a message, shortened when long (without splitting a surrogate pair). */
function shown(typed: string): string {
  if (typed.length <= SHOWN_MAX) return typed;
  return `${typed.slice(0, SHOWN_MAX).replace(/[\uD800-\uDBFF]$/, '')}…`;
}
