// RULES.md "The rules, first match wins" (R1–R8), "Reasons that add to the advice" (N1–N4), the follow-up
// date F, waiting, overdue advice and every setting, each case built from an event log and run through adviseAll.
// 2026 calendar: Mondays 11-02, 11-09, 11-16, 11-23, 11-30, 12-07; 11-20 and 11-27 are Fridays; 11-21 is a Saturday.
import { describe, expect, it } from 'vitest';
import { adviseAll, type Advised } from '../../src/core/advise.js';
import {
  DEFAULT_SETTINGS,
  type Advice,
  type AppEvent,
  type Application,
  type EventType,
  type RuleId,
  type Settings,
} from '../../src/core/model.js';

function e(type: EventType, date: string, extra: Partial<AppEvent> = {}): AppEvent {
  return { type, date, ...extra };
}
function app(events: AppEvent[], extra: Partial<Application> = {}): Application {
  return { id: '1', company: 'Acme', role: 'Engineer', contact: { name: 'Jane Doe' }, noCalls: false, events, ...extra };
}
function settings(over: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...over };
}
/** The advice for one application (alone in the pipeline). */
function on(today: string, events: AppEvent[], over: Partial<Settings> = {}, extra: Partial<Application> = {}): Advice | null {
  const [r] = adviseAll([app(events, extra)], settings(over), today);
  return r!.advice;
}
/** Like `on`, for advice that must exist. */
function adv(today: string, events: AppEvent[], over: Partial<Settings> = {}, extra: Partial<Application> = {}): Advice {
  const a = on(today, events, over, extra);
  if (a === null) throw new Error('expected advice, got none');
  return a;
}
function board(today: string, apps: Application[], over: Partial<Settings> = {}): Advised[] {
  return adviseAll(apps, settings(over), today);
}
const rules = (a: Advice | null): RuleId[] => a?.reasons.map((r) => r.rule) ?? [];
const rule = (a: Advice | null): RuleId | undefined => a?.reasons[0]?.rule;
const reason = (a: Advice, id: RuleId): string | undefined => a.reasons.find((r) => r.rule === id)?.text;

const APPLIED = e('applied', '2026-11-02');

describe('R1: a closed application has no advice', () => {
  for (const t of ['rejected', 'withdrawn', 'accepted', 'moved-on'] as const) {
    it(`${t} closes it`, () => {
      expect(on('2026-11-30', [APPLIED, e('screen', '2026-11-10'), e(t, '2026-11-20')])).toBeNull();
    });
  }
  it('a rejection is R1 even with a negative cue', () => {
    expect(on('2026-11-30', [APPLIED, e('reply', '2026-11-10', { cue: 'negative' }), e('rejected', '2026-11-12')])).toBeNull();
  });
  it('closes only from its date (as of a past day the advice is still given)', () => {
    const log = [APPLIED, e('rejected', '2026-11-12')];
    expect(adv('2026-11-10', log)).toMatchObject({ action: 'email', due: '2026-11-09' });
    expect(on('2026-11-12', log)).toBeNull();
  });
  it('an open application gets advice; state shows why it is closed', () => {
    const [open, closed] = board('2026-11-30', [app([APPLIED], { id: '1' }), app([APPLIED, e('withdrawn', '2026-11-20')], { id: '2' })]);
    expect(open!.advice).not.toBeNull();
    expect(closed!.advice).toBeNull();
    expect(closed!.state.closedBy?.type).toBe('withdrawn');
  });
});

describe('R2: the latest cue is negative', () => {
  it('move on, due the date of that event, and stays due on it', () => {
    const log = [APPLIED, e('screen', '2026-11-10'), e('thanks', '2026-11-10'), e('reply', '2026-11-18', { cue: 'negative' })];
    const a = adv('2026-11-18', log);
    expect(a).toMatchObject({ action: 'move-on', due: '2026-11-18', kind: 'negative-cue' });
    expect(a.then).toBeUndefined();
    expect(rules(a)).toEqual(['R2']);
    expect(adv('2026-11-30', log)).toMatchObject({ action: 'move-on', due: '2026-11-18' });
  });
  it('a negative cue on a weekend is due the next business day', () => {
    const log = [APPLIED, e('reply', '2026-11-21', { cue: 'negative' })];
    expect(adv('2026-11-21', log)).toMatchObject({ action: 'wait', due: '2026-11-23', then: 'move-on', kind: 'negative-cue' });
    expect(adv('2026-11-23', log)).toMatchObject({ action: 'move-on', due: '2026-11-23' });
  });
  it('on any employer event, also an interview or an answered follow-up', () => {
    expect(rule(on('2026-11-20', [e('interview', '2026-11-16', { round: 2, cue: 'negative' })]))).toBe('R2');
    expect(adv('2026-11-20', [APPLIED, e('call', '2026-11-17', { cue: 'negative' })])).toMatchObject({ action: 'move-on', due: '2026-11-17' });
  });
  it('wins over an offer, a thank-you and an invitation (first match)', () => {
    expect(rule(on('2026-11-20', [e('offer', '2026-11-16', { cue: 'negative' })]))).toBe('R2');
    expect(rule(on('2026-11-20', [e('final', '2026-11-16', { cue: 'negative', invited: '2026-11-25' })]))).toBe('R2');
  });
  it('a newer non-negative cue replaces it', () => {
    const a = adv('2026-11-20', [APPLIED, e('reply', '2026-11-10', { cue: 'negative' }), e('reply', '2026-11-16', { cue: 'encouraging' })]);
    expect(rule(a)).not.toBe('R2');
    expect(a.kind).toBe('follow-up');
  });
  it('a newer employer event without a cue does not replace it', () => {
    expect(rule(on('2026-11-20', [APPLIED, e('reply', '2026-11-10', { cue: 'negative' }), e('reply', '2026-11-16')]))).toBe('R2');
  });
  it('a negative cue on a seeker event or a note does not count', () => {
    expect(rule(on('2026-11-20', [APPLIED, e('note', '2026-11-10', { cue: 'negative' })]))).toBe('R8');
    expect(rule(on('2026-11-20', [e('screen', '2026-11-09'), e('thanks', '2026-11-09', { cue: 'negative' })]))).toBe('R8');
  });
  it('a negative cue dated after today is not seen', () => {
    expect(rule(on('2026-11-12', [APPLIED, e('reply', '2026-11-16', { cue: 'negative' })]))).toBe('R8');
  });
});

