// RULES.md (version 2) driven only through the command line: add, log, then `today --json --as-of DAY`.
// First the rulebook's three worked examples exactly as written, then scenarios that combine the rules.
// Dates are 2026; 11-20 is a Friday; FOLLOWUP_NOW is the day each step happens on.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Fx, fixture, rules } from './support.js';

let fx: Fx;
beforeEach(() => {
  fx = fixture();
});
afterEach(() => fx.cleanup());

/** The advice for `id` on `day`, as `today --json --as-of` gives it; fails when it is not listed. */
function on(id: string, day: string) {
  const item = fx.advice(id, day);
  expect(item, `#${id} is not in today's list on ${day}`).toBeDefined();
  expect(item.script ?? '').not.toMatch(/status update/i);
  return item;
}

/** `today --json --as-of day`: the ids listed. */
function listed(day: string): string[] {
  return fx.json(['today', '--as-of', day]).items.map((i: { id: string }) => i.id);
}

describe('RULES.md worked examples', () => {
  it('1. interview round 1 on Mon 11-16, "we\'ll decide by Fri 11-20"', () => {
    fx.ok(['add', '--company', 'Acme', '--stage', 'interview', '--round', '1', '--date', '2026-11-16', '--expect-by', '2026-11-20'], { now: '2026-11-16' });
    expect(on('1', '2026-11-16')).toMatchObject({ action: 'email', due: '2026-11-16', kind: 'thank-you' });
    fx.ok(['log', '1', 'thanks', '--date', '2026-11-16'], { now: '2026-11-16' });
    // 11-21 is a Saturday: Monday 11-23.
    expect(on('1', '2026-11-18')).toMatchObject({ action: 'wait', due: '2026-11-23', then: 'call', kind: 'follow-up' });
    expect(on('1', '2026-11-23')).toMatchObject({ action: 'call', due: '2026-11-23', kind: 'follow-up' });
  });

  it('2. continue: a call on 11-23, nothing back, then an email, then move on', () => {
    fx.ok(['add', '--company', 'Acme', '--stage', 'interview', '--round', '1', '--date', '2026-11-16', '--expect-by', '2026-11-20'], { now: '2026-11-16' });
    fx.ok(['log', '1', 'thanks', '--date', '2026-11-16'], { now: '2026-11-16' });
    fx.ok(['log', '1', 'call', '--date', '2026-11-23'], { now: '2026-11-23' });
    expect(on('1', '2026-11-25')).toMatchObject({ action: 'wait', due: '2026-11-30', then: 'email' });
    // First-interview stage, one call already made: email.
    expect(on('1', '2026-11-30')).toMatchObject({ action: 'email', due: '2026-11-30', kind: 'follow-up' });
    fx.ok(['log', '1', 'email', '--date', '2026-11-30'], { now: '2026-11-30' });
    expect(on('1', '2026-12-03')).toMatchObject({ action: 'wait', due: '2026-12-07', then: 'move-on' });
    expect(on('1', '2026-12-07')).toMatchObject({ action: 'move-on', due: '2026-12-07', kind: 'unanswered' });
    expect(rules(on('1', '2026-12-07'))[0]).toBe('R12');
  });

  it('3. applied on Tue 11-03, nothing since', () => {
    fx.ok(['add', '--company', 'Acme', '--date', '2026-11-03'], { now: '2026-11-03' });
    expect(on('1', '2026-11-06')).toMatchObject({ action: 'wait', due: '2026-11-10', then: 'email', kind: 'follow-up' });
    expect(on('1', '2026-11-10')).toMatchObject({ action: 'email', due: '2026-11-10', kind: 'follow-up' });
  });
});

