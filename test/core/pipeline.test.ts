// RULES.md "The pipeline": unless an offer is held or has been accepted, fewer than pipelineMin active applications,
// or every active one at final, gives a hint to keep exploring; none with no applications. Also what R3 and R6 look
// at across applications, and `today`'s order.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { across, adviseAll, byUrgency, pipeline, sortByUrgency } from '../../src/core/advise.js';
import { DEFAULT_SETTINGS, type Advice, type AppEvent, type Application, type EventType, type Settings } from '../../src/core/model.js';
import { deriveState } from '../../src/core/timeline.js';

function e(type: EventType, date: string, extra: Partial<AppEvent> = {}): AppEvent {
  return { type, date, ...extra };
}
let nextId = 1;
function app(events: AppEvent[], extra: Partial<Application> = {}): Application {
  const id = String(nextId++);
  return { id, company: `Co${id}`, contact: {}, noCalls: false, events, ...extra };
}
const TODAY = '2026-11-20';
function hint(apps: Application[], over: Partial<Settings> = {}, today = TODAY) {
  return pipeline(
    apps.map((a) => deriveState(a, today)),
    { ...DEFAULT_SETTINGS, ...over },
  );
}
const applied = () => app([e('applied', '2026-11-02')]);
const screen = () => app([e('applied', '2026-11-02'), e('screen', '2026-11-09')]);
const round2 = () => app([e('interview', '2026-11-09', { round: 2 })]);
const final = () => app([e('final', '2026-11-09')]);
const offer = () => app([e('final', '2026-11-09'), e('offer', '2026-11-16')]);
const closed = (t: 'rejected' | 'withdrawn' | 'moved-on') => app([e('applied', '2026-11-02'), e(t, '2026-11-10')]);
const accepted = (date = '2026-11-18') => app([e('final', '2026-11-09'), e('offer', '2026-11-16'), e('accepted', date)]);

describe('pipeline: fewer than pipelineMin active applications', () => {
  it('no applications at all: no hint (the command line shows how to start)', () => {
    expect(hint([])).toEqual({ active: 0, hint: null });
  });
  it('only closed applications: a hint', () => {
    const p = hint([closed('rejected')]);
    expect(p.active).toBe(0);
    expect(p.hint).toContain('only 0 active applications');
    expect(p.hint).toContain('keep exploring other options');
  });
  it('one or two active (singular and plural)', () => {
    expect(hint([applied()]).hint).toContain('only 1 active application (aim for 3 or more)');
    expect(hint([applied(), screen()]).hint).toContain('only 2 active applications');
  });
  it('closed applications do not count as active', () => {
    const p = hint([applied(), screen(), closed('rejected'), closed('withdrawn'), closed('moved-on')]);
    expect(p.active).toBe(2);
    expect(p.hint).toContain('only 2 active applications');
  });
  it('three active at mixed stages: no hint', () => {
    expect(hint([applied(), screen(), round2()])).toEqual({ active: 3, hint: null });
    expect(hint([applied(), final(), round2()])).toEqual({ active: 3, hint: null });
  });
  it('the setting pipelineMin', () => {
    expect(hint([applied(), screen()], { pipelineMin: 2 }).hint).toBeNull();
    expect(hint([applied(), screen(), round2()], { pipelineMin: 4 }).hint).toContain('only 3 active applications (aim for 4 or more)');
    expect(hint([applied()], { pipelineMin: 1 }).hint).toBeNull();
    expect(hint([], { pipelineMin: 0 }).hint).toBeNull();
  });
  it('counts as of today', () => {
    // An application whose first event is after today is not seen yet, so not active.
    const later = app([e('applied', '2026-11-25')]);
    expect(hint([applied(), screen(), later]).active).toBe(2);
    expect(hint([applied(), screen(), later], {}, '2026-11-25').active).toBe(3);
    const rejectedLater = app([e('applied', '2026-11-02'), e('rejected', '2026-11-25')]);
    expect(hint([applied(), screen(), rejectedLater]).hint).toBeNull();
    expect(hint([applied(), screen(), rejectedLater], {}, '2026-11-25').hint).toContain('only 2 active');
  });
});

describe('pipeline: every active application at final', () => {
  it('hints even with enough applications', () => {
    const p = hint([final(), final(), final()]);
    expect(p.active).toBe(3);
    expect(p.hint).toContain('every active application is at the final round');
  });
  it('closed applications do not spoil it', () => {
    expect(hint([final(), final(), final(), closed('rejected')]).hint).toContain('every active application');
  });
  it('one earlier-stage application is enough to silence it', () => {
    expect(hint([final(), final(), round2()]).hint).toBeNull();
    expect(hint([final(), final(), applied()]).hint).toBeNull();
  });
  it('the count hint comes first when both apply', () => {
    expect(hint([final()]).hint).toContain('only 1 active application');
  });
  it('with pipelineMin 0 and nothing active there is no hint (no active application to be at final)', () => {
    expect(hint([closed('rejected')], { pipelineMin: 0 })).toEqual({ active: 0, hint: null });
    expect(hint([final()], { pipelineMin: 0 }).hint).toContain('every active application');
  });
});

