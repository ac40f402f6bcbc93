// RULES.md v2 R9–R13 (move on after a negative cue, invitations, the after-call email, too many unanswered,
// follow up), waiting, due dates, and the notes N1–N4, each on its own, run through adviseAll.
import { describe, expect, it } from 'vitest';
import { isBusinessDay } from '../../src/core/calendar.js';
import { adv, e, on, reason, rule, rules } from './helpers.js';

const APPLIED = e('applied', '2026-11-02');
const R2I = e('interview', '2026-11-02', { round: 2 });

describe('R9: the cue is negative', () => {
  it('after the thank-you (R7 first), move on, due the later of the cue and the last thanks, call or email', () => {
    const log = [e('interview', '2026-11-16', { cue: 'negative' })];
    expect(adv('2026-11-16', log).kind).toBe('thank-you');
    const a = adv('2026-11-17', [...log, e('thanks', '2026-11-17')]);
    expect(a).toMatchObject({ action: 'move-on', due: '2026-11-17', kind: 'negative-cue', script: null });
    expect(rules(a)).toEqual(['R9']);
    expect(reason(a, 'R9')).toContain('nothing to send');
  });
  it('rolled to a business day', () => {
    expect(adv('2026-11-21', [APPLIED, e('reply', '2026-11-21', { cue: 'negative' })])).toMatchObject({ action: 'wait', due: '2026-11-23', then: 'move-on' });
  });
  it("only the anchor's cue: a newer employer event without one clears it", () => {
    expect(rule(on('2026-11-20', [APPLIED, e('reply', '2026-11-10', { cue: 'negative' }), e('reply', '2026-11-16')]))).toBe('R13');
    expect(rule(on('2026-11-20', [APPLIED, e('reply', '2026-11-10', { cue: 'negative' }), e('email', '2026-11-16')]))).toBe('R9');
  });
  it('an answered follow-up can carry it; a seeker event cannot', () => {
    expect(adv('2026-11-20', [APPLIED, e('call', '2026-11-17', { cue: 'negative' })])).toMatchObject({ action: 'move-on', due: '2026-11-17' });
    expect(rule(on('2026-11-20', [APPLIED, e('note', '2026-11-10', { cue: 'negative' })]))).toBe('R13');
  });
});

describe('R10: an invitation', () => {
  it('its channel, due D (not rolled); wait before it', () => {
    const log = [APPLIED, e('reply', '2026-11-16', { invited: '2026-11-21' })];
    expect(adv('2026-11-18', log)).toMatchObject({ action: 'wait', due: '2026-11-21', then: 'call', kind: 'invited' });
    expect(adv('2026-11-21', log)).toMatchObject({ action: 'call', due: '2026-11-21' });
    expect(adv('2026-11-18', [APPLIED, e('reply', '2026-11-16', { invited: '2026-11-19', channel: 'email' })]).then).toBe('email');
  });
  it('overrides the promise, the weekly limit and R12; keeps its channel with noCalls', () => {
    const log = [R2I, e('thanks', '2026-11-02'), e('call', '2026-11-09'), e('email', '2026-11-16'), e('reply', '2026-11-17', { invited: '2026-11-18', expectBy: '2026-12-01' })];
    expect(adv('2026-11-18', log, {}, { noCalls: true })).toMatchObject({ action: 'call', due: '2026-11-18', kind: 'invited' });
  });
  it('used up by a follow-up on or after D', () => {
    expect(rule(on('2026-11-20', [APPLIED, e('reply', '2026-11-16', { invited: '2026-11-18' }), e('call', '2026-11-18')]))).toBe('R13');
  });
});

