// Properties of the engine over random event logs (fast-check): it never throws, and its advice always has the
// shape RULES.md v2 promises, whatever the events, today and settings: one of the four actions, due on a business
// day (but for the employer's days and the same-day answers), scripts without blanks, "status update" or a date
// after the offer's deadline, emails of at most 120 words, and early follow-ups that never bring moving on closer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adviseAll, pipeline, type Advised } from '../../src/core/advise.js';
import { addDays, humanDay, isBusinessDay, isDay } from '../../src/core/calendar.js';
import { tally } from '../../src/core/followups.js';
import { wordCount } from '../../src/core/scripts.js';
import {
  type Advice,
  type AppEvent,
  type Application,
  KINDS,
  type RuleId,
  type Settings,
} from '../../src/core/model.js';
import { orderEvents } from '../../src/core/timeline.js';

import { anyApps, anyEvent, anySettings, anyToday, november, plausibleEvent } from './arbitrary.js';

const ACTIONS = ['call', 'email', 'wait', 'move-on'];
const STEPS = ['call', 'email', 'move-on'];
const MAIN_RULES: readonly RuleId[] = ['R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10', 'R11', 'R12', 'R13'];
const NOTE_RULES: readonly RuleId[] = ['N1', 'N2', 'N3', 'N4'];
/** Due on the employer's own day (an invitation, a scheduled interview) or the event's day (R2, R7, R11). */
const UNROLLED = ['invited', 'scheduled', 'rejection-reply', 'thank-you', 'after-call'];
const RUNS = { numRuns: 400 };

/** The days named in a script (as the scripts write them), compared with a last allowed day. */
function daysAfter(script: string, last: string, sendDay: string): string[] {
  const out: string[] = [];
  for (let d = addDays(last, 1); d <= addDays(last, 400); d = addDays(d, 1)) if (script.includes(humanDay(d, sendDay))) out.push(d);
  return out;
}

