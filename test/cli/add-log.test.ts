// CLI.md `add` and `log`: the --json shape, every date form with its direction, every event with its flags,
// the <id> lookup, and what a closed application accepts. FOLLOWUP_NOW is Fri 2026-11-20 unless said.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { json, runAsync } from '../helpers/cli.js';
import { type Fx, describeRun, expectOneErrorLine, fixture, rules } from './support.js';

let fx: Fx;
beforeEach(() => {
  fx = fixture();
});
afterEach(() => fx.cleanup());

describe('add --json', () => {
  it('prints the new application in the shape of CLI.md, with every flag kept', () => {
    const app = fx.json([
      'add', '--company', 'Acme', '--role', 'Backend Engineer', '--stage', 'interview', '--round', '2',
      '--date', 'thu', '--expect-by', 'wed', '--cue', 'encouraging',
      '--contact', 'Jane Doe', '--email', 'jane@acme.test', '--phone', '+1 555 0100',
      '--url', 'https://acme.test/jobs/1', '--note', 'met the team',
    ]);
    expect(app).toMatchObject({
      id: '1',
      company: 'Acme',
      role: 'Backend Engineer',
      stage: 'interview',
      round: 2,
      contact: { name: 'Jane Doe', email: 'jane@acme.test', phone: '+1 555 0100' },
      url: 'https://acme.test/jobs/1',
      noCalls: false,
      // `wed` counts from the interview's own day, Thu 11-19.
      events: [{ type: 'interview', date: '2026-11-19', round: 2, expectBy: '2026-11-25', cue: 'encouraging', note: 'met the team' }],
    });
    expect(Object.keys(app.contact).sort()).toEqual(['email', 'name', 'phone']);
    // next is the advice as in `today`: a thank-you note for Thursday's interview, due that day.
    expect(app.next).toEqual({
      action: 'email',
      due: '2026-11-19',
      kind: 'thank-you',
      reasons: [{ rule: 'R7', text: expect.any(String) }],
      script: expect.any(String),
    });
    expect(app.next).not.toHaveProperty('then');
    const item = fx.json(['today']).items[0];
    for (const k of ['action', 'due', 'kind', 'reasons', 'script'] as const) expect(item[k]).toEqual(app.next[k]);
  });

  it('fills the defaults: stage applied, round null, empty contact as nulls, dated today; `then` only on wait', () => {
    const app = fx.json(['add', '--company', '  Beta  ']);
    expect(app).toMatchObject({
      id: '1',
      company: 'Beta',
      role: null,
      stage: 'applied',
      round: null,
      contact: { name: null, email: null, phone: null },
      url: null,
      noCalls: false,
      events: [{ type: 'applied', date: '2026-11-20' }],
    });
    // Applied on Fri 11-20: wait five business days, until Fri 11-27, then email.
    expect(app.next).toMatchObject({ action: 'wait', due: '2026-11-27', then: 'email', kind: 'follow-up' });
    expect(rules(app.next)).toEqual(['R13', 'N4']);
    expect(typeof app.next.script).toBe('string');
  });

  it('an interview without --round is round 1; --no-calls, an offer with --deadline, a screen with --invited --channel', () => {
    const interview = fx.json(['add', '--company', 'One', '--stage', 'interview', '--date', '2026-11-19']);
    expect(interview).toMatchObject({ stage: 'interview', round: 1, events: [{ type: 'interview', date: '2026-11-19', round: 1 }] });

    const final = fx.json(['add', '--company', 'Two', '--stage', 'final', '--date', '2026-11-02', '--no-calls']);
    expect(final).toMatchObject({ id: '2', stage: 'final', round: null, noCalls: true });

    const offer = fx.json(['add', '--company', 'Three', '--stage', 'offer', '--date', '2026-11-18', '--deadline', '2026-11-25']);
    expect(offer.events).toEqual([{ type: 'offer', date: '2026-11-18', deadline: '2026-11-25' }]);
    // R4: acknowledge the offer at once, due its date.
    expect(offer.next).toMatchObject({ action: 'call', due: '2026-11-18', kind: 'offer' });

    const screen = fx.json(['add', '--company', 'Four', '--stage', 'screen', '--date', 'yesterday', '--invited', 'tue', '--channel', 'email']);
    expect(screen.events).toEqual([{ type: 'screen', date: '2026-11-19', invited: '2026-11-24', channel: 'email' }]);
    expect(screen.stage).toBe('screen');
    expect(screen.round).toBeNull();
  });

  it('rejects flags that do not fit the stage, and bad values, with exit 2 and nothing written', async () => {
    const bad: [string[], RegExp][] = [
      [['--company', 'X', '--stage', 'applied', '--round', '2'], /--round/],
      [['--company', 'X', '--stage', 'rejected'], /--stage/],
      [['--company', 'X', '--round', 'two', '--stage', 'interview'], /--round/],
      [['--company', 'X', '--cue', 'encouraging'], /--cue/],
      [['--company', 'X', '--stage', 'screen', '--cue', 'meh'], /--cue/],
      [['--company', 'X', '--stage', 'screen', '--invited', 'fri', '--channel', 'fax'], /channel|fax/],
      [['--company', 'X', '--stage', 'screen', '--channel', 'email'], /--invited/],
      [['--company', 'X', '--date', '2026-11-18', '--expect-by', '2026-11-10'], /--expect-by/],
      [['--company', ''], /--company/],
      [['--company', 'X', '--deadline', 'fri'], /--deadline/],
    ];
    const results = await Promise.all(bad.map(([args]) => fx.runAsync(['add', ...args])));
    results.forEach((r, i) => {
      expect(r.code, describeRun(bad[i]![0], r)).toBe(2);
      expectOneErrorLine(r.stderr);
      expect(r.stderr).toMatch(bad[i]![1]);
    });
    expect(fx.json(['status']).applications).toEqual([]);
  });
});