describe('R3: an offer', () => {
  it('without a deadline: call, due offerAnswerBusinessDays (2) business days after the offer', () => {
    const log = [e('final', '2026-11-09'), e('thanks', '2026-11-09'), e('offer', '2026-11-16')];
    expect(adv('2026-11-16', log)).toMatchObject({ action: 'wait', due: '2026-11-18', then: 'call', kind: 'offer' });
    expect(adv('2026-11-18', log)).toMatchObject({ action: 'call', due: '2026-11-18', kind: 'offer' });
    expect(adv('2026-11-20', log)).toMatchObject({ action: 'call', due: '2026-11-18' });
    expect(rules(adv('2026-11-18', log))).toEqual(['R3']);
  });
  it('without a deadline, over a weekend', () => {
    expect(adv('2026-11-19', [e('offer', '2026-11-19')])).toMatchObject({ due: '2026-11-23' });
    expect(adv('2026-11-21', [e('offer', '2026-11-21')])).toMatchObject({ due: '2026-11-24' });
  });
  it('with a deadline: due a business day before it', () => {
    expect(adv('2026-11-16', [e('offer', '2026-11-16', { deadline: '2026-11-27' })])).toMatchObject({ action: 'wait', due: '2026-11-26', then: 'call' });
    expect(adv('2026-11-16', [e('offer', '2026-11-16', { deadline: '2026-11-30' })])).toMatchObject({ due: '2026-11-27' });
    expect(adv('2026-11-16', [e('offer', '2026-11-16', { deadline: '2026-11-29' })])).toMatchObject({ due: '2026-11-27' });
    expect(adv('2026-11-16', [e('offer', '2026-11-16', { deadline: '2026-11-27' })], { holidays: ['2026-11-26'] })).toMatchObject({ due: '2026-11-25' });
    expect(adv('2026-11-26', [e('offer', '2026-11-16', { deadline: '2026-11-27' })])).toMatchObject({ action: 'call', due: '2026-11-26' });
  });
  it('after a call or email since the offer, with a deadline: due the deadline (rolled back to a business day)', () => {
    const offer = e('offer', '2026-11-16', { deadline: '2026-11-27' });
    expect(adv('2026-11-20', [offer, e('call', '2026-11-17')])).toMatchObject({ action: 'wait', due: '2026-11-27', then: 'call', kind: 'offer' });
    expect(adv('2026-11-20', [offer, e('email', '2026-11-16')])).toMatchObject({ due: '2026-11-27' });
    const sunday = e('offer', '2026-11-16', { deadline: '2026-11-29' });
    expect(adv('2026-11-20', [sunday, e('call', '2026-11-17')])).toMatchObject({ due: '2026-11-27' });
    expect(adv('2026-11-20', [offer, e('call', '2026-11-17')], { holidays: ['2026-11-27'] })).toMatchObject({ due: '2026-11-26' });
  });
  it('after contact since the offer, without a deadline: due a week after the last contact', () => {
    const offer = e('offer', '2026-11-16');
    expect(adv('2026-11-20', [offer, e('email', '2026-11-18')])).toMatchObject({ action: 'wait', due: '2026-11-25', then: 'call' });
    expect(adv('2026-11-20', [offer, e('email', '2026-11-18'), e('call', '2026-11-20')])).toMatchObject({ due: '2026-11-27' });
    expect(adv('2026-11-21', [offer, e('call', '2026-11-21')])).toMatchObject({ due: '2026-11-30' });
  });
  it('a follow-up before the offer is not contact since the offer', () => {
    const log = [e('final', '2026-11-09'), e('thanks', '2026-11-09'), e('call', '2026-11-12'), e('offer', '2026-11-16', { deadline: '2026-11-27' })];
    expect(adv('2026-11-16', log)).toMatchObject({ due: '2026-11-26' });
  });
  it('answers the offer before any thank-you note or invitation', () => {
    expect(rule(on('2026-11-17', [e('final', '2026-11-16', { invited: '2026-11-18' }), e('offer', '2026-11-17')]))).toBe('R3');
  });
  it('noCalls: email', () => {
    expect(adv('2026-11-18', [e('offer', '2026-11-16')], {}, { noCalls: true })).toMatchObject({ action: 'email', due: '2026-11-18', kind: 'offer' });
    expect(adv('2026-11-16', [e('offer', '2026-11-16')], {}, { noCalls: true })).toMatchObject({ action: 'wait', then: 'email' });
  });
  it('no R3 before the offer is dated, nor after it is accepted or declined', () => {
    expect(rule(on('2026-11-15', [APPLIED, e('offer', '2026-11-16')]))).toBe('R8');
    expect(on('2026-11-20', [e('offer', '2026-11-16'), e('accepted', '2026-11-18')])).toBeNull();
    expect(on('2026-11-20', [e('offer', '2026-11-16'), e('withdrawn', '2026-11-18')])).toBeNull();
  });
});

