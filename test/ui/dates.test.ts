// Dates the user types (CLI spec): every form, both directions for bare weekdays, boundaries and error messages.
// Reference days: 2026-11-20 is a Friday, 2026-11-22 a Sunday.
import { describe, expect, it } from 'vitest';
import { DATE_FORMS, DateInputError, parseUserDate, type DateDirection } from '../../src/ui/dates.js';

const FRI = '2026-11-20';
const SUN = '2026-11-22';

function past(text: string, today = FRI): string {
  return parseUserDate(text, { today, flag: '--date', direction: 'past' });
}
function future(text: string, today = FRI): string {
  return parseUserDate(text, { today, flag: '--expect-by', direction: 'future' });
}
function error(text: string, flag = '--date', direction: DateDirection = 'past'): DateInputError {
  try {
    parseUserDate(text, { today: FRI, flag, direction });
  } catch (e) {
    expect(e).toBeInstanceOf(DateInputError);
    return e as DateInputError;
  }
  throw new Error(`expected '${text}' to be rejected`);
}

describe('DATE_FORMS', () => {
  it('lists every accepted form', () => {
    expect(DATE_FORMS).toBe('YYYY-MM-DD, today, yesterday, tomorrow, a weekday (fri), last fri, next fri, +3d, -2d, +1w');
  });
});

