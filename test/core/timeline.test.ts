// RULES.md "Words": the state an application's log folds into (stage, anchor, promise, follow-ups, invitation, cue).
// 2026: 11-16 and 11-23 are Mondays, 11-20 is a Friday.
import { describe, expect, it } from 'vitest';
import type { AppEvent, Application, EventType } from '../../src/core/model.js';
import {
  deriveState,
  isAnsweredFollowUp,
  isFirstInterviewStage,
  isFromEmployer,
  isLaterStage,
  orderEvents,
  promiseOf,
} from '../../src/core/timeline.js';

function e(type: EventType, date: string, extra: Partial<AppEvent> = {}): AppEvent {
  return { type, date, ...extra };
}
function app(events: AppEvent[]): Application {
  return { id: '1', company: 'Acme', contact: {}, noCalls: false, events };
}
const state = (today: string, events: AppEvent[]) => deriveState(app(events), today);
/** The follow-ups dated after the anchor (the ones RULES.md's counting walks). */
const afterAnchor = (s: ReturnType<typeof state>) => s.followUps.filter((f) => s.anchor === undefined || f.date > s.anchor.date);

describe('orderEvents: by date, then by the order logged', () => {
  it('sorts by date', () => {
    const a = e('applied', '2026-11-02');
    const b = e('reply', '2026-11-05');
    const c = e('email', '2026-11-09');
    expect(orderEvents([c, a, b])).toEqual([a, b, c]);
  });
  it('keeps the log order of same-day events', () => {
    const x = e('reply', '2026-11-16', { note: 'x' });
    const y = e('email', '2026-11-16', { note: 'y' });
    const z = e('note', '2026-11-16', { note: 'z' });
    const early = e('applied', '2026-11-02');
    expect(orderEvents([x, y, early, z]).map((v) => v.note ?? v.type)).toEqual(['applied', 'x', 'y', 'z']);
    expect(orderEvents([z, early, y, x]).map((v) => v.note ?? v.type)).toEqual(['applied', 'z', 'y', 'x']);
  });
  it('does not modify its input', () => {
    const log = [e('email', '2026-11-09'), e('applied', '2026-11-02')];
    orderEvents(log);
    expect(log[0]!.type).toBe('email');
  });
});

describe('as of today: later events are not seen', () => {
  const log = [e('applied', '2026-11-02'), e('screen', '2026-11-10'), e('rejected', '2026-11-20')];
  it('filters out events dated after today', () => {
    expect(state('2026-11-09', log).events.map((v) => v.type)).toEqual(['applied']);
    expect(state('2026-11-09', log).stage).toBe('applied');
    expect(state('2026-11-10', log).stage).toBe('screen');
    expect(state('2026-11-19', log).closed).toBe(false);
  });
  it('sees events dated today', () => {
    const s = state('2026-11-20', log);
    expect(s.stage).toBe('rejected');
    expect(s.closed).toBe(true);
    expect(s.closedBy).toEqual(log[2]);
  });
  it('an empty view of the log still has a stage', () => {
    const s = state('2026-11-01', log);
    expect(s.events).toEqual([]);
    expect(s.stage).toBe('applied');
    expect(s.anchor).toBeUndefined();
    expect(s.closed).toBe(false);
  });
});

