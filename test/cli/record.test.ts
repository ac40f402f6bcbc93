// add, log and done for rulebook v2: what they record (--no-answer, --thanked, events dated ahead, --cue),
// the one line saying what was recorded, and the warnings that never stop a command.
// Reference day: FOLLOWUP_NOW=2026-11-20, a Friday.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventFor } from '../../src/commands/done.js';
import type { Advice } from '../../src/core/model.js';
import { type Fx, describeRun, expectOneErrorLine, fixture } from './support.js';

let fx: Fx;
beforeEach(() => {
  fx = fixture();
});
afterEach(() => fx.cleanup());

const events = (id = '1') => fx.json(['show', id]).events;
const fileText = () => readFileSync(fx.db, 'utf8');

/** Runs it, expects exit 0, and returns stdout's first line and stderr. */
/** Runs a command on a wide terminal (COLUMNS=200), so that its recorded line stays on one line. */
function recorded(args: string[], now?: string): { first: string; stderr: string; stdout: string } {
  const r = fx.run(args, { env: { COLUMNS: '200' }, ...(now ? { now } : {}) });
  expect(r.code, describeRun(args, r)).toBe(0);
  return { first: r.stdout.split('\n')[0]!, stderr: r.stderr, stdout: r.stdout };
}

describe('the recorded line fits the terminal', () => {
  it('wraps at word boundaries, the rest indented', () => {
    fx.add('Acme', ['--stage', 'interview', '--date', '2026-11-16']);
    const r = fx.run(['log', '1', 'reply', '--expect-by', 'next wed', '--cue', 'unsure'], { env: { COLUMNS: '40' } });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const cut = lines.findIndex((l) => l.startsWith('#1 Acme'));
    expect(cut).toBeGreaterThan(1);
    for (const l of lines.slice(0, cut)) expect(l.length).toBeLessThanOrEqual(40);
    for (const l of lines.slice(1, cut)) expect(l).toMatch(/^ {2}\S/);
    expect(lines.slice(0, cut).map((l) => l.trim()).join(' ')).toBe("Logged reply from Acme on Fri 20 Nov; they'll get back to you by Wed 25 Nov, felt unsure");
  });
});

describe('log call --no-answer', () => {
  beforeEach(() => {
    fx.add('Acme', ['--stage', 'interview', '--round', '2', '--date', '2026-11-09', '--thanked']);
  });

  it('stores noAnswer: true on the call, and says so', () => {
    const { first } = recorded(['log', '1', 'call', '--no-answer', '--date', '2026-11-16']);
    expect(first).toBe('Logged call (no answer) to Acme on Mon 16 Nov');
    expect(events().at(-1)).toEqual({ type: 'call', date: '2026-11-16', noAnswer: true });
    // A call without the flag stores no noAnswer at all.
    recorded(['log', '1', 'call', '--date', '2026-11-20']);
    expect(events().at(-1)).toEqual({ type: 'call', date: '2026-11-20' });
  });

  it('is refused with --cue, --expect-by or --invited (somebody answered), and on anything but a call; nothing written', () => {
    const before = fileText();
    for (const extra of [['--cue', 'neutral'], ['--expect-by', 'fri'], ['--invited', 'mon']]) {
      expect(fx.usage(['log', '1', 'call', '--no-answer', ...extra]).stderr).toMatch(/--no-answer says nobody picked up, --[a-z-]+ says somebody answered/);
    }
    for (const type of ['email', 'thanks', 'reply', 'note']) {
      expect(fx.usage(['log', '1', type, '--no-answer']).stderr).toContain(`it goes with 'call', not '${type}'`);
    }
    expect(fileText()).toBe(before);
  });
});

describe('add --thanked', () => {
  it('records a thanks on the interview date, and says so', () => {
    const { first } = recorded(['add', '--company', 'Acme', '--role', 'Backend Engineer', '--stage', 'interview', '--date', 'mon', '--thanked']);
    expect(first).toBe('Added #1 Acme · Backend Engineer: interview 1 on Mon 16 Nov, thank-you note sent');
    expect(events()).toEqual([
      { type: 'interview', date: '2026-11-16', round: 1 },
      { type: 'thanks', date: '2026-11-16' },
    ]);
    // The thank-you is done: no thank-you advice.
    expect(fx.advice('1', '2026-11-20').kind).not.toBe('thank-you');
  });

  it('is refused for a non-interview stage and for an interview dated ahead (exit 2, nothing written)', () => {
    expect(fx.usage(['add', '--company', 'A', '--thanked']).stderr).toContain('not applied');
    expect(fx.usage(['add', '--company', 'A', '--stage', 'offer', '--thanked']).stderr).toContain('not offer');
    expect(fx.usage(['add', '--company', 'A', '--stage', 'final', '--date', 'next tue', '--thanked']).stderr).toContain('dated ahead');
    fx.run(['add', '--company', 'A', '--stage', 'screen', '--date', 'today', '--thanked', '--json']);
    expect(fx.json(['show', '1']).events.map((e: { type: string }) => e.type)).toEqual(['screen', 'thanks']);
  });
});

