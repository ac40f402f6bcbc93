// The public holidays of the `country` setting, stored in the data file per year (countryHolidays) so that
// reading commands never load date-holidays (~60–75 ms). The library is loaded with import() only when a
// year is missing, or when `followup config country` checks a code.
import { UsageError } from '../errors.js';
import type { Data } from './schema.js';

type HolidaysCtor = typeof import('date-holidays').default;

async function library(): Promise<HolidaysCtor> {
  return (await import('./holidays-lib.js')).Holidays;
}

/** The years the rules may need for this data: each event's year and the next (a due date rolls over New Year). */
export function neededYears(data: Data, extra: readonly number[] = []): string[] {
  const years = new Set<number>(extra);
  // Plain loops: every write runs this over every event, in code V8 seldom optimises (cli/tiering.ts).
  for (let i = 0; i < data.applications.length; i++) {
    const events = data.applications[i]!.events;
    for (let j = 0; j < events.length; j++) {
      const y = Number(events[j]!.date.slice(0, 4));
      years.add(y);
      years.add(y + 1);
    }
  }
  return [...years].filter((y) => y >= 1000 && y <= 9999).sort().map(String);
}

function publicHolidays(Holidays: HolidaysCtor, code: string, year: string): string[] {
  const [country, state] = code.split('-');
  const hd = state ? new Holidays(country!, state) : new Holidays(country!);
  const days = (hd.getHolidays(Number(year)) || []).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10));
  return [...new Set(days)].sort();
}

/**
 * On the write path: adds the public holidays of every needed year that is missing, for the country set.
 * Loads nothing when no year is missing (the usual case). Drops a list left from another country.
 */
export async function fillCountryHolidays(data: Data, extraYears: readonly number[] = []): Promise<void> {
  const code = data.settings.country ?? null;
  if (code === null) {
    delete data.countryHolidays;
    return;
  }
  if (data.countryHolidays?.country !== code) data.countryHolidays = { country: code, years: {} };
  const held = data.countryHolidays;
  const missing = neededYears(data, extraYears).filter((y) => held.years[y] === undefined);
  if (missing.length === 0) return;
  const Holidays = await library();
  for (const year of missing) held.years[year] = publicHolidays(Holidays, code, year);
}

/** 'us', 'DE-by' → 'US', 'DE-BY', checked against date-holidays' countries and their states; a UsageError otherwise. */
export async function countryCode(text: string): Promise<string> {
  const typed = text.trim().toUpperCase();
  const form = "give an ISO country code, optionally with a region (US, GB, DE-BY), or 'none'";
  const m = /^([A-Z]{2})(?:-([A-Z0-9]{1,3}))?$/.exec(typed);
  if (!m) throw new UsageError(`country: '${text}' is not a country code; ${form}`);
  const Holidays = await library();
  const hd = new Holidays();
  const country = m[1]!;
  if (!hd.getCountries()[country]) throw new UsageError(`country: '${country}' is not a country the holiday calendar knows; ${form}`);
  if (m[2] !== undefined) {
    const states = hd.getStates(country) ?? {};
    if (!states[m[2]]) {
      const known = Object.keys(states);
      throw new UsageError(
        `country: ${country} has no region '${m[2]}'; ${known.length ? `use one of ${known.join(', ')}` : `use ${country} alone`}`,
      );
    }
  }
  return m[2] !== undefined ? `${country}-${m[2]}` : country;
}
