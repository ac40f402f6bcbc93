// The data file's shape, checked on every load (valibot): a file that does not match is refused, never guessed at.
import * as v from 'valibot';
import { isDay } from '../core/calendar.js';
import { CHANNELS, CUES, DEFAULT_SETTINGS, EVENT_TYPES, type Application, type Settings } from '../core/model.js';

export const SCHEMA_VERSION = 2;

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
  firstFollowUpBusinessDays: v.optional(count),
  daysAfterPromise: v.optional(count),
  minDaysBetweenFollowUps: v.optional(count),
  maxUnansweredEarly: v.optional(v.pipe(count, v.minValue(1))),
  maxUnansweredLate: v.optional(v.pipe(count, v.minValue(1))),
  offerAnswerBusinessDays: v.optional(count),
  holidays: v.optional(v.array(day)),
  pipelineMin: v.optional(count),
});

export const DataSchema = v.pipe(
  v.looseObject({
    schemaVersion: v.literal(SCHEMA_VERSION),
    nextId: v.pipe(v.number(), v.integer(), v.minValue(1)),
    settings: SettingsSchema,
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
  applications: Application[];
}

export function emptyData(): Data {
  return { schemaVersion: SCHEMA_VERSION, nextId: 1, settings: {}, applications: [] };
}

export function effectiveSettings(data: Data): Settings {
  return { ...DEFAULT_SETTINGS, ...data.settings };
}

/** The first problem with the document, as "where: what", or null when it is valid. */
export function problemWith(doc: unknown): string | null {
  const result = v.safeParse(DataSchema, doc);
  if (result.success) return null;
  const issue = result.issues[0];
  const where = v.getDotPath(issue);
  return where ? `${where}: ${issue.message}` : issue.message;
}
