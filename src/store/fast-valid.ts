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

// A file holds a few hundred distinct days among tens of thousands of dates: each is checked once per call.
let knownDays = new Set<string>();
function day(x: unknown): boolean {
  if (typeof x !== 'string') return false;
  if (knownDays.has(x)) return true;
  if (!isDay(x)) return false;
  knownDays.add(x);
  return true;
}

// One pass over each object's own keys, each value checked by its key: plain loops (indexed: V8 runs this code
// unoptimised, see cli/tiering.ts, where for-of costs ~5 times as much) with few calls, over tens of thousands
// of events. Any other key is allowed (the
// schema's objects are loose) if it holds no object or array: one holding something deep would make the
// document deeper than the schema.
const deep = (x: unknown) => typeof x === 'object' && x !== null;

function eventOk(e: unknown): boolean {
  if (!isObject(e) || !EVENT_TYPE_SET.has(e.type) || !day(e.date)) return false;
  for (const k in e) {
    const x = e[k];
    if (x === undefined) continue;
    switch (k) {
      case 'type':
      case 'date':
        break;
      case 'round':
        if (!(typeof x === 'number' && Number.isInteger(x) && x >= 1)) return false;
        break;
      case 'expectBy':
      case 'invited':
      case 'until':
      case 'deadline':
        if (!day(x)) return false;
        break;
      case 'channel':
        if (!CHANNEL_SET.has(x)) return false;
        break;
      case 'cue':
        if (!CUE_SET.has(x)) return false;
        break;
      case 'reason':
      case 'note':
        if (typeof x !== 'string') return false;
        break;
      case 'noAnswer':
        if (typeof x !== 'boolean') return false;
        break;
      default:
        if (deep(x)) return false;
    }
  }
  return true;
}

function contactOk(c: unknown): boolean {
  if (!isObject(c)) return false;
  for (const k in c) {
    const x = c[k];
    if (x === undefined) continue;
    if (k === 'name' || k === 'email' || k === 'phone' ? typeof x !== 'string' : deep(x)) return false;
  }
  return true;
}

function applicationOk(a: unknown): boolean {
  if (!isObject(a)) return false;
  const { id, company, events } = a;
  if (!(typeof id === 'string' && ID.test(id) && typeof company === 'string' && company.length >= 1)) return false;
  if (typeof a.noCalls !== 'boolean' || !contactOk(a.contact) || !Array.isArray(events)) return false;
  for (const k in a) {
    const x = a[k];
    if (x === undefined) continue;
    switch (k) {
      case 'id':
      case 'company':
      case 'noCalls':
      case 'contact':
      case 'events':
        break;
      case 'role':
      case 'url':
      case 'notes':
        if (typeof x !== 'string') return false;
        break;
      default:
        if (deep(x)) return false;
    }
  }
  for (let i = 0; i < events.length; i++) if (!eventOk(events[i])) return false;
  return true;
}

/** No value of `o` is an object or an array, except under the keys the schema nests (`nested`). */
function flat(o: Obj, nested: readonly string[]): boolean {
  for (const k in o) if (deep(o[k]) && !nested.includes(k)) return false;
  return true;
}

const DOC_NESTED = ['applications', 'settings', 'countryHolidays'];

/**
 * True when the document certainly passes DataSchema, with nothing nested under an unknown key (so it is no
 * deeper than the schema). `restOk` checks everything but the applications (the document with an empty list)
 * with the schema itself: settings and the rest are small, and strict. `checked`: applications known to pass
 * (as read), checked only for their ids.
 */
export function surelyValid(doc: unknown, restOk: (rest: Obj) => boolean, checked?: ReadonlySet<unknown>): boolean {
  if (!isObject(doc) || !flat(doc, DOC_NESTED)) return false;
  const { applications, nextId } = doc;
  if (!Array.isArray(applications) || typeof nextId !== 'number') return false;
  knownDays = new Set();
  const ids = new Set<string>();
  for (let i = 0; i < applications.length; i++) {
    const a: unknown = applications[i];
    if (!checked?.has(a) && !applicationOk(a)) return false;
    const id = (a as Obj).id as string;
    if (ids.has(id) || !(Number(id) < nextId)) return false;
    ids.add(id);
  }
  return restOk({ ...doc, applications: [] });
}