describe('stage', () => {
  it('is applied before any interview, also when the log starts with something else', () => {
    expect(state('2026-11-30', [e('applied', '2026-11-02')]).stage).toBe('applied');
    expect(state('2026-11-30', [e('note', '2026-11-02')]).stage).toBe('applied');
    expect(state('2026-11-30', [e('reply', '2026-11-02')]).stage).toBe('applied');
  });
  it('follows screen, interviews and final', () => {
    expect(state('2026-11-30', [e('applied', '2026-11-02'), e('screen', '2026-11-05')]).stage).toBe('screen');
    expect(state('2026-11-30', [e('screen', '2026-11-05'), e('final', '2026-11-20')]).stage).toBe('final');
    expect(state('2026-11-30', [e('final', '2026-11-20'), e('offer', '2026-11-25')]).stage).toBe('offer');
  });
  it('interview rounds: explicit, or one more than the last', () => {
    const s1 = state('2026-11-30', [e('interview', '2026-11-10')]);
    expect([s1.stage, s1.round]).toEqual(['interview', 1]);
    const s2 = state('2026-11-30', [e('interview', '2026-11-10'), e('interview', '2026-11-17')]);
    expect(s2.round).toBe(2);
    const s3 = state('2026-11-30', [e('interview', '2026-11-10', { round: 2 }), e('interview', '2026-11-17')]);
    expect(s3.round).toBe(3);
    const s4 = state('2026-11-30', [e('screen', '2026-11-05'), e('interview', '2026-11-10')]);
    expect(s4.round).toBe(1);
    const s5 = state('2026-11-30', [e('interview', '2026-11-10', { round: 3 })]);
    expect(s5.round).toBe(3);
  });
  it('round is null outside the interview stage', () => {
    expect(state('2026-11-30', [e('interview', '2026-11-10', { round: 2 }), e('final', '2026-11-17')]).round).toBeNull();
    expect(state('2026-11-30', [e('screen', '2026-11-10')]).round).toBeNull();
  });
  it('reply, delay, thanks, follow-ups and notes do not move the stage; a later applied does not reset it', () => {
    const s = state('2026-11-30', [
      e('interview', '2026-11-10', { round: 2 }),
      e('thanks', '2026-11-10'),
      e('reply', '2026-11-12'),
      e('delay', '2026-11-13'),
      e('call', '2026-11-17'),
      e('email', '2026-11-18'),
      e('note', '2026-11-19'),
      e('applied', '2026-11-20'),
    ]);
    expect([s.stage, s.round]).toEqual(['interview', 2]);
  });
  it('closed stages: rejected, withdrawn, accepted, moved-on', () => {
    for (const t of ['rejected', 'withdrawn', 'accepted', 'moved-on'] as const) {
      const s = state('2026-11-30', [e('applied', '2026-11-02'), e(t, '2026-11-20')]);
      expect(s.stage).toBe(t);
      expect(s.closed).toBe(true);
      expect(s.closedBy?.type).toBe(t);
    }
  });
  it('an interview after a close reopens the application', () => {
    const s = state('2026-11-30', [e('applied', '2026-11-02'), e('moved-on', '2026-11-10'), e('screen', '2026-11-20')]);
    expect(s.stage).toBe('screen');
    expect(s.closed).toBe(false);
    expect(s.closedBy).toBeUndefined();
  });
});

describe('first-interview and later stages', () => {
  it('first-interview: screen or round 1', () => {
    expect(isFirstInterviewStage({ stage: 'screen', round: null })).toBe(true);
    expect(isFirstInterviewStage({ stage: 'interview', round: 1 })).toBe(true);
    expect(isFirstInterviewStage({ stage: 'interview', round: 2 })).toBe(false);
    expect(isFirstInterviewStage({ stage: 'applied', round: null })).toBe(false);
    expect(isFirstInterviewStage({ stage: 'final', round: null })).toBe(false);
  });
  it('later: round 2 and up, and final', () => {
    expect(isLaterStage({ stage: 'interview', round: 2 })).toBe(true);
    expect(isLaterStage({ stage: 'interview', round: 5 })).toBe(true);
    expect(isLaterStage({ stage: 'final', round: null })).toBe(true);
    expect(isLaterStage({ stage: 'interview', round: 1 })).toBe(false);
    expect(isLaterStage({ stage: 'screen', round: null })).toBe(false);
    expect(isLaterStage({ stage: 'applied', round: null })).toBe(false);
    expect(isLaterStage({ stage: 'offer', round: null })).toBe(false);
  });
});

describe('answered follow-ups', () => {
  it('a call or email with expectBy, invited or cue is answered', () => {
    for (const t of ['call', 'email'] as const) {
      expect(isAnsweredFollowUp(e(t, '2026-11-16', { expectBy: '2026-11-20' }))).toBe(true);
      expect(isAnsweredFollowUp(e(t, '2026-11-16', { invited: '2026-11-20' }))).toBe(true);
      expect(isAnsweredFollowUp(e(t, '2026-11-16', { cue: 'neutral' }))).toBe(true);
      expect(isAnsweredFollowUp(e(t, '2026-11-16'))).toBe(false);
      expect(isAnsweredFollowUp(e(t, '2026-11-16', { note: 'left a voicemail', channel: 'call' }))).toBe(false);
    }
  });
  it('only calls and emails can be answered follow-ups', () => {
    expect(isAnsweredFollowUp(e('thanks', '2026-11-16', { cue: 'neutral' }))).toBe(false);
    expect(isAnsweredFollowUp(e('note', '2026-11-16', { expectBy: '2026-11-20' }))).toBe(false);
    expect(isAnsweredFollowUp(e('reply', '2026-11-16', { expectBy: '2026-11-20' }))).toBe(false);
  });
  it('employer events: the employer types and answered follow-ups', () => {
    for (const t of ['screen', 'interview', 'final', 'reply', 'delay', 'offer', 'rejected'] as const) {
      expect(isFromEmployer(e(t, '2026-11-16'))).toBe(true);
    }
    for (const t of ['applied', 'thanks', 'call', 'email', 'withdrawn', 'accepted', 'moved-on', 'note'] as const) {
      expect(isFromEmployer(e(t, '2026-11-16'))).toBe(false);
    }
    expect(isFromEmployer(e('call', '2026-11-16', { cue: 'unsure' }))).toBe(true);
  });
  it('is the new anchor, with its promise, and is not unanswered', () => {
    const s = state('2026-11-30', [
      e('applied', '2026-11-02'),
      e('email', '2026-11-09'),
      e('call', '2026-11-16', { expectBy: '2026-11-20' }),
    ]);
    expect(s.anchor?.date).toBe('2026-11-16');
    expect(s.promise).toBe('2026-11-20');
    expect(afterAnchor(s)).toEqual([]);
    expect(s.followUps.map((f) => f.date)).toEqual(['2026-11-09', '2026-11-16']);
    expect(s.lastFollowUp?.date).toBe('2026-11-16');
  });
});