describe('events dated after today', () => {
  it('only interviews may be: they are scheduled ("Scheduled …"), in add as in log', () => {
    expect(recorded(['add', '--company', 'Acme', '--stage', 'screen', '--date', 'next tue']).first).toBe(
      'Added #1 Acme: phone screen on Tue 24 Nov (scheduled)',
    );
    fx.add('Beta', ['--date', '2026-11-16']);
    expect(recorded(['log', '2', 'interview', '--date', '+6d']).first).toBe('Scheduled interview 1 with Beta on Thu 26 Nov');
    expect(recorded(['log', '2', 'final', '--date', '2026-12-03']).first).toBe('Scheduled final interview with Beta on Thu 3 Dec');
  });

  it('every other event is a usage error naming the rule, and nothing is written', () => {
    fx.add('Acme', ['--stage', 'interview', '--date', '2026-11-16']);
    const before = fileText();
    for (const type of ['reply', 'delay', 'offer', 'rejected', 'thanks', 'call', 'email', 'withdrawn', 'moved-on', 'note', 'applied']) {
      const r = fx.usage(['log', '1', type, '--date', 'tomorrow']);
      expect(r.stderr, type).toContain('only an interview (screen, interview, final) can be dated ahead');
    }
    for (const stage of ['applied', 'offer']) fx.usage(['add', '--company', 'Z', '--stage', stage, '--date', '2026-11-23']);
    expect(fileText()).toBe(before);
  });
});

describe('--cue goes with employer events only', () => {
  it('is refused with applied, thanks and the seeker closing events; taken on a reply or an answered call', () => {
    fx.add('Acme', ['--date', '2026-11-16']);
    for (const type of ['applied', 'thanks', 'withdrawn', 'moved-on', 'note']) {
      expect(fx.usage(['log', '1', type, '--cue', 'neutral', '--force']).stderr, type).toContain("--cue does not go with");
    }
    fx.usage(['add', '--company', 'B', '--cue', 'encouraging']);
    expect(fx.json(['log', '1', 'reply', '--cue', 'encouraging']).events.at(-1)).toEqual({ type: 'reply', date: '2026-11-20', cue: 'encouraging' });
  });
});

