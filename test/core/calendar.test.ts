// RULES.md "Words": business days (Monday to Friday minus the `holidays` setting), roll, addBusinessDays.
// 2026: 11-20 is a Friday, 11-21 a Saturday, 11-22 a Sunday, 11-23 a Monday.
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addDays,
  dayOf,
  daysBetween,
  humanDay,
  isBusinessDay,
  isDay,
  maxDay,
  parseDay,
  roll,
  rollBack,
  weekday,
} from '../../src/core/calendar.js';

const NONE: string[] = [];

describe('parseDay and isDay', () => {
  it('accepts real calendar days', () => {
    for (const d of ['2026-01-01', '2026-11-20', '2026-12-31', '2028-02-29']) {
      expect(isDay(d)).toBe(true);
      expect(dayOf(parseDay(d)!)).toBe(d);
    }
  });
  it('rejects days that do not exist', () => {
    for (const d of ['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-11-00', '2026-11-32']) {
      expect(parseDay(d)).toBeNull();
      expect(isDay(d)).toBe(false);
    }
  });
  it('rejects other shapes and non-strings', () => {
    for (const d of ['2026-1-01', '2026-11-2', '26-11-20', '2026/11/20', ' 2026-11-20', '2026-11-20T00:00', '', 'today']) {
      expect(isDay(d)).toBe(false);
    }
    for (const v of [undefined, null, 20261120, new Date(2026, 10, 20), {}]) expect(isDay(v)).toBe(false);
  });
  it('parses to local midnight', () => {
    const d = parseDay('2026-11-20')!;
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()]).toEqual([2026, 10, 20, 0, 0]);
  });
});

