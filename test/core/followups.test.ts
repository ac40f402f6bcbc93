// RULES.md "The follow-up date F" and "Counted and early follow-ups", on their own: the fold over one
// application's events with the settings, and R13's channel.
import { describe, expect, it } from 'vitest';
import { answersCall, baseDate, followUpChannel, followUpDate, tally } from '../../src/core/followups.js';
import type { AppEvent, Settings } from '../../src/core/model.js';
import { deriveState } from '../../src/core/timeline.js';
import { app, e, settings } from './helpers.js';

const state = (today: string, events: AppEvent[], noCalls = false) => deriveState(app(events, { noCalls }), today);
const F = (today: string, events: AppEvent[], over: Partial<Settings> = {}) => followUpDate(state(today, events), settings(over));
const dates = (xs: AppEvent[]) => xs.map((x) => x.date);

describe('F: the later of the base and the weekly limit', () => {
  it('base with a promise: roll(P + daysAfterPromise)', () => {
    expect(F('2026-11-18', [e('interview', '2026-11-16', { expectBy: '2026-11-20' })])).toMatchObject({ due: '2026-11-23', decidedBy: 'base' });
    expect(F('2026-11-18', [e('interview', '2026-11-16', { expectBy: '2026-11-20' })], { daysAfterPromise: 0 }).due).toBe('2026-11-20');
  });
  it('base after a delay without a date: roll(delay + delayCheckInDays)', () => {
    expect(F('2026-11-18', [e('applied', '2026-11-02'), e('delay', '2026-11-07')]).due).toBe('2026-11-30');
  });
  it('base otherwise: addBusinessDays(anchor, firstFollowUpBusinessDays), rolled', () => {
    expect(F('2026-11-18', [e('applied', '2026-11-03')]).due).toBe('2026-11-10');
    expect(F('2026-11-22', [e('applied', '2026-11-21')], { firstFollowUpBusinessDays: 0 }).due).toBe('2026-11-23');
  });
  it('the weekly limit counts any follow-up, even one before the anchor', () => {
    const f = F('2026-11-20', [e('applied', '2026-11-02'), e('email', '2026-11-13'), e('reply', '2026-11-16', { expectBy: '2026-11-17' })]);
    expect(f).toMatchObject({ due: '2026-11-20', decidedBy: 'weekly-limit' });
    expect(f.why).toContain('once a week');
  });
  it('on a tie the base is named', () => {
    expect(F('2026-11-10', [e('applied', '2026-11-02'), e('email', '2026-11-02')]).decidedBy).toBe('base');
  });
  it('with no anchor, the first event stands for the application date', () => {
    expect(baseDate(state('2026-11-20', [e('note', '2026-11-02')]), settings()).due).toBe('2026-11-09');
  });
});

describe('counted and early follow-ups', () => {
  it('worked example 5: two early, then two counted', () => {
    const log = [e('applied', '2026-11-02'), e('email', '2026-11-03'), e('call', '2026-11-04'), e('email', '2026-11-11'), e('email', '2026-11-18')];
    const t = tally(state('2026-11-18', log), settings());
    expect(dates(t.early)).toEqual(['2026-11-03', '2026-11-04']);
    expect(dates(t.counted)).toEqual(['2026-11-11', '2026-11-18']);
    expect(t.limit).toBe(2);
  });
  it('only follow-ups dated after the anchor are walked', () => {
    const t = tally(state('2026-11-30', [e('interview', '2026-11-16'), e('call', '2026-11-16'), e('call', '2026-11-23')]), settings());
    expect(dates(t.counted)).toEqual(['2026-11-23']);
  });
  it('an early follow-up that uses up an invitation is counted', () => {
    const log = [e('applied', '2026-11-02'), e('reply', '2026-11-03', { invited: '2026-11-04' }), e('call', '2026-11-04')];
    // The reply answered nothing, so it is the anchor; the call on the invited day is counted though before F.
    expect(dates(tally(state('2026-11-05', log), settings()).counted)).toEqual(['2026-11-04']);
  });
  it("an email answering an unanswered call is part of the call: never counted, even using an invitation", () => {
    const log = [e('interview', '2026-11-02', { round: 2 }), e('call', '2026-11-09', { noAnswer: true }), e('email', '2026-11-10')];
    const t = tally(state('2026-11-12', log), settings());
    expect(dates(t.counted)).toEqual(['2026-11-09']);
    expect(dates(t.afterCall)).toEqual(['2026-11-10']);
    const late = tally(state('2026-11-12', [...log.slice(0, 2), e('email', '2026-11-11')]), settings());
    expect(dates(late.afterCall)).toEqual([]);
  });
  it('answersCall: the email right after an unanswered call, within a business day', () => {
    const call = e('call', '2026-11-13', { noAnswer: true });
    expect(answersCall(e('email', '2026-11-16'), call, settings())).toBe(true);
    expect(answersCall(e('email', '2026-11-17'), call, settings())).toBe(false);
    expect(answersCall(e('email', '2026-11-13'), e('call', '2026-11-13'), settings())).toBe(false);
  });
  it('M is maxUnansweredLate at the later stages', () => {
    expect(tally(state('2026-11-12', [e('final', '2026-11-02')]), settings()).limit).toBe(3);
    expect(tally(state('2026-11-12', [e('screen', '2026-11-02')]), settings({ maxUnansweredEarly: 4 })).limit).toBe(4);
  });
});

describe("R13's channel", () => {
  it('applied: email; noCalls: email', () => {
    expect(followUpChannel(state('2026-11-12', [e('applied', '2026-11-02')]), settings()).channel).toBe('email');
    expect(followUpChannel(state('2026-11-12', [e('final', '2026-11-02')], true), settings()).channel).toBe('email');
  });
  it('first interview: calls since that interview, answered or not', () => {
    const log = [e('call', '2026-11-01'), e('screen', '2026-11-02')];
    expect(followUpChannel(state('2026-11-12', log), settings()).channel).toBe('call');
    expect(followUpChannel(state('2026-11-12', [...log, e('call', '2026-11-03', { noAnswer: true })]), settings()).channel).toBe('email');
  });
  it('later stages: a call after the anchor means email next', () => {
    const log = [e('interview', '2026-11-02', { round: 3 }), e('call', '2026-11-02')];
    expect(followUpChannel(state('2026-11-12', log), settings()).channel).toBe('call');
    expect(followUpChannel(state('2026-11-12', [...log, e('call', '2026-11-09')]), settings()).channel).toBe('email');
  });
});
