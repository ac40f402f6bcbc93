// CLI.md `done`, `show`, `draft`, `edit`, `rm` and `config`, end to end. FOLLOWUP_NOW is Fri 2026-11-20.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Fx, expectOneErrorLine, fixture, rules } from './support.js';

let fx: Fx;
beforeEach(() => {
  fx = fixture();
});
afterEach(() => fx.cleanup());

const types = (app: { events: { type: string }[] }) => app.events.map((e) => e.type);

describe('done', () => {
  it('logs the advised thank-you, call or email, today or on --date', () => {
    fx.add('Thanks Co', ['--stage', 'interview', '--date', '2026-11-18']); // 1: R5 thank-you
    fx.add('Call Co', ['--stage', 'interview', '--round', '2', '--date', '2026-11-09']); // 2: call after thanks
    fx.ok(['log', '2', 'thanks', '--date', '2026-11-09']);
    fx.add('Email Co', ['--date', '2026-11-02']); // 3: email due 11-09

    expect(fx.advice('1', '2026-11-20')).toMatchObject({ action: 'email', kind: 'thank-you' });
    const thanked = fx.json(['done', '1']);
    expect(thanked.events.at(-1)).toEqual({ type: 'thanks', date: '2026-11-20' });
    // Next: wait five business days after the interview (Wed 11-25), then call.
    expect(thanked.next).toMatchObject({ action: 'wait', due: '2026-11-25', then: 'call' });

    expect(fx.advice('2', '2026-11-20')).toMatchObject({ action: 'call', due: '2026-11-16', kind: 'follow-up' });
    const called = fx.json(['done', 'call co', '--date', 'yesterday']);
    expect(called.events.at(-1)).toEqual({ type: 'call', date: '2026-11-19' });
    expect(called.next).toMatchObject({ action: 'wait', due: '2026-11-26' });

    expect(fx.advice('3', '2026-11-20')).toMatchObject({ action: 'email', due: '2026-11-09' });
    const r = fx.ok(['done', '3', '--note', 'sent the portfolio']);
    expect(r.stdout).toContain('Email Co');
    expect(r.stdout).toMatch(/wait/i);
    const emailed = fx.json(['show', '3']);
    expect(emailed.events.at(-1)).toEqual({ type: 'email', date: '2026-11-20', note: 'sent the portfolio' });
    expect(emailed.stage).toBe('applied');
  });

  it('closes as moved-on when the advice is to move on (a negative cue, two counted follow-ups unanswered)', () => {
    // Read on Tue 11-24: past the thank-you window of the screen on 11-16, and past the weekly limit after 11-16.
    const now = '2026-11-24';
    fx.add('Cold', ['--stage', 'screen', '--date', '2026-11-16', '--cue', 'negative']);
    fx.add('Silent', ['--date', '2026-11-02']);
    fx.ok(['log', '2', 'email', '--date', '2026-11-09']);
    fx.ok(['log', '2', 'email', '--date', '2026-11-16']);
    expect(fx.advice('1', now)).toMatchObject({ action: 'move-on', kind: 'negative-cue' });
    expect(fx.advice('2', now)).toMatchObject({ action: 'move-on', due: '2026-11-23', kind: 'unanswered' });
    for (const id of ['1', '2']) {
      const r = fx.ok(['done', id], { now });
      expect(r.stdout).toMatch(/^Logged moving on from (Cold|Silent) on Tue 24 Nov\n/);
      const app = fx.json(['show', id], { now });
      expect(app.events.at(-1)).toEqual({ type: 'moved-on', date: now });
      expect(app.stage).toBe('moved-on');
      expect(app.next).toBeNull();
    }
    expect(fx.json(['today'], { now }).items).toEqual([]);
  });

  it('on wait logs nothing and exits 1, saying until when', () => {
    fx.add('Acme', ['--date', '2026-11-20']);
    const r = fx.run(['done', '1']);
    expect(r.code).toBe(1);
    expectOneErrorLine(r.stderr);
    expect(r.stderr).toMatch(/2026-11-27|Fri 27 Nov/);
    expect(r.stderr).toMatch(/wait/i);
    expect(r.stdout).toBe('');
    expect(fx.run(['done', '1', '--json']).code).toBe(1);
    expect(types(fx.json(['show', '1']))).toEqual(['applied']);
  });

  it('on a closed application logs nothing and fails', () => {
    fx.add('Acme', ['--date', '2026-11-02']);
    fx.ok(['log', '1', 'rejected', '--date', '2026-11-10']); // past the days a rejection is answered in
    const r = fx.run(['done', '1']);
    expect(r.code).not.toBe(0);
    expectOneErrorLine(r.stderr);
    expect(types(fx.json(['show', '1']))).toEqual(['applied', 'rejected']);
    expect(r.stderr).toContain('closed');
  });
});