describe('R4: another application has an offer', () => {
  // Beta: interview round 2 on Mon 11-16, "we'll decide by Fri 11-27", thanks sent.
  const later: AppEvent[] = [e('interview', '2026-11-09', { round: 1 }), e('thanks', '2026-11-09'), e('interview', '2026-11-16', { round: 2, expectBy: '2026-11-27' }), e('thanks', '2026-11-16')];
  const beta = (events: AppEvent[] = later, extra: Partial<Application> = {}) => app(events, { id: '2', company: 'Beta', ...extra });
  const acme = (offer: Partial<AppEvent> = {}, date = '2026-11-18') => app([APPLIED, e('offer', date, { deadline: '2026-11-25', ...offer })], { id: '1', company: 'Acme' });
  const betaOn = (today: string, apps: Application[], over: Partial<Settings> = {}) => board(today, apps, over).find((r) => r.state.app.company === 'Beta')!.advice!;

  it('without another offer, Beta waits for the promise', () => {
    expect(betaOn('2026-11-18', [beta()])).toMatchObject({ action: 'wait', due: '2026-11-30', then: 'call', kind: 'follow-up' });
  });
  it('call, due the offer date: overrides the promise', () => {
    const a = betaOn('2026-11-18', [acme(), beta()]);
    expect(a).toMatchObject({ action: 'call', due: '2026-11-18', kind: 'competing-offer' });
    expect(rules(a)).toEqual(['R4']);
    expect(reason(a, 'R4')).toContain('Acme');
  });
  it('overdue: stays due on the offer date', () => {
    expect(betaOn('2026-11-24', [acme(), beta()])).toMatchObject({ action: 'call', due: '2026-11-18' });
  });
  it('at the final stage too', () => {
    const fin = [e('final', '2026-11-16'), e('thanks', '2026-11-16')];
    expect(betaOn('2026-11-18', [acme(), beta(fin)])).toMatchObject({ action: 'call', due: '2026-11-18', kind: 'competing-offer' });
  });
  it('implicit rounds: a second interview is a later stage', () => {
    const two = [e('interview', '2026-11-09'), e('thanks', '2026-11-09'), e('interview', '2026-11-16'), e('thanks', '2026-11-16')];
    expect(betaOn('2026-11-18', [acme(), beta(two)]).kind).toBe('competing-offer');
  });
  it('not at the applied or first-interview stages', () => {
    expect(rule(betaOn('2026-11-18', [acme(), beta([e('applied', '2026-11-10')])]))).toBe('R8');
    expect(rule(betaOn('2026-11-18', [acme(), beta([e('screen', '2026-11-16'), e('thanks', '2026-11-16')])]))).toBe('R8');
    expect(rule(betaOn('2026-11-18', [acme(), beta([e('interview', '2026-11-16', { round: 1 }), e('thanks', '2026-11-16')])]))).toBe('R8');
  });
  it("the other offer's deadline must be today or later", () => {
    expect(betaOn('2026-11-18', [acme({ deadline: '2026-11-18' }), beta()]).kind).toBe('competing-offer');
    expect(betaOn('2026-11-19', [acme({ deadline: '2026-11-18' }), beta()]).kind).toBe('follow-up');
  });
  it('an offer without a deadline counts', () => {
    const a = betaOn('2026-11-18', [acme({ deadline: undefined }), beta()]);
    expect(a.kind).toBe('competing-offer');
  });
  it('the other offer must be seen (dated today or before) and still active', () => {
    expect(betaOn('2026-11-17', [acme(), beta()]).kind).toBe('follow-up');
    const accepted = app([APPLIED, e('offer', '2026-11-18'), e('accepted', '2026-11-19')], { id: '1', company: 'Acme' });
    expect(betaOn('2026-11-20', [accepted, beta()]).kind).toBe('follow-up');
    const declined = app([APPLIED, e('offer', '2026-11-18'), e('withdrawn', '2026-11-19')], { id: '1', company: 'Acme' });
    expect(betaOn('2026-11-20', [declined, beta()]).kind).toBe('follow-up');
  });
  it('not after a follow-up dated on or after that offer', () => {
    expect(betaOn('2026-11-19', [acme(), beta([...later, e('call', '2026-11-18')])]).kind).toBe('follow-up');
    expect(betaOn('2026-11-19', [acme(), beta([...later, e('email', '2026-11-19')])]).kind).toBe('follow-up');
  });
  it('a follow-up before the offer, or a thanks after it, does not stop it; it overrides the weekly limit', () => {
    expect(betaOn('2026-11-18', [acme(), beta([...later, e('call', '2026-11-17')])])).toMatchObject({ action: 'call', due: '2026-11-18', kind: 'competing-offer' });
    expect(betaOn('2026-11-19', [acme(), beta([...later, e('thanks', '2026-11-18')])]).kind).toBe('competing-offer');
  });
  it("due the later of the offer's date and this application's anchor", () => {
    expect(betaOn('2026-11-20', [acme(), beta([...later, e('reply', '2026-11-19')])])).toMatchObject({ action: 'call', due: '2026-11-19' });
    expect(betaOn('2026-11-18', [acme({}, '2026-11-12'), beta()])).toMatchObject({ action: 'call', due: '2026-11-16' });
  });
  it('rolled: an offer on a Saturday is due Monday', () => {
    expect(betaOn('2026-11-21', [acme({}, '2026-11-21'), beta()])).toMatchObject({ action: 'wait', due: '2026-11-23', then: 'call', kind: 'competing-offer' });
  });
  it('several offers: the earliest', () => {
    const gamma = app([APPLIED, e('offer', '2026-11-17', { deadline: '2026-11-30' })], { id: '3', company: 'Gamma' });
    const a = betaOn('2026-11-18', [acme(), beta(), gamma]);
    expect(a).toMatchObject({ due: '2026-11-17' });
    expect(reason(a, 'R4')).toContain('Gamma');
    expect(a.script).toContain('Mon 30 Nov');
    // the earliest whose deadline is still ahead
    const expired = app([APPLIED, e('offer', '2026-11-10', { deadline: '2026-11-13' })], { id: '3', company: 'Gamma' });
    expect(reason(betaOn('2026-11-18', [acme(), beta(), expired]), 'R4')).toContain('Acme');
  });
  it('noCalls: email', () => {
    expect(betaOn('2026-11-18', [acme(), beta(later, { noCalls: true })])).toMatchObject({ action: 'email', due: '2026-11-18', kind: 'competing-offer' });
  });
  it('comes before the thank-you note (R5) and invitations (R6), after R2 and R3', () => {
    expect(betaOn('2026-11-18', [acme(), beta([e('final', '2026-11-17')])]).kind).toBe('competing-offer');
    expect(betaOn('2026-11-18', [acme(), beta([...later, e('reply', '2026-11-17', { invited: '2026-11-24' })])]).kind).toBe('competing-offer');
    expect(betaOn('2026-11-18', [acme(), beta([...later, e('reply', '2026-11-17', { cue: 'negative' })])]).kind).toBe('negative-cue');
    const both = board('2026-11-18', [acme(), app([e('final', '2026-11-10'), e('offer', '2026-11-18')], { id: '2', company: 'Beta' })]);
    expect(both.map((r) => r.advice?.kind)).toEqual(['offer', 'offer']);
  });
  it('the offering application itself is not its own competing offer', () => {
    const self = app([e('final', '2026-11-10'), e('thanks', '2026-11-10'), e('offer', '2026-11-18')]);
    expect(board('2026-11-18', [self])[0]!.advice!.kind).toBe('offer');
  });
});

describe('R5: a thank-you note after an interview', () => {
  const interview = e('interview', '2026-11-16', { round: 1, expectBy: '2026-11-20' });
  it('email, due the interview date; overdue stays due on it', () => {
    const a = adv('2026-11-16', [interview]);
    expect(a).toMatchObject({ action: 'email', due: '2026-11-16', kind: 'thank-you' });
    expect(rules(a)).toEqual(['R5']);
    expect(adv('2026-11-19', [interview])).toMatchObject({ action: 'email', due: '2026-11-16' });
  });
  it('for every kind of interview', () => {
    for (const t of ['screen', 'interview', 'final'] as const) {
      expect(adv('2026-11-17', [APPLIED, e(t, '2026-11-16')])).toMatchObject({ action: 'email', due: '2026-11-16', kind: 'thank-you' });
    }
  });
  it('a thanks, email or call dated on or after the interview settles it', () => {
    expect(adv('2026-11-17', [interview, e('thanks', '2026-11-16')]).kind).toBe('follow-up');
    expect(adv('2026-11-17', [interview, e('thanks', '2026-11-17')]).kind).toBe('follow-up');
    expect(adv('2026-11-17', [interview, e('email', '2026-11-17')]).kind).toBe('follow-up');
    expect(adv('2026-11-17', [interview, e('call', '2026-11-16')]).kind).toBe('follow-up');
    // same day, logged before the interview: dated on its date, so it counts
    expect(adv('2026-11-17', [e('thanks', '2026-11-16'), interview]).kind).toBe('follow-up');
  });
  it('a thanks for an earlier interview does not settle the latest one', () => {
    const log = [e('screen', '2026-11-09'), e('thanks', '2026-11-09'), interview];
    expect(adv('2026-11-17', log)).toMatchObject({ action: 'email', due: '2026-11-16', kind: 'thank-you' });
    expect(adv('2026-11-17', [e('thanks', '2026-11-13'), interview]).kind).toBe('thank-you');
  });
  it('an interview on a weekend is due the next business day', () => {
    const log = [APPLIED, e('interview', '2026-11-21')];
    expect(adv('2026-11-21', log)).toMatchObject({ action: 'wait', due: '2026-11-23', then: 'email', kind: 'thank-you' });
    expect(adv('2026-11-23', log)).toMatchObject({ action: 'email', due: '2026-11-23' });
    expect(adv('2026-11-20', [APPLIED, e('interview', '2026-11-20')], { holidays: ['2026-11-20'] })).toMatchObject({ due: '2026-11-23' });
  });
  it('an interview logged ahead (after today) has not taken place yet', () => {
    expect(adv('2026-11-13', [APPLIED, interview])).toMatchObject({ kind: 'follow-up', action: 'email' });
  });
  it('the setting thankYou: false turns it off', () => {
    const a = adv('2026-11-16', [interview], { thankYou: false });
    expect(a).toMatchObject({ action: 'wait', due: '2026-11-23', then: 'call', kind: 'follow-up' });
    expect(rules(a)).not.toContain('R5');
  });
  it('no thank-you without an interview', () => {
    expect(adv('2026-11-02', [APPLIED]).kind).toBe('follow-up');
  });
});

