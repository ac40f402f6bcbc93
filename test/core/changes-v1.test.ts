// RULES.md v2 "Changes from version 1", row by row: each row's v2 behaviour (and that v1's is gone).
import { describe, expect, it } from 'vitest';
import { pipeline } from '../../src/core/advise.js';
import { deriveState } from '../../src/core/timeline.js';
import { adv, app, board, e, rules, settings } from './helpers.js';

const APPLIED = e('applied', '2026-11-02');

describe('Changes from version 1', () => {
  it('1. a negative cue: the thank-you (R7) first, then move on (R9)', () => {
    const log = [e('interview', '2026-11-16', { cue: 'negative' })];
    expect(adv('2026-11-16', log).kind).toBe('thank-you');
    expect(adv('2026-11-17', [...log, e('thanks', '2026-11-16')]).kind).toBe('negative-cue');
  });
  it("2. the anchor's cue, not the latest however old", () => {
    const log = [APPLIED, e('screen', '2026-11-05', { cue: 'negative' }), e('thanks', '2026-11-05'), e('interview', '2026-11-12', { round: 2 }), e('thanks', '2026-11-12')];
    expect(adv('2026-11-13', log).kind).toBe('follow-up');
  });
  it('3. a thank-you after a Saturday interview is due that day', () => {
    expect(adv('2026-11-21', [e('screen', '2026-11-21')])).toMatchObject({ action: 'email', due: '2026-11-21' });
  });
  it('4. the thank-you has a window of 2 business days; later the follow-up opens with thanks', () => {
    const log = [e('interview', '2026-11-02', { round: 2 })];
    expect(adv('2026-11-04', log).kind).toBe('thank-you');
    const later = adv('2026-11-09', log);
    expect(later.kind).toBe('follow-up');
    expect(later.script).toContain('Thank you for');
    // No thank-you went out: this thanks is the first, not "again".
    expect(later.script).not.toContain('Thank you again');
  });
  it('5. an offer is acknowledged at once (R4), then answered before the deadline (R5)', () => {
    const offer = e('offer', '2026-11-16', { deadline: '2026-11-27' });
    expect(adv('2026-11-16', [offer])).toMatchObject({ action: 'call', due: '2026-11-16' });
    expect(adv('2026-11-17', [offer, e('call', '2026-11-16')])).toMatchObject({ action: 'wait', due: '2026-11-26' });
  });
  it('6. a second offer revises the deadline of the same offer', () => {
    const log = [e('offer', '2026-11-16', { deadline: '2026-11-20' }), e('call', '2026-11-16'), e('offer', '2026-11-18', { deadline: '2026-11-27' })];
    expect(rules(adv('2026-11-18', log))).toEqual(['R5']);
    const s = deriveState(app(log), '2026-11-18');
    expect(s.offer).toMatchObject({ date: '2026-11-16', deadline: '2026-11-27' });
  });
  it('7. after accepting, withdraw from each other application (R3)', () => {
    const res = board('2026-11-20', [app([APPLIED]), app([e('offer', '2026-11-10'), e('accepted', '2026-11-19')], { id: '2' }), app([APPLIED], { id: '3' })]);
    expect(res.map((r) => r.advice?.kind ?? null)).toEqual(['withdraw', null, 'withdraw']);
  });
  it('8. a rejection gets one gracious reply within 2 business days (R2)', () => {
    expect(adv('2026-11-18', [APPLIED, e('rejected', '2026-11-18')]).kind).toBe('rejection-reply');
  });
  it('9. a scheduled interview: wait for it (R8)', () => {
    expect(adv('2026-11-20', [APPLIED, e('screen', '2026-11-25')])).toMatchObject({ action: 'wait', due: '2026-11-25', kind: 'scheduled' });
  });
  it('10. later stages: call, then email; an unanswered call gets a same-day email (R11)', () => {
    const log = [e('interview', '2026-11-02', { round: 2 }), e('thanks', '2026-11-02'), e('call', '2026-11-09')];
    expect(adv('2026-11-16', log).action).toBe('email');
    expect(adv('2026-11-23', [...log, e('email', '2026-11-16')]).action).toBe('email');
    expect(adv('2026-11-09', [...log.slice(0, 2), e('call', '2026-11-09', { noAnswer: true })]).kind).toBe('after-call');
  });
  it('11. first interview, encouraged: at most 2 calls', () => {
    const log = [e('screen', '2026-11-02', { cue: 'encouraging' }), e('thanks', '2026-11-02'), e('call', '2026-11-09'), e('call', '2026-11-16')];
    expect(adv('2026-11-23', log, { maxUnansweredEarly: 5 }).action).toBe('email');
  });
  it('12. only counted follow-ups (on or after F) bring moving on closer', () => {
    const log = [APPLIED, e('email', '2026-11-03'), e('email', '2026-11-04')];
    expect(adv('2026-11-11', log).kind).toBe('follow-up');
  });
  it('13. a delay without a date: check in after 21 days', () => {
    expect(adv('2026-11-06', [APPLIED, e('delay', '2026-11-04')]).due).toBe('2026-11-25');
  });
  it('14. N1 only after a follow-up went unanswered', () => {
    const log = [e('final', '2026-11-02', { expectBy: '2026-11-04' }), e('thanks', '2026-11-02')];
    expect(rules(adv('2026-11-06', log))).not.toContain('N1');
    expect(rules(adv('2026-11-10', [...log, e('call', '2026-11-05')]))).toContain('N1');
  });
  it('15. N3 once', () => {
    const log = [e('screen', '2026-11-02', { cue: 'unsure' })];
    expect(adv('2026-11-02', log).script).toContain('Shall I follow up in a week?');
    expect(adv('2026-11-16', [...log, e('thanks', '2026-11-02'), e('call', '2026-11-09')]).script).not.toContain('Shall I');
  });
  it('16. N4 at applied and first interview, not after encouragement', () => {
    expect(rules(adv('2026-11-04', [APPLIED]))).toContain('N4');
    expect(rules(adv('2026-11-04', [e('screen', '2026-11-02', { cue: 'encouraging' }), e('thanks', '2026-11-02')]))).not.toContain('N4');
  });
  it('17. no pipeline hint while an offer is held', () => {
    expect(pipeline([deriveState(app([e('offer', '2026-11-10')]), '2026-11-12')], settings()).hint).toBeNull();
  });
  it('18. scripts: no brackets, no conversation at applied, no "first choice", nothing after the deadline', () => {
    const applied = adv('2026-11-10', [APPLIED]).script!;
    expect(applied).not.toMatch(/\[|since we spoke|conversation/);
    const others = board('2026-11-18', [app([e('offer', '2026-11-10', { deadline: '2026-11-20' })]), app([e('final', '2026-11-16'), e('thanks', '2026-11-16')], { id: '2' })]);
    const competing = others[1]!.advice!;
    expect(competing.kind).toBe('competing-offer');
    expect(competing.script).not.toMatch(/first choice/i);
    expect(competing.script).toContain('Fri 20 Nov');
  });
  it("19. holidays: the country's public holidays arrive as dates in settings.holidays", () => {
    expect(adv('2026-11-24', [e('applied', '2026-11-19')], { country: 'US', holidays: ['2026-11-26'] }).due).toBe('2026-11-27');
  });
});