describe('anchor and promise', () => {
  it('the anchor is the latest of applied, interviews, reply, delay and offer', () => {
    const log = [e('applied', '2026-11-02'), e('screen', '2026-11-05'), e('reply', '2026-11-09'), e('delay', '2026-11-12')];
    expect(state('2026-11-04', log).anchor?.type).toBe('applied');
    expect(state('2026-11-06', log).anchor?.type).toBe('screen');
    expect(state('2026-11-10', log).anchor?.type).toBe('reply');
    expect(state('2026-11-13', log).anchor?.type).toBe('delay');
    expect(state('2026-11-30', [...log, e('offer', '2026-11-20')]).anchor?.type).toBe('offer');
  });
  it('thanks, unanswered follow-ups, notes and seeker closings are not anchors', () => {
    const s = state('2026-11-30', [
      e('interview', '2026-11-16'),
      e('thanks', '2026-11-16'),
      e('call', '2026-11-23'),
      e('email', '2026-11-24'),
      e('note', '2026-11-25', { expectBy: '2026-11-30' }),
    ]);
    expect(s.anchor?.type).toBe('interview');
    expect(s.promise).toBeUndefined();
  });
  it('the promise is the expectBy given with the anchor', () => {
    const s = state('2026-11-18', [e('interview', '2026-11-16', { expectBy: '2026-11-20' })]);
    expect(s.promise).toBe('2026-11-20');
    expect(state('2026-11-18', [e('applied', '2026-11-02', { expectBy: '2026-11-20' })]).promise).toBe('2026-11-20');
  });
  it('a delay with until D is a promise of D', () => {
    expect(state('2026-11-18', [e('applied', '2026-11-02'), e('delay', '2026-11-16', { until: '2026-11-30' })]).promise).toBe('2026-11-30');
    expect(promiseOf(e('delay', '2026-11-16', { until: '2026-11-30' }))).toBe('2026-11-30');
    expect(promiseOf(e('delay', '2026-11-16', { until: '2026-11-30', expectBy: '2026-11-20' }))).toBe('2026-11-30');
  });
  it('a delay without until has no promise', () => {
    expect(state('2026-11-18', [e('applied', '2026-11-02'), e('delay', '2026-11-16')]).promise).toBeUndefined();
    expect(promiseOf(e('delay', '2026-11-16'))).toBeUndefined();
  });
  it('until on anything but a delay is not a promise', () => {
    expect(promiseOf(e('reply', '2026-11-16', { until: '2026-11-30' }))).toBeUndefined();
  });
  it('a newer anchor without a date clears the old promise', () => {
    const log = [e('interview', '2026-11-16', { expectBy: '2026-11-20' }), e('reply', '2026-11-18')];
    expect(state('2026-11-17', log).promise).toBe('2026-11-20');
    expect(state('2026-11-18', log).promise).toBeUndefined();
  });
  it('a newer anchor with a date replaces it', () => {
    const log = [e('interview', '2026-11-16', { expectBy: '2026-11-20' }), e('delay', '2026-11-19', { until: '2026-12-04' })];
    expect(state('2026-11-19', log).promise).toBe('2026-12-04');
  });
});

