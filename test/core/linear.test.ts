// adviseAll stays linear in the number of applications: R3 and R6 look across applications, and what they need
// (the earliest held offer, the acceptance) is computed once, not once per application over all the others.
// Work is counted, not timed: every property read on the applications and their events goes through a Proxy.
import { describe, expect, it } from 'vitest';
import { across, adviseAll } from '../../src/core/advise.js';
import type { Application } from '../../src/core/model.js';
import { deriveState } from '../../src/core/timeline.js';
import { app, e, settings } from './helpers.js';

const TODAY = '2026-11-20';

/** Wraps a value so that every property read, however deep, adds one to counter.reads. */
function counted<T extends object>(value: T, counter: { reads: number }): T {
  return new Proxy(value, {
    get(target, key, receiver) {
      counter.reads++;
      const v = Reflect.get(target, key, receiver);
      return v !== null && typeof v === 'object' ? counted(v, counter) : v;
    },
  });
}

/** n applications: a third hold an offer (all on one day: ties go to the lowest id), a third accepted one, a third at round 2. */
function applications(n: number): Application[] {
  return Array.from({ length: n }, (_, i) => {
    const id = String(i + 1);
    if (i % 3 === 0) return app([e('final', '2026-11-09'), e('offer', '2026-11-16', { deadline: '2026-11-30' })], { id });
    if (i % 3 === 1) return app([e('offer', '2026-11-10'), e('accepted', `2026-11-${String(11 + (i % 9)).padStart(2, '0')}`)], { id });
    return app([e('interview', '2026-11-12', { round: 2 }), e('thanks', '2026-11-12')], { id });
  });
}

function readsOf(n: number, advise: (apps: Application[]) => void): number {
  const counter = { reads: 0 };
  advise(applications(n).map((a) => counted(a, counter)));
  return counter.reads;
}

describe('adviseAll is linear', () => {
  it('advising 2n applications does about twice the work of n', () => {
    const run = (apps: Application[]) => void adviseAll(apps, settings(), TODAY);
    const small = readsOf(300, run);
    const large = readsOf(600, run);
    expect(large / small).toBeGreaterThan(1.8);
    expect(large / small).toBeLessThan(2.2);
  });
  it('the counter would catch a scan of all the others for each application', () => {
    const quadratic = (apps: Application[]) => {
      const states = apps.map((a) => deriveState(a, TODAY));
      for (let i = 0; i < states.length; i++) across(states);
    };
    expect(readsOf(600, quadratic) / readsOf(300, quadratic)).toBeGreaterThan(3);
  });
  it('10,000 applications are advised', () => {
    const res = adviseAll(applications(10_000), settings(), TODAY);
    expect(res).toHaveLength(10_000);
    expect(res[2]!.advice?.kind).toBe('withdraw');
  });
});