describe('R6: an invitation', () => {
  const invite = (extra: Partial<AppEvent> = {}) => e('reply', '2026-11-16', { invited: '2026-11-19', ...extra });
  it('wait until D, then call; on D call; overdue stays due on D', () => {
    const a = adv('2026-11-16', [APPLIED, invite()]);
    expect(a).toMatchObject({ action: 'wait', due: '2026-11-19', then: 'call', kind: 'invited' });
    expect(rules(a)).toEqual(['R6']);
    expect(adv('2026-11-19', [APPLIED, invite()])).toMatchObject({ action: 'call', due: '2026-11-19', kind: 'invited' });
    expect(adv('2026-11-24', [APPLIED, invite()])).toMatchObject({ action: 'call', due: '2026-11-19' });
  });
  it('the channel asked for; noCalls keeps it', () => {
    expect(adv('2026-11-19', [APPLIED, invite({ channel: 'email' })])).toMatchObject({ action: 'email', kind: 'invited' });
    expect(adv('2026-11-19', [APPLIED, invite()], {}, { noCalls: true })).toMatchObject({ action: 'call', kind: 'invited' });
    expect(adv('2026-11-16', [APPLIED, invite()], {}, { noCalls: true })).toMatchObject({ action: 'wait', then: 'call' });
  });
  it('D is not rolled, even on a weekend or a holiday', () => {
    const sat = invite({ invited: '2026-11-21' });
    expect(adv('2026-11-20', [APPLIED, sat])).toMatchObject({ action: 'wait', due: '2026-11-21', then: 'call' });
    expect(adv('2026-11-21', [APPLIED, sat])).toMatchObject({ action: 'call', due: '2026-11-21' });
    expect(adv('2026-11-23', [APPLIED, sat])).toMatchObject({ action: 'call', due: '2026-11-21' });
    expect(adv('2026-11-20', [APPLIED, invite({ invited: '2026-11-26' })], { holidays: ['2026-11-26'] })).toMatchObject({ due: '2026-11-26' });
  });
  it('used up by a follow-up dated on or after D', () => {
    expect(adv('2026-11-20', [APPLIED, invite(), e('call', '2026-11-19')])).toMatchObject({ action: 'wait', due: '2026-11-26', then: 'email', kind: 'follow-up' });
    expect(adv('2026-11-20', [APPLIED, invite(), e('email', '2026-11-20')]).kind).toBe('follow-up');
  });
  it('a follow-up before D does not use it up: overrides the weekly limit', () => {
    expect(adv('2026-11-18', [APPLIED, invite(), e('call', '2026-11-17')])).toMatchObject({ action: 'wait', due: '2026-11-19', then: 'call', kind: 'invited' });
  });
  it('overrides the promise', () => {
    expect(adv('2026-11-16', [APPLIED, invite({ expectBy: '2026-11-30' })])).toMatchObject({ due: '2026-11-19', kind: 'invited' });
  });
  it('overrides R7', () => {
    const log = [APPLIED, e('reply', '2026-11-03', { invited: '2026-11-30' }), e('email', '2026-11-10'), e('email', '2026-11-17')];
    expect(adv('2026-11-18', log)).toMatchObject({ action: 'wait', due: '2026-11-30', then: 'call', kind: 'invited' });
    const without = [APPLIED, e('reply', '2026-11-03'), e('email', '2026-11-10'), e('email', '2026-11-17')];
    expect(adv('2026-11-18', without)).toMatchObject({ action: 'wait', due: '2026-11-24', then: 'move-on', kind: 'unanswered' });
  });
  it('cleared by a newer employer event without one, not by the seeker', () => {
    const inv = invite({ invited: '2026-11-25' });
    expect(adv('2026-11-20', [APPLIED, inv, e('reply', '2026-11-18')]).kind).toBe('follow-up');
    expect(adv('2026-11-20', [APPLIED, inv, e('call', '2026-11-18', { cue: 'neutral' })]).kind).toBe('follow-up');
    expect(adv('2026-11-20', [APPLIED, inv, e('thanks', '2026-11-17'), e('note', '2026-11-18')])).toMatchObject({ due: '2026-11-25', kind: 'invited' });
  });
  it('several open: the earliest, then the next once it is used up', () => {
    const log = [APPLIED, invite({ invited: '2026-11-25' }), e('delay', '2026-11-17', { invited: '2026-11-20', channel: 'email' })];
    expect(adv('2026-11-18', log)).toMatchObject({ action: 'wait', due: '2026-11-20', then: 'email', kind: 'invited' });
    expect(adv('2026-11-21', [...log, e('email', '2026-11-20')])).toMatchObject({ action: 'wait', due: '2026-11-25', then: 'call', kind: 'invited' });
  });
  it('an answered follow-up can carry one', () => {
    expect(adv('2026-11-20', [APPLIED, e('call', '2026-11-18', { invited: '2026-11-25' })])).toMatchObject({ due: '2026-11-25', kind: 'invited', then: 'call' });
  });
  it('same day: used up only by a follow-up logged after it', () => {
    const inv = e('reply', '2026-11-19', { invited: '2026-11-19' });
    expect(adv('2026-11-19', [APPLIED, inv, e('call', '2026-11-19')]).kind).toBe('follow-up');
    expect(adv('2026-11-19', [APPLIED, e('call', '2026-11-19'), inv])).toMatchObject({ action: 'call', due: '2026-11-19', kind: 'invited' });
  });
  it('comes after the thank-you note', () => {
    const log = [e('interview', '2026-11-16', { invited: '2026-11-19' })];
    expect(adv('2026-11-16', log).kind).toBe('thank-you');
    expect(adv('2026-11-16', [...log, e('thanks', '2026-11-16')])).toMatchObject({ kind: 'invited', due: '2026-11-19' });
  });
  it('not seen when logged for a later day', () => {
    expect(adv('2026-11-15', [APPLIED, invite()]).kind).toBe('follow-up');
  });
});

