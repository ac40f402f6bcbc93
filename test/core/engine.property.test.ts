// Properties of the engine over random event logs (fast-check): it never throws, and its advice always has the
// shape RULES.md promises, whatever the events, today and settings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adviseAll, pipeline, type Advised } from '../../src/core/advise.js';
import { addDays, isBusinessDay, isDay } from '../../src/core/calendar.js';
import {
  CHANNELS,
  DEFAULT_SETTINGS,
  CUES,
  EVENT_TYPES,
  type Advice,
  type AppEvent,
  type Application,
  type Kind,
  type RuleId,
  type Settings,
} from '../../src/core/model.js';
import { orderEvents } from '../../src/core/timeline.js';

const day2026 = fc.integer({ min: 0, max: 364 }).map((n) => addDays('2026-01-01', n));
/** Today: mostly in 2026, sometimes a little before or after. */
const anyToday = fc.integer({ min: -20, max: 400 }).map((n) => addDays('2026-01-01', n));

const anyEvent: fc.Arbitrary<AppEvent> = fc.record(
  {
    type: fc.constantFrom(...EVENT_TYPES),
    date: day2026,
    expectBy: day2026,
    invited: day2026,
    until: day2026,
    deadline: day2026,
    cue: fc.constantFrom(...CUES),
    channel: fc.constantFrom(...CHANNELS),
    round: fc.integer({ min: 1, max: 4 }),
    reason: fc.constantFrom('budget freeze', 'acquisition'),
    note: fc.string({ maxLength: 10 }),
  },
  { requiredKeys: ['type', 'date'] },
);

/** Logs that tend to look like real ones: fewer kinds of events, a month of dates, more collisions. */
const november = fc.integer({ min: 0, max: 40 }).map((n) => addDays('2026-11-01', n));
const plausibleEvent: fc.Arbitrary<AppEvent> = fc.record(
  {
    type: fc.constantFrom<AppEvent['type']>('applied', 'screen', 'interview', 'final', 'reply', 'delay', 'offer', 'thanks', 'call', 'email', 'note'),
    date: november,
    expectBy: november,
    invited: november,
    until: november,
    deadline: november,
    cue: fc.constantFrom(...CUES),
    channel: fc.constantFrom(...CHANNELS),
    round: fc.integer({ min: 1, max: 3 }),
  },
  { requiredKeys: ['type', 'date'] },
);