describe('addDays and daysBetween', () => {
  it('crosses month and year ends', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-11-20', 0)).toBe('2026-11-20');
  });
  it('is not thrown off by daylight-saving changes', () => {
    // Europe and the US change clocks in March and October/November.
    for (const d of ['2026-03-08', '2026-03-29', '2026-10-25', '2026-11-01']) {
      expect(addDays(d, 1)).toBe(dayOf(new Date(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8)) + 1)));
      expect(daysBetween(d, addDays(d, 1))).toBe(1);
      expect(addDays(addDays(d, 1), -1)).toBe(d);
    }
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
  });
  it('daysBetween is b - a', () => {
    expect(daysBetween('2026-11-20', '2026-11-23')).toBe(3);
    expect(daysBetween('2026-11-23', '2026-11-20')).toBe(-3);
    expect(daysBetween('2026-11-20', '2026-11-20')).toBe(0);
  });
  it('throws on a non-day', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('weekday and isBusinessDay', () => {
  it('knows the weekdays of 2026', () => {
    expect(weekday('2026-11-20')).toBe(5);
    expect(weekday('2026-11-21')).toBe(6);
    expect(weekday('2026-11-22')).toBe(0);
    expect(weekday('2026-11-23')).toBe(1);
    expect(weekday('2026-01-01')).toBe(4);
  });
  it('Monday to Friday are business days, weekends are not', () => {
    for (const d of ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20']) expect(isBusinessDay(d, NONE)).toBe(true);
    for (const d of ['2026-11-21', '2026-11-22']) expect(isBusinessDay(d, NONE)).toBe(false);
  });
  it('holidays are not business days; holidays on a weekend change nothing else', () => {
    expect(isBusinessDay('2026-11-26', ['2026-11-26'])).toBe(false);
    expect(isBusinessDay('2026-11-27', ['2026-11-26'])).toBe(true);
    expect(isBusinessDay('2026-11-21', ['2026-11-21'])).toBe(false);
  });
});

describe('roll: the first business day on or after', () => {
  it('keeps a business day', () => {
    expect(roll('2026-11-20', NONE)).toBe('2026-11-20');
    expect(roll('2026-11-23', NONE)).toBe('2026-11-23');
  });
  it('moves Saturday and Sunday to Monday', () => {
    expect(roll('2026-11-21', NONE)).toBe('2026-11-23');
    expect(roll('2026-11-22', NONE)).toBe('2026-11-23');
  });
  it('skips holidays, also after a weekend', () => {
    expect(roll('2026-11-26', ['2026-11-26'])).toBe('2026-11-27');
    expect(roll('2026-11-26', ['2026-11-26', '2026-11-27'])).toBe('2026-11-30');
    expect(roll('2026-11-21', ['2026-11-23'])).toBe('2026-11-24');
    expect(roll('2026-12-25', ['2026-12-25', '2026-12-28'])).toBe('2026-12-29');
  });
  it('crosses the year end', () => {
    expect(roll('2027-01-02', NONE)).toBe('2027-01-04');
    expect(roll('2026-12-31', ['2026-12-31', '2027-01-01'])).toBe('2027-01-04');
  });
});

describe('rollBack: the last business day on or before', () => {
  it('keeps a business day', () => {
    expect(rollBack('2026-11-20', NONE)).toBe('2026-11-20');
  });
  it('moves Saturday and Sunday back to Friday', () => {
    expect(rollBack('2026-11-21', NONE)).toBe('2026-11-20');
    expect(rollBack('2026-11-22', NONE)).toBe('2026-11-20');
  });
  it('skips holidays backwards', () => {
    expect(rollBack('2026-11-20', ['2026-11-20'])).toBe('2026-11-19');
    expect(rollBack('2026-11-23', ['2026-11-23', '2026-11-20'])).toBe('2026-11-19');
  });
});

describe('addBusinessDays', () => {
  it('counts only business days forward', () => {
    expect(addBusinessDays('2026-11-16', 1, NONE)).toBe('2026-11-17');
    expect(addBusinessDays('2026-11-20', 1, NONE)).toBe('2026-11-23');
    expect(addBusinessDays('2026-11-16', 5, NONE)).toBe('2026-11-23');
    expect(addBusinessDays('2026-11-03', 5, NONE)).toBe('2026-11-10');
    expect(addBusinessDays('2026-11-06', 5, NONE)).toBe('2026-11-13');
    expect(addBusinessDays('2026-11-16', 10, NONE)).toBe('2026-11-30');
  });
  it('from a weekend day, the first step is Monday', () => {
    expect(addBusinessDays('2026-11-21', 1, NONE)).toBe('2026-11-23');
    expect(addBusinessDays('2026-11-22', 1, NONE)).toBe('2026-11-23');
    expect(addBusinessDays('2026-11-21', 5, NONE)).toBe('2026-11-27');
  });
  it('skips holidays', () => {
    expect(addBusinessDays('2026-11-03', 5, ['2026-11-05'])).toBe('2026-11-11');
    expect(addBusinessDays('2026-11-20', 1, ['2026-11-23'])).toBe('2026-11-24');
    expect(addBusinessDays('2026-11-24', 2, ['2026-11-26', '2026-11-27'])).toBe('2026-11-30');
    expect(addBusinessDays('2026-11-24', 3, ['2026-11-26', '2026-11-27'])).toBe('2026-12-01');
  });
  it('counts backwards when negative', () => {
    expect(addBusinessDays('2026-11-24', -1, NONE)).toBe('2026-11-23');
    expect(addBusinessDays('2026-11-23', -1, NONE)).toBe('2026-11-20');
    expect(addBusinessDays('2026-11-22', -1, NONE)).toBe('2026-11-20');
    expect(addBusinessDays('2026-11-21', -1, NONE)).toBe('2026-11-20');
    expect(addBusinessDays('2026-11-10', -5, NONE)).toBe('2026-11-03');
    expect(addBusinessDays('2026-11-23', -1, ['2026-11-20'])).toBe('2026-11-19');
    expect(addBusinessDays('2027-01-04', -1, ['2027-01-01', '2026-12-31'])).toBe('2026-12-30');
  });
  it('n = 0 is the day itself', () => {
    expect(addBusinessDays('2026-11-20', 0, NONE)).toBe('2026-11-20');
    expect(addBusinessDays('2026-11-21', 0, NONE)).toBe('2026-11-21');
  });
  it('always lands on a business day when n ≠ 0', () => {
    const holidays = ['2026-11-26', '2026-11-27', '2026-12-24', '2026-12-25'];
    for (let i = 0; i < 60; i++) {
      const d = addDays('2026-11-01', i);
      for (const n of [-3, -1, 1, 2, 5]) expect(isBusinessDay(addBusinessDays(d, n, holidays), holidays)).toBe(true);
    }
  });
  it('is the inverse of itself from a business day', () => {
    for (let i = 0; i < 30; i++) {
      const d = roll(addDays('2026-11-01', i), NONE);
      expect(addBusinessDays(addBusinessDays(d, 5, NONE), -5, NONE)).toBe(d);
    }
  });
});

describe('maxDay', () => {
  it('returns the latest day', () => {
    expect(maxDay('2026-11-20')).toBe('2026-11-20');
    expect(maxDay('2026-11-20', '2026-11-23', '2026-11-19')).toBe('2026-11-23');
    expect(maxDay('2026-12-31', '2027-01-01')).toBe('2027-01-01');
  });
});

describe('humanDay', () => {
  it('names the weekday, day and month', () => {
    expect(humanDay('2026-11-20')).toBe('Fri 20 Nov');
    expect(humanDay('2026-11-23', '2026-11-18')).toBe('Mon 23 Nov');
  });
  it('adds the year only when it differs from today', () => {
    expect(humanDay('2027-01-01', '2026-12-30')).toBe('Fri 1 Jan 2027');
    expect(humanDay('2026-12-30', '2027-01-01')).toBe('Wed 30 Dec 2026');
  });
});
