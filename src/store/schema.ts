// The data file's shape, checked on every load (valibot): a file that does not match is refused, never guessed at.
import * as v from 'valibot';
import { isDay } from '../core/calendar.js';
import { CHANNELS, CUES, DEFAULT_SETTINGS, EVENT_TYPES, type Application, type Settings } from '../core/model.js';
import { surelyValid } from './fast-valid.js';

export const SCHEMA_VERSION = 3;

const day = v.pipe(v.string(), v.check((s: string) => isDay(s), 'expected a date as YYYY-MM-DD'));
const text = v.string();
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

const EventSchema = v.looseObject({
  type: v.picklist(EVENT_TYPES),
  date: day,
  round: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  expectBy: v.optional(day),
  invited: v.optional(day),
  channel: v.optional(v.picklist(CHANNELS)),
  cue: v.optional(v.picklist(CUES)),
  until: v.optional(day),
  reason: v.optional(text),
  deadline: v.optional(day),
  note: v.optional(text),
  noAnswer: v.optional(v.boolean()),
});

const ApplicationSchema = v.looseObject({
  id: v.pipe(v.string(), v.regex(/^[1-9]\d*$/, 'expected a whole-number id')),
  company: v.pipe(v.string(), v.minLength(1, 'expected a company name')),
  role: v.optional(text),
  contact: v.looseObject({ name: v.optional(text), email: v.optional(text), phone: v.optional(text) }),
  url: v.optional(text),
  noCalls: v.boolean(),
  notes: v.optional(text),
  events: v.array(EventSchema),
});

export const SettingsSchema = v.strictObject({
  thankYou: v.optional(v.boolean()),
  thankYouWindowBusinessDays: v.optional(count),
  rejectionReply: v.optional(v.boolean()),
  rejectionReplyBusinessDays: v.optional(count),
  firstFollowUpBusinessDays: v.optional(count),
  daysAfterPromise: v.optional(count),
  delayCheckInDays: v.optional(count),
  minDaysBetweenFollowUps: v.optional(count),
  maxUnansweredEarly: v.optional(v.pipe(count, v.minValue(1))),
  maxUnansweredLate: v.optional(v.pipe(count, v.minValue(1))),
  maxCallsFirstInterview: v.optional(count),
  maxCallsEncouraged: v.optional(count),
  holidays: v.optional(v.array(day)),
  country: v.optional(v.nullable(v.string())),
  pipelineMin: v.optional(count),
  name: v.optional(v.nullable(text)),
  signature: v.optional(v.nullable(text)),
});

/**
 * The public holidays of the `country` setting, resolved by `followup config country` (which loads the
 * holiday library) and stored per year, so that reading commands never load that library.
 */
const CountryHolidaysSchema = v.strictObject({
  country: v.string(),
  years: v.record(v.pipe(v.string(), v.regex(/^\d{4}$/, 'expected a year')), v.array(day)),
});

export const DataSchema = v.pipe(
  v.looseObject({
    schemaVersion: v.literal(SCHEMA_VERSION),
    nextId: v.pipe(v.number(), v.integer(), v.minValue(1)),
    settings: SettingsSchema,
    countryHolidays: v.optional(CountryHolidaysSchema),
    applications: v.array(ApplicationSchema),
  }),
  v.check((d) => new Set(d.applications.map((a) => a.id)).size === d.applications.length, 'two applications share an id'),
  v.check((d) => d.applications.every((a) => Number(a.id) < d.nextId), 'nextId is not above every id'),
);

export interface Data {
  schemaVersion: number;
  /** Ids are never reused: the next application gets this one. */
  nextId: number;
  /** Only the settings the user changed; the rest are the defaults. */
  settings: Partial<Settings>;
  /** The public holidays of settings.country, per year (see CountryHolidaysSchema). */
  countryHolidays?: { country: string; years: Record<string, string[]> };
  applications: Application[];
}

/** Adds `app` at the end, with the next id. */
export function insert(data: Data, app: Omit<Application, 'id'>): Application {
  const withId: Application = { id: String(data.nextId), ...app };
  data.nextId += 1;
  data.applications.push(withId);
  return withId;
}

export function emptyData(): Data {
  return { schemaVersion: SCHEMA_VERSION, nextId: 1, settings: {}, applications: [] };
}

/** The settings as the rules see them: the defaults, the user's changes, and the country's holidays among the holidays. */
export function effectiveSettings(data: Data): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS, ...data.settings };
  const country = data.countryHolidays;
  if (settings.country !== null && country !== undefined && country.country === settings.country) {
    const all = new Set(settings.holidays);
    for (const days of Object.values(country.years)) for (const d of days) all.add(d);
    settings.holidays = [...all].sort();
  }
  return settings;
}

/**
 * True when the document certainly is a valid data file of this schema version, with nothing nested under an
 * unknown key (so no deeper than the schema itself): the common case, in a plain loop (fast-valid.ts).
 */
export function surelyCurrent(doc: unknown, checked?: ReadonlySet<unknown>): boolean {
  return surelyValid(doc, (rest) => v.is(DataSchema, rest), checked);
}

/**
 * The first problem with the document, as "where: what", or null when it is valid. `checked`: applications known
 * to be valid (as they were when the file was read), which only take part in the checks across applications.
 */
export function problemWith(doc: unknown, checked?: ReadonlySet<unknown>): string | null {
  // The common case, a valid file, in a plain loop; valibot decides (and words) anything else.
  if (surelyCurrent(doc, checked)) return null;
  const result = v.safeParse(DataSchema, doc);
  if (result.success) return null;
  const issue = result.issues[0];
  const where = v.getDotPath(issue);
  return where ? `${where}: ${issue.message}` : issue.message;
}