describe('dates the user types', () => {
  interface Read {
    date: string;
    expectBy: string;
    invited: string;
    deadline: string;
  }
  /** What each form gives, one `add` per form (each on its own data file, all at once): `args(form)` are the flags. */
  async function datesFor(forms: string[], now: string, args: (form: string) => string[]): Promise<Read[]> {
    const runs = forms.map((form, i) => {
      const full = ['add', '--company', 'X', '--json', ...args(form)];
      return runAsync(full, { db: join(fx.dir, `d${i}.json`), now }).then((r) => {
        expect(r.code, describeRun(full, r)).toBe(0);
        const { date, expectBy, invited, deadline } = json(r).events[0];
        return { date, expectBy, invited, deadline };
      });
    });
    return Promise.all(runs);
  }

  const FORMS = ['2026-11-02', 'today', 'yesterday', 'tomorrow', 'fri', 'friday', 'mon', 'last fri', 'next fri', '+3d', '-2d', '+1w', 'FRI', 'Next Monday'];
  /** The forms that give today or later from Fri 11-20, for the future flags of an event dated today. */
  const AHEAD = ['today', 'tomorrow', 'fri', 'friday', 'mon', 'next fri', '+3d', '+1w', 'FRI', 'Next Monday'];

  it('on Fri 11-20, every form; a bare weekday looks back for --date (today included), forward for the others (today excluded)', async () => {
    // An interview may be dated ahead (scheduled), so every form of --date can be tried on one.
    const read = await datesFor(FORMS, '2026-11-20', (f) => ['--stage', 'interview', '--date', f]);
    expect(read.map((r) => r.date)).toEqual([
      '2026-11-02', '2026-11-20', '2026-11-19', '2026-11-21', '2026-11-20', '2026-11-20', '2026-11-16',
      '2026-11-13', '2026-11-27', '2026-11-23', '2026-11-18', '2026-11-27', '2026-11-20', '2026-11-23',
    ]);
    const ahead = await datesFor(AHEAD, '2026-11-20', (f) => ['--stage', 'offer', '--expect-by', f, '--invited', f, '--deadline', f]);
    const future = ['2026-11-20', '2026-11-21', '2026-11-27', '2026-11-27', '2026-11-23', '2026-11-27', '2026-11-23', '2026-11-27', '2026-11-27', '2026-11-23'];
    expect(ahead.map((r) => r.expectBy)).toEqual(future);
    expect(ahead.map((r) => r.invited)).toEqual(future);
    expect(ahead.map((r) => r.deadline)).toEqual(future);
  });

  it("on Wed 11-18, `fri` is 11-13 for --date; the future flags count weekdays and offsets from the event's own date", async () => {
    const read = await datesFor(['fri', 'wed', 'last fri', 'thu'], '2026-11-18', (f) => ['--stage', 'interview', '--date', f]);
    expect(read.map((r) => r.date)).toEqual(['2026-11-13', '2026-11-18', '2026-11-13', '2026-11-12']);
    // An offer on Fri 11-13: "by Friday" is the Friday after it (11-20), "+3d" three days after it; "tomorrow" is still Thu 11-19.
    const forms = ['fri', 'wed', 'thu', '+3d', '+1w', 'tomorrow', 'next mon'];
    const offer = await datesFor(forms, '2026-11-18', (f) => ['--stage', 'offer', '--date', 'fri', '--expect-by', f, '--invited', f, '--deadline', f]);
    const future = ['2026-11-20', '2026-11-18', '2026-11-19', '2026-11-16', '2026-11-20', '2026-11-19', '2026-11-16'];
    expect(offer.map((r) => r.date)).toEqual(forms.map(() => '2026-11-13'));
    expect(offer.map((r) => r.expectBy)).toEqual(future);
    expect(offer.map((r) => r.invited)).toEqual(future);
    expect(offer.map((r) => r.deadline)).toEqual(future);
  });

  it('--until on log looks forward too', () => {
    fx.add('Acme', ['--stage', 'interview', '--date', '2026-11-16']);
    const app = fx.json(['log', '1', 'delay', '--until', 'fri']);
    expect(app.events.at(-1)).toEqual({ type: 'delay', date: '2026-11-20', until: '2026-11-27' });
  });

  it('anything else, or an impossible date, is a usage error naming the flag and the accepted forms', async () => {
    const bad: [string, string][] = [
      ['--date', '2026-02-30'],
      ['--date', 'someday'],
      ['--date', '11/20/2026'],
      ['--expect-by', 'next week'],
      ['--expect-by', '+3x'],
      ['--deadline', '2026-13-01'],
    ];
    const results = await Promise.all(
      bad.map(([flag, value]) => fx.runAsync(['add', '--company', 'X', '--stage', flag === '--deadline' ? 'offer' : 'applied', flag, value])),
    );
    results.forEach((r, i) => {
      const [flag, value] = bad[i]!;
      expect(r.code, describeRun([flag, value], r)).toBe(2);
      expectOneErrorLine(r.stderr);
      expect(r.stderr).toContain(flag);
      expect(r.stderr).toContain(value);
      expect(r.stderr).toContain('YYYY-MM-DD');
      expect(r.stderr).toContain('+3d');
    });
  });
});