describe('show and draft', () => {
  beforeEach(() => {
    fx.add('Acme', [
      '--role', 'Backend Engineer', '--stage', 'interview', '--date', '2026-11-16', '--expect-by', '2026-11-20', '--cue', 'unsure',
      '--contact', 'Jane Doe', '--email', 'jane@acme.test', '--phone', '555-0100', '--url', 'https://acme.test/jobs/1',
    ]);
    fx.ok(['log', '1', 'thanks', '--date', '2026-11-16']);
    fx.ok(['log', '1', 'note', '--date', '2026-11-17', '--note', 'sent the code sample']);
  });

  it('show --json keeps the contact, the events and the advice', () => {
    const app = fx.json(['show', 'acme']);
    expect(app).toMatchObject({
      id: '1',
      company: 'Acme',
      role: 'Backend Engineer',
      stage: 'interview',
      round: 1,
      contact: { name: 'Jane Doe', email: 'jane@acme.test', phone: '555-0100' },
      url: 'https://acme.test/jobs/1',
      noCalls: false,
    });
    expect(types(app)).toEqual(['interview', 'thanks', 'note']);
    // Promise Fri 11-20 → Mon 11-23; first-interview stage while waiting (N4). The unsure cue's question (N3)
    // is asked once: the thank-you came after it.
    expect(app.next).toMatchObject({ action: 'wait', due: '2026-11-23', then: 'call', kind: 'follow-up' });
    expect(rules(app.next)).toEqual(['R13', 'N4']);
  });

  it('show lists the contact, the dated timeline, every reason with its rule id, and the script', () => {
    const app = fx.json(['show', '1']);
    const out = fx.ok(['show', '1']).stdout;
    expect(out).toContain('Acme');
    expect(out).toContain('Backend Engineer');
    expect(out).toContain('Jane Doe');
    expect(out).toContain('jane@acme.test');
    expect(out).toContain('555-0100');
    expect(out).toContain('https://acme.test/jobs/1');
    const lines = out.split('\n');
    // Prose wraps to the terminal (80 columns when piped): compare words, not line breaks.
    const flat = (text: string) => text.split(/\s+/).filter(Boolean).join(' ');
    // The timeline, in order, one dated line per event.
    const timeline = [/16 Nov.*interview/, /16 Nov.*thanks/, /17 Nov.*sent the code sample/].map((re) => lines.findIndex((l) => re.test(l)));
    expect(timeline.every((i) => i >= 0)).toBe(true);
    expect([...timeline].sort((a, b) => a - b)).toEqual(timeline);
    // Every reason, after its rule id.
    for (const reason of app.next.reasons as { rule: string; text: string }[]) {
      expect(reason.rule).toMatch(/^[RN]\d{1,2}$/);
      expect(flat(out), reason.rule).toContain(`${reason.rule} ${flat(reason.text)}`);
    }
    // The script, word for word.
    expect(flat(out)).toContain(flat(app.next.script));
    expect(out).not.toContain('Shall I follow up in a week?');
  });

  it('draft prints the script for the current advice, never asking for a status update', () => {
    const app = fx.json(['show', '1']);
    const r = fx.ok(['draft', '1']);
    // Wrapped to the terminal (80 columns when piped): the same words.
    const flat = (text: string) => text.split(/\s+/).filter(Boolean).join(' ');
    expect(flat(r.stdout)).toContain(flat(app.next.script));
    expect(r.stdout).not.toMatch(/status update/i);
    const doc = fx.json(['draft', 'acme']);
    expect(doc).toMatchObject({ id: '1', company: 'Acme', action: 'call', due: '2026-11-23', kind: 'follow-up', script: app.next.script });
    // On the day: the call's talking points.
    const onTheDay = fx.ok(['draft', '1'], { now: '2026-11-23' }).stdout;
    expect(onTheDay).toMatch(/call/i);
    expect(onTheDay).toContain('Jane');
    expect(onTheDay).not.toMatch(/status update/i);
  });

  it('draft on a closed application fails; show of an unknown id is a usage error', () => {
    fx.ok(['log', '1', 'withdrawn']);
    const r = fx.run(['draft', '1']);
    expect(r.code).not.toBe(0);
    expectOneErrorLine(r.stderr);
    expect(fx.json(['show', '1']).next).toBeNull();
    expect(fx.ok(['show', '1']).stdout).toMatch(/closed|withdrawn/i);
    expect(fx.usage(['show', '7']).stderr).toContain('7');
  });
});