describe('R11: an unanswered call gets a same-day email', () => {
  const log = [R2I, e('thanks', '2026-11-02'), e('call', '2026-11-09', { noAnswer: true })];
  it('email, due the call day, until a business day after it', () => {
    const a = adv('2026-11-09', log);
    expect(a).toMatchObject({ action: 'email', due: '2026-11-09', kind: 'after-call' });
    expect(rules(a)).toEqual(['R11']);
    expect(adv('2026-11-10', log)).toMatchObject({ action: 'email', due: '2026-11-09' });
    expect(adv('2026-11-11', log).kind).toBe('follow-up');
  });
  it('a Friday call: due Friday, still on Monday', () => {
    const fri = [R2I, e('thanks', '2026-11-02'), e('call', '2026-11-13', { noAnswer: true })];
    expect(adv('2026-11-16', fri)).toMatchObject({ action: 'email', due: '2026-11-13' });
  });
  it('an email on or after the call ends it; a plain call does not start it', () => {
    expect(adv('2026-11-09', [...log, e('email', '2026-11-09')]).kind).toBe('follow-up');
    expect(adv('2026-11-09', [R2I, e('thanks', '2026-11-02'), e('call', '2026-11-09')]).kind).toBe('follow-up');
  });
  it('overrides the weekly limit and R12; the email is never counted', () => {
    const three = [R2I, e('thanks', '2026-11-02'), e('call', '2026-11-09'), e('email', '2026-11-16'), e('call', '2026-11-23', { noAnswer: true })];
    expect(adv('2026-11-23', three).kind).toBe('after-call');
    const withEmail = [...log, e('email', '2026-11-10')];
    // One counted follow-up (the call): the next is an email a week after the last follow-up (the email).
    expect(adv('2026-11-12', withEmail)).toMatchObject({ action: 'wait', due: '2026-11-17', then: 'email', kind: 'follow-up' });
  });
});

describe('R12: too many unanswered follow-ups', () => {
  it('M = maxUnansweredEarly (2) at applied and first interview, due a week after the last counted', () => {
    const log = [APPLIED, e('email', '2026-11-09'), e('email', '2026-11-16')];
    expect(adv('2026-11-23', log)).toMatchObject({ action: 'move-on', due: '2026-11-23', kind: 'unanswered', script: null });
    expect(adv('2026-11-18', log)).toMatchObject({ action: 'wait', due: '2026-11-23', then: 'move-on' });
  });
  it('M = maxUnansweredLate (3) at the later stages; settings change both', () => {
    const log = [R2I, e('thanks', '2026-11-02'), e('call', '2026-11-09'), e('email', '2026-11-16')];
    expect(adv('2026-11-23', log).kind).toBe('follow-up');
    expect(adv('2026-11-23', log, { maxUnansweredLate: 2 }).kind).toBe('unanswered');
    expect(adv('2026-11-16', [APPLIED, e('email', '2026-11-09')], { maxUnansweredEarly: 1 }).kind).toBe('unanswered');
  });
});