describe('R7: too many unanswered follow-ups', () => {
  const two = [APPLIED, e('email', '2026-11-09'), e('email', '2026-11-16')];
  it('applied, 2 unanswered: move on, due a week after the last', () => {
    const a = adv('2026-11-18', two);
    expect(a).toMatchObject({ action: 'wait', due: '2026-11-23', then: 'move-on', kind: 'unanswered' });
    expect(rules(a)).toEqual(['R7']);
    expect(adv('2026-11-23', two)).toMatchObject({ action: 'move-on', due: '2026-11-23' });
    expect(adv('2026-12-01', two)).toMatchObject({ action: 'move-on', due: '2026-11-23' });
  });
  it('applied, 1 unanswered: follow up again (R8)', () => {
    expect(adv('2026-11-12', two.slice(0, 2))).toMatchObject({ action: 'wait', due: '2026-11-16', then: 'email', kind: 'follow-up' });
  });
  it('first-interview stage: 2', () => {
    const screen = [e('screen', '2026-11-02'), e('thanks', '2026-11-02'), e('call', '2026-11-09'), e('email', '2026-11-16')];
    expect(adv('2026-11-18', screen)).toMatchObject({ due: '2026-11-23', then: 'move-on' });
    const r1 = [e('interview', '2026-11-02', { round: 1 }), e('thanks', '2026-11-02'), e('call', '2026-11-09'), e('email', '2026-11-16')];
    expect(adv('2026-11-23', r1)).toMatchObject({ action: 'move-on', due: '2026-11-23' });
  });
  it('later stages: 3', () => {
    const r2 = [e('interview', '2026-11-02', { round: 2 }), e('thanks', '2026-11-02'), e('call', '2026-11-09'), e('call', '2026-11-16')];
    expect(adv('2026-11-18', r2)).toMatchObject({ action: 'wait', due: '2026-11-23', then: 'call', kind: 'follow-up' });
    const r2three = [...r2, e('call', '2026-11-23')];
    expect(adv('2026-11-25', r2three)).toMatchObject({ action: 'wait', due: '2026-11-30', then: 'move-on', kind: 'unanswered' });
    const fin = [e('final', '2026-11-02'), e('thanks', '2026-11-02'), e('call', '2026-11-09'), e('call', '2026-11-16'), e('email', '2026-11-23')];
    expect(adv('2026-11-30', fin)).toMatchObject({ action: 'move-on', due: '2026-11-30' });
    expect(adv('2026-11-18', fin.slice(0, 4)).kind).toBe('follow-up');
  });
  it('only follow-ups dated after the anchor count', () => {
    expect(adv('2026-11-20', [APPLIED, e('email', '2026-11-09'), e('reply', '2026-11-12'), e('email', '2026-11-19')])).toMatchObject({
      due: '2026-11-26',
      kind: 'follow-up',
    });
    // same day as the anchor: not after it
    expect(adv('2026-11-24', [APPLIED, e('reply', '2026-11-16'), e('email', '2026-11-16'), e('email', '2026-11-23')])).toMatchObject({
      due: '2026-11-30',
      kind: 'follow-up',
    });
  });
  it('thanks are not follow-ups', () => {
    expect(adv('2026-11-12', [e('screen', '2026-11-02'), e('thanks', '2026-11-02'), e('thanks', '2026-11-03'), e('call', '2026-11-09')]).kind).toBe('follow-up');
  });
  it('an answered follow-up resets the count', () => {
    expect(adv('2026-11-19', [...two, e('call', '2026-11-18', { cue: 'neutral' })])).toMatchObject({ action: 'wait', due: '2026-11-25', then: 'email', kind: 'follow-up' });
    expect(adv('2026-11-19', [...two, e('email', '2026-11-18', { expectBy: '2026-11-20' })])).toMatchObject({ due: '2026-11-25', kind: 'follow-up' });
  });
  it('due rolled to a business day', () => {
    expect(adv('2026-11-18', [APPLIED, e('email', '2026-11-07'), e('email', '2026-11-14')])).toMatchObject({ due: '2026-11-23', then: 'move-on' });
    expect(adv('2026-11-18', two, { holidays: ['2026-11-23'] })).toMatchObject({ due: '2026-11-24', then: 'move-on' });
  });
  it('the settings maxUnansweredEarly and maxUnansweredLate', () => {
    expect(adv('2026-11-18', two, { maxUnansweredEarly: 3 })).toMatchObject({ due: '2026-11-23', then: 'email', kind: 'follow-up' });
    expect(adv('2026-11-18', two.slice(0, 2), { maxUnansweredEarly: 1 })).toMatchObject({ due: '2026-11-16', action: 'move-on', kind: 'unanswered' });
    const r2 = [e('interview', '2026-11-02', { round: 2 }), e('thanks', '2026-11-02'), e('call', '2026-11-09'), e('call', '2026-11-16')];
    expect(adv('2026-11-18', r2, { maxUnansweredLate: 2 })).toMatchObject({ due: '2026-11-23', then: 'move-on', kind: 'unanswered' });
    // the early limit does not apply at later stages, nor the late one early
    expect(adv('2026-11-18', r2, { maxUnansweredEarly: 1 }).kind).toBe('follow-up');
    expect(adv('2026-11-18', two, { maxUnansweredLate: 9 }).kind).toBe('unanswered');
  });
  it('the setting minDaysBetweenFollowUps', () => {
    expect(adv('2026-11-18', two, { minDaysBetweenFollowUps: 3 })).toMatchObject({ action: 'wait', due: '2026-11-19', then: 'move-on' });
    expect(adv('2026-11-19', two, { minDaysBetweenFollowUps: 3 })).toMatchObject({ action: 'move-on', due: '2026-11-19' });
    expect(adv('2026-11-18', two, { minDaysBetweenFollowUps: 14 })).toMatchObject({ action: 'wait', due: '2026-11-30', then: 'move-on' });
  });
});

