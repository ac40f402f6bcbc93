// RULES.md v2 "Worked examples", played through the command line: `add` and `log` on the day each thing
// happened (FOLLOWUP_NOW), then `today --json --as-of DAY`. Dates are 2026; 11-20 is a Friday; default settings.
// Also `done` on the advice kinds that rulebook v2 brings (withdraw, rejection-reply, after-call).
// FOLLOWUP_BIN runs another build (for example the rulebook engineer's worktree) instead of this one's.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, type RunResult, run, tempDb } from '../helpers/cli.js';
import { describeRun } from './support.js';

const bin = process.env.FOLLOWUP_BIN ?? BIN;

let t: ReturnType<typeof tempDb>;
beforeEach(() => {
  t = tempDb();
});
afterEach(() => t.cleanup());

/** Runs a command as on `day`; expects exit 0. */
function on(day: string, args: string[]): RunResult {
  const r = run(args, { db: t.db, now: day, bin });
  expect(r.code, describeRun(args, r)).toBe(0);
  return r;
}

/** The `today --json` item of application `id` as of `day`. */
function advice(day: string, id = '1'): any {
  const doc = JSON.parse(on(day, ['today', '--json', '--as-of', day]).stdout);
  expect(doc.asOf).toBe(day);
  return doc.items.find((i: { id: string }) => i.id === id);
}

/** Words a script uses to close gracefully, the last follow-up before moving on. */
const LAST_NUDGE = /reach out|get in touch|if (anything|things|your plans?) change/i;

describe('worked example 1: interview round 1, "we\'ll decide by Fri 11-20"', () => {
  it('thank-you on the day; after it, wait until Mon 11-23, then call; on 11-23 call', () => {
    on('2026-11-16', ['add', '--company', 'Acme', '--stage', 'interview', '--round', '1', '--date', '2026-11-16', '--expect-by', '2026-11-20']);
    expect(advice('2026-11-16')).toMatchObject({ action: 'email', due: '2026-11-16', kind: 'thank-you' });
    on('2026-11-16', ['log', '1', 'thanks', '--date', '2026-11-16']);
    expect(advice('2026-11-18')).toMatchObject({ action: 'wait', due: '2026-11-23', then: 'call' });
    expect(advice('2026-11-23')).toMatchObject({ action: 'call', due: '2026-11-23' });
  });
});

describe('worked example 2: the call goes unanswered', () => {
  it('wait until 11-30, then email (one call made); the email is the last before moving on; move on 12-07', () => {
    on('2026-11-16', ['add', '--company', 'Acme', '--stage', 'interview', '--date', '2026-11-16', '--expect-by', '2026-11-20', '--thanked']);
    on('2026-11-23', ['log', '1', 'call', '--date', '2026-11-23']);
    expect(advice('2026-11-25')).toMatchObject({ action: 'wait', due: '2026-11-30', then: 'email' });
    const last = advice('2026-11-30');
    expect(last).toMatchObject({ action: 'email', due: '2026-11-30' });
    expect(last.script).toMatch(LAST_NUDGE);
    on('2026-11-30', ['log', '1', 'email', '--date', '2026-11-30']);
    expect(advice('2026-12-03')).toMatchObject({ action: 'wait', due: '2026-12-07', then: 'move-on' });
    expect(advice('2026-12-07')).toMatchObject({ action: 'move-on', due: '2026-12-07' });
  });
});

describe('worked example 3: applied on Tue 11-03, nothing since', () => {
  it('wait until 11-10, then email; on 11-10 email, whose script claims no conversation', () => {
    on('2026-11-03', ['add', '--company', 'Acme', '--role', 'Engineer', '--date', '2026-11-03']);
    expect(advice('2026-11-06')).toMatchObject({ action: 'wait', due: '2026-11-10', then: 'email' });
    const a = advice('2026-11-10');
    expect(a).toMatchObject({ action: 'email', due: '2026-11-10' });
    expect(a.script).not.toMatch(/since we spoke|our conversation|our call|since our|interview/i);
  });
});

describe('worked example 4: interview round 2 on Mon 11-02, no date given, thanks the same day', () => {
  it('call on 11-09; then email, email (the last before moving on); move on 11-30 (M = 3)', () => {
    on('2026-11-02', ['add', '--company', 'Acme', '--stage', 'interview', '--round', '2', '--date', '2026-11-02', '--thanked']);
    expect(advice('2026-11-09')).toMatchObject({ action: 'call', due: '2026-11-09' });
    on('2026-11-09', ['log', '1', 'call']);
    expect(advice('2026-11-16')).toMatchObject({ action: 'email', due: '2026-11-16' });
    on('2026-11-16', ['log', '1', 'email']);
    const last = advice('2026-11-23');
    expect(last).toMatchObject({ action: 'email', due: '2026-11-23' });
    expect(last.script).toMatch(LAST_NUDGE);
    on('2026-11-23', ['log', '1', 'email']);
    expect(advice('2026-11-30')).toMatchObject({ action: 'move-on', due: '2026-11-30' });
  });
});

