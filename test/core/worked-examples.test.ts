// RULES.md "Worked examples", step by step (2026; 11-20 is a Friday; default settings).
import { describe, expect, it } from 'vitest';
import { adviseAll } from '../../src/core/advise.js';
import { DEFAULT_SETTINGS, type AppEvent, type Application } from '../../src/core/model.js';

function app(events: AppEvent[]): Application {
  return { id: '1', company: 'Acme', role: 'Engineer', contact: {}, noCalls: false, events };
}
function on(today: string, events: AppEvent[]) {
  const [r] = adviseAll([app(events)], DEFAULT_SETTINGS, today);
  return r!.advice!;
}

describe('worked example 1: interview round 1, promise Friday', () => {
  const interview: AppEvent = { type: 'interview', date: '2026-11-16', round: 1, expectBy: '2026-11-20' };
  it('on the interview day: thank-you email due that day', () => {
    expect(on('2026-11-16', [interview])).toMatchObject({ action: 'email', due: '2026-11-16', kind: 'thank-you' });
  });
  it('after thanks, on 11-18: wait until Mon 11-23, then call', () => {
    const a = on('2026-11-18', [interview, { type: 'thanks', date: '2026-11-16' }]);
    expect(a).toMatchObject({ action: 'wait', due: '2026-11-23', then: 'call', kind: 'follow-up' });
    expect(a.reasons.map((r) => r.rule)).toEqual(['R8', 'N4']);
  });
  it('on 11-23: call, due 11-23', () => {
    expect(on('2026-11-23', [interview, { type: 'thanks', date: '2026-11-16' }])).toMatchObject({ action: 'call', due: '2026-11-23' });
  });
});

describe('worked example 2: no answer after the call', () => {
  const log: AppEvent[] = [
    { type: 'interview', date: '2026-11-16', round: 1, expectBy: '2026-11-20' },
    { type: 'thanks', date: '2026-11-16' },
    { type: 'call', date: '2026-11-23' },
  ];
  it('on 11-25: wait until 11-30', () => {
    expect(on('2026-11-25', log)).toMatchObject({ action: 'wait', due: '2026-11-30', then: 'email' });
  });
  it('on 11-30: email (one call already made at the first-interview stage)', () => {
    expect(on('2026-11-30', log)).toMatchObject({ action: 'email', due: '2026-11-30', kind: 'follow-up' });
  });
  const after = [...log, { type: 'email', date: '2026-11-30' } as AppEvent];
  it('on 12-03: wait until 12-07, then move on', () => {
    expect(on('2026-12-03', after)).toMatchObject({ action: 'wait', due: '2026-12-07', then: 'move-on', kind: 'unanswered' });
  });
  it('on 12-07: move on', () => {
    expect(on('2026-12-07', after)).toMatchObject({ action: 'move-on', due: '2026-12-07', kind: 'unanswered' });
  });
});

describe('worked example 3: applied, nothing since', () => {
  const log: AppEvent[] = [{ type: 'applied', date: '2026-11-03' }];
  it('on 11-06: wait until 11-10', () => {
    expect(on('2026-11-06', log)).toMatchObject({ action: 'wait', due: '2026-11-10', then: 'email' });
  });
  it('on 11-10: email', () => {
    expect(on('2026-11-10', log)).toMatchObject({ action: 'email', due: '2026-11-10' });
  });
});