describe('R8: follow up on the right channel, due F', () => {
  it('applied: email, a week of business days after applying', () => {
    expect(adv('2026-11-06', [e('applied', '2026-11-03')])).toMatchObject({ action: 'wait', due: '2026-11-10', then: 'email', kind: 'follow-up' });
    expect(adv('2026-11-06', [e('applied', '2026-11-06')])).toMatchObject({ due: '2026-11-13' });
    expect(adv('2026-11-07', [e('applied', '2026-11-07')])).toMatchObject({ due: '2026-11-13' });
    expect(adv('2026-11-06', [e('applied', '2026-11-03')], { holidays: ['2026-11-05'] })).toMatchObject({ due: '2026-11-11' });
    expect(adv('2026-11-12', [e('applied', '2026-11-03')])).toMatchObject({ action: 'email', due: '2026-11-10' });
  });
  it('with a promise: the business day after it', () => {
    const r2 = (expectBy: string) => [e('interview', '2026-11-16', { round: 2, expectBy }), e('thanks', '2026-11-16')];
    expect(adv('2026-11-17', r2('2026-11-20'))).toMatchObject({ action: 'wait', due: '2026-11-23', then: 'call' });
    expect(adv('2026-11-17', r2('2026-11-19'))).toMatchObject({ due: '2026-11-20' });
    expect(adv('2026-11-17', r2('2026-11-21'))).toMatchObject({ due: '2026-11-23' });
    expect(adv('2026-11-17', r2('2026-11-20'), { holidays: ['2026-11-23'] })).toMatchObject({ due: '2026-11-24' });
    // a promise earlier than a week is kept: never before the date the employer gave, but not later either
    expect(adv('2026-11-17', r2('2026-11-17'))).toMatchObject({ due: '2026-11-18' });
  });
  it('at most once a week: roll(last follow-up + 7) when later', () => {
    const r2 = [e('interview', '2026-11-16', { round: 2, expectBy: '2026-11-18' }), e('thanks', '2026-11-16'), e('call', '2026-11-17')];
    expect(adv('2026-11-19', r2)).toMatchObject({ action: 'wait', due: '2026-11-24', then: 'call' });
    expect(adv('2026-11-19', [APPLIED, e('email', '2026-11-14')])).toMatchObject({ due: '2026-11-23' });
  });
  it('the weekly limit counts the last follow-up even before the anchor', () => {
    expect(adv('2026-11-19', [APPLIED, e('call', '2026-11-17'), e('reply', '2026-11-18', { expectBy: '2026-11-18' })])).toMatchObject({ due: '2026-11-24' });
    // an answered follow-up is both the anchor and the last follow-up
    expect(adv('2026-11-19', [APPLIED, e('call', '2026-11-17', { expectBy: '2026-11-18' })])).toMatchObject({ due: '2026-11-24', then: 'email' });
  });
  it('first-interview stage: call', () => {
    expect(adv('2026-11-23', [e('screen', '2026-11-16'), e('thanks', '2026-11-16')])).toMatchObject({ action: 'call', due: '2026-11-23' });
  });
  it('first-interview stage: email once a call is dated since that interview', () => {
    const log = [e('interview', '2026-11-16', { round: 1, expectBy: '2026-11-20' }), e('thanks', '2026-11-16'), e('call', '2026-11-23')];
    expect(adv('2026-11-30', log)).toMatchObject({ action: 'email', due: '2026-11-30' });
    expect(reason(adv('2026-11-30', log), 'R8')).toContain('no second call unless encouraged');
    // a call the same day as the interview is dated since it
    expect(adv('2026-11-24', [e('screen', '2026-11-16'), e('thanks', '2026-11-16'), e('call', '2026-11-16')])).toMatchObject({ action: 'email', due: '2026-11-23' });
  });
  it('first-interview stage: an email, or a call before the interview, does not switch it', () => {
    expect(adv('2026-11-30', [e('interview', '2026-11-16', { round: 1 }), e('thanks', '2026-11-16'), e('email', '2026-11-23')])).toMatchObject({
      action: 'call',
      due: '2026-11-30',
    });
    expect(adv('2026-11-23', [APPLIED, e('call', '2026-11-09'), e('screen', '2026-11-16'), e('thanks', '2026-11-16')])).toMatchObject({
      action: 'call',
      due: '2026-11-23',
    });
  });
  it('first-interview stage: a second call when the latest cue is encouraging', () => {
    const base = [e('interview', '2026-11-16', { round: 1 }), e('thanks', '2026-11-16')];
    expect(adv('2026-11-30', [...base, e('call', '2026-11-23', { cue: 'encouraging' })])).toMatchObject({ action: 'call', due: '2026-11-30' });
    expect(adv('2026-12-01', [...base, e('call', '2026-11-23'), e('reply', '2026-11-24', { cue: 'encouraging' })])).toMatchObject({ action: 'call', due: '2026-12-01' });
    expect(adv('2026-12-01', [...base, e('call', '2026-11-23'), e('reply', '2026-11-24', { cue: 'neutral' })])).toMatchObject({ action: 'email', due: '2026-12-01' });
    // the interview itself was encouraging, but a later cue was not
    const enc = [e('interview', '2026-11-16', { round: 1, cue: 'encouraging' }), e('thanks', '2026-11-16'), e('call', '2026-11-23')];
    expect(adv('2026-11-30', enc).action).toBe('call');
    expect(adv('2026-12-01', [...enc, e('reply', '2026-11-24', { cue: 'unsure' })]).action).toBe('email');
  });
  it('later stages: call, also after earlier calls', () => {
    const r2 = [e('interview', '2026-11-16', { round: 2 }), e('thanks', '2026-11-16'), e('call', '2026-11-23')];
    expect(adv('2026-11-30', r2)).toMatchObject({ action: 'call', due: '2026-11-30' });
    expect(adv('2026-11-30', [e('final', '2026-11-16'), e('thanks', '2026-11-16'), e('call', '2026-11-23')])).toMatchObject({ action: 'call' });
  });
  it('noCalls: email at every stage', () => {
    const nc = { noCalls: true };
    expect(adv('2026-11-23', [e('screen', '2026-11-16'), e('thanks', '2026-11-16')], {}, nc)).toMatchObject({ action: 'email', due: '2026-11-23' });
    expect(adv('2026-11-23', [e('final', '2026-11-16'), e('thanks', '2026-11-16')], {}, nc)).toMatchObject({ action: 'email' });
    expect(adv('2026-11-10', [e('applied', '2026-11-03')], {}, nc)).toMatchObject({ action: 'email' });
    expect(adv('2026-11-18', [e('final', '2026-11-16'), e('thanks', '2026-11-16')], {}, nc)).toMatchObject({ action: 'wait', then: 'email' });
  });
  it('an earlier promise is cleared by a newer anchor without a date', () => {
    const log = [e('interview', '2026-11-16', { round: 2, expectBy: '2026-12-04' }), e('thanks', '2026-11-16'), e('reply', '2026-11-18')];
    expect(adv('2026-11-19', log)).toMatchObject({ due: '2026-11-25' });
  });
  it('a delay with until is a promise; without until there is none', () => {
    expect(adv('2026-11-18', [APPLIED, e('delay', '2026-11-16', { until: '2026-11-30' })])).toMatchObject({ due: '2026-12-01', then: 'email' });
    expect(adv('2026-11-18', [APPLIED, e('delay', '2026-11-16')])).toMatchObject({ due: '2026-11-23', then: 'email' });
  });
  it('the wait names the action that will follow; overdue keeps its original due date', () => {
    const log = [e('applied', '2026-11-03')];
    expect(adv('2026-11-09', log)).toMatchObject({ action: 'wait', then: 'email', due: '2026-11-10' });
    for (const today of ['2026-11-10', '2026-11-11', '2026-11-14', '2026-12-20']) {
      const a = adv(today, log);
      expect(a).toMatchObject({ action: 'email', due: '2026-11-10' });
      expect(a.then).toBeUndefined();
    }
  });
});