describe('edit', () => {
  beforeEach(() => {
    fx.add('Acme', ['--role', 'Engineer', '--stage', 'interview', '--round', '2', '--date', '2026-11-09', '--contact', 'Jane', '--email', 'j@acme.test', '--phone', '555', '--url', 'https://a.test']);
    fx.ok(['log', '1', 'thanks', '--date', '2026-11-09']);
  });

  it('changes company, role, contact, url and notes, and leaves the events alone', () => {
    const before = fx.json(['show', '1']);
    const app = fx.json(['edit', '1', '--company', 'Acme Corp', '--role', 'Staff Engineer', '--contact', 'Bob Smith', '--email', 'bob@acme.test', '--phone', '556', '--url', 'https://b.test', '--notes', 'referred by Ann']);
    expect(app).toMatchObject({
      id: '1',
      company: 'Acme Corp',
      role: 'Staff Engineer',
      contact: { name: 'Bob Smith', email: 'bob@acme.test', phone: '556' },
      url: 'https://b.test',
    });
    expect(app.events).toEqual(before.events);
    const shown = fx.json(['show', 'acme corp']);
    expect(shown.company).toBe('Acme Corp');
    expect(fx.ok(['show', '1']).stdout).toContain('referred by Ann');
  });

  it('an empty value clears a field; the company cannot be cleared', () => {
    const app = fx.json(['edit', 'acme', '--role', '', '--url', '', '--email', '']);
    expect(app.role).toBeNull();
    expect(app.url).toBeNull();
    expect(app.contact).toEqual({ name: 'Jane', email: null, phone: '555' });
    fx.ok(['edit', '1', '--notes', 'xyzzy']);
    expect(fx.ok(['show', '1']).stdout).toContain('xyzzy');
    fx.ok(['edit', '1', '--notes', '', '--contact', '', '--phone', '']);
    const cleared = fx.json(['show', '1']);
    expect(fx.ok(['show', '1']).stdout).not.toContain('xyzzy');
    expect(cleared.contact).toEqual({ name: null, email: null, phone: null });
    expect(cleared.notes ?? null).toBeNull();
    fx.usage(['edit', '1', '--company', '']);
    expect(fx.json(['show', '1']).company).toBe('Acme');
  });

  it('--no-calls and --calls switch the channel of the advice', () => {
    // Round 2, thanked on 11-09: a call was due Mon 11-16.
    expect(fx.advice('1', '2026-11-20')).toMatchObject({ action: 'call', due: '2026-11-16' });
    expect(fx.json(['edit', '1', '--no-calls']).noCalls).toBe(true);
    expect(fx.advice('1', '2026-11-20')).toMatchObject({ action: 'email', due: '2026-11-16' });
    const back = fx.json(['edit', '1', '--calls']);
    expect(back.noCalls).toBe(false);
    expect(back.next).toMatchObject({ action: 'call' });
  });

  it('with no flags and no TTY is a usage error naming the flags, and changes nothing', () => {
    const r = fx.usage(['edit', '1']);
    expect(r.stderr).toContain('--company');
    expect(r.stderr).toContain('--role');
    expect(fx.json(['show', '1'])).toMatchObject({ company: 'Acme', role: 'Engineer' });
  });
});

