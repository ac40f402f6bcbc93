// Realistic application histories for the bench (scripts/bench-data.ts) and the linearity tests (test/perf/):
// the same seeded sequence on every run and every machine.
import type { AppEvent, Application } from '../src/core/model.js';

/** `count` applications (without ids) as of `today`, the same ones for the same arguments. */
export function makeApplications(count: number, today = '2026-11-20'): Omit<Application, 'id'>[] {
  const DAY_MS = 86_400_000;
  const TODAY = Date.parse(`${today}T00:00:00Z`);
  const day = (offset: number) => new Date(TODAY + offset * DAY_MS).toISOString().slice(0, 10);

  let seed = 42;
  function rand(k: number): number {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return Math.floor((seed / 2 ** 31) * k);
  }
  const pick = <T>(xs: readonly T[]): T => xs[rand(xs.length)]!;
  const CUES = ['encouraging', 'neutral', 'unsure', 'negative'] as const;
  const ROLES = ['Backend Engineer', 'SRE', 'Data Engineer', 'Frontend Developer', 'Product Designer', 'QA Lead'];

  /**
   * One history: applied, then some of screen, thanks, follow-ups (calls, some unanswered, and emails),
   * interview rounds with promises and invitations, a final round, an offer with a deadline, a delay, notes;
   * about one in five is closed (rejected, withdrawn, moved on), a few have an interview scheduled ahead.
   * 1 to 9 events, in date order, all but a scheduled interview on or before today; one in fifty only scheduled.
   */
  function history(): AppEvent[] {
    // One in fifty: an interview logged in advance, the application's only event (today lists it as coming up).
    if (rand(50) === 0) return [{ type: 'interview', date: day(1 + rand(14)), round: 1, channel: 'call' }];
    let at = -(5 + rand(80));
    const step = (min: number, spread: number) => (at = Math.min(0, at + min + rand(spread)));
    const events: AppEvent[] = [];
    const push = (e: AppEvent) => events.length < 9 && events.push(e);
    const applied: AppEvent = { type: 'applied', date: day(at) };
    if (rand(4) === 0) applied.expectBy = day(at + 10 + rand(10));
    push(applied);
    const depth = rand(10); // 0–1: applied only; 2–3: screen; 4–6: interviews; 7: final; 8–9: offer
    if (depth <= 1) {
      if (rand(2)) push({ type: 'email', date: day(step(6, 5)) });
      if (rand(3) === 0) push({ type: 'call', date: day(step(3, 5)), noAnswer: true });
    }
    if (depth >= 2) {
      push({ type: 'screen', date: day(step(3, 8)), cue: pick(CUES), ...(rand(2) ? { expectBy: day(at + 5 + rand(5)) } : {}) });
      if (rand(2)) push({ type: 'thanks', date: day(step(0, 2)) });
      if (rand(3) === 0) push({ type: 'call', date: day(step(4, 4)), ...(rand(2) ? { noAnswer: true } : {}) });
    }
    if (depth >= 4) {
      const rounds = 1 + rand(2);
      for (let round = 1; round <= rounds; round++) {
        const invited = rand(3) === 0;
        push({ type: 'interview', date: day(step(3, 7)), round, cue: pick(CUES), expectBy: day(at + 3 + rand(7)), ...(invited ? { invited: day(at + 2), channel: pick(['call', 'email'] as const) } : {}) });
        if (rand(2)) push({ type: 'thanks', date: day(step(0, 2)) });
      }
      if (rand(4) === 0) push({ type: 'email', date: day(step(5, 4)) });
    }
    if (depth === 5 && rand(2)) push({ type: 'delay', date: day(step(2, 5)), until: day(at + 7 + rand(14)), reason: 'the hiring manager is travelling' });
    if (depth >= 7) {
      push({ type: 'final', date: day(step(3, 7)), cue: pick(CUES), expectBy: day(at + 5) });
      if (rand(2)) push({ type: 'reply', date: day(step(1, 4)) });
    }
    if (depth >= 8) push({ type: 'offer', date: day(step(1, 5)), deadline: day(at + 5 + rand(10)) });
    if (rand(6) === 0) push({ type: 'note', date: day(step(0, 3)), note: 'recruiter said the team is growing' });
    // Closed ones: about one in five.
    const end = rand(20);
    if (end < 2) push({ type: 'rejected', date: day(step(1, 10)) });
    else if (end === 2) push({ type: 'withdrawn', date: day(step(1, 5)) });
    else if (end === 3) push({ type: 'moved-on', date: day(step(1, 5)) });
    else if (end === 4 && depth >= 2 && depth < 7 && events.length < 9) {
      // An interview already scheduled: the invitation came today or before, the interview is ahead.
      push({ type: 'interview', date: day(1 + rand(10)), round: 2 + rand(2) });
    }
    return events;
  }

  function application(i: number): Omit<Application, 'id'> {
    const app: Omit<Application, 'id'> = {
      company: `Company ${String(i).padStart(5, '0')}`,
      role: pick(ROLES),
      contact: i % 3 ? { name: `Contact ${i}`, email: `hr${i}@example.test`, ...(i % 4 ? { phone: '+1 555 0100' } : {}) } : {},
      noCalls: i % 11 === 0,
      events: history(),
    };
    if (i % 5 === 0) app.url = `https://jobs.example.test/${i}`;
    return app;
  }
  const apps: Omit<Application, 'id'>[] = [];
  for (let i = 1; i <= count; i++) apps.push(application(i));
  return apps;
}