function anyApps(event: fc.Arbitrary<AppEvent>): fc.Arbitrary<Application[]> {
  return fc
    .array(
      fc.record({
        events: fc.array(event, { maxLength: 12 }),
        noCalls: fc.boolean(),
        company: fc.constantFrom('Acme', 'Beta', 'Gamma'),
        role: fc.option(fc.constant('Engineer'), { nil: undefined }),
        name: fc.option(fc.constant('Jane Doe'), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 4 },
    )
    .map((xs) =>
      xs.map((x, i) => ({ id: String(i + 1), company: x.company, role: x.role, contact: { name: x.name }, noCalls: x.noCalls, events: x.events })),
    );
}

const anySettings: fc.Arbitrary<Settings> = fc.record({
  thankYou: fc.boolean(),
  firstFollowUpBusinessDays: fc.integer({ min: 0, max: 10 }),
  daysAfterPromise: fc.integer({ min: 0, max: 5 }),
  minDaysBetweenFollowUps: fc.integer({ min: 0, max: 14 }),
  maxUnansweredEarly: fc.integer({ min: 1, max: 4 }),
  maxUnansweredLate: fc.integer({ min: 1, max: 5 }),
  holidays: fc.uniqueArray(day2026, { maxLength: 30 }),
  pipelineMin: fc.integer({ min: 0, max: 5 }),
}).map((s) => ({ ...DEFAULT_SETTINGS, ...s }));

const ACTIONS = ['call', 'email', 'wait', 'move-on'];
const STEPS = ['call', 'email', 'move-on'];
const KINDS: readonly Kind[] = ['thank-you', 'follow-up', 'invited', 'offer', 'competing-offer', 'negative-cue', 'unanswered'];
const MAIN_RULES: readonly RuleId[] = ['R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8'];
const NOTE_RULES: readonly RuleId[] = ['N1', 'N2', 'N3', 'N4'];
const RUNS = { numRuns: 400 };

function checkAdvice(r: Advised, settings: Settings, today: string): void {
  const a = r.advice;
  if (a === null) {
    // closed, or not started: no event dated today or before
    expect(r.state.closed || r.state.events.length === 0).toBe(true);
    return;
  }
  expect(r.state.events.length).toBeGreaterThan(0);
  expect(r.state.closed).toBe(false);
  expect(ACTIONS).toContain(a.action);
  expect(KINDS).toContain(a.kind);
  expect(isDay(a.due)).toBe(true);
  // `then` iff waiting, and waiting iff due after today
  expect(a.then !== undefined).toBe(a.action === 'wait');
  expect(a.action === 'wait').toBe(a.due > today);
  if (a.then !== undefined) expect(STEPS).toContain(a.then);
  // reasons: one rule R2..R8 first, then notes in order, each once
  expect(a.reasons.length).toBeGreaterThanOrEqual(1);
  expect(MAIN_RULES).toContain(a.reasons[0]!.rule);
  const notes = a.reasons.slice(1).map((x) => x.rule);
  for (const n of notes) expect(NOTE_RULES).toContain(n);
  expect(notes).toEqual([...new Set(notes)].sort());
  for (const x of a.reasons) expect(x.text.length).toBeGreaterThan(0);
  // every due date is a business day, except an invitation's D
  if (a.kind !== 'invited') expect(isBusinessDay(a.due, settings.holidays)).toBe(true);
  // the step and the kind agree
  const step = a.then ?? a.action;
  if (a.kind === 'negative-cue' || a.kind === 'unanswered') expect(step).toBe('move-on');
  else expect(['call', 'email']).toContain(step);
  if (a.kind === 'thank-you') expect(step).toBe('email');
  if (r.state.app.noCalls && a.kind !== 'invited') expect(step).not.toBe('call');
  // scripts
  expect(typeof a.script).toBe('string');
  expect(a.script!.toLowerCase()).not.toMatch(/status (update|report)/);
  if (notes.includes('N3')) expect(a.script).toContain('Shall I follow up in a week?');
  if (r.state.cue?.cue === 'unsure' && step !== 'move-on') expect(notes).toContain('N3');
}

function run(apps: Application[], settings: Settings, today: string): Advised[] {
  const res = adviseAll(apps, settings, today);
  expect(res).toHaveLength(apps.length);
  for (const r of res) checkAdvice(r, settings, today);
  return res;
}

/** Advice as plain data, for comparing two runs. */
const plain = (res: Advised[]): (Advice | null)[] => res.map((r) => r.advice);

describe('engine properties', () => {
  it('random logs, today and settings: never throws, advice well-formed', () => {
    fc.assert(
      fc.property(anyApps(anyEvent), anySettings, anyToday, (apps, settings, today) => {
        run(apps, settings, today);
        const p = pipeline(
          adviseAll(apps, settings, today).map((r) => r.state),
          settings,
        );
        expect(p.active).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it('plausible logs with default-like settings: well-formed', () => {
    fc.assert(
      fc.property(anyApps(plausibleEvent), anySettings, november, (apps, settings, today) => {
        run(apps, settings, today);
      }),
      RUNS,
    );
  });

  it('events after today change nothing (as-of)', () => {
    fc.assert(
      fc.property(anyApps(plausibleEvent), anySettings, november, fc.array(plausibleEvent, { maxLength: 6 }), (apps, settings, today, extra) => {
        const future = extra.map((x) => ({ ...x, date: addDays(today, 1 + (Number(x.date.slice(8)) % 20)) }));
        const more = apps.map((a, i) => (i === 0 ? { ...a, events: [...a.events, ...future] } : a));
        expect(plain(run(more, settings, today))).toEqual(plain(run(apps, settings, today)));
      }),
      RUNS,
    );
  });

  it('only the order of same-day events matters, not the order of the log across days', () => {
    fc.assert(
      fc.property(anyApps(plausibleEvent), anySettings, november, (apps, settings, today) => {
        const sorted = apps.map((a) => ({ ...a, events: orderEvents(a.events) }));
        const reversedDays = apps.map((a) => {
          // reverse the log, then restore the log order within each day
          const rev = [...a.events].reverse();
          const byDay = new Map<string, AppEvent[]>();
          for (const x of a.events) byDay.set(x.date, [...(byDay.get(x.date) ?? []), x]);
          const seen = new Set<string>();
          return { ...a, events: rev.flatMap((x) => (seen.has(x.date) ? [] : (seen.add(x.date), byDay.get(x.date)!))) };
        });
        const base = plain(run(apps, settings, today));
        expect(plain(run(sorted, settings, today))).toEqual(base);
        expect(plain(run(reversedDays, settings, today))).toEqual(base);
      }),
      RUNS,
    );
  });

  it('pure: the same input gives the same advice, and the input is not modified', () => {
    fc.assert(
      fc.property(anyApps(anyEvent), anySettings, anyToday, (apps, settings, today) => {
        const before = JSON.stringify({ apps, settings });
        const one = plain(adviseAll(apps, settings, today));
        const two = plain(adviseAll(apps, settings, today));
        expect(two).toEqual(one);
        expect(JSON.stringify({ apps, settings })).toBe(before);
      }),
      { numRuns: 200 },
    );
  });

  it('overdue advice keeps its due date while nothing is logged', () => {
    fc.assert(
      fc.property(anyApps(plausibleEvent), anySettings, november, fc.integer({ min: 1, max: 30 }), (apps, settings, today, later) => {
        const now = run(apps, settings, today);
        const after = run(apps, settings, addDays(today, later));
        now.forEach((r, i) => {
          const a = r.advice;
          const b = after[i]!.advice;
          // a later day with no new events: what is due stays due on its date (competing offers can expire)
          const lastEvent = apps[i]!.events.reduce((m, x) => (x.date > m ? x.date : m), '');
          const othersQuiet = apps.every((o) => o.events.every((x) => x.date <= today));
          // (with nothing to date it from, neither an anchor nor a follow-up, F is today itself)
          const dated = r.state.anchor !== undefined || r.state.lastFollowUp !== undefined;
          if (a && a.action !== 'wait' && a.kind !== 'competing-offer' && lastEvent <= today && othersQuiet && dated) {
            expect(b).toMatchObject({ action: a.action, due: a.due, kind: a.kind });
          }
        });
      }),
      RUNS,
    );
  });

  it('a closed application has no advice; an accepted offer silences the pipeline hint', () => {
    fc.assert(
      fc.property(anyApps(plausibleEvent), anySettings, november, fc.constantFrom('rejected', 'withdrawn', 'accepted', 'moved-on'), (apps, settings, today, t) => {
        const closed = apps.map((a, i) => (i === 0 ? { ...a, events: [...a.events, { type: t, date: '2026-12-11' } as AppEvent] } : a));
        const res = run(closed, settings, '2026-12-11');
        expect(res[0]!.advice).toBeNull();
        if (t === 'accepted') expect(pipeline(res.map((r) => r.state), settings).hint).toBeNull();
        void today;
      }),
      { numRuns: 200 },
    );
  });
});