describe('ISO dates', () => {
  it('accepts a real calendar day as is, in either direction', () => {
    expect(past('2026-11-20')).toBe('2026-11-20');
    expect(past('2025-01-31')).toBe('2025-01-31');
    expect(future('2027-06-15')).toBe('2027-06-15');
  });
  it('accepts leap days in leap years only', () => {
    expect(past('2028-02-29')).toBe('2028-02-29');
    expect(past('2000-02-29')).toBe('2000-02-29');
    expect(error('2026-02-29').message).toContain('is not a real calendar day');
    expect(error('2100-02-29').message).toContain('is not a real calendar day');
  });
  it.each(['2026-02-30', '2026-13-01', '2026-00-10', '2026-04-31', '2026-11-00', '2026-11-32', '0000-01-01'])(
    'rejects the impossible %s',
    (text) => {
      expect(error(text).message).toBe(`--date: '${text}' is not a real calendar day; use ${DATE_FORMS}`);
    },
  );
  it('accepts years 2000 to 2999 only (CLI.md)', () => {
    expect(past('2000-01-01')).toBe('2000-01-01');
    expect(past('2999-12-31')).toBe('2999-12-31');
    expect(error('1999-12-31').message).toBe(`--date: '1999-12-31' is not between 2000 and 2999; use ${DATE_FORMS}`);
    expect(error('1900-01-01').message).toContain("'1900-01-01' is not between 2000 and 2999");
    expect(error('3000-01-01').message).toContain("'3000-01-01' is not between 2000 and 2999");
  });
  it('refuses a relative day that lands outside 2000 to 2999', () => {
    const at = (text: string, today: string) => {
      try {
        return parseUserDate(text, { today, flag: '--until', direction: 'future' });
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(at('tomorrow', '2999-12-31')).toBe(`--until: 'tomorrow' is not between 2000 and 2999; use ${DATE_FORMS}`);
    expect(at('+3d', '2999-12-30')).toContain('is not between 2000 and 2999');
    expect(at('-1d', '2000-01-01')).toContain('is not between 2000 and 2999');
    expect(at('+1d', '2999-12-30')).toBe('2999-12-31');
  });
  it.each(['2026-1-5', '2026-11-5', '26-11-20', '2026/11/20', '20261120', '11/20', '2026-11-20T00:00', '2026-11-20 12:00', '+2026-11-20', '２０２６-１１-２０'])(
    'rejects the malformed %s as not a date',
    (text) => {
      expect(error(text).message).toBe(`--date: '${text}' is not a date; use ${DATE_FORMS}`);
    },
  );
});

describe('today, yesterday, tomorrow', () => {
  it('are relative to the reference day', () => {
    expect(past('today')).toBe(FRI);
    expect(past('yesterday')).toBe('2026-11-19');
    expect(past('tomorrow')).toBe('2026-11-21');
    expect(future('today', SUN)).toBe(SUN);
    expect(future('yesterday', SUN)).toBe('2026-11-21');
    expect(future('tomorrow', SUN)).toBe('2026-11-23');
  });
  it('cross month and year boundaries', () => {
    expect(past('tomorrow', '2026-11-30')).toBe('2026-12-01');
    expect(past('tomorrow', '2026-12-31')).toBe('2027-01-01');
    expect(past('yesterday', '2027-01-01')).toBe('2026-12-31');
    expect(past('yesterday', '2026-03-01')).toBe('2026-02-28');
    expect(past('yesterday', '2028-03-01')).toBe('2028-02-29');
    expect(past('tomorrow', '2028-02-28')).toBe('2028-02-29');
  });
});

describe('bare weekdays', () => {
  it('look back for --date, today included (from Friday)', () => {
    expect(past('fri')).toBe('2026-11-20');
    expect(past('thu')).toBe('2026-11-19');
    expect(past('mon')).toBe('2026-11-16');
    expect(past('sat')).toBe('2026-11-14');
    expect(past('sun')).toBe('2026-11-15');
  });
  it('look back for --date, today included (from Sunday)', () => {
    expect(past('sun', SUN)).toBe('2026-11-22');
    expect(past('sat', SUN)).toBe('2026-11-21');
    expect(past('fri', SUN)).toBe('2026-11-20');
    expect(past('mon', SUN)).toBe('2026-11-16');
  });
  it('look forward for future flags, today excluded (from Friday)', () => {
    expect(future('fri')).toBe('2026-11-27');
    expect(future('sat')).toBe('2026-11-21');
    expect(future('sun')).toBe('2026-11-22');
    expect(future('mon')).toBe('2026-11-23');
    expect(future('thu')).toBe('2026-11-26');
  });
  it('look forward for future flags, today excluded (from Sunday)', () => {
    expect(future('sun', SUN)).toBe('2026-11-29');
    expect(future('mon', SUN)).toBe('2026-11-23');
    expect(future('fri', SUN)).toBe('2026-11-27');
    expect(future('sat', SUN)).toBe('2026-11-28');
  });
  it.each([
    ['sun', '2026-11-29'], ['sunday', '2026-11-29'],
    ['mon', '2026-11-23'], ['monday', '2026-11-23'],
    ['tue', '2026-11-24'], ['tues', '2026-11-24'], ['tuesday', '2026-11-24'],
    ['wed', '2026-11-25'], ['wednesday', '2026-11-25'],
    ['thu', '2026-11-26'], ['thur', '2026-11-26'], ['thurs', '2026-11-26'], ['thursday', '2026-11-26'],
    ['fri', '2026-11-27'], ['friday', '2026-11-27'],
    ['sat', '2026-11-28'], ['saturday', '2026-11-28'],
  ])('knows the name %s (future from Sunday → %s)', (name, expected) => {
    expect(future(name, SUN)).toBe(expected);
  });
  it('cross month and year boundaries', () => {
    expect(future('fri', '2026-12-31')).toBe('2027-01-01'); // Thursday → Friday
    expect(past('thu', '2027-01-01')).toBe('2026-12-31'); // Friday → Thursday
    expect(past('sat', '2026-12-03')).toBe('2026-11-28');
    expect(future('mon', '2028-02-26')).toBe('2028-02-28');
    expect(future('tue', '2028-02-26')).toBe('2028-02-29');
  });
  it.each(['fr', 'fridays', 'frid', 'th', 'thurday', 'weds', 'f', 'this fri'])('rejects %s', (text) => {
    expect(error(text).message).toContain('is not a date');
  });
});

describe('last and next weekday', () => {
  it('last: the latest such day strictly before today, in either direction', () => {
    expect(past('last fri')).toBe('2026-11-13');
    expect(future('last fri')).toBe('2026-11-13');
    expect(past('last thu')).toBe('2026-11-19');
    expect(past('last sat')).toBe('2026-11-14');
    expect(past('last sun', SUN)).toBe('2026-11-15');
    expect(past('last sat', SUN)).toBe('2026-11-21');
    expect(past('last friday', SUN)).toBe('2026-11-20');
  });
  it('next: the first such day strictly after today, in either direction', () => {
    expect(past('next fri')).toBe('2026-11-27');
    expect(future('next fri')).toBe('2026-11-27');
    expect(past('next sat')).toBe('2026-11-21');
    expect(past('next thu')).toBe('2026-11-26');
    expect(past('next sun', SUN)).toBe('2026-11-29');
    expect(past('next mon', SUN)).toBe('2026-11-23');
    expect(past('next thurs', SUN)).toBe('2026-11-26');
  });
  it('cross month and year boundaries', () => {
    expect(past('next fri', '2026-12-31')).toBe('2027-01-01');
    expect(past('last thu', '2027-01-01')).toBe('2026-12-31');
    expect(past('last fri', '2027-01-01')).toBe('2026-12-25');
    expect(past('next tue', '2028-02-28')).toBe('2028-02-29');
    expect(past('last tue', '2028-03-01')).toBe('2028-02-29');
  });
  it.each(['last', 'next', 'last someday', 'next next fri', 'last fri fri', 'lastfri', 'next-fri', 'previous fri', 'last today'])(
    'rejects %s',
    (text) => {
      expect(error(text).message).toContain('is not a date');
    },
  );
});

describe('offsets', () => {
  it('+Nd, -Nd, +Nw, -Nw, and an unsigned Nd or Nw counts forward', () => {
    expect(past('+3d')).toBe('2026-11-23');
    expect(past('-2d')).toBe('2026-11-18');
    expect(past('+1w')).toBe('2026-11-27');
    expect(past('-1w')).toBe('2026-11-13');
    expect(past('3d')).toBe('2026-11-23');
    expect(past('2w')).toBe('2026-12-04');
    expect(past('+0d')).toBe(FRI);
    expect(past('-0w')).toBe(FRI);
    expect(past('+010d')).toBe('2026-11-30');
  });
  it('do not depend on the direction', () => {
    expect(future('+3d')).toBe('2026-11-23');
    expect(future('-2d')).toBe('2026-11-18');
  });
  it('cross month, year and leap-day boundaries', () => {
    expect(past('+11d')).toBe('2026-12-01');
    expect(past('+42d')).toBe('2027-01-01');
    expect(past('-1d', '2026-01-01')).toBe('2025-12-31');
    expect(past('+1d', '2028-02-28')).toBe('2028-02-29');
    expect(past('+1d', '2026-02-28')).toBe('2026-03-01');
    expect(past('+1w', '2028-02-25')).toBe('2028-03-03');
    expect(past('+365d', '2028-01-01')).toBe('2028-12-31');
  });
  it('reach at most 3650 days', () => {
    expect(past('+3650d')).toBe('2036-11-17');
    expect(past('-3650d')).toBe('2016-11-22');
    expect(past('+521w')).toBe('2036-11-14');
    expect(error('+3651d').message).toBe(`--date: '+3651d' is more than 3650 days away; use ${DATE_FORMS}`);
    expect(error('-522w').message).toContain('is more than 3650 days away');
    expect(error('+999999d').message).toContain('is more than 3650 days away');
  });
  it.each(['+3', '3', '+d', '+3x', '++3d', '+-3d', '3.5d', '+1e3d', '+3dd', '+3 days', '3 d', '+ 3d', '−2d', '+0x10d', '+1234567d'])(
    'rejects %s',
    (text) => {
      expect(error(text).message).toContain('is not a date');
    },
  );
});

describe('case and whitespace', () => {
  it('is case-insensitive', () => {
    expect(past('TODAY')).toBe(FRI);
    expect(past('Yesterday')).toBe('2026-11-19');
    expect(past('FRIDAY')).toBe(FRI);
    expect(future('Fri')).toBe('2026-11-27');
    expect(past('LAST FRI')).toBe('2026-11-13');
    expect(past('Next Thurs')).toBe('2026-11-26');
    expect(past('+3D')).toBe('2026-11-23');
    expect(past('-1W')).toBe('2026-11-13');
  });
  it('trims surrounding whitespace and collapses inner whitespace', () => {
    expect(past('  today  ')).toBe(FRI);
    expect(past('\t2026-11-20\n')).toBe('2026-11-20');
    expect(past(' +3d ')).toBe('2026-11-23');
    expect(past('last    fri')).toBe('2026-11-13');
    expect(past('\tnext\u00a0\n fri ')).toBe('2026-11-27');
  });
});

describe('error messages', () => {
  it('name the flag, what was typed, and the accepted forms', () => {
    expect(error('someday').message).toBe(`--date: 'someday' is not a date; use ${DATE_FORMS}`);
    expect(error('someday', '--expect-by', 'future').message).toBe(`--expect-by: 'someday' is not a date; use ${DATE_FORMS}`);
    expect(error('2026-02-30', '--deadline', 'future').message).toBe(
      `--deadline: '2026-02-30' is not a real calendar day; use ${DATE_FORMS}`,
    );
  });
  it('show the text as typed, trimmed and collapsed but in its own case', () => {
    expect(error('  Some   Day ').message).toBe(`--date: 'Some Day' is not a date; use ${DATE_FORMS}`);
  });
  it('reject empty and blank input', () => {
    expect(error('').message).toBe(`--date: '' is not a date; use ${DATE_FORMS}`);
    expect(error('   \n\t ').message).toBe(`--date: '' is not a date; use ${DATE_FORMS}`);
  });
  it('shorten very long input', () => {
    const e = error(`${'x'.repeat(100_000)}today`);
    expect(e.message).toBe(`--date: '${'x'.repeat(40)}…' is not a date; use ${DATE_FORMS}`);
  });
  it('are DateInputErrors, which are Errors', () => {
    const e = error('never', '--until', 'future');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('DateInputError');
    expect(() => parseUserDate('never', { today: FRI, flag: '--invited', direction: 'future' })).toThrow(
      /^--invited: 'never' is not a date; use YYYY-MM-DD, today/,
    );
  });
});

describe('the reference day', () => {
  it('must itself be a calendar day (a programming error otherwise)', () => {
    expect(() => parseUserDate('today', { today: '2026-02-30', flag: '--date', direction: 'past' })).toThrow(RangeError);
  });
});
