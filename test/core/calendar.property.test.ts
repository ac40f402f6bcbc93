// calendar.ts does day arithmetic on integers (days since 1970-01-01): checked against the Date-based
// reference it replaced (date-fns addDays / differenceInCalendarDays on local-midnight Dates), on random
// days of 2000–2999 and random holiday lists.
import fc from 'fast-check';
import { addDays as addDaysToDate } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addDays,
  dayOf,
  daysBetween,
  humanDay,
  isBusinessDay,
  isCalendarDay,
  isDay,
  parseDay,
  roll,
  rollBack,
  weekday,
} from '../../src/core/calendar.js';

// The reference: the previous implementation, on Dates.
const ref = {
  parse(text: string): Date | null {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m) return null;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(y, mo - 1, d);
    if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return null;
    return date;
  },
  date(day: string): Date {
    const d = ref.parse(day);
    if (!d) throw new RangeError(day);
    return d;
  },
  addDays: (day: string, n: number) => dayOf(addDaysToDate(ref.date(day), n)),
  daysBetween: (a: string, b: string) => differenceInCalendarDays(ref.date(b), ref.date(a)),
  weekday: (day: string) => ref.date(day).getDay(),
  isBusinessDay(day: string, holidays: readonly string[]): boolean {
    const wd = ref.weekday(day);
    return wd !== 0 && wd !== 6 && !holidays.includes(day);
  },
  roll(day: string, holidays: readonly string[]): string {
    let d = day;
    while (!ref.isBusinessDay(d, holidays)) d = ref.addDays(d, 1);
    return d;
  },
  rollBack(day: string, holidays: readonly string[]): string {
    let d = day;
    while (!ref.isBusinessDay(d, holidays)) d = ref.addDays(d, -1);
    return d;
  },
  addBusinessDays(day: string, n: number, holidays: readonly string[]): string {
    const step = n < 0 ? -1 : 1;
    let d = day;
    for (let left = Math.abs(n); left > 0; ) {
      d = ref.addDays(d, step);
      if (ref.isBusinessDay(d, holidays)) left--;
    }
    return d;
  },
};

const pad = (n: number, w: number) => String(n).padStart(w, '0');
/** Any day of 2000-01-01 … 2999-12-31 (365,243 days). */
const anyDay = fc.integer({ min: 0, max: 365_242 }).map((n) => dayOf(new Date(2000, 0, 1 + n)));
/** A day with room for ±400 days of arithmetic within 2000–2999. */
const innerDay = fc.integer({ min: 400, max: 365_242 - 400 }).map((n) => dayOf(new Date(2000, 0, 1 + n)));
/** Holidays near a day: a few of the 30 days around it (so that they matter), sometimes none. */
const holidaysNear = (day: string) =>
  fc.uniqueArray(fc.integer({ min: -10, max: 20 }), { maxLength: 12 }).map((offsets) => offsets.map((k) => ref.addDays(day, k)));

describe('calendar arithmetic matches the Date-based reference, 2000–2999', () => {
  it('isDay and parseDay: any y-m-d text of 2000–2999, real or not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const text = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        const expected = ref.parse(text);
        expect(isDay(text)).toBe(expected !== null);
        expect(isCalendarDay(text)).toBe(expected !== null);
        expect(parseDay(text)?.getTime() ?? null).toBe(expected?.getTime() ?? null);
      }),
      { numRuns: 3000 },
    );
  });

  it('addDays, daysBetween and weekday', () => {
    fc.assert(
      fc.property(innerDay, fc.integer({ min: -400, max: 400 }), (day, n) => {
        const moved = addDays(day, n);
        expect(moved).toBe(ref.addDays(day, n));
        expect(daysBetween(day, moved)).toBe(n);
        expect(daysBetween(day, moved)).toBe(ref.daysBetween(day, moved));
        expect(weekday(moved)).toBe(ref.weekday(moved));
      }),
      { numRuns: 3000 },
    );
  });

  it('daysBetween any two days', () => {
    fc.assert(
      fc.property(anyDay, anyDay, (a, b) => {
        expect(daysBetween(a, b)).toBe(ref.daysBetween(a, b));
      }),
      { numRuns: 2000 },
    );
  });

  it('humanDay', () => {
    fc.assert(
      fc.property(anyDay, anyDay, (day, today) => {
        const d = ref.date(day);
        const base = `${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getDay()]} ${d.getDate()} ${d.toLocaleString('en-GB', { month: 'short' }).slice(0, 3)}`;
        expect(humanDay(day, today)).toBe(today.slice(0, 4) === day.slice(0, 4) ? base : `${base} ${d.getFullYear()}`);
        expect(humanDay(day)).toBe(base);
      }),
      { numRuns: 1000 },
    );
  });

  it('isBusinessDay, roll, rollBack and addBusinessDays, with holidays', () => {
    fc.assert(
      fc.property(
        innerDay.chain((day) => fc.tuple(fc.constant(day), holidaysNear(day))),
        fc.integer({ min: -25, max: 25 }),
        ([day, holidays], n) => {
          expect(isBusinessDay(day, holidays)).toBe(ref.isBusinessDay(day, holidays));
          expect(roll(day, holidays)).toBe(ref.roll(day, holidays));
          expect(rollBack(day, holidays)).toBe(ref.rollBack(day, holidays));
          expect(addBusinessDays(day, n, holidays)).toBe(ref.addBusinessDays(day, n, holidays));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('the years a day can have', () => {
  it('isDay and parseDay refuse real days outside 2000–2999; the arithmetic still works there', () => {
    for (const d of ['1999-12-31', '1900-01-01', '3000-01-01', '0000-01-01', '9999-12-31']) {
      expect(isDay(d)).toBe(false);
      expect(parseDay(d)).toBeNull();
    }
    for (const d of ['2000-01-01', '2999-12-31', '2000-02-29']) expect(isDay(d)).toBe(true);
    expect(addDays('2999-12-31', 1)).toBe('3000-01-01');
    expect(addDays('2000-01-01', -1)).toBe('1999-12-31');
    expect(weekday('1999-12-31')).toBe(5);
    expect(isCalendarDay('1900-02-29')).toBe(false);
    expect(isCalendarDay('0000-01-01')).toBe(false);
  });
  it('a holiday list changed in place is seen (the cached set follows its length)', () => {
    const holidays = ['2026-11-26'];
    expect(isBusinessDay('2026-11-27', holidays)).toBe(true);
    holidays.push('2026-11-27');
    expect(isBusinessDay('2026-11-27', holidays)).toBe(false);
  });
});
