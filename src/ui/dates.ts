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

/**
 * Parses a date the user typed for `flag`, relative to `today`.
 * Throws DateInputError (and nothing else) for any text that is not an accepted form; always returns a real Day.
 * A `today` that is not a Day is a programming error and throws RangeError.
 */
export function parseUserDate(text: string, opts: { today: Day; flag: string; direction: DateDirection }): Day {
  const { today, flag, direction } = opts;
  if (!isDay(today)) throw new RangeError(`parseUserDate: today is not a calendar day: ${String(today)}`);

  const typed = typeof text === 'string' ? text.trim().replace(/\s+/g, ' ') : '';
  const fail = (what: string): DateInputError => new DateInputError(`${flag}: '${shown(typed)}' ${what}; use ${DATE_FORMS}`);
  if (typed.length > MAX_INPUT) throw fail('is not a date');
  const input = typed.toLowerCase();

  const outOfRange = () => fail(`is not between ${MIN_YEAR} and ${MAX_YEAR}`);
  if (ISO_SHAPE.test(input)) {
    if (!isCalendarDay(input)) throw fail('is not a real calendar day');
    if (!isDay(input)) throw outOfRange();
    return input;
  }
  // A day counted from today (an offset, a weekday) may still land outside the years a day can have.
  const within = (day: Day): Day => {
    if (!isDay(day)) throw outOfRange();
    return day;
  };

  switch (input) {
    case 'today':
      return today;
    case 'yesterday':
      return within(addDays(today, -1));
    case 'tomorrow':
      return within(addDays(today, 1));
  }

  const offset = OFFSET.exec(input);
  if (offset) {
    const [, sign, digits, unit] = offset;
    const days = Number(digits) * (unit === 'w' ? 7 : 1);
    if (days > MAX_OFFSET_DAYS) throw fail(`is more than ${MAX_OFFSET_DAYS} days away`);
    return within(addDays(today, sign === '-' ? -days : days));
  }

  const bare = WEEKDAY_NAMES.get(input);
  if (bare !== undefined) {
    return within(direction === 'past' ? onOrBefore(today, bare) : after(today, bare));
  }

  const relative = RELATIVE_WEEKDAY.exec(input);
  if (relative) {
    const target = WEEKDAY_NAMES.get(relative[2] ?? '');
    if (target !== undefined) {
      return within(relative[1] === 'last' ? onOrBefore(addDays(today, -1), target) : after(today, target));
    }
  }

  throw fail('is not a date');
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
