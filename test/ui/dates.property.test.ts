// Properties of the user-date parser: any string either parses to a real Day or throws a DateInputError.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isDay, weekday } from '../../src/core/calendar.js';
import { DateInputError, parseUserDate, type DateDirection } from '../../src/ui/dates.js';

/** Reference days from 2010 to 2989 (so that ±3650 days stays within the years 2000–2999 a day can have). */
const anyToday = fc.integer({ min: 0, max: 357_900 }).map((n) => addDays('2010-01-01', n));
const anyDirection = fc.constantFrom<DateDirection>('past', 'future');
const anyFlag = fc.constantFrom('--date', '--expect-by', '--invited', '--until', '--deadline');

const WEEKDAY_NAMES: readonly (readonly [string, number])[] = [
  ['sun', 0], ['sunday', 0], ['mon', 1], ['monday', 1], ['tue', 2], ['tues', 2], ['tuesday', 2],
  ['wed', 3], ['wednesday', 3], ['thu', 4], ['thur', 4], ['thurs', 4], ['thursday', 4],
  ['fri', 5], ['friday', 5], ['sat', 6], ['saturday', 6],
];
const anyWeekdayName = fc.constantFrom(...WEEKDAY_NAMES);

/** Runs the parser; the outcome is either a Day or a DateInputError, anything else fails the property. */
function outcome(text: string, today: string, flag: string, direction: DateDirection): string | DateInputError {
  try {
    return parseUserDate(text, { today, flag, direction });
  } catch (e) {
    if (e instanceof DateInputError) return e;
    throw e;
  }
}

function checkAnyInput(text: string, today: string, flag: string, direction: DateDirection): void {
  const result = outcome(text, today, flag, direction);
  if (result instanceof DateInputError) {
    expect(result.message.startsWith(`${flag}: '`)).toBe(true);
  } else {
    expect(isDay(result)).toBe(true);
  }
}

/** Text near the accepted forms: known words, signs, digits, units and dashes, with random case and spacing. */
const nearDate = fc
  .array(
    fc.oneof(
      fc.constantFrom('today', 'yesterday', 'tomorrow', 'last', 'next', 'fri', 'thurs', 'sunday', 'tues'),
      fc.constantFrom('+', '-', 'd', 'w', 'D', 'W', ' ', '  ', '\t', '\u00a0', '-', '0', '9'),
      fc.integer({ min: 0, max: 99_999 }).map(String),
      fc.string({ unit: 'grapheme-ascii', maxLength: 3 }),
    ),
    { maxLength: 6 },
  )
  .chain((parts) =>
    fc.array(fc.boolean(), { minLength: parts.length, maxLength: parts.length }).map((upper) =>
      parts.map((p, i) => (upper[i] ? p.toUpperCase() : p)).join(''),
    ),
  );

describe('any input', () => {
  it.each([
    ['binary code points (incl. lone surrogates)', fc.string({ unit: 'binary' })],
    ['graphemes', fc.string({ unit: 'grapheme' })],
    ['composite graphemes', fc.string({ unit: 'grapheme-composite' })],
    ['ascii', fc.string({ unit: 'grapheme-ascii' })],
    ['text near the accepted forms', nearDate],
  ])('%s: returns a real Day or throws a DateInputError naming the flag', (_name, text) => {
    fc.assert(fc.property(text, anyToday, anyFlag, anyDirection, checkAnyInput), { numRuns: 500 });
  });

  it('huge strings throw a DateInputError with a short message', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }), fc.integer({ min: 100, max: 20_000 }), (piece, times) => {
        const result = outcome(`a${piece.repeat(times)}`, '2026-11-20', '--date', 'past');
        expect(result).toBeInstanceOf(DateInputError);
        expect((result as DateInputError).message.length).toBeLessThan(200);
      }),
      { numRuns: 50 },
    );
  });
});

describe('ISO dates', () => {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');

  it('a real calendar day from 2000 to 2999 round-trips; an impossible one is rejected', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        anyToday,
        anyDirection,
        (y, m, d, today, direction) => {
          const text = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          const result = outcome(text, today, '--date', direction);
          if (isDay(text)) {
            expect(result).toBe(text);
          } else {
            expect(result).toBeInstanceOf(DateInputError);
            expect((result as DateInputError).message).toContain('is not a real calendar day');
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('every day from 2000 to 2999 round-trips, with any surrounding whitespace', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365_242 }).map((n) => addDays('2000-01-01', n)),
        fc.constantFrom('', ' ', '\t', '\n  '),
        fc.constantFrom('', ' ', '\r\n'),
        anyToday,
        (day, before, after, today) => {
          expect(parseUserDate(`${before}${day}${after}`, { today, flag: '--date', direction: 'past' })).toBe(day);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('offsets', () => {
  it('+Nd and Nd equal addDays(today, N); -Nd equals addDays(today, -N)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), anyToday, anyDirection, (n, today, direction) => {
        const opts = { today, flag: '--date', direction };
        expect(parseUserDate(`+${n}d`, opts)).toBe(addDays(today, n));
        expect(parseUserDate(`${n}d`, opts)).toBe(addDays(today, n));
        expect(parseUserDate(`-${n}d`, opts)).toBe(addDays(today, -n));
      }),
      { numRuns: 1000 },
    );
  });

  it('+Nw equals addDays(today, 7N); -Nw equals addDays(today, -7N)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 521 }), anyToday, (n, today) => {
        const opts = { today, flag: '--until', direction: 'future' as const };
        expect(parseUserDate(`+${n}w`, opts)).toBe(addDays(today, 7 * n));
        expect(parseUserDate(`-${n}W`, opts)).toBe(addDays(today, -7 * n));
      }),
      { numRuns: 500 },
    );
  });

  it('beyond 3650 days is rejected', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3651, max: 999_999 }), fc.constantFrom('+', '-', ''), anyToday, (n, sign, today) => {
        expect(outcome(`${sign}${n}d`, today, '--date', 'past')).toBeInstanceOf(DateInputError);
      }),
    );
  });
});

describe('weekdays', () => {
  it('a bare weekday: the latest such day (today included) for past, the next (today excluded) for future', () => {
    fc.assert(
      fc.property(anyWeekdayName, anyToday, ([name, wd], today) => {
        const back = parseUserDate(name, { today, flag: '--date', direction: 'past' });
        expect(weekday(back)).toBe(wd);
        expect(daysBetween(back, today)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(back, today)).toBeLessThanOrEqual(6);

        const ahead = parseUserDate(name, { today, flag: '--deadline', direction: 'future' });
        expect(weekday(ahead)).toBe(wd);
        expect(daysBetween(today, ahead)).toBeGreaterThanOrEqual(1);
        expect(daysBetween(today, ahead)).toBeLessThanOrEqual(7);
      }),
      { numRuns: 1000 },
    );
  });

  it('last/next: strictly before/after today, within a week, in either direction', () => {
    fc.assert(
      fc.property(anyWeekdayName, anyToday, anyDirection, ([name, wd], today, direction) => {
        const last = parseUserDate(`last ${name}`, { today, flag: '--date', direction });
        expect(weekday(last)).toBe(wd);
        expect(daysBetween(last, today)).toBeGreaterThanOrEqual(1);
        expect(daysBetween(last, today)).toBeLessThanOrEqual(7);

        const next = parseUserDate(`next ${name}`, { today, flag: '--date', direction });
        expect(weekday(next)).toBe(wd);
        expect(daysBetween(today, next)).toBeGreaterThanOrEqual(1);
        expect(daysBetween(today, next)).toBeLessThanOrEqual(7);
      }),
      { numRuns: 1000 },
    );
  });
});
