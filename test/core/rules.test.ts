// RULES.md v2 "The rules, first match wins", R1–R8, each on its own (its worked examples and more), run through
// adviseAll. R9–R13 and the notes N1–N4 are in rules-late.test.ts.
import { describe, expect, it } from 'vitest';
import type { AppEvent, Application, Settings } from '../../src/core/model.js';
import { RULES, SOURCES } from '../../src/core/rules.js';
import { adv, app, board, e, on, reason, rule, rules } from './helpers.js';

const APPLIED = e('applied', '2026-11-02');

describe('the table', () => {
  it('has R1–R13 in order, each with its kind and source', () => {
    expect(RULES.map((r) => r.id)).toEqual(['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10', 'R11', 'R12', 'R13']);
    expect(RULES.map((r) => r.kind)).toEqual([
      null, 'rejection-reply', 'withdraw', 'offer', 'offer', 'competing-offer', 'thank-you', 'scheduled',
      'negative-cue', 'invited', 'after-call', 'unanswered', 'follow-up',
    ]);
    expect(SOURCES.R6).toContain('other opportunities');
    expect(SOURCES.R12).toContain('[positive] cues');
    expect(SOURCES.N3).toContain("aren't sure");
  });
});

describe('R1: a closed application has no advice', () => {
  for (const t of ['withdrawn', 'accepted', 'moved-on'] as const) {
    it(`${t} closes it`, () => {
      expect(on('2026-11-30', [APPLIED, e('screen', '2026-11-10'), e(t, '2026-11-20')])).toBeNull();
    });
  }
  it('a rejection closes it once its reply window has passed or it was answered', () => {
    expect(on('2026-11-30', [APPLIED, e('rejected', '2026-11-20')])).toBeNull();
    expect(on('2026-11-20', [APPLIED, e('rejected', '2026-11-20'), e('email', '2026-11-20')])).toBeNull();
    expect(on('2026-11-20', [APPLIED, e('rejected', '2026-11-20')], { rejectionReply: false })).toBeNull();
  });
  it('closes only from its date', () => {
    const log = [APPLIED, e('withdrawn', '2026-11-12')];
    expect(adv('2026-11-10', log)).toMatchObject({ action: 'email', due: '2026-11-09' });
    expect(on('2026-11-12', log)).toBeNull();
  });
});

describe('R2: a fresh rejection gets one gracious reply', () => {
  const log = [APPLIED, e('screen', '2026-11-10'), e('thanks', '2026-11-10'), e('rejected', '2026-11-18')];
  it('email, due the rejection date, within rejectionReplyBusinessDays (2)', () => {
    const a = adv('2026-11-18', log);
    expect(a).toMatchObject({ action: 'email', due: '2026-11-18', kind: 'rejection-reply' });
    expect(rules(a)).toEqual(['R2']);
    expect(adv('2026-11-20', log)).toMatchObject({ action: 'email', due: '2026-11-18' });
    expect(on('2026-11-21', log)).toBeNull();
  });
  it('due on the rejection day even on a Saturday; the window counts business days', () => {
    const sat = [APPLIED, e('rejected', '2026-11-21')];
    expect(adv('2026-11-21', sat)).toMatchObject({ action: 'email', due: '2026-11-21' });
    expect(adv('2026-11-24', sat)).toMatchObject({ action: 'email', due: '2026-11-21' });
    expect(on('2026-11-25', sat)).toBeNull();
  });
  it('the setting rejectionReplyBusinessDays', () => {
    expect(on('2026-11-19', log, { rejectionReplyBusinessDays: 0 })).toBeNull();
    expect(adv('2026-11-24', log, { rejectionReplyBusinessDays: 4 }).kind).toBe('rejection-reply');
  });
  it('a follow-up on or after the rejection is the reply; one before it is not', () => {
    expect(on('2026-11-19', [...log, e('call', '2026-11-18')])).toBeNull();
    expect(adv('2026-11-19', [APPLIED, e('email', '2026-11-17'), e('rejected', '2026-11-18')]).kind).toBe('rejection-reply');
  });
  it('a thanks is not a reply', () => {
    expect(adv('2026-11-19', [...log, e('thanks', '2026-11-19')]).kind).toBe('rejection-reply');
  });
  it('comes before R3: a rejected application is closed, not withdrawn from', () => {
    const accepted = app([e('offer', '2026-11-10'), e('accepted', '2026-11-12')], { id: '2', company: 'Beta' });
    const [r] = board('2026-11-18', [app(log), accepted]);
    expect(r!.advice?.kind).toBe('rejection-reply');
  });
});

