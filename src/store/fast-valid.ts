// A quick yes for the common case of schema.ts's check: valibot takes ~50 ms over 10,000 applications, this
// plain loop a few. It mirrors ApplicationSchema and EventSchema and the id checks of DataSchema, and may
// only ever be stricter than they are: `true` means the document certainly passes DataSchema; `false` means
// "not sure", and valibot decides and words the problem (so messages stay valibot's).
// Change it together with schema.ts: test/perf/validate.test.ts compares the two on valid and broken files.
import { isDay } from '../core/calendar.js';
import { CHANNELS, CUES, EVENT_TYPES } from '../core/model.js';

const EVENT_TYPE_SET: ReadonlySet<unknown> = new Set(EVENT_TYPES);
const CHANNEL_SET: ReadonlySet<unknown> = new Set(CHANNELS);
const CUE_SET: ReadonlySet<unknown> = new Set(CUES);
const ID = /^[1-9]\d*$/;

type Obj = Record<string, unknown>;

function isObject(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
const optText = (x: unknown) => x === undefined || typeof x === 'string';

// A file holds a few hundred distinct days among tens of thousands of dates: each is checked once per call.
let knownDays = new Set<string>();
function day(x: unknown): boolean {
  if (typeof x !== 'string') return false;
  if (knownDays.has(x)) return true;
  if (!isDay(x)) return false;
  knownDays.add(x);
  return true;
}
const optDay = (x: unknown) => x === undefined || day(x);
const optIn = (x: unknown, set: ReadonlySet<unknown>) => x === undefined || set.has(x);

/**
 * No value of `o` is an object or an array, except under the keys the schema nests (`nested`): the loose
 * objects keep unknown keys, and one holding something deep would make the document deeper than the schema.
 */
function flat(o: Obj, nested: readonly string[] = []): boolean {
  for (const k in o) {
    const x = o[k];
    if (typeof x === 'object' && x !== null && !nested.includes(k)) return false;
  }
  return true;
}

const APP_NESTED = ['contact', 'events'];
const DOC_NESTED = ['applications', 'settings', 'countryHolidays'];

function eventOk(e: unknown): boolean {
  if (!isObject(e) || !flat(e)) return false;
  const { round } = e;
  return (
    EVENT_TYPE_SET.has(e.type) &&
    day(e.date) &&
    (round === undefined || (typeof round === 'number' && Number.isInteger(round) && round >= 1)) &&
    optDay(e.expectBy) &&
    optDay(e.invited) &&
    optIn(e.channel, CHANNEL_SET) &&
    optIn(e.cue, CUE_SET) &&
    optDay(e.until) &&
    optText(e.reason) &&
    optDay(e.deadline) &&
    optText(e.note) &&
    (e.noAnswer === undefined || typeof e.noAnswer === 'boolean')
  );
}

function applicationOk(a: unknown): boolean {
  if (!isObject(a) || !flat(a, APP_NESTED)) return false;
  const { contact, events } = a;
  if (!(typeof a.id === 'string' && ID.test(a.id) && typeof a.company === 'string' && a.company.length >= 1)) return false;
  if (!(optText(a.role) && optText(a.url) && optText(a.notes) && typeof a.noCalls === 'boolean')) return false;
  if (!isObject(contact) || !flat(contact) || !optText(contact.name) || !optText(contact.email) || !optText(contact.phone)) return false;
  if (!Array.isArray(events)) return false;
  for (const e of events) if (!eventOk(e)) return false;
  return true;
}

/**
 * True when the document certainly passes DataSchema, with nothing nested under an unknown key (so it is no
 * deeper than the schema). `restOk` checks everything but the applications (the document with an empty list)
 * with the schema itself: settings and the rest are small, and strict.
 */
export function surelyValid(doc: unknown, restOk: (rest: Obj) => boolean): boolean {
  if (!isObject(doc) || !flat(doc, DOC_NESTED)) return false;
  const { applications, nextId } = doc;
  if (!Array.isArray(applications) || typeof nextId !== 'number') return false;
  knownDays = new Set();
  const ids = new Set<string>();
  for (const a of applications) {
    if (!applicationOk(a)) return false;
    const id = (a as Obj).id as string;
    if (ids.has(id) || !(Number(id) < nextId)) return false;
    ids.add(id);
  }
  return restOk({ ...doc, applications: [] });
}