describe('log', () => {
  it('appends every employer event with its flags and moves the stage', () => {
    fx.add('Acme', ['--date', '2026-11-02']);
    const screen = fx.json(['log', '1', 'screen', '--date', '2026-11-05', '--expect-by', '2026-11-10', '--cue', 'neutral', '--note', 'phone']);
    expect(screen.stage).toBe('screen');
    expect(screen.events.at(-1)).toEqual({ type: 'screen', date: '2026-11-05', expectBy: '2026-11-10', cue: 'neutral', note: 'phone' });

    // interview without --round: the previous round plus one (none before: 1).
    const first = fx.json(['log', '1', 'interview', '--date', '2026-11-09']);
    expect(first).toMatchObject({ stage: 'interview', round: 1 });
    expect(first.events.at(-1)).toEqual({ type: 'interview', date: '2026-11-09', round: 1 });
    expect(fx.json(['log', '1', 'interview', '--date', '2026-11-10']).round).toBe(2);
    expect(fx.json(['log', '1', 'interview', '--date', '2026-11-11', '--round', '4']).round).toBe(4);
    const fifth = fx.json(['log', 'acme', 'interview', '--date', '2026-11-12']);
    expect(fifth.round).toBe(5);
    expect(fifth.events.at(-1).round).toBe(5);

    expect(fx.json(['log', '1', 'thanks', '--date', '2026-11-12']).events.at(-1)).toEqual({ type: 'thanks', date: '2026-11-12' });

    // reply: a promise, an invitation by email, and how it felt.
    // Its `fri` and `next mon` count from the reply's day, Tue 11-17.
    const reply = fx.json(['log', '1', 'reply', '--date', '2026-11-17', '--expect-by', 'fri', '--invited', 'next mon', '--channel', 'email', '--cue', 'unsure']);
    expect(reply.events.at(-1)).toEqual({ type: 'reply', date: '2026-11-17', expectBy: '2026-11-20', invited: '2026-11-23', channel: 'email', cue: 'unsure' });
    // They asked for an email on Mon 11-23.
    expect(reply.next).toMatchObject({ action: 'wait', due: '2026-11-23', then: 'email', kind: 'invited' });
    expect(rules(reply.next)).toContain('R10');

    // delay: --until and --reason (N2 while waiting on it).
    const delay = fx.json(['log', '1', 'delay', '--date', '2026-11-18', '--until', '2026-12-01', '--reason', 'budget freeze']);
    expect(delay.events.at(-1)).toEqual({ type: 'delay', date: '2026-11-18', until: '2026-12-01', reason: 'budget freeze' });
    expect(delay.next).toMatchObject({ action: 'wait', due: '2026-12-02', then: 'call', kind: 'follow-up' });
    const n2 = delay.next.reasons.find((r: { rule: string }) => r.rule === 'N2');
    expect(n2?.text).toContain('budget freeze');

    expect(fx.json(['log', '1', 'final', '--date', '2026-11-19']).stage).toBe('final');

    const offer = fx.json(['log', '1', 'offer', '--deadline', '+1w']);
    expect(offer.stage).toBe('offer');
    expect(offer.events.at(-1)).toEqual({ type: 'offer', date: '2026-11-20', deadline: '2026-11-27' });
    // R4: acknowledge it at once.
    expect(offer.next).toMatchObject({ action: 'call', due: '2026-11-20', kind: 'offer' });

    const accepted = fx.json(['log', '1', 'accepted']);
    expect(accepted.stage).toBe('accepted');
    expect(accepted.next).toBeNull();
    expect(accepted.events.map((e: { type: string }) => e.type)).toEqual([
      'applied', 'screen', 'interview', 'interview', 'interview', 'interview', 'thanks', 'reply', 'delay', 'final', 'offer', 'accepted',
    ]);
  });

  it('appends every seeker event, and the closing ones close', () => {
    for (const c of ['A', 'B', 'C', 'D']) fx.add(c, ['--date', '2026-11-02']);
    const call = fx.json(['log', 'a', 'call', '--date', '2026-11-10', '--note', 'voicemail']);
    expect(call.events.at(-1)).toEqual({ type: 'call', date: '2026-11-10', note: 'voicemail' });
    // An answered follow-up: a call that brought a promise and a cue.
    const answered = fx.json(['log', 'a', 'email', '--date', '2026-11-12', '--expect-by', '2026-11-18', '--cue', 'encouraging']);
    expect(answered.events.at(-1)).toEqual({ type: 'email', date: '2026-11-12', expectBy: '2026-11-18', cue: 'encouraging' });
    expect(fx.json(['log', 'a', 'applied', '--date', '2026-11-13', '--expect-by', '2026-11-30']).events.at(-1)).toEqual({
      type: 'applied', date: '2026-11-13', expectBy: '2026-11-30',
    });
    expect(fx.json(['log', 'a', 'note', '--note', 'recruiter is on holiday']).events.at(-1)).toEqual({
      type: 'note', date: '2026-11-20', note: 'recruiter is on holiday',
    });
    const closing: [string, string][] = [['b', 'withdrawn'], ['c', 'moved-on'], ['d', 'rejected']];
    for (const [ref, type] of closing) {
      // A week back: past the days a rejection is still answered in.
      const app = fx.json(['log', ref, type, '--date', '2026-11-12']);
      expect(app.stage).toBe(type);
      expect(app.next).toBeNull();
      expect(app.events.at(-1)).toEqual({ type, date: '2026-11-12' });
    }
    expect(fx.json(['today']).items.map((i: { company: string }) => i.company)).toEqual(['A']);
  });

  it('prints the new advice in a few lines without --json', () => {
    fx.add('Acme', ['--role', 'Engineer', '--stage', 'interview', '--date', '2026-11-16', '--expect-by', '2026-11-20']);
    const r = fx.ok(['log', '1', 'thanks', '--date', '2026-11-16']);
    expect(r.stdout.split('\n')[0]).toBe('Logged thank-you note to Acme on Mon 16 Nov');
    expect(r.stdout).toContain('interview 1');
    expect(r.stdout).toMatch(/wait/i);
    expect(r.stdout).toContain('R13');
    expect(r.stdout).toContain('Mon 23 Nov');
  });

  it('a flag that does not go with the event is a usage error naming it, and nothing is written', async () => {
    fx.add('Acme', ['--stage', 'interview', '--date', '2026-11-16']);
    const bad: [string[], string][] = [
      [['reply', '--deadline', 'fri'], '--deadline'],
      [['thanks', '--cue', 'neutral'], '--cue'],
      [['applied', '--until', 'fri'], '--until'],
      [['rejected', '--expect-by', 'fri'], '--expect-by'],
      [['note', '--round', '2'], '--round'],
      [['offer', '--until', 'fri'], '--until'],
      [['interview', '--deadline', 'fri'], '--deadline'],
      [['delay', '--round', '3'], '--round'],
      [['call', '--reason', 'busy'], '--reason'],
      [['accepted', '--cue', 'encouraging'], '--cue'],
      [['reply', '--channel', 'email'], '--invited'],
      [['interview', '--round', '0'], '--round'],
      [['delay', '--date', '2026-11-19', '--until', '2026-11-18'], '--until'],
    ];
    const results = await Promise.all(bad.map(([args]) => fx.runAsync(['log', '1', ...args])));
    results.forEach((r, i) => {
      expect(r.code, describeRun(bad[i]![0], r)).toBe(2);
      expectOneErrorLine(r.stderr);
      expect(r.stderr).toContain(bad[i]![1]);
    });
    expect(fx.json(['show', '1']).events).toHaveLength(1);
  });

  it('`accepted` without an offer is refused, unless --force', () => {
    fx.add('Acme', ['--stage', 'final', '--date', '2026-11-16']);
    const r = fx.usage(['log', '1', 'accepted']);
    expect(r.stderr).toContain('offer');
    expect(fx.json(['show', '1']).stage).toBe('final');
    expect(fx.json(['log', '1', 'accepted', '--force']).stage).toBe('accepted');
    // With an offer it goes through.
    fx.add('Beta', ['--stage', 'offer', '--date', '2026-11-16']);
    expect(fx.json(['log', 'beta', 'accepted']).stage).toBe('accepted');
  });

  it('a closed application refuses new events except a note, a call or an email (exit 2), unless --force', () => {
    fx.add('Acme', ['--stage', 'interview', '--date', '2026-11-10']);
    fx.ok(['log', '1', 'rejected', '--date', '2026-11-17']);
    for (const type of ['interview', 'offer', 'thanks', 'reply', 'accepted', 'applied']) {
      const r = fx.usage(['log', '1', type]);
      expect(r.stderr).toContain('closed');
      expect(r.stderr).toContain('--force');
    }
    expect(fx.json(['show', '1']).events).toHaveLength(2);
    expect(fx.json(['log', '1', 'note', '--note', 'asked for feedback']).stage).toBe('rejected');
    // Answering the rejection: an email (or a call) is taken without --force, and it stays closed.
    expect(fx.json(['log', '1', 'email', '--date', '2026-11-18']).stage).toBe('rejected');
    expect(fx.json(['show', '1']).events).toHaveLength(4);
    // --force: they came back after all.
    const reopened = fx.json(['log', '1', 'interview', '--force']);
    expect(reopened).toMatchObject({ stage: 'interview', round: 2 });
    expect(reopened.events.filter((e: { type: string }) => e.type === 'email')).toHaveLength(1);
    expect(reopened.next).toMatchObject({ action: 'email', kind: 'thank-you', due: '2026-11-20' });
    expect(fx.json(['today']).items).toHaveLength(1);
  });
});