describe('follow-ups and unanswered follow-ups', () => {
  it('follow-ups are calls and emails, not thanks', () => {
    const s = state('2026-11-30', [e('interview', '2026-11-16'), e('thanks', '2026-11-16'), e('call', '2026-11-23'), e('email', '2026-11-25')]);
    expect(s.followUps.map((f) => f.type)).toEqual(['call', 'email']);
    expect(afterAnchor(s).map((f) => f.type)).toEqual(['call', 'email']);
  });
  it('unanswered: dated strictly after the anchor', () => {
    const s = state('2026-11-30', [
      e('applied', '2026-11-02'),
      e('email', '2026-11-09'),
      e('reply', '2026-11-16'),
      e('email', '2026-11-16'),
      e('call', '2026-11-23'),
    ]);
    expect(afterAnchor(s).map((f) => f.date)).toEqual(['2026-11-23']);
    expect(s.lastFollowUp?.date).toBe('2026-11-23');
  });
  it('the last follow-up counts even before the anchor', () => {
    const s = state('2026-11-30', [e('applied', '2026-11-02'), e('email', '2026-11-09'), e('reply', '2026-11-16')]);
    expect(afterAnchor(s)).toEqual([]);
    expect(s.lastFollowUp?.date).toBe('2026-11-09');
  });
  it('without any anchor every follow-up is unanswered', () => {
    const s = state('2026-11-30', [e('email', '2026-11-09'), e('email', '2026-11-16')]);
    expect(s.anchor).toBeUndefined();
    expect(afterAnchor(s)).toHaveLength(2);
  });
});

describe('invitations', () => {
  it('an employer event may carry invited: D, by call by default', () => {
    expect(state('2026-11-17', [e('reply', '2026-11-16', { invited: '2026-11-19' })]).invitation).toEqual({ date: '2026-11-19', channel: 'call' });
    expect(state('2026-11-17', [e('screen', '2026-11-16', { invited: '2026-11-19', channel: 'email' })]).invitation).toEqual({
      date: '2026-11-19',
      channel: 'email',
    });
  });
  it('seeker events and notes do not invite', () => {
    expect(state('2026-11-17', [e('applied', '2026-11-02', { invited: '2026-11-19' })]).invitation).toBeUndefined();
    expect(state('2026-11-17', [e('thanks', '2026-11-16', { invited: '2026-11-19' })]).invitation).toBeUndefined();
    expect(state('2026-11-17', [e('note', '2026-11-16', { invited: '2026-11-19' })]).invitation).toBeUndefined();
  });
  it('is used up by a follow-up dated on or after D', () => {
    const inv = e('reply', '2026-11-16', { invited: '2026-11-19' });
    expect(state('2026-11-30', [inv, e('call', '2026-11-19')]).invitation).toBeUndefined();
    expect(state('2026-11-30', [inv, e('email', '2026-11-24')]).invitation).toBeUndefined();
  });
  it('is not used up by a follow-up before D, nor by a thanks or a note', () => {
    const inv = e('reply', '2026-11-16', { invited: '2026-11-19' });
    expect(state('2026-11-30', [inv, e('call', '2026-11-18')]).invitation?.date).toBe('2026-11-19');
    expect(state('2026-11-30', [inv, e('thanks', '2026-11-19'), e('note', '2026-11-20')]).invitation?.date).toBe('2026-11-19');
  });
  it('is cleared by a newer employer event without one', () => {
    const inv = e('reply', '2026-11-16', { invited: '2026-11-25' });
    expect(state('2026-11-20', [inv, e('reply', '2026-11-18')]).invitation).toBeUndefined();
    expect(state('2026-11-20', [inv, e('delay', '2026-11-18', { until: '2026-12-01' })]).invitation).toBeUndefined();
    expect(state('2026-11-20', [inv, e('interview', '2026-11-18')]).invitation).toBeUndefined();
    // an answered follow-up is an employer event too
    expect(state('2026-11-20', [inv, e('email', '2026-11-18', { cue: 'neutral' })]).invitation).toBeUndefined();
  });
  it('with several open, the earliest counts', () => {
    const log = [e('reply', '2026-11-16', { invited: '2026-11-25' }), e('delay', '2026-11-17', { invited: '2026-11-20', channel: 'email' })];
    expect(state('2026-11-18', log).invitation).toEqual({ date: '2026-11-20', channel: 'email' });
    expect(state('2026-11-21', [...log, e('email', '2026-11-20')]).invitation).toEqual({ date: '2026-11-25', channel: 'call' });
  });
  it('an answered follow-up can carry one, and does not use it up itself before D', () => {
    const s = state('2026-11-20', [e('applied', '2026-11-02'), e('call', '2026-11-18', { invited: '2026-11-25' })]);
    expect(s.invitation).toEqual({ date: '2026-11-25', channel: 'call' });
    expect(afterAnchor(s)).toEqual([]);
    // invited for the day of the call itself ("call me back later today"): it stays open (oracle D1)
    expect(state('2026-11-20', [e('call', '2026-11-18', { invited: '2026-11-18' })]).invitation).toEqual({ date: '2026-11-18', channel: 'call' });
    // the next follow-up on or after that day uses it up
    expect(state('2026-11-20', [e('call', '2026-11-18', { invited: '2026-11-18' }), e('call', '2026-11-18')]).invitation).toBeUndefined();
  });
  it('two open for the same day: the newest counts (oracle D2)', () => {
    const log = [e('screen', '2026-11-02', { invited: '2026-11-09', channel: 'email' }), e('reply', '2026-11-04', { invited: '2026-11-09' })];
    expect(state('2026-11-05', log).invitation).toEqual({ date: '2026-11-09', channel: 'call' });
  });
  it('same-day: a follow-up logged after the invitation uses it up, one logged before does not', () => {
    const inv = e('reply', '2026-11-19', { invited: '2026-11-19' });
    expect(state('2026-11-19', [inv, e('call', '2026-11-19')]).invitation).toBeUndefined();
    expect(state('2026-11-19', [e('call', '2026-11-19'), inv]).invitation?.date).toBe('2026-11-19');
  });
  it('an invitation logged for a day after today is not seen yet', () => {
    expect(state('2026-11-18', [e('reply', '2026-11-20', { invited: '2026-11-25' })]).invitation).toBeUndefined();
  });
});