describe('rm', () => {
  beforeEach(() => {
    for (const c of ['Acme', 'Beta', 'Gamma']) fx.add(c);
  });

  it('without --yes and no TTY is a usage error, and nothing is deleted', () => {
    const r = fx.usage(['rm', '2']);
    expect(r.stderr).toContain('--yes');
    expect(fx.json(['status']).applications).toHaveLength(3);
  });

  it('with --yes deletes, and the next add never reuses the id', () => {
    const r = fx.ok(['rm', '2', '--yes']);
    expect(r.stdout).toContain('Beta');
    expect(fx.run(['show', '2']).code).toBe(2);
    const removed = fx.json(['rm', 'gam', '-y']);
    expect(removed).toMatchObject({ id: '3', company: 'Gamma' });
    expect(fx.json(['status', '--all']).applications.map((a: { id: string }) => a.id)).toEqual(['1']);
    // The highest id (3) is gone too: the next one is still 4.
    expect(fx.add('Delta')).toBe('4');
    expect(fx.add('Eps')).toBe('5');
    expect(fx.json(['show', 'delta']).id).toBe('4');
  });
});

describe('config', () => {
  const DEFAULTS = {
    thankYou: true,
    thankYouWindowBusinessDays: 2,
    rejectionReply: true,
    rejectionReplyBusinessDays: 2,
    firstFollowUpBusinessDays: 5,
    daysAfterPromise: 1,
    delayCheckInDays: 21,
    minDaysBetweenFollowUps: 7,
    maxUnansweredEarly: 2,
    maxUnansweredLate: 3,
    maxCallsFirstInterview: 1,
    maxCallsEncouraged: 2,
    holidays: [],
    country: null,
    pipelineMin: 3,
    name: null,
    signature: null,
  };

  it('lists all the settings with their defaults, and reads one', () => {
    expect(fx.json(['config'])).toEqual(DEFAULTS);
    const out = fx.ok(['config']).stdout;
    for (const [key, value] of Object.entries(DEFAULTS)) {
      expect(out).toMatch(new RegExp(`^${key}\\b.*${Array.isArray(value) ? '' : value === null ? 'none' : String(value)}`, 'm'));
    }
    expect(out.trim().split('\n')).toHaveLength(Object.keys(DEFAULTS).length);
    expect(fx.ok(['config', 'minDaysBetweenFollowUps']).stdout.trim()).toBe('7');
    expect(fx.ok(['config', 'thankYou']).stdout.trim()).toBe('true');
    expect(fx.json(['config', 'holidays'])).toEqual({ holidays: [] });
  });

  it('sets a number, a boolean and a comma-separated list, and --reset restores the default', () => {
    fx.ok(['config', 'minDaysBetweenFollowUps', '10']);
    fx.ok(['config', 'thankYou', 'false']);
    fx.ok(['config', 'holidays', '2026-11-26,2026-11-27']);
    expect(fx.ok(['config', 'minDaysBetweenFollowUps']).stdout.trim()).toBe('10');
    expect(fx.ok(['config', 'thankYou']).stdout.trim()).toBe('false');
    expect(fx.ok(['config', 'holidays']).stdout.trim()).toBe('2026-11-26,2026-11-27');
    expect(fx.json(['config'])).toEqual({ ...DEFAULTS, minDaysBetweenFollowUps: 10, thankYou: false, holidays: ['2026-11-26', '2026-11-27'] });
    expect(fx.json(['config', 'pipelineMin', '4'])).toEqual({ pipelineMin: 4 });

    fx.ok(['config', '--reset', 'minDaysBetweenFollowUps']);
    fx.ok(['config', '--reset', 'holidays']);
    expect(fx.json(['config'])).toEqual({ ...DEFAULTS, thankYou: false, pipelineMin: 4 });
    fx.ok(['config', '--reset', 'thankYou']);
    fx.ok(['config', '--reset', 'pipelineMin']);
    expect(fx.json(['config'])).toEqual(DEFAULTS);
  });

  it('rejects bad values and unknown keys with exit 2, changing nothing', async () => {
    fx.ok(['config', 'pipelineMin', '4']);
    const bad = [
      ['config', 'thankYou', 'yes'],
      ['config', 'thankYou', '1'],
      ['config', 'minDaysBetweenFollowUps', '-1'],
      ['config', 'minDaysBetweenFollowUps', 'seven'],
      ['config', 'minDaysBetweenFollowUps', '2.5'],
      ['config', 'pipelineMin', ''],
      ['config', 'holidays', '2026-02-30'],
      ['config', 'holidays', '2026-11-26,someday'],
      ['config', 'colour'],
      ['config', 'colour', 'blue'],
      ['config', '--reset', 'colour'],
    ];
    const results = await Promise.all(bad.map((args) => fx.runAsync(args)));
    results.forEach((r, i) => {
      expect(r.code, bad[i]!.join(' ')).toBe(2);
      expectOneErrorLine(r.stderr);
    });
    expect(results[8]!.stderr).toContain('colour');
    expect(fx.json(['config'])).toEqual({ ...DEFAULTS, pipelineMin: 4 });
  });

  it('the settings really change the advice', () => {
    fx.add('Weekly', ['--date', '2026-11-02']); // 1
    fx.ok(['log', '1', 'email', '--date', '2026-11-09']);
    fx.add('Holiday', ['--stage', 'interview', '--date', '2026-11-16', '--expect-by', '2026-11-20']); // 2
    fx.ok(['log', '2', 'thanks', '--date', '2026-11-16']);
    fx.add('Thanks', ['--stage', 'interview', '--date', '2026-11-18']); // 3

    let items = fx.json(['today']).items;
    const item = (id: string) => items.find((i: { id: string }) => i.id === id);
    // A week after the email of 11-09; Monday after the promise of Fri 11-20; the thank-you note (R5).
    expect(item('1')).toMatchObject({ action: 'email', due: '2026-11-16' });
    expect(item('2')).toMatchObject({ action: 'wait', due: '2026-11-23', then: 'call' });
    expect(item('3')).toMatchObject({ action: 'email', due: '2026-11-18', kind: 'thank-you' });
    expect(fx.json(['today']).pipeline.hint).toBeNull();

    fx.ok(['config', 'minDaysBetweenFollowUps', '10']);
    fx.ok(['config', 'holidays', '2026-11-23']);
    fx.ok(['config', 'thankYou', 'false']);
    fx.ok(['config', 'pipelineMin', '4']);
    const doc = fx.json(['today']);
    items = doc.items;
    expect(item('1')).toMatchObject({ action: 'email', due: '2026-11-19' });
    expect(item('2')).toMatchObject({ action: 'wait', due: '2026-11-24', then: 'call' });
    // Without R5, round 1 on Wed 11-18 waits five business days: Wed 11-25 (11-23 is a holiday: Thu 11-26).
    expect(item('3')).toMatchObject({ action: 'wait', then: 'call', kind: 'follow-up', due: '2026-11-26' });
    expect(rules(item('3'))).not.toContain('R5');
    expect(doc.pipeline).toMatchObject({ active: 3, hint: expect.any(String) });

    fx.ok(['config', '--reset', 'thankYou']);
    expect(fx.advice('3', '2026-11-20')).toMatchObject({ action: 'email', kind: 'thank-you' });
  });
});