describe('<id>: an id or a company prefix', () => {
  beforeEach(() => {
    // 1 is named '2'; 2 is Beta.
    for (const c of ['2', 'Beta', 'Acme', 'Acorn', 'Zeta Labs']) fx.add(c, ['--date', '2026-11-02']);
  });

  it('an exact id wins over a company name', () => {
    expect(fx.json(['show', '2']).company).toBe('Beta');
    expect(fx.json(['show', '1']).company).toBe('2');
    expect(fx.json(['show', '5']).company).toBe('Zeta Labs');
  });

  it('a unique prefix, in any case, finds the company, for every command that takes <id>', () => {
    expect(fx.json(['show', 'acm']).id).toBe('3');
    expect(fx.json(['show', 'ACORN']).id).toBe('4');
    expect(fx.json(['show', 'zeta']).id).toBe('5');
    expect(fx.json(['show', 'Zeta Labs']).id).toBe('5');
    expect(fx.json(['show', 'b']).id).toBe('2');
    expect(fx.json(['log', 'aCo', 'email', '--date', '2026-11-10']).id).toBe('4');
    expect(fx.json(['draft', 'zet']).id).toBe('5');
    expect(fx.json(['done', 'BET']).events.at(-1).type).toBe('email');
    expect(fx.json(['edit', 'acm', '--role', 'SRE']).role).toBe('SRE');
  });

  it('an ambiguous prefix is a usage error listing the matches; no match is a usage error', async () => {
    const [show, log, done, none] = await Promise.all([
      fx.runAsync(['show', 'ac']),
      fx.runAsync(['log', 'AC', 'note', '--note', 'x']),
      fx.runAsync(['done', 'a']),
      fx.runAsync(['show', 'gamma']),
    ]);
    for (const r of [show, log, done]) {
      expect(r.code).toBe(2);
      expectOneErrorLine(r.stderr);
      expect(r.stderr).toContain('Acme');
      expect(r.stderr).toContain('Acorn');
      expect(r.stderr).toMatch(/\b3\b/);
      expect(r.stderr).toMatch(/\b4\b/);
    }
    expect(none.code).toBe(2);
    expectOneErrorLine(none.stderr);
    expect(none.stderr).toContain('gamma');
    expect(fx.json(['show', 'acme']).events).toHaveLength(1);
  });
});