describe('pipeline: none after an accepted offer', () => {
  it('no hint, whatever the count or stages', () => {
    expect(hint([accepted()]).hint).toBeNull();
    expect(hint([accepted(), final()]).hint).toBeNull();
    expect(hint([accepted(), applied(), screen(), round2()]).hint).toBeNull();
  });
  it('an acceptance dated after today is not seen yet (its offer is still held: no hint either)', () => {
    const p = hint([accepted('2026-11-25'), final(), final()]);
    expect(p.active).toBe(3);
    expect(p.hint).toBeNull();
  });
  it('a declined offer is not an accepted one', () => {
    const declined = app([e('final', '2026-11-09'), e('offer', '2026-11-16'), e('withdrawn', '2026-11-18')]);
    expect(hint([declined]).hint).toContain('only 0 active applications');
  });
});

describe('pipeline: none while an offer is held (v2)', () => {
  it('a held offer silences the hint', () => {
    expect(hint([offer()]).hint).toBeNull();
    expect(hint([final(), final(), offer()]).hint).toBeNull();
    expect(hint([app([e('offer', '2026-11-12', { deadline: TODAY })])]).hint).toBeNull();
  });
  it('an offer past its deadline is not held', () => {
    expect(hint([app([e('offer', '2026-11-12', { deadline: '2026-11-19' })])]).hint).toContain('only 1 active application');
  });
});

describe('across: what R3 and R6 look at, once for all applications', () => {
  const states = (apps: Application[], today = TODAY) => apps.map((a) => deriveState(a, today));
  it('the earliest held offer, then the lowest id', () => {
    const a = app([e('offer', '2026-11-16')], { company: 'A' });
    const b = app([e('offer', '2026-11-12')], { company: 'B' });
    const c = app([e('offer', '2026-11-12')], { company: 'C' });
    expect(across(states([a, c, b])).heldOffer?.app.company).toBe('B');
  });
  it('skips expired deadlines, closed applications and unseen offers', () => {
    const expired = app([e('offer', '2026-11-12', { deadline: '2026-11-19' })]);
    const closedOffer = app([e('offer', '2026-11-10'), e('withdrawn', '2026-11-11')]);
    const later = app([e('offer', '2026-11-25')]);
    expect(across(states([expired, closedOffer, later, round2()])).heldOffer).toBeUndefined();
    const today = app([e('offer', '2026-11-12', { deadline: TODAY })]);
    expect(across(states([today])).heldOffer?.offer.deadline).toBe(TODAY);
  });
  it('an application that moved past its offer holds none', () => {
    const moved = app([e('offer', '2026-11-12'), e('interview', '2026-11-16', { round: 3 })]);
    expect(across(states([moved])).heldOffer).toBeUndefined();
  });
  it('a revised offer keeps its first date and takes the new deadline', () => {
    const revised = app([e('offer', '2026-11-12', { deadline: '2026-11-19' }), e('offer', '2026-11-18', { deadline: '2026-11-27' })]);
    expect(across(states([revised])).heldOffer?.offer).toMatchObject({ date: '2026-11-12', deadline: '2026-11-27' });
  });
  it('the earliest acceptance dated today or before', () => {
    expect(across(states([accepted('2026-11-18'), accepted('2026-11-17')])).acceptance?.date).toBe('2026-11-17');
    expect(across(states([accepted('2026-11-25')])).acceptance).toBeUndefined();
  });
});

describe("byUrgency: what is due (oldest first), then what waits (soonest first); ties by id", () => {
  const a = (action: Advice['action'], due: string): Advice => ({ action, due, kind: 'follow-up', reasons: [], script: null });
  it('sorts', () => {
    const items = [
      { id: '5', advice: a('wait', '2026-11-25') },
      { id: '2', advice: a('call', '2026-11-18') },
      { id: '3', advice: a('wait', '2026-11-23') },
      { id: '10', advice: a('email', '2026-11-16') },
      { id: '4', advice: a('move-on', '2026-11-18') },
      { id: '1', advice: a('wait', '2026-11-23') },
    ];
    expect([...items].sort(byUrgency).map((i) => i.id)).toEqual(['10', '2', '4', '1', '3', '5']);
  });
  it('numeric ids compare as numbers', () => {
    const items = [
      { id: '10', advice: a('call', '2026-11-18') },
      { id: '9', advice: a('call', '2026-11-18') },
    ];
    expect([...items].sort(byUrgency).map((i) => i.id)).toEqual(['9', '10']);
  });
  it('sortByUrgency (keys worked out once) gives the order byUrgency gives, on random rows', () => {
    const row = fc.record({
      id: fc.oneof(fc.integer({ min: 1, max: 30 }).map(String), fc.constantFrom('x', '07', 'a1')),
      advice: fc.record({ action: fc.constantFrom('call', 'email', 'wait', 'move-on'), day: fc.integer({ min: 10, max: 14 }) }).map((r) => a(r.action as Advice['action'], `2026-11-${r.day}`)),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        expect(sortByUrgency(rows)).toEqual([...rows].sort(byUrgency));
      }),
    );
  });
});

describe('adviseAll', () => {
  it('one result per application, in order, with its state', () => {
    const apps = [applied(), closed('rejected'), final()];
    const res = adviseAll(apps, DEFAULT_SETTINGS, TODAY);
    expect(res.map((r) => r.state.app.id)).toEqual(apps.map((x) => x.id));
    expect(res.map((r) => r.advice === null)).toEqual([false, true, false]);
  });
  it('does not modify the applications', () => {
    const apps = [app([e('email', '2026-11-09'), e('applied', '2026-11-02')])];
    const before = JSON.stringify(apps);
    adviseAll(apps, DEFAULT_SETTINGS, TODAY);
    expect(JSON.stringify(apps)).toBe(before);
  });
});