describe('R3: you accepted another offer', () => {
  const beta = app([e('offer', '2026-11-10'), e('accepted', '2026-11-18')], { id: '2', company: 'Beta' });
  it('email every other open application, due the acceptance date', () => {
    const [acme, gamma, b] = board('2026-11-18', [app([APPLIED]), app([e('final', '2026-11-16', { expectBy: '2026-11-30' })], { id: '3', company: 'Gamma' }), beta]);
    expect(acme!.advice).toMatchObject({ action: 'email', due: '2026-11-18', kind: 'withdraw' });
    expect(gamma!.advice).toMatchObject({ action: 'email', due: '2026-11-18', kind: 'withdraw' });
    expect(reason(acme!.advice!, 'R3')).toContain('Beta');
    expect(b!.advice).toBeNull();
  });
  it('overrides an offer and a thank-you (first match)', () => {
    const offer = app([e('offer', '2026-11-17')], { id: '4' });
    expect(board('2026-11-18', [offer, beta])[0]!.advice?.kind).toBe('withdraw');
  });
  it('not before the acceptance is dated, and a Saturday acceptance is due on Monday', () => {
    expect(board('2026-11-17', [app([APPLIED]), beta])[0]!.advice?.kind).toBe('follow-up');
    const sat = app([e('offer', '2026-11-10'), e('accepted', '2026-11-21')], { id: '2' });
    expect(board('2026-11-21', [app([APPLIED]), sat])[0]!.advice).toMatchObject({ action: 'wait', due: '2026-11-23', then: 'email', kind: 'withdraw' });
  });
  it('after withdrawing, the application is closed', () => {
    expect(board('2026-11-19', [app([APPLIED, e('withdrawn', '2026-11-19')]), beta])[0]!.advice).toBeNull();
  });
});

describe('R4: acknowledge an offer at once', () => {
  it('call, due the offer date (worked example 6)', () => {
    const a = adv('2026-11-18', [e('offer', '2026-11-18', { deadline: '2026-11-27' })]);
    expect(a).toMatchObject({ action: 'call', due: '2026-11-18', kind: 'offer' });
    expect(rules(a)).toEqual(['R4']);
  });
  it('stays due; rolled forward from a weekend', () => {
    expect(adv('2026-11-20', [e('offer', '2026-11-18')])).toMatchObject({ action: 'call', due: '2026-11-18' });
    expect(adv('2026-11-21', [e('offer', '2026-11-21')])).toMatchObject({ action: 'wait', due: '2026-11-23', then: 'call' });
  });
  it('a thanks, call or email on or after the offer date acknowledges it', () => {
    for (const t of ['thanks', 'call', 'email'] as const) {
      expect(rule(on('2026-11-19', [e('offer', '2026-11-18'), e(t, '2026-11-18')]))).toBe('R5');
    }
    expect(rule(on('2026-11-19', [e('call', '2026-11-17'), e('offer', '2026-11-18')]))).toBe('R4');
  });
  it('noCalls: email', () => {
    expect(adv('2026-11-18', [e('offer', '2026-11-18')], {}, { noCalls: true })).toMatchObject({ action: 'email', kind: 'offer' });
  });
  it('comes before the thank-you and an invitation', () => {
    expect(rule(on('2026-11-17', [e('final', '2026-11-16', { invited: '2026-11-18' }), e('offer', '2026-11-17')]))).toBe('R4');
  });
});