function checkAdvice(r: Advised, settings: Settings, today: string): void {
  const a = r.advice;
  if (a === null) {
    // closed, or not started: no event dated today or before
    expect(r.state.closed || r.state.events.length === 0).toBe(true);
    return;
  }
  expect(r.state.events.length).toBeGreaterThan(0);
  if (r.state.closed) expect(a.kind).toBe('rejection-reply');
  expect(ACTIONS).toContain(a.action);
  expect(KINDS).toContain(a.kind);
  expect(isDay(a.due)).toBe(true);
  // `then` iff waiting, and waiting iff due after today
  expect(a.then !== undefined).toBe(a.action === 'wait');
  expect(a.action === 'wait').toBe(a.due > today);
  if (a.then !== undefined) expect(STEPS).toContain(a.then);
  // reasons: one rule first, then notes in order, each once
  expect(MAIN_RULES).toContain(a.reasons[0]!.rule);
  const notes = a.reasons.slice(1).map((x) => x.rule);
  for (const n of notes) expect(NOTE_RULES).toContain(n);
  expect(notes).toEqual([...new Set(notes)].sort());
  for (const x of a.reasons) expect(x.text.length).toBeGreaterThan(0);
  if (!UNROLLED.includes(a.kind)) expect(isBusinessDay(a.due, settings.holidays)).toBe(true);
  // the step and the kind agree
  const step = a.then ?? a.action;
  if (a.kind === 'negative-cue' || a.kind === 'unanswered') expect(step).toBe('move-on');
  else expect(['call', 'email']).toContain(step);
  if (['thank-you', 'after-call', 'withdraw', 'rejection-reply', 'scheduled'].includes(a.kind)) expect(step).toBe('email');
  if (r.state.app.noCalls && a.kind !== 'invited') expect(step).not.toBe('call');
  // scripts: none for moving on or a scheduled interview; otherwise sendable as is
  if (step === 'move-on' || a.kind === 'scheduled') {
    expect(a.script).toBeNull();
    return;
  }
  const script = a.script!;
  expect(typeof script).toBe('string');
  expect(script).not.toContain('[');
  expect(script.toLowerCase()).not.toMatch(/status (update|report)|just checking in|touching base|circling back|first choice/);
  if (step === 'email') {
    expect(wordCount(script)).toBeLessThanOrEqual(120);
    expect(script).toMatch(/^(To: .*\n)?Subject: /);
    expect(script.includes('To: ')).toBe(r.state.app.contact.email !== undefined);
  } else {
    expect(script.split('\n').filter((l) => l.startsWith('- ')).length).toBeLessThanOrEqual(4);
    expect(script).toMatch(/\nVoicemail: [^.]+\. [^.]+\.$/);
  }
  const sendDay = a.due > today ? a.due : today;
  const deadline = r.state.offer?.deadline;
  if (deadline) expect(daysAfter(script, deadline, sendDay)).toEqual([]);
  if (notes.includes('N3')) expect(script).toContain('Shall I follow up in a week?');
  if (r.state.stage === 'applied') expect(script).not.toMatch(/since we spoke|our conversation|the interview/i);
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

  it('events after today change nothing (as-of), but a scheduled interview (R8)', () => {
    fc.assert(
      fc.property(anyApps(plausibleEvent), anySettings, november, fc.array(plausibleEvent, { maxLength: 6 }), (apps, settings, today, extra) => {
        const future = extra
          .filter((x) => !['screen', 'interview', 'final'].includes(x.type))
          .map((x) => ({ ...x, date: addDays(today, 1 + (Number(x.date.slice(8)) % 20)) }));
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
          // (R2, R7 and R11 have windows that close; R3 and R6 depend on the other applications)
          const windowed = ['thank-you', 'after-call', 'rejection-reply', 'competing-offer', 'withdraw'].includes(a?.kind ?? '');
          if (a && a.action !== 'wait' && !windowed && lastEvent <= today && othersQuiet && dated) {
            expect(b).toMatchObject({ action: a.action, due: a.due, kind: a.kind });
          }
        });
      }),
      RUNS,
    );
  });

  it('a closed application has no advice (but a fresh rejection\'s reply); an accepted offer silences the pipeline hint', () => {
    fc.assert(
      fc.property(anyApps(plausibleEvent), anySettings, november, fc.constantFrom('rejected', 'withdrawn', 'accepted', 'moved-on'), (apps, settings, today, t) => {
        const closed = apps.map((a, i) => (i === 0 ? { ...a, events: [...a.events, { type: t, date: '2026-12-11' } as AppEvent] } : a));
        const res = run(closed, settings, '2026-12-11');
        if (t === 'rejected' && res[0]!.advice) expect(res[0]!.advice.kind).toBe('rejection-reply');
        else expect(res[0]!.advice).toBeNull();
        if (t === 'accepted') expect(pipeline(res.map((r) => r.state), settings).hint).toBeNull();
        void today;
      }),
      { numRuns: 200 },
    );
  });

  it('an early follow-up never brings moving on closer', () => {
    fc.assert(
      fc.property(anyApps(plausibleEvent), anySettings, november, fc.constantFrom('call', 'email'), (apps, settings, today, type) => {
        const before = run(apps, settings, today)[0]!;
        const a = before.advice;
        // Waiting for F under R13: a nudge today is early.
        if (!a || a.reasons[0]!.rule !== 'R13' || a.action !== 'wait') return;
        const nudged = { ...apps[0]!, events: [...apps[0]!.events.filter((x) => x.date <= today), { type, date: today } as AppEvent] };
        const after = run([nudged, ...apps.slice(1)], settings, today)[0]!;
        expect(tally(after.state, settings).counted.length).toBe(tally(before.state, settings).counted.length);
        expect(after.advice!.kind).not.toBe('unanswered');
      }),
      RUNS,
    );
  });
});