describe('the follow-up date F and the settings', () => {
  it('firstFollowUpBusinessDays', () => {
    expect(adv('2026-11-03', [e('applied', '2026-11-03')], { firstFollowUpBusinessDays: 3 })).toMatchObject({ due: '2026-11-06' });
    expect(adv('2026-11-03', [e('applied', '2026-11-03')], { firstFollowUpBusinessDays: 7 })).toMatchObject({ due: '2026-11-12' });
    expect(adv('2026-11-03', [e('applied', '2026-11-03')], { firstFollowUpBusinessDays: 0 })).toMatchObject({ action: 'email', due: '2026-11-03' });
    // every due date is rolled: 0 business days after a Saturday is the Monday
    expect(adv('2026-11-21', [e('applied', '2026-11-21')], { firstFollowUpBusinessDays: 0 })).toMatchObject({ action: 'wait', due: '2026-11-23' });
  });
  it('daysAfterPromise', () => {
    const log = [e('interview', '2026-11-16', { round: 2, expectBy: '2026-11-18' }), e('thanks', '2026-11-16')];
    expect(adv('2026-11-17', log)).toMatchObject({ due: '2026-11-19' });
    expect(adv('2026-11-17', log, { daysAfterPromise: 2 })).toMatchObject({ due: '2026-11-20' });
    expect(adv('2026-11-17', log, { daysAfterPromise: 3 })).toMatchObject({ due: '2026-11-23' });
    expect(adv('2026-11-18', log, { daysAfterPromise: 0 })).toMatchObject({ action: 'call', due: '2026-11-18' });
  });
  it('minDaysBetweenFollowUps', () => {
    const log = [APPLIED, e('email', '2026-11-16')];
    expect(adv('2026-11-17', log)).toMatchObject({ due: '2026-11-23' });
    expect(adv('2026-11-17', log, { minDaysBetweenFollowUps: 14 })).toMatchObject({ due: '2026-11-30' });
    expect(adv('2026-11-17', log, { minDaysBetweenFollowUps: 3 })).toMatchObject({ due: '2026-11-19' });
  });
  it('holidays move every rolled date', () => {
    expect(adv('2026-11-03', [e('applied', '2026-11-03')], { holidays: ['2026-11-10'] })).toMatchObject({ due: '2026-11-11' });
    expect(adv('2026-11-03', [e('applied', '2026-11-03')], { holidays: ['2026-11-04', '2026-11-05'] })).toMatchObject({ due: '2026-11-12' });
  });
  it('the later of the promise date and the weekly limit wins', () => {
    const log = [e('interview', '2026-11-16', { round: 2, expectBy: '2026-11-27' }), e('thanks', '2026-11-16'), e('call', '2026-11-17')];
    expect(adv('2026-11-18', log)).toMatchObject({ due: '2026-11-30' });
    expect(adv('2026-11-18', log, { minDaysBetweenFollowUps: 21 })).toMatchObject({ due: '2026-12-08' });
  });
});

describe('same-day events: by date, then by the order logged', () => {
  it('a follow-up logged the same day as a reply is not unanswered', () => {
    expect(adv('2026-11-18', [APPLIED, e('email', '2026-11-09'), e('reply', '2026-11-16'), e('email', '2026-11-16')]).kind).toBe('follow-up');
  });
  it('the order the log was written in does not matter across dates', () => {
    const log = [APPLIED, e('email', '2026-11-09'), e('email', '2026-11-16')];
    expect(adv('2026-11-18', [...log].reverse())).toEqual(adv('2026-11-18', log));
  });
  it('the latest cue of the day is the one logged last', () => {
    const neg = e('reply', '2026-11-16', { cue: 'negative' });
    const ok = e('reply', '2026-11-16', { cue: 'neutral' });
    expect(rule(on('2026-11-17', [APPLIED, neg, ok]))).toBe('R8');
    expect(rule(on('2026-11-17', [APPLIED, ok, neg]))).toBe('R2');
  });
});

describe('as of a past day', () => {
  const log = [e('applied', '2026-11-03'), e('screen', '2026-11-12'), e('thanks', '2026-11-12'), e('call', '2026-11-19'), e('rejected', '2026-11-25')];
  it('shows the advice of that day', () => {
    expect(adv('2026-11-06', log)).toMatchObject({ action: 'wait', due: '2026-11-10', then: 'email' });
    expect(adv('2026-11-11', log)).toMatchObject({ action: 'email', due: '2026-11-10' });
    expect(adv('2026-11-13', log)).toMatchObject({ action: 'wait', due: '2026-11-19', then: 'call' });
    expect(adv('2026-11-20', log)).toMatchObject({ action: 'wait', due: '2026-11-26', then: 'email' });
    expect(on('2026-11-25', log)).toBeNull();
  });
});

describe('N1: a delay after a short-list interview', () => {
  const fin = [e('final', '2026-11-16', { expectBy: '2026-11-18' }), e('thanks', '2026-11-16')];
  it('once the promise of the final interview has passed', () => {
    const a = adv('2026-11-19', fin);
    expect(a).toMatchObject({ action: 'call', due: '2026-11-19' });
    expect(rules(a)).toEqual(['R8', 'N1']);
    expect(reason(a, 'N1')).toContain('someone else got the first offer');
    expect(rules(adv('2026-11-25', fin))).toEqual(['R8', 'N1']);
  });
  it('not before or on the promised day', () => {
    expect(rules(adv('2026-11-17', fin))).toEqual(['R8']);
    expect(rules(adv('2026-11-18', fin))).toEqual(['R8']);
  });
  it('not when a newer anchor replaced the final interview', () => {
    expect(rules(adv('2026-11-20', [...fin, e('reply', '2026-11-19')]))).not.toContain('N1');
  });
  it('not at interview round 2, nor without a promise', () => {
    expect(rules(adv('2026-11-19', [e('interview', '2026-11-16', { round: 2, expectBy: '2026-11-18' }), e('thanks', '2026-11-16')]))).not.toContain('N1');
    expect(rules(adv('2026-11-30', [e('final', '2026-11-16'), e('thanks', '2026-11-16')]))).not.toContain('N1');
  });
  it('adds to any advice without changing it', () => {
    const noThanks = adv('2026-11-19', [fin[0]!]);
    expect(noThanks).toMatchObject({ action: 'email', kind: 'thank-you' });
    expect(rules(noThanks)).toEqual(['R5', 'N1']);
    const waiting = adv('2026-11-19', [...fin, e('call', '2026-11-19')]);
    expect(waiting).toMatchObject({ action: 'wait', due: '2026-11-26', then: 'call' });
    expect(rules(waiting)).toEqual(['R8', 'N1']);
  });
});

describe('N2: waiting on a delay', () => {
  const delay = e('delay', '2026-11-16', { until: '2026-11-30', reason: 'budget freeze' });
  it('while waiting, with the reason and the day', () => {
    const a = adv('2026-11-18', [APPLIED, delay]);
    expect(a).toMatchObject({ action: 'wait', due: '2026-12-01', then: 'email' });
    expect(rules(a)).toEqual(['R8', 'N2']);
    expect(reason(a, 'N2')).toContain('budget freeze');
    expect(reason(a, 'N2')).toContain('Mon 30 Nov');
  });
  it('not once the follow-up is due', () => {
    const a = adv('2026-12-01', [APPLIED, delay]);
    expect(a).toMatchObject({ action: 'email', due: '2026-12-01' });
    expect(rules(a)).toEqual(['R8']);
  });
  it('past the delay\'s day, still waiting (the weekly limit): N2 says the delay has run out', () => {
    const early = e('delay', '2026-11-16', { until: '2026-11-20', reason: 'budget freeze' });
    const a = adv('2026-11-23', [APPLIED, e('email', '2026-11-19'), early]);
    expect(a).toMatchObject({ action: 'wait', due: '2026-11-26', then: 'email' });
    expect(rules(a)).toEqual(['R8', 'N2']);
    expect(reason(a, 'N2')).toContain('until Fri 20 Nov: it has run out');
    expect(reason(a, 'N2')).not.toContain('nothing you can do');
  });
  it('a delay without until still has a business reason', () => {
    const a = adv('2026-11-18', [APPLIED, e('delay', '2026-11-16')]);
    expect(a).toMatchObject({ action: 'wait', due: '2026-11-23' });
    expect(rules(a)).toContain('N2');
  });
  it('not when a newer anchor is not a delay', () => {
    expect(rules(adv('2026-11-23', [APPLIED, delay, e('reply', '2026-11-20')]))).toEqual(['R8']);
  });
  it('not without a delay', () => {
    expect(rules(adv('2026-11-18', [APPLIED, e('reply', '2026-11-16', { expectBy: '2026-11-30' })]))).toEqual(['R8']);
  });
  it('does not change the action', () => {
    expect(adv('2026-11-18', [e('interview', '2026-11-02', { round: 2 }), e('thanks', '2026-11-02'), delay])).toMatchObject({ action: 'wait', then: 'call' });
  });
});