describe('scenarios', () => {
  it('an invitation (log reply --invited) overrides the weekly limit, is not rolled, and is used up by the call', () => {
    fx.add('Acme', ['--stage', 'interview', '--date', '2026-11-09']);
    fx.ok(['log', '1', 'thanks', '--date', '2026-11-09']);
    fx.ok(['log', '1', 'call', '--date', '2026-11-16']);
    // "Call me on Saturday": the weekly limit alone would say Mon 11-23.
    fx.ok(['log', '1', 'reply', '--date', '2026-11-18', '--invited', '2026-11-21']);
    const before = on('1', '2026-11-19');
    expect(before).toMatchObject({ action: 'wait', due: '2026-11-21', then: 'call', kind: 'invited' });
    expect(rules(before)[0]).toBe('R10');
    expect(on('1', '2026-11-21')).toMatchObject({ action: 'call', due: '2026-11-21', kind: 'invited' });
    // Overdue keeps its date.
    expect(on('1', '2026-11-23')).toMatchObject({ action: 'call', due: '2026-11-21', kind: 'invited' });

    fx.ok(['log', '1', 'call', '--date', '2026-11-21'], { now: '2026-11-21' });
    // Used up. Next: a week after that call (Mon 11-30), by email: one call already made since round 1.
    const after = on('1', '2026-11-23');
    expect(after).toMatchObject({ action: 'wait', due: '2026-11-30', then: 'email', kind: 'follow-up' });
    expect(rules(after)).toEqual(['R13', 'N4']);
  });

  it('an invitation by email, and one on a --no-calls application, keep the channel the employer asked for', () => {
    fx.add('Mail', ['--stage', 'interview', '--round', '2', '--date', '2026-11-09']);
    fx.ok(['log', '1', 'thanks', '--date', '2026-11-09']);
    fx.ok(['log', '1', 'reply', '--date', '2026-11-12', '--invited', '2026-11-24', '--channel', 'email']);
    fx.add('NoCalls', ['--stage', 'interview', '--round', '2', '--date', '2026-11-09', '--no-calls']);
    fx.ok(['log', '2', 'thanks', '--date', '2026-11-09']);
    // Without an invitation, --no-calls means email.
    expect(on('2', '2026-11-20')).toMatchObject({ action: 'email', due: '2026-11-16', kind: 'follow-up' });
    fx.ok(['log', '2', 'reply', '--date', '2026-11-17', '--invited', 'tue']);
    expect(on('1', '2026-11-20')).toMatchObject({ action: 'wait', due: '2026-11-24', then: 'email', kind: 'invited' });
    expect(on('2', '2026-11-20')).toMatchObject({ action: 'wait', due: '2026-11-24', then: 'call', kind: 'invited' });
  });

  it('an answered follow-up (log call --expect-by) is a reply: it resets the unanswered count and sets a promise', () => {
    for (const c of ['Answered', 'Unanswered']) {
      fx.add(c, ['--date', '2026-11-02']);
    }
    for (const id of ['1', '2']) fx.ok(['log', id, 'email', '--date', '2026-11-09']);
    fx.ok(['log', '1', 'call', '--date', '2026-11-16', '--expect-by', '2026-11-20']);
    fx.ok(['log', '2', 'call', '--date', '2026-11-16']);
    // Promise Fri 11-20 → Mon 11-23, by email at the applied stage.
    const answered = on('1', '2026-11-20');
    expect(answered).toMatchObject({ action: 'wait', due: '2026-11-23', then: 'email', kind: 'follow-up' });
    expect(rules(answered)).toEqual(['R13', 'N4']);
    // Two follow-ups unanswered at the applied stage: give the last a week, then move on.
    const unanswered = on('2', '2026-11-20');
    expect(unanswered).toMatchObject({ action: 'wait', due: '2026-11-23', then: 'move-on', kind: 'unanswered' });
    expect(rules(unanswered)[0]).toBe('R12');
    expect(on('2', '2026-11-23')).toMatchObject({ action: 'move-on', due: '2026-11-23' });
    // An answer with a cue counts as a reply too.
    fx.ok(['log', '2', 'email', '--date', '2026-11-20', '--cue', 'encouraging']);
    expect(on('2', '2026-11-23')).toMatchObject({ action: 'wait', due: '2026-11-27', then: 'email', kind: 'follow-up' });
  });

  it('a delay with --until waits past it, with N2 naming the reason; then call at a later stage', () => {
    fx.add('Acme', ['--stage', 'interview', '--round', '2', '--date', '2026-11-09']);
    fx.ok(['log', '1', 'thanks', '--date', '2026-11-09']);
    fx.ok(['log', '1', 'delay', '--date', '2026-11-12', '--until', '2026-12-01', '--reason', 'budget freeze']);
    const waiting = on('1', '2026-11-20');
    expect(waiting).toMatchObject({ action: 'wait', due: '2026-12-02', then: 'call', kind: 'follow-up' });
    expect(rules(waiting)).toEqual(['R13', 'N2']);
    expect(waiting.reasons[1].text).toContain('budget freeze');
    expect(waiting.reasons[1].text).toContain('1 Dec');
    const due = on('1', '2026-12-02');
    expect(due).toMatchObject({ action: 'call', due: '2026-12-02' });
    // Once the day has passed, N2 says so.
    expect(due.reasons[1]).toEqual({ rule: 'N2', text: 'the delay they gave ran until Tue 1 Dec' });
  });

  it('a final round adds N1 once a follow-up after it went unanswered; a newer reply without a date clears the promise', () => {
    fx.add('Acme', ['--stage', 'final', '--date', '2026-11-10', '--expect-by', '2026-11-13']);
    fx.ok(['log', '1', 'thanks', '--date', '2026-11-10']);
    // On the promised day it has not passed yet.
    const onTheDay = on('1', '2026-11-13');
    expect(onTheDay).toMatchObject({ action: 'wait', due: '2026-11-16', then: 'call' });
    expect(rules(onTheDay)).toEqual(['R13']);
    // The promise has passed, but nothing went unanswered yet: no N1.
    const passed = on('1', '2026-11-16');
    expect(passed).toMatchObject({ action: 'call', due: '2026-11-16', kind: 'follow-up' });
    expect(rules(passed)).toEqual(['R13']);
    fx.ok(['log', '1', 'call', '--date', '2026-11-16']);
    const unanswered = on('1', '2026-11-19');
    expect(unanswered).toMatchObject({ action: 'wait', due: '2026-11-23', then: 'email' });
    expect(rules(unanswered)).toEqual(['R13', 'N1']);
    expect(unanswered.reasons[1].text).toMatch(/someone else got the first offer/);
    // A reply on Tue 11-17 without a date: five business days from it, and no N1 (the anchor is not the final).
    fx.ok(['log', '1', 'reply', '--date', '2026-11-17']);
    const replied = on('1', '2026-11-20');
    expect(replied).toMatchObject({ action: 'wait', due: '2026-11-24', then: 'call' });
    expect(rules(replied)).toEqual(['R13']);
  });

  it('an unsure cue adds N3 and the script asks "Shall I follow up in a week?" once; a newer cue replaces it', () => {
    fx.add('Acme', ['--stage', 'interview', '--date', '2026-11-16', '--cue', 'unsure']);
    const thanks = on('1', '2026-11-16');
    expect(thanks).toMatchObject({ action: 'email', kind: 'thank-you' });
    expect(rules(thanks)).toEqual(['R7', 'N3']);
    expect(thanks.script).toContain('Shall I follow up in a week?');
    fx.ok(['log', '1', 'thanks', '--date', '2026-11-16']);
    // Asked in the thank-you: not again.
    const waiting = on('1', '2026-11-18');
    expect(waiting).toMatchObject({ action: 'wait', due: '2026-11-23', then: 'call' });
    expect(rules(waiting)).toEqual(['R13', 'N4']);
    expect(waiting.script).not.toContain('Shall I follow up in a week?');
    fx.ok(['log', '1', 'reply', '--date', '2026-11-19', '--cue', 'encouraging']);
    // Encouraged: no N4 either.
    const encouraged = on('1', '2026-11-20');
    expect(encouraged).toMatchObject({ action: 'wait', due: '2026-11-26', then: 'call' });
    expect(rules(encouraged)).toEqual(['R13']);
    expect(encouraged.script).not.toContain('Shall I follow up in a week?');
  });

  it('an offer elsewhere (R6): call the round-2 application at once, not the round-1 one; a follow-up settles it', () => {
    fx.add('Later', ['--role', 'Engineer', '--stage', 'interview', '--round', '2', '--date', '2026-11-10', '--expect-by', '2026-12-04']); // 1
    fx.ok(['log', '1', 'thanks', '--date', '2026-11-10']);
    fx.add('Offerer', ['--date', '2026-11-02']); // 2
    fx.add('Early', ['--stage', 'interview', '--date', '2026-11-16']); // 3
    fx.ok(['log', '3', 'thanks', '--date', '2026-11-16']);
    // Before the offer: waiting on the promise of Fri 12-04 → Mon 12-07.
    expect(on('1', '2026-11-17')).toMatchObject({ action: 'wait', due: '2026-12-07', then: 'call' });

    fx.ok(['log', '2', 'offer', '--date', '2026-11-18', '--deadline', '2026-11-25']);
    const doc = fx.json(['today', '--as-of', '2026-11-20']);
    const later = doc.items.find((i: { id: string }) => i.id === '1');
    expect(later).toMatchObject({ action: 'call', due: '2026-11-18', kind: 'competing-offer' });
    expect(rules(later)[0]).toBe('R6');
    expect(later.reasons[0].text).toContain('Offerer');
    expect(later.script).toContain('Wed 25 Nov');
    // The offer itself is acknowledged at once (R4).
    expect(doc.items.find((i: { id: string }) => i.id === '2')).toMatchObject({ action: 'call', due: '2026-11-18', kind: 'offer' });
    expect(doc.items.find((i: { id: string }) => i.id === '3')).toMatchObject({ action: 'wait', due: '2026-11-23', then: 'call', kind: 'follow-up' });
    expect(doc.items[0].id).toBe('1');

    fx.ok(['log', '1', 'call', '--date', '2026-11-20']);
    // Told them: back to the promise (Mon 12-07), which is later than a week after the call; by email, as that call
    // is dated after the anchor (later stages: call, then email).
    expect(on('1', '2026-11-20')).toMatchObject({ action: 'wait', due: '2026-12-07', then: 'email', kind: 'follow-up' });
  });

  it('R6 ends with the offer: once its deadline has passed, or once it is accepted (then R3: withdraw)', () => {
    fx.add('Later', ['--stage', 'final', '--date', '2026-11-10', '--expect-by', '2026-12-04']);
    fx.ok(['log', '1', 'thanks', '--date', '2026-11-10']);
    fx.add('Offerer', ['--stage', 'offer', '--date', '2026-11-18', '--deadline', '2026-11-25']);
    expect(on('1', '2026-11-25')).toMatchObject({ action: 'call', kind: 'competing-offer', due: '2026-11-18' });
    expect(on('1', '2026-11-26')).toMatchObject({ action: 'wait', kind: 'follow-up', due: '2026-12-07' });
    fx.ok(['log', '2', 'accepted', '--date', '2026-11-20']);
    expect(on('1', '2026-11-20')).toMatchObject({ action: 'email', kind: 'withdraw', due: '2026-11-20' });
    expect(listed('2026-11-20')).toEqual(['1']);
  });

  it('an offer: acknowledged at once (R4), then answered a business day before its deadline (R5); email with --no-calls', () => {
    fx.add('Deadline', ['--date', '2026-11-02']); // 1
    fx.ok(['log', '1', 'offer', '--date', '2026-11-18', '--deadline', '2026-11-25']);
    fx.add('Open', ['--stage', 'offer', '--date', '2026-11-18']); // 2
    fx.add('Quiet', ['--stage', 'offer', '--date', '2026-11-18', '--no-calls']); // 3
    const ack = on('1', '2026-11-20');
    expect(ack).toMatchObject({ action: 'call', due: '2026-11-18', kind: 'offer' });
    expect(rules(ack)).toEqual(['R4']);
    fx.ok(['log', '1', 'call', '--date', '2026-11-20']);
    const waiting = on('1', '2026-11-20');
    expect(waiting).toMatchObject({ action: 'wait', due: '2026-11-24', then: 'call', kind: 'offer' });
    expect(rules(waiting)).toEqual(['R5']);
    expect(on('1', '2026-11-24')).toMatchObject({ action: 'call', due: '2026-11-24', kind: 'offer' });
    expect(on('2', '2026-11-20')).toMatchObject({ action: 'call', due: '2026-11-18', kind: 'offer' });
    expect(on('3', '2026-11-20')).toMatchObject({ action: 'email', due: '2026-11-18', kind: 'offer' });
    // Without a deadline: a week after the last contact.
    fx.ok(['log', '2', 'call', '--date', '2026-11-18']);
    expect(on('2', '2026-11-20')).toMatchObject({ action: 'wait', due: '2026-11-25', then: 'call', kind: 'offer' });
    // An offer is held: no hint to keep exploring.
    expect(fx.json(['today', '--as-of', '2026-11-20']).pipeline.hint).toBeNull();
  });

  it('a negative cue (R9) means move on, after the thank-you (R7); a newer cue overrides it; done closes it', () => {
    fx.add('Cold', ['--stage', 'interview', '--date', '2026-11-16', '--cue', 'negative']); // 1
    fx.add('Warm', ['--stage', 'interview', '--date', '2026-11-10']); // 2
    fx.ok(['log', '2', 'thanks', '--date', '2026-11-10']);
    fx.ok(['log', '2', 'reply', '--date', '2026-11-12', '--cue', 'negative']);
    expect(on('1', '2026-11-16')).toMatchObject({ action: 'email', due: '2026-11-16', kind: 'thank-you' });
    // Past the thank-you's window (two business days): move on, due the day of the cue.
    const cold = on('1', '2026-11-19');
    expect(cold).toMatchObject({ action: 'move-on', due: '2026-11-16', kind: 'negative-cue' });
    expect(rules(cold)[0]).toBe('R9');
    expect(on('2', '2026-11-13')).toMatchObject({ action: 'move-on', due: '2026-11-12', kind: 'negative-cue' });
    fx.ok(['log', '2', 'reply', '--date', '2026-11-18', '--cue', 'encouraging']);
    expect(on('2', '2026-11-20')).toMatchObject({ action: 'wait', due: '2026-11-25', then: 'call', kind: 'follow-up' });
    fx.ok(['done', 'cold']);
    expect(listed('2026-11-20')).toEqual(['2']);
  });

  it('the holidays setting rolls due dates past them', () => {
    fx.add('Acme', ['--stage', 'interview', '--date', '2026-11-16', '--expect-by', '2026-11-20']); // worked example 1
    fx.ok(['log', '1', 'thanks', '--date', '2026-11-16']);
    fx.add('Beta', ['--date', '2026-11-19']); // five business days: Thu 11-26
    expect(on('1', '2026-11-18')).toMatchObject({ due: '2026-11-23' });
    expect(on('2', '2026-11-20')).toMatchObject({ due: '2026-11-26' });
    fx.ok(['config', 'holidays', '2026-11-23,2026-11-26,2026-11-27']);
    expect(on('1', '2026-11-18')).toMatchObject({ action: 'wait', due: '2026-11-24', then: 'call' });
    // 11-20, 11-23 (holiday), 11-24, 11-25, 11-26 and 11-27 (holidays), 11-30, 12-01.
    expect(on('2', '2026-11-20')).toMatchObject({ action: 'wait', due: '2026-12-01', then: 'email' });
    // A thank-you note is due on the interview's own day, even a Sunday; its window counts business days.
    fx.add('Gamma', ['--stage', 'interview', '--date', '2026-11-22']);
    expect(on('3', '2026-11-25')).toMatchObject({ action: 'email', due: '2026-11-22', kind: 'thank-you' });
  });

  it('events dated in the future are not seen until their day', () => {
    fx.add('Acme', ['--stage', 'interview', '--date', '2026-11-16']);
    fx.ok(['log', '1', 'thanks', '--date', '2026-11-16']);
    // Only interviews can be logged ahead: the reply and the rejection are logged on their day.
    fx.ok(['log', '1', 'reply', '--date', '2026-11-25', '--cue', 'negative'], { now: '2026-11-25' });
    fx.add('Beta', ['--date', '2026-11-16']);
    fx.ok(['log', '2', 'rejected', '--date', '2026-11-27'], { now: '2026-11-27' });
    fx.add('Gamma', ['--date', '2026-11-02']);
    fx.ok(['log', '3', 'screen', '--date', '2026-11-24']);

    expect(on('1', '2026-11-20')).toMatchObject({ action: 'wait', due: '2026-11-23', then: 'call', kind: 'follow-up' });
    expect(on('1', '2026-11-24')).toMatchObject({ action: 'call', due: '2026-11-23' });
    expect(on('1', '2026-11-25')).toMatchObject({ action: 'move-on', due: '2026-11-25', kind: 'negative-cue' });
    // A scheduled interview is the exception (R8): wait for it.
    expect(on('3', '2026-11-20')).toMatchObject({ action: 'wait', due: '2026-11-24', then: 'email', kind: 'scheduled', script: null });
    expect(fx.json(['today', '--as-of', '2026-11-20']).items.find((i: { id: string }) => i.id === '3').stage).toBe('applied');
    expect(on('3', '2026-11-24')).toMatchObject({ action: 'email', due: '2026-11-24', kind: 'thank-you' });
    expect(listed('2026-11-26')).toContain('2');
    // Rejected on 11-27: listed for its gracious reply (R2) until two business days after, then closed.
    expect(on('2', '2026-11-27')).toMatchObject({ action: 'email', due: '2026-11-27', kind: 'rejection-reply' });
    expect(listed('2026-12-02')).not.toContain('2');
    const status = fx.json(['status', '--all', '--as-of', '2026-11-26']);
    expect(status.applications.find((a: { id: string }) => a.id === '2')).toMatchObject({ stage: 'applied', next: { action: 'email', due: '2026-11-23' } });
    const closed = fx.json(['status', '--all', '--as-of', '2026-12-02']);
    expect(closed.applications.find((a: { id: string }) => a.id === '2')).toMatchObject({ stage: 'rejected', next: null });
  });

  it('three unanswered follow-ups at a later stage (M = 3) before moving on, two at round 1 (M = 2)', () => {
    fx.add('Later', ['--stage', 'interview', '--round', '2', '--date', '2026-11-02']); // 1
    fx.add('Early', ['--stage', 'interview', '--round', '1', '--date', '2026-11-02']); // 2
    for (const id of ['1', '2']) {
      fx.ok(['log', id, 'thanks', '--date', '2026-11-02']);
      fx.ok(['log', id, 'call', '--date', '2026-11-09']);
      fx.ok(['log', id, 'email', '--date', '2026-11-16']);
    }
    // Later stage: call, then email (never two calls in a row).
    expect(on('1', '2026-11-20')).toMatchObject({ action: 'wait', due: '2026-11-23', then: 'email', kind: 'follow-up' });
    expect(on('2', '2026-11-20')).toMatchObject({ action: 'wait', due: '2026-11-23', then: 'move-on', kind: 'unanswered' });
    fx.ok(['log', '1', 'email', '--date', '2026-11-23'], { now: '2026-11-23' });
    expect(on('1', '2026-11-25')).toMatchObject({ action: 'wait', due: '2026-11-30', then: 'move-on', kind: 'unanswered' });
    expect(on('1', '2026-11-30')).toMatchObject({ action: 'move-on', due: '2026-11-30', kind: 'unanswered' });
  });

  it('events count in date order, then in the order they were logged, whatever order they were typed in', () => {
    fx.add('Late', ['--date', '2026-11-02']); // 1
    fx.ok(['log', '1', 'email', '--date', '2026-11-12']);
    // Logged after, but dated before: the last follow-up is still the one of 11-12 (the weekly limit runs from it),
    // and the one of 11-05 came before F (11-09): early, it does not count toward moving on.
    const app = fx.json(['log', '1', 'email', '--date', '2026-11-05']);
    expect(app.events.map((e: { date: string }) => e.date)).toEqual(['2026-11-02', '2026-11-05', '2026-11-12']);
    expect(on('1', '2026-11-18')).toMatchObject({ action: 'wait', due: '2026-11-19', then: 'email', kind: 'follow-up' });
    const lines = fx.ok(['show', '1']).stdout.split('\n');
    const at = (re: RegExp) => lines.findIndex((l) => re.test(l));
    expect(at(/5 Nov.*email/)).toBeGreaterThan(at(/2 Nov.*applied/));
    expect(at(/12 Nov.*email/)).toBeGreaterThan(at(/5 Nov.*email/));
    // Same day: the one logged last counts.
    fx.add('Mixed', ['--stage', 'interview', '--date', '2026-11-10']); // 2
    fx.add('Mixed too', ['--stage', 'interview', '--date', '2026-11-10']); // 3
    for (const id of ['2', '3']) fx.ok(['log', id, 'thanks', '--date', '2026-11-10']);
    fx.ok(['log', '2', 'reply', '--date', '2026-11-13', '--cue', 'negative']);
    fx.ok(['log', '2', 'reply', '--date', '2026-11-13', '--cue', 'encouraging']);
    fx.ok(['log', '3', 'reply', '--date', '2026-11-13', '--cue', 'encouraging']);
    fx.ok(['log', '3', 'reply', '--date', '2026-11-13', '--cue', 'negative']);
    expect(on('2', '2026-11-20')).toMatchObject({ action: 'call', due: '2026-11-20', kind: 'follow-up' });
    expect(on('3', '2026-11-20')).toMatchObject({ action: 'move-on', due: '2026-11-13', kind: 'negative-cue' });
  });

  it('at round 1 an encouraging cue allows a second call', () => {
    fx.add('Plain', ['--stage', 'interview', '--date', '2026-11-02']); // 1
    fx.add('Keen', ['--stage', 'interview', '--date', '2026-11-02', '--cue', 'encouraging']); // 2
    for (const id of ['1', '2']) {
      fx.ok(['log', id, 'thanks', '--date', '2026-11-02']);
      fx.ok(['log', id, 'call', '--date', '2026-11-09']);
    }
    expect(on('1', '2026-11-16')).toMatchObject({ action: 'email', due: '2026-11-16' });
    expect(on('2', '2026-11-16')).toMatchObject({ action: 'call', due: '2026-11-16' });
  });
});