describe('R5: answer the offer', () => {
  const acked = (deadline?: string, contact = '2026-11-18'): AppEvent[] => [e('offer', '2026-11-18', { deadline }), e('call', contact)];
  it('with a deadline: a business day before it (worked example 6, and with Thanksgiving a holiday)', () => {
    expect(adv('2026-11-19', acked('2026-11-27'))).toMatchObject({ action: 'wait', due: '2026-11-26', then: 'call', kind: 'offer' });
    expect(adv('2026-11-19', acked('2026-11-27'), { holidays: ['2026-11-26'] })).toMatchObject({ due: '2026-11-25' });
  });
  it('but not before a business day after the last contact, and never after rollBack(deadline)', () => {
    expect(adv('2026-11-19', acked('2026-11-19'))).toMatchObject({ action: 'call', due: '2026-11-19' });
    expect(adv('2026-11-20', acked('2026-11-23', '2026-11-20'))).toMatchObject({ due: '2026-11-23' });
    expect(adv('2026-11-20', acked('2026-11-22', '2026-11-20'))).toMatchObject({ due: '2026-11-20' });
  });
  it('past the deadline it stays due: call to answer or ask whether it still stands', () => {
    const a = adv('2026-12-01', acked('2026-11-27'));
    expect(a).toMatchObject({ action: 'call', due: '2026-11-26', kind: 'offer' });
    expect(reason(a, 'R5')).toContain('still stands');
  });
  it('without a deadline: a week after the last contact', () => {
    expect(adv('2026-11-19', acked(undefined))).toMatchObject({ action: 'wait', due: '2026-11-25', then: 'call' });
    expect(adv('2026-11-19', [...acked(undefined), e('thanks', '2026-11-19')])).toMatchObject({ due: '2026-11-26' });
  });
  it('a revised offer keeps its date and takes the new deadline (no second acknowledgment)', () => {
    const log = [...acked('2026-11-27'), e('offer', '2026-11-20', { deadline: '2026-12-04' })];
    expect(adv('2026-11-20', log)).toMatchObject({ action: 'wait', due: '2026-12-03', kind: 'offer' });
    expect(rule(adv('2026-11-20', log))).toBe('R5');
    const noDeadline = [...acked('2026-11-27'), e('offer', '2026-11-20')];
    expect(adv('2026-11-20', noDeadline)).toMatchObject({ due: '2026-11-26' });
  });
});

describe('R6: another application holds an offer', () => {
  const later: AppEvent[] = [e('interview', '2026-11-16', { round: 2, expectBy: '2026-11-27' }), e('thanks', '2026-11-16')];
  const beta = (events: AppEvent[] = later, extra: Partial<Application> = {}) => app(events, { id: '2', company: 'Beta', ...extra });
  const acme = (extra: Partial<AppEvent> = {}, date = '2026-11-18') => app([APPLIED, e('offer', date, { deadline: '2026-11-25', ...extra })], { id: '1' });
  const betaOn = (today: string, apps: Application[], over: Partial<Settings> = {}) => board(today, apps, over).find((r) => r.state.app.id === '2')!.advice!;
  it('call, due the later of the offer date and this anchor: overrides the promise', () => {
    const a = betaOn('2026-11-18', [acme(), beta()]);
    expect(a).toMatchObject({ action: 'call', due: '2026-11-18', kind: 'competing-offer' });
    expect(rules(a)).toEqual(['R6']);
    expect(betaOn('2026-11-20', [acme({}, '2026-11-12'), beta()]).due).toBe('2026-11-16');
  });
  it('not at the applied or first-interview stages', () => {
    expect(betaOn('2026-11-18', [acme(), beta([e('screen', '2026-11-16'), e('thanks', '2026-11-16')])]).kind).toBe('follow-up');
  });
  it('a follow-up on or after the offer date ends it', () => {
    expect(betaOn('2026-11-19', [acme(), beta([...later, e('call', '2026-11-18')])]).kind).toBe('follow-up');
  });
  it('an offer past its deadline is not held', () => {
    expect(betaOn('2026-11-26', [acme(), beta()]).kind).toBe('follow-up');
  });
  it('overrides a scheduled interview and the weekly limit; noCalls emails', () => {
    const booked = beta([...later, e('final', '2026-11-30')]);
    expect(betaOn('2026-11-18', [acme(), booked]).kind).toBe('competing-offer');
    expect(betaOn('2026-11-18', [acme(), beta(later, { noCalls: true })]).action).toBe('email');
  });
  it('several held offers: the earliest (then the lowest id) is taken, then tested', () => {
    const early = app([e('offer', '2026-11-10')], { id: '3', company: 'Gamma' });
    // Beta called after Gamma's offer: the condition fails on the earliest offer, and R6 does not look further.
    const called = beta([...later, e('call', '2026-11-17')]);
    expect(betaOn('2026-11-18', [acme(), early, called]).kind).toBe('follow-up');
  });
});