describe('worked example 5: applied Mon 11-02; an early email and an early call', () => {
  it('the early ones do not count (with a warning); move on after two counted emails, due 11-25', () => {
    on('2026-11-02', ['add', '--company', 'Acme', '--date', '2026-11-02']);
    expect(on('2026-11-03', ['log', '1', 'email']).stderr).toMatch(/early.*does not count toward moving on/);
    expect(on('2026-11-04', ['log', '1', 'call']).stderr).toMatch(/early.*does not count toward moving on/);
    expect(advice('2026-11-05')).toMatchObject({ action: 'wait', due: '2026-11-11', then: 'email' });
    expect(on('2026-11-11', ['log', '1', 'email']).stderr).toBe('');
    expect(advice('2026-11-18')).toMatchObject({ action: 'email', due: '2026-11-18' });
    expect(on('2026-11-18', ['log', '1', 'email']).stderr).toBe('');
    expect(advice('2026-11-18')).toMatchObject({ action: 'wait', due: '2026-11-25', then: 'move-on' });
    expect(advice('2026-11-25')).toMatchObject({ action: 'move-on', due: '2026-11-25' });
  });
});

describe('worked example 6: offer on Wed 11-18, deadline Fri 11-27', () => {
  it('call at once; after it, wait until Thu 11-26, then call; with country US (Thanksgiving) due Wed 11-25', () => {
    on('2026-11-18', ['add', '--company', 'Acme', '--stage', 'offer', '--date', '2026-11-18', '--deadline', '2026-11-27']);
    expect(advice('2026-11-18')).toMatchObject({ action: 'call', due: '2026-11-18', kind: 'offer' });
    on('2026-11-18', ['log', '1', 'call']);
    expect(advice('2026-11-19')).toMatchObject({ action: 'wait', due: '2026-11-26', then: 'call', kind: 'offer' });
    on('2026-11-19', ['config', 'country', 'US']);
    expect(advice('2026-11-19')).toMatchObject({ action: 'wait', due: '2026-11-25', then: 'call', kind: 'offer' });
  });
});

describe('done on the kinds of rulebook v2', () => {
  it('withdraw (R3: another application accepted) logs withdrawn', () => {
    on('2026-11-02', ['add', '--company', 'Beta', '--date', '2026-11-02']);
    on('2026-11-10', ['add', '--company', 'Acme', '--stage', 'offer', '--date', '2026-11-10']);
    on('2026-11-12', ['log', 'acme', 'accepted']);
    expect(advice('2026-11-20', '1')).toMatchObject({ action: 'email', kind: 'withdraw', due: '2026-11-12' });
    const r = on('2026-11-20', ['done', 'beta', '--json']);
    const app = JSON.parse(r.stdout);
    expect(app.events.at(-1)).toEqual({ type: 'withdrawn', date: '2026-11-20' });
    expect(app.stage).toBe('withdrawn');
    expect(app.next).toBeNull();
  });

  it('rejection-reply (R2) logs an email on the closed application, which then leaves today', () => {
    on('2026-11-10', ['add', '--company', 'Acme', '--stage', 'interview', '--date', '2026-11-10', '--thanked']);
    on('2026-11-19', ['log', '1', 'rejected']);
    expect(advice('2026-11-20')).toMatchObject({ action: 'email', kind: 'rejection-reply', due: '2026-11-19' });
    expect(on('2026-11-20', ['done', '1']).stdout.split('\n')[0]).toBe('Logged email to Acme on Fri 20 Nov');
    expect(advice('2026-11-20')).toBeUndefined();
  });

  it('after-call (R11: an unanswered call) logs the email the same day; --no-answer is kept on the call', () => {
    on('2026-11-02', ['add', '--company', 'Acme', '--stage', 'interview', '--round', '2', '--date', '2026-11-02', '--thanked']);
    on('2026-11-09', ['done', '1', '--no-answer']);
    expect(advice('2026-11-09')).toMatchObject({ action: 'email', kind: 'after-call', due: '2026-11-09' });
    const app = JSON.parse(on('2026-11-09', ['done', '1', '--json']).stdout);
    expect(app.events.slice(-2)).toEqual([
      { type: 'call', date: '2026-11-09', noAnswer: true },
      { type: 'email', date: '2026-11-09' },
    ]);
  });
});