describe('cue', () => {
  it("the anchor's cue counts", () => {
    const log = [e('screen', '2026-11-05', { cue: 'encouraging' }), e('reply', '2026-11-10', { cue: 'unsure' })];
    expect(state('2026-11-06', log).cue?.cue).toBe('encouraging');
    expect(state('2026-11-11', log).cue?.cue).toBe('unsure');
    expect(state('2026-11-11', log).cue?.event).toEqual(log[1]);
  });
  it('a newer employer event without a cue leaves no cue (v2: the anchor\'s cue)', () => {
    expect(state('2026-11-30', [e('reply', '2026-11-10', { cue: 'unsure' }), e('reply', '2026-11-12')]).cue).toBeUndefined();
    expect(state('2026-11-30', [e('reply', '2026-11-10', { cue: 'negative' }), e('interview', '2026-11-12', { round: 2 })]).cue).toBeUndefined();
  });
  it('a thanks or an unanswered follow-up after the anchor keeps its cue', () => {
    const s = state('2026-11-30', [e('reply', '2026-11-10', { cue: 'unsure' }), e('thanks', '2026-11-10'), e('email', '2026-11-17')]);
    expect(s.cue?.cue).toBe('unsure');
  });
  it('a cue on applied is not an employer cue', () => {
    expect(state('2026-11-30', [e('applied', '2026-11-10', { cue: 'negative' })]).cue).toBeUndefined();
  });
  it('answered follow-ups carry cues; seeker events and notes do not', () => {
    expect(state('2026-11-30', [e('reply', '2026-11-10', { cue: 'unsure' }), e('call', '2026-11-17', { cue: 'encouraging' })]).cue?.cue).toBe(
      'encouraging',
    );
    expect(state('2026-11-30', [e('reply', '2026-11-10', { cue: 'unsure' }), e('note', '2026-11-17', { cue: 'negative' })]).cue?.cue).toBe('unsure');
    expect(state('2026-11-30', [e('reply', '2026-11-10', { cue: 'unsure' }), e('thanks', '2026-11-17', { cue: 'negative' })]).cue?.cue).toBe(
      'unsure',
    );
  });
  it('same-day cues: the one logged last counts', () => {
    const a = e('reply', '2026-11-16', { cue: 'negative' });
    const b = e('reply', '2026-11-16', { cue: 'encouraging' });
    expect(state('2026-11-16', [a, b]).cue?.cue).toBe('encouraging');
    expect(state('2026-11-16', [b, a]).cue?.cue).toBe('negative');
  });
});

describe('offer, last interview and last contact', () => {
  it('keeps the latest offer and interview', () => {
    const s = state('2026-11-30', [
      e('screen', '2026-11-05'),
      e('final', '2026-11-12'),
      e('offer', '2026-11-16', { deadline: '2026-11-27' }),
      e('offer', '2026-11-18', { deadline: '2026-12-04' }),
      e('note', '2026-11-19'),
    ]);
    expect(s.offer?.deadline).toBe('2026-12-04');
    expect(s.lastInterview?.type).toBe('final');
    expect(s.lastContact?.type).toBe('offer');
  });
});