describe('R7: the thank-you note', () => {
  it('email, due the interview date (worked example 1), kept within thankYouWindowBusinessDays (2)', () => {
    const iv = [e('interview', '2026-11-16', { round: 1, expectBy: '2026-11-20' })];
    expect(adv('2026-11-16', iv)).toMatchObject({ action: 'email', due: '2026-11-16', kind: 'thank-you' });
    expect(adv('2026-11-18', iv)).toMatchObject({ action: 'email', due: '2026-11-16' });
    expect(adv('2026-11-19', iv).kind).toBe('follow-up');
  });
  it('due on a Saturday interview itself; the window counts business days', () => {
    const sat = [e('screen', '2026-11-21')];
    expect(adv('2026-11-21', sat)).toMatchObject({ action: 'email', due: '2026-11-21' });
    expect(adv('2026-11-24', sat).kind).toBe('thank-you');
    expect(adv('2026-11-25', sat).kind).toBe('follow-up');
  });
  it('a thanks, call or email on or after the interview ends it; the setting thankYou', () => {
    for (const t of ['thanks', 'call', 'email'] as const) expect(adv('2026-11-17', [e('screen', '2026-11-16'), e(t, '2026-11-16')]).kind).not.toBe('thank-you');
    expect(adv('2026-11-16', [e('screen', '2026-11-16')], { thankYou: false }).kind).toBe('follow-up');
    expect(adv('2026-11-20', [e('screen', '2026-11-16')], { thankYouWindowBusinessDays: 5 }).kind).toBe('thank-you');
  });
  it('only for an interview that took place', () => {
    expect(adv('2026-11-16', [APPLIED, e('screen', '2026-11-20')]).kind).toBe('scheduled');
  });
});

describe('R8: a scheduled interview', () => {
  const log = [APPLIED, e('interview', '2026-11-24', { round: 1 })];
  it('wait until the interview day, then email; no script', () => {
    const a = adv('2026-11-16', log);
    expect(a).toMatchObject({ action: 'wait', due: '2026-11-24', then: 'email', kind: 'scheduled', script: null });
    expect(rules(a)).toEqual(['R8']);
  });
  it('several: the earliest; a Saturday is kept (the employer chose it)', () => {
    expect(adv('2026-11-16', [...log, e('screen', '2026-11-21')]).due).toBe('2026-11-21');
  });
  it('on the day it becomes the interview, and R7 takes over', () => {
    expect(adv('2026-11-24', log)).toMatchObject({ action: 'email', kind: 'thank-you', due: '2026-11-24' });
  });
  it('no follow-up while it is coming, even overdue ones', () => {
    expect(adv('2026-11-20', log).kind).toBe('scheduled');
  });
  it('an application whose only events are ahead has no advice, and is upcoming', () => {
    const [r] = board('2026-11-16', [app([e('screen', '2026-11-20')])]);
    expect(r!.advice).toBeNull();
    expect(r!.state.upcoming?.date).toBe('2026-11-20');
    expect(board('2026-11-16', [app(log)])[0]!.state.scheduled?.date).toBe('2026-11-24');
  });
});