describe('R13: follow up on the channel, due F', () => {
  it('applied: email; F is 5 business days after the anchor', () => {
    expect(adv('2026-11-06', [e('applied', '2026-11-03')])).toMatchObject({ action: 'wait', due: '2026-11-10', then: 'email', kind: 'follow-up' });
  });
  it('the reason names the part of F that decided the date, not both', () => {
    const base = adv('2026-11-18', [e('interview', '2026-11-16', { expectBy: '2026-11-20' }), e('thanks', '2026-11-16')]);
    expect(reason(base, 'R13')).toContain('get back to you by Fri 20 Nov');
    expect(reason(base, 'R13')).not.toContain('once a week');
    const weekly = adv('2026-11-25', [e('interview', '2026-11-16', { expectBy: '2026-11-20' }), e('thanks', '2026-11-16'), e('call', '2026-11-23')]);
    expect(reason(weekly, 'R13')).toContain('once a week');
    expect(reason(weekly, 'R13')).not.toContain('get back to you');
  });
  it('later stages: call, then email once a call went unanswered', () => {
    expect(adv('2026-11-09', [R2I, e('thanks', '2026-11-02')]).action).toBe('call');
    expect(adv('2026-11-16', [R2I, e('thanks', '2026-11-02'), e('call', '2026-11-09')]).action).toBe('email');
  });
  it('first interview: one call, two when encouraged, then email', () => {
    const iv = (cue?: 'encouraging') => e('interview', '2026-11-02', { round: 1, cue });
    expect(adv('2026-11-16', [iv(), e('thanks', '2026-11-02'), e('call', '2026-11-09')]).action).toBe('email');
    expect(adv('2026-11-16', [iv('encouraging'), e('thanks', '2026-11-02'), e('call', '2026-11-09')]).action).toBe('call');
    expect(adv('2026-11-23', [iv('encouraging'), e('thanks', '2026-11-02'), e('call', '2026-11-09'), e('call', '2026-11-16')], { maxUnansweredEarly: 3 }).action).toBe('email');
    expect(adv('2026-11-16', [iv(), e('thanks', '2026-11-02'), e('call', '2026-11-09')], { maxCallsFirstInterview: 2 }).action).toBe('call');
  });
  it('a delay without a date: check in after delayCheckInDays (21)', () => {
    const log = [APPLIED, e('delay', '2026-11-04', { reason: 'budget freeze' })];
    expect(adv('2026-11-10', log)).toMatchObject({ action: 'wait', due: '2026-11-25', kind: 'follow-up' });
    expect(adv('2026-11-10', log, { delayCheckInDays: 14 }).due).toBe('2026-11-18');
  });
  it('every due date is a business day, and overdue advice keeps it', () => {
    const a = adv('2026-11-30', [e('applied', '2026-11-03')]);
    expect(a).toMatchObject({ action: 'email', due: '2026-11-10' });
    expect(isBusinessDay(a.due, [])).toBe(true);
    expect(adv('2026-11-06', [e('applied', '2026-11-03')], { holidays: ['2026-11-10'] }).due).toBe('2026-11-11');
  });
});

describe('N1–N4: reasons that add to the advice', () => {
  it('N1: final, anchored on the final interview, after a counted follow-up went unanswered', () => {
    const log = [e('final', '2026-11-02', { expectBy: '2026-11-06' }), e('thanks', '2026-11-02')];
    expect(rules(adv('2026-11-10', log))).toEqual(['R13']);
    expect(rules(adv('2026-11-12', [...log, e('call', '2026-11-09')]))).toEqual(['R13', 'N1']);
  });
  it('N2: a delay, with a day ahead, a day passed, or no day', () => {
    const ahead = adv('2026-11-10', [APPLIED, e('delay', '2026-11-04', { until: '2026-11-20', reason: 'budget freeze' })]);
    expect(reason(ahead, 'N2')).toContain('(budget freeze): nothing you can do about it before Fri 20 Nov');
    const passed = adv('2026-11-24', [APPLIED, e('delay', '2026-11-04', { until: '2026-11-20' })]);
    expect(reason(passed, 'N2')).toBe('the delay they gave ran until Fri 20 Nov');
    const open = adv('2026-11-10', [APPLIED, e('delay', '2026-11-04')]);
    expect(reason(open, 'N2')).toContain('check in after 3 weeks');
  });
  it('N3: unsure, asked once', () => {
    const log = [e('screen', '2026-11-16', { cue: 'unsure' })];
    const a = adv('2026-11-16', log);
    expect(rules(a)).toEqual(['R7', 'N3']);
    expect(a.script).toContain('Shall I follow up in a week?');
    const after = adv('2026-11-30', [...log, e('thanks', '2026-11-16')]);
    expect(rules(after)).not.toContain('N3');
    expect(after.script).not.toContain('Shall I follow up');
  });
  it('N4: waiting (R13) at applied or first interview, not when encouraged', () => {
    expect(rules(adv('2026-11-06', [e('applied', '2026-11-03')]))).toEqual(['R13', 'N4']);
    expect(rules(adv('2026-11-18', [e('screen', '2026-11-16', { cue: 'encouraging' }), e('thanks', '2026-11-16')]))).toEqual(['R13']);
    expect(rules(adv('2026-11-04', [R2I, e('thanks', '2026-11-02')]))).toEqual(['R13']);
    expect(rules(adv('2026-11-10', [e('applied', '2026-11-03')]))).toEqual(['R13']);
  });
});