describe('N3: the latest cue is unsure', () => {
  const unsure = [APPLIED, e('reply', '2026-11-10', { cue: 'unsure' })];
  it('adds the question to the reasons and the script', () => {
    const a = adv('2026-11-12', unsure);
    expect(a).toMatchObject({ action: 'wait', due: '2026-11-17', then: 'email' });
    expect(rules(a)).toEqual(['R8', 'N3']);
    expect(a.script).toContain('Shall I follow up in a week?');
    expect(adv('2026-11-17', unsure).script).toContain('Shall I follow up in a week?');
  });
  it('not when a newer cue replaced it', () => {
    const a = adv('2026-11-17', [...unsure, e('reply', '2026-11-12', { cue: 'neutral' })]);
    expect(rules(a)).toEqual(['R8']);
    expect(a.script).not.toContain('Shall I follow up in a week?');
  });
  it('on a call script, with N4 after it at the first-interview stage', () => {
    const a = adv('2026-11-17', [e('screen', '2026-11-16', { cue: 'unsure' }), e('thanks', '2026-11-16')]);
    expect(a).toMatchObject({ action: 'wait', then: 'call' });
    expect(rules(a)).toEqual(['R8', 'N3', 'N4']);
    expect(a.script).toContain('Shall I follow up in a week?');
  });
  it('on a thank-you note, an offer, a competing offer and an invitation', () => {
    const ty = adv('2026-11-16', [e('interview', '2026-11-16', { cue: 'unsure' })]);
    expect(ty.kind).toBe('thank-you');
    expect(rules(ty)).toEqual(['R5', 'N3']);
    expect(ty.script).toContain('Shall I follow up in a week?');
    const offer = adv('2026-11-18', [e('offer', '2026-11-16', { cue: 'unsure' })]);
    expect(offer.kind).toBe('offer');
    expect(rules(offer)).toEqual(['R3', 'N3']);
    expect(offer.script).toContain('Shall I follow up in a week?');
    const inv = adv('2026-11-19', [APPLIED, e('reply', '2026-11-16', { cue: 'unsure', invited: '2026-11-19' })]);
    expect(inv.kind).toBe('invited');
    expect(inv.script).toContain('Shall I follow up in a week?');
    const [, beta] = board('2026-11-18', [
      app([APPLIED, e('offer', '2026-11-18')], { id: '1' }),
      app([e('final', '2026-11-16', { cue: 'unsure' }), e('thanks', '2026-11-16')], { id: '2', company: 'Beta' }),
    ]);
    expect(beta!.advice!.kind).toBe('competing-offer');
    expect(beta!.advice!.script).toContain('Shall I follow up in a week?');
  });
  it('not on a move-on: there is no follow-up to ask about', () => {
    const a = adv('2026-11-18', [APPLIED, e('reply', '2026-11-03', { cue: 'unsure' }), e('email', '2026-11-10'), e('email', '2026-11-17')]);
    expect(a).toMatchObject({ action: 'wait', then: 'move-on', kind: 'unanswered' });
    expect(rules(a)).toEqual(['R7']);
    expect(a.script).not.toContain('Shall I follow up in a week?');
  });
  it('a cue on a note does not count', () => {
    expect(rules(adv('2026-11-12', [APPLIED, e('note', '2026-11-10', { cue: 'unsure' })]))).toEqual(['R8']);
  });
});

describe('N4: waiting (R8) at the first-interview stage', () => {
  it('screen or round 1, waiting on R8', () => {
    expect(rules(adv('2026-11-18', [e('screen', '2026-11-16'), e('thanks', '2026-11-16')]))).toEqual(['R8', 'N4']);
    const a = adv('2026-11-18', [e('interview', '2026-11-16', { round: 1 }), e('thanks', '2026-11-16')]);
    expect(rules(a)).toEqual(['R8', 'N4']);
    expect(reason(a, 'N4')).toContain('keep searching');
  });
  it('not once the follow-up is due', () => {
    expect(rules(adv('2026-11-23', [e('screen', '2026-11-16'), e('thanks', '2026-11-16')]))).toEqual(['R8']);
  });
  it('not at the applied or later stages', () => {
    expect(rules(adv('2026-11-04', [e('applied', '2026-11-03')]))).toEqual(['R8']);
    expect(rules(adv('2026-11-18', [e('interview', '2026-11-16', { round: 2 }), e('thanks', '2026-11-16')]))).toEqual(['R8']);
    expect(rules(adv('2026-11-18', [e('final', '2026-11-16'), e('thanks', '2026-11-16')]))).toEqual(['R8']);
  });
  it('not when waiting on another rule', () => {
    expect(rules(adv('2026-11-17', [e('screen', '2026-11-16', { invited: '2026-11-19' }), e('thanks', '2026-11-16')]))).toEqual(['R6']);
    expect(rules(adv('2026-11-18', [e('screen', '2026-11-02'), e('thanks', '2026-11-02'), e('call', '2026-11-09'), e('email', '2026-11-16')]))).toEqual(['R7']);
    expect(rules(adv('2026-11-21', [e('screen', '2026-11-21')]))).toEqual(['R5']);
  });
});

describe('an application whose every event is after today (logged in advance)', () => {
  const events = [e('interview', '2026-12-03', { round: 1 })];

  it('has no advice yet, is not closed, and names its first event as upcoming', () => {
    const [r] = board('2026-11-30', [app(events)]);
    expect(r!.advice).toBeNull();
    expect(r!.state.closed).toBe(false);
    expect(r!.state.upcoming).toEqual(events[0]);
  });

  it('from that day on, the rules see it as usual', () => {
    const [r] = board('2026-12-03', [app(events)]);
    expect(r!.state.upcoming).toBeUndefined();
    expect(rule(r!.advice)).toBe('R5');
  });

  it('one seen event is enough: a later one ahead does not hold the advice back', () => {
    const a = adv('2026-11-30', [e('applied', '2026-11-02'), ...events]);
    expect(a).toMatchObject({ action: 'email', kind: 'follow-up', due: '2026-11-09' });
  });
});
