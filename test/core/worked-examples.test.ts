// RULES.md v2 "Worked examples", the six of them, step by step (2026; 11-20 is a Friday; default settings).
import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../src/core/model.js';
import { adv, e } from './helpers.js';

describe('1: interview round 1 on Mon 11-16, "we\'ll decide by Fri 11-20"', () => {
  const iv = e('interview', '2026-11-16', { round: 1, expectBy: '2026-11-20' });
  it('on 11-16: email (thank-you), due 11-16', () => {
    expect(adv('2026-11-16', [iv])).toMatchObject({ action: 'email', due: '2026-11-16', kind: 'thank-you' });
  });
  it('after thanks on 11-16, on 11-18: wait, due Mon 11-23, then call', () => {
    expect(adv('2026-11-18', [iv, e('thanks', '2026-11-16')])).toMatchObject({ action: 'wait', due: '2026-11-23', then: 'call', kind: 'follow-up' });
  });
  it('on 11-23: call, due 11-23', () => {
    expect(adv('2026-11-23', [iv, e('thanks', '2026-11-16')])).toMatchObject({ action: 'call', due: '2026-11-23' });
  });
});

describe('2: continue, a call on 11-23 and nothing back', () => {
  const log: AppEvent[] = [e('interview', '2026-11-16', { round: 1, expectBy: '2026-11-20' }), e('thanks', '2026-11-16'), e('call', '2026-11-23')];
  it('on 11-25: wait, due 11-30, then email', () => {
    expect(adv('2026-11-25', log)).toMatchObject({ action: 'wait', due: '2026-11-30', then: 'email' });
  });
  it('on 11-30: email, due 11-30; its script is the last before moving on', () => {
    const a = adv('2026-11-30', log);
    expect(a).toMatchObject({ action: 'email', due: '2026-11-30', kind: 'follow-up' });
    expect(a.script).toContain('welcome to reach out if anything changes');
  });
  const after = [...log, e('email', '2026-11-30')];
  it('after email on 11-30: on 12-03 wait, due 12-07, then move on; on 12-07 move on', () => {
    expect(adv('2026-12-03', after)).toMatchObject({ action: 'wait', due: '2026-12-07', then: 'move-on', kind: 'unanswered' });
    expect(adv('2026-12-07', after)).toMatchObject({ action: 'move-on', due: '2026-12-07', kind: 'unanswered' });
  });
});

describe('3: applied on Tue 11-03, nothing since', () => {
  const log = [e('applied', '2026-11-03')];
  it('on 11-06: wait, due 11-10, then email', () => {
    expect(adv('2026-11-06', log)).toMatchObject({ action: 'wait', due: '2026-11-10', then: 'email' });
  });
  it('on 11-10: email, due 11-10; its script does not claim a conversation', () => {
    const a = adv('2026-11-10', log);
    expect(a).toMatchObject({ action: 'email', due: '2026-11-10' });
    expect(a.script).not.toMatch(/conversation|spoke|interview|talk/i);
  });
});

describe('4: interview round 2 on Mon 11-02, no date given, thanks the same day', () => {
  const base = [e('interview', '2026-11-02', { round: 2 }), e('thanks', '2026-11-02')];
  it('on 11-09: call (F = 11-09)', () => {
    expect(adv('2026-11-09', base)).toMatchObject({ action: 'call', due: '2026-11-09' });
  });
  it('call on 11-09, nothing back: on 11-16 email', () => {
    expect(adv('2026-11-16', [...base, e('call', '2026-11-09')])).toMatchObject({ action: 'email', due: '2026-11-16' });
  });
  it('email on 11-16: on 11-23 email, the last before moving on', () => {
    const a = adv('2026-11-23', [...base, e('call', '2026-11-09'), e('email', '2026-11-16')]);
    expect(a).toMatchObject({ action: 'email', due: '2026-11-23' });
    expect(a.script).toContain('welcome to reach out if anything changes');
  });
  it('email on 11-23: on 11-30 move on (M = 3)', () => {
    const log = [...base, e('call', '2026-11-09'), e('email', '2026-11-16'), e('email', '2026-11-23')];
    expect(adv('2026-11-30', log)).toMatchObject({ action: 'move-on', due: '2026-11-30', kind: 'unanswered' });
  });
});

describe('5: applied on Mon 11-02; email on Tue 11-03 and call on Wed 11-04 (both early)', () => {
  const log = [e('applied', '2026-11-02'), e('email', '2026-11-03'), e('call', '2026-11-04')];
  it('on 11-05: wait, due Wed 11-11 (the weekly limit after 11-04), then email', () => {
    expect(adv('2026-11-05', log)).toMatchObject({ action: 'wait', due: '2026-11-11', then: 'email' });
  });
  it('email on 11-11 (counted: 1): on 11-18 email', () => {
    expect(adv('2026-11-18', [...log, e('email', '2026-11-11')])).toMatchObject({ action: 'email', due: '2026-11-18' });
  });
  it('email on 11-18 (counted: 2): move on due 11-25', () => {
    const a = adv('2026-11-18', [...log, e('email', '2026-11-11'), e('email', '2026-11-18')]);
    expect(a).toMatchObject({ action: 'wait', due: '2026-11-25', then: 'move-on', kind: 'unanswered' });
  });
});

describe('6: offer on Wed 11-18 with a deadline of Fri 11-27', () => {
  const offer = e('offer', '2026-11-18', { deadline: '2026-11-27' });
  it('on 11-18: call, due 11-18 (acknowledge it)', () => {
    expect(adv('2026-11-18', [offer])).toMatchObject({ action: 'call', due: '2026-11-18', kind: 'offer' });
  });
  it('after call on 11-18, on 11-19: wait, due Thu 11-26, then call', () => {
    expect(adv('2026-11-19', [offer, e('call', '2026-11-18')])).toMatchObject({ action: 'wait', due: '2026-11-26', then: 'call', kind: 'offer' });
  });
  it('with country US (Thanksgiving 11-26 among the holidays the core sees): due Wed 11-25', () => {
    expect(adv('2026-11-19', [offer, e('call', '2026-11-18')], { country: 'US', holidays: ['2026-11-26'] })).toMatchObject({ due: '2026-11-25' });
  });
});