describe('what was recorded, in words', () => {
  it('log: one line before the advice; --json prints only the application', () => {
    fx.add('Acme', ['--stage', 'interview', '--date', '2026-11-16']);
    const out = recorded(['log', 'acme', 'thanks', '--date', 'mon']);
    expect(out.first).toBe('Logged thank-you note to Acme on Mon 16 Nov');
    expect(out.stdout.split('\n')[1]).toMatch(/^#1 Acme · interview 1$/);
    expect(recorded(['log', '1', 'reply', '--expect-by', 'next wed', '--cue', 'unsure']).first).toBe(
      "Logged reply from Acme on Fri 20 Nov; they'll get back to you by Wed 25 Nov, felt unsure",
    );
    expect(recorded(['log', '1', 'delay', '--until', '+2w', '--reason', 'budget']).first).toBe('Logged delay from Acme on Fri 20 Nov; until Fri 4 Dec');
    const r = fx.run(['log', '1', 'note', '--note', 'x', '--json']);
    expect(JSON.parse(r.stdout).id).toBe('1');
  });

  it('log offer --deadline on an application already at offer revises the deadline, and says so', () => {
    fx.add('Acme', ['--stage', 'offer', '--date', '2026-11-18', '--deadline', '2026-11-27']);
    expect(recorded(['log', '1', 'offer', '--deadline', '2026-12-04']).first).toBe('Revised the offer from Acme: deadline Fri 4 Dec (logged on Fri 20 Nov)');
    expect(events().map((e: { deadline?: string }) => e.deadline)).toEqual(['2026-11-27', '2026-12-04']);
  });

  it('done: "Logged … on …" before the next advice', () => {
    fx.add('Acme', ['--stage', 'interview', '--date', '2026-11-19']);
    expect(recorded(['done', '1']).first).toBe('Logged thank-you note to Acme on Fri 20 Nov');
  });
});

describe('warnings on dates that look like slips (stderr, still recorded, exit 0)', () => {
  it('a bare weekday that resolved more than 6 days back, and a date more than 60 days ago', () => {
    // "fri" counted from an interview on Mon 2 Nov is Fri 6 Nov: two weeks back.
    let r = recorded(['add', '--company', 'A', '--stage', 'interview', '--date', '2026-11-02', '--expect-by', 'fri']);
    expect(r.stderr).toBe(
      'followup: warning: --expect-by fri is Fri 6 Nov, 14 days ago; if you meant another week, give the date (followup edit corrects a recorded one)\n',
    );
    expect(events()[0].expectBy).toBe('2026-11-06');
    r = recorded(['add', '--company', 'B', '--date', '2025-11-02']);
    expect(r.stderr).toBe('followup: warning: --date Sun 2 Nov 2025 is 383 days ago; if that is a slip, followup edit corrects it\n');
    // done --date too.
    fx.add('E', ['--date', '2026-08-03']);
    expect(fx.run(['log', 'e', 'note', '--note', 'x']).stderr).toBe('');
    r = recorded(['done', 'e', '--date', '2026-08-10']);
    expect(r.stderr).toBe('followup: warning: --date Mon 10 Aug is 102 days ago; if that is a slip, followup edit corrects it\n');
    expect(r.first).toBe('Logged email to E on Mon 10 Aug');
    // Within the bounds: quiet.
    fx.ok(['add', '--company', 'C', '--date', 'mon', '--expect-by', 'fri']);
    fx.ok(['add', '--company', 'D', '--date', '2026-09-21']);
  });
});

describe('a follow-up logged before the advice said to', () => {
  it('is recorded, with a one-line warning that it does not count toward moving on', () => {
    fx.add('Acme', ['--date', '2026-11-16']); // applied Mon 16 Nov: the first follow-up is due Mon 23 Nov
    const r = recorded(['log', '1', 'email', '--date', '2026-11-18']);
    expect(r.stderr).toBe(
      'followup: warning: this email is early (the next follow-up was due from Mon 23 Nov): it is recorded, but it does not count toward moving on\n',
    );
    expect(events()).toHaveLength(2);
    // On the day it was due: no warning.
    fx.add('Beta', ['--date', '2026-11-09']);
    expect(recorded(['log', '2', 'email', '--date', '2026-11-16']).stderr).toBe('');
  });
});

describe('done', () => {
  it('--no-answer logs the advised call as unanswered; with an advised email it is a usage error', () => {
    fx.add('Acme', ['--stage', 'interview', '--round', '2', '--date', '2026-11-09', '--thanked']);
    expect(fx.advice('1', '2026-11-20')).toMatchObject({ action: 'call' });
    expect(recorded(['done', '1', '--no-answer']).first).toBe('Logged call (no answer) to Acme on Fri 20 Nov');
    expect(events().at(-1)).toEqual({ type: 'call', date: '2026-11-20', noAnswer: true });
    fx.add('Beta', ['--date', '2026-11-02']);
    expect(fx.advice('2', '2026-11-20')).toMatchObject({ action: 'email' });
    expect(fx.usage(['done', '2', '--no-answer']).stderr).toContain('--no-answer goes with a call');
  });

  it('a --date after today is a usage error (exit 2) before anything else; a wait exits 1', () => {
    fx.add('Acme', ['--date', '2026-11-19']);
    const r = fx.run(['done', '1', '--date', 'tomorrow']);
    expect(r.code).toBe(2);
    expectOneErrorLine(r.stderr);
    const w = fx.run(['done', '1']);
    expect(w.code).toBe(1);
    expect(w.stderr).toMatch(/wait until/);
  });
});

describe("done's event for each kind of advice", () => {
  const advice = (kind: Advice['kind'], action: Advice['action']): Advice => ({ kind, action, due: '2026-11-20', reasons: [], script: null });
  it('withdraw → withdrawn; rejection-reply and after-call → email; thank-you → thanks; move-on → moved-on; else the action', () => {
    expect(eventFor(advice('withdraw', 'email'))).toBe('withdrawn');
    expect(eventFor(advice('rejection-reply', 'email'))).toBe('email');
    expect(eventFor(advice('after-call', 'email'))).toBe('email');
    expect(eventFor(advice('thank-you', 'email'))).toBe('thanks');
    expect(eventFor(advice('unanswered', 'move-on'))).toBe('moved-on');
    expect(eventFor(advice('negative-cue', 'move-on'))).toBe('moved-on');
    expect(eventFor(advice('offer', 'call'))).toBe('call');
    expect(eventFor(advice('competing-offer', 'email'))).toBe('email');
    expect(eventFor(advice('follow-up', 'call'))).toBe('call');
  });
});
