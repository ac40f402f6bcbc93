// The quick check of a data file (src/store/fast-valid.ts) never changes the answer of the schema (valibot):
// on valid files and on files broken at random, problemWith says exactly what valibot alone says.
// When schema.ts gains a rule that fast-valid.ts does not know, this test finds files where they differ.
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { makeApplications } from '../../scripts/bench-apps.js';
import { DataSchema, SCHEMA_VERSION, problemWith } from '../../src/store/schema.js';
import { surelyValid } from '../../src/store/fast-valid.js';

/** What problemWith answered before the quick path: valibot's first issue. */
function valibotProblem(doc: unknown): string | null {
  const result = v.safeParse(DataSchema, doc);
  if (result.success) return null;
  const issue = result.issues[0];
  const where = v.getDotPath(issue);
  return where ? `${where}: ${issue.message}` : issue.message;
}

function validDoc(n = 12) {
  const applications = makeApplications(n).map((a, i) => ({ id: String(i + 1), ...a }));
  return { schemaVersion: SCHEMA_VERSION, nextId: n + 1, settings: {}, applications } as Record<string, unknown> & {
    applications: Record<string, unknown>[];
  };
}

const EVENT_KEYS = ['type', 'date', 'round', 'expectBy', 'invited', 'channel', 'cue', 'until', 'reason', 'deadline', 'note', 'noAnswer', 'extra'];
const APP_KEYS = ['id', 'company', 'role', 'contact', 'url', 'noCalls', 'notes', 'events', 'extra'];
const CONTACT_KEYS = ['name', 'email', 'phone', 'extra'];
const TOP_KEYS = ['schemaVersion', 'nextId', 'settings', 'applications', 'countryHolidays', 'extra'];
const DELETE = Symbol('delete');

/** Values of every kind a broken or hand-edited file may hold. */
const anyValue = fc.oneof(
  fc.constant(DELETE),
  fc.constantFrom('2026-11-20', '2026-02-30', '1999-12-31', '3000-01-01', '2026-11-20 ', '20261120', ''),
  fc.constantFrom('applied', 'interview', 'offer', 'note', 'bogus', 'call', 'email', 'encouraging', 'unsure', 'APPLIED'),
  fc.constantFrom('1', '0', '01', '7', '12', '99999', '-1', '1.5', ' 1'),
  fc.string(),
  fc.string({ minLength: 1, maxLength: 3 }).map((s) => `\u001b[31m${s}\u0007`),
  fc.constant('x'.repeat(5000)),
  fc.integer({ min: -3, max: 100 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant({}),
  fc.constant([]),
  fc.constant([{}]),
);

const mutation = fc.record({
  where: fc.constantFrom('event', 'event', 'event', 'app', 'app', 'contact', 'top', 'events'),
  app: fc.nat(),
  event: fc.nat(),
  key: fc.nat(),
  value: anyValue,
});

type Mutation = { where: string; app: number; event: number; key: number; value: unknown };

function set(target: unknown, keys: string[], k: number, value: unknown): void {
  if (typeof target !== 'object' || target === null) return;
  const key = keys[k % keys.length]!;
  if (value === DELETE) delete (target as Record<string, unknown>)[key];
  else (target as Record<string, unknown>)[key] = value;
}

function mutate(doc: ReturnType<typeof validDoc>, m: Mutation): void {
  if (m.where === 'top') return set(doc, TOP_KEYS, m.key, m.value);
  // An earlier mutation may have broken the way down: then this one has nothing to change.
  const apps = doc.applications;
  if (!Array.isArray(apps) || apps.length === 0) return;
  const app = apps[m.app % apps.length];
  if (typeof app !== 'object' || app === null) return;
  const events = Array.isArray(app.events) ? (app.events as unknown[]) : [];
  switch (m.where) {
    case 'event':
      if (events.length > 0) set(events[m.event % events.length], EVENT_KEYS, m.key, m.value);
      break;
    case 'events':
      if (m.value !== DELETE) events.splice(m.event % (events.length + 1), 0, m.value);
      else events.pop();
      break;
    case 'app':
      set(app, APP_KEYS, m.key, m.value);
      break;
    case 'contact':
      set(app.contact, CONTACT_KEYS, m.key, m.value);
      break;
  }
}

describe('the quick check agrees with the schema', () => {
  it('a valid file passes the quick check itself (so valibot does not run on it)', () => {
    const doc = validDoc(500);
    expect(surelyValid(doc, (rest) => v.is(DataSchema, rest))).toBe(true);
    expect(valibotProblem(doc)).toBeNull();
  });

  it('on files broken at random, problemWith answers exactly as valibot does', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const doc = validDoc();
        for (const m of mutations) mutate(doc, m);
        expect(problemWith(doc)).toBe(valibotProblem(doc));
      }),
      { numRuns: 3000 },
    );
  });

  it('duplicate ids and a low nextId are found in any order', () => {
    const doc = validDoc();
    doc.applications[5]!.id = doc.applications[9]!.id;
    expect(problemWith(doc)).toBe('two applications share an id');
    const low = validDoc();
    low.nextId = 3;
    expect(problemWith(low)).toBe(valibotProblem(low));
    expect(problemWith(low)).not.toBeNull();
  });
});
