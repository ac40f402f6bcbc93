// CLI.md `today` and `status`: the JSON shapes, the order of the morning list, the pipeline hint,
// and what a person sees. FOLLOWUP_NOW is Fri 2026-11-20.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { type Fx, fixture, rules } from './support.js';

const ALL_STAGES = ['applied', 'screen', 'interview', 'final', 'offer'];

/** Ten applications whose advice falls due on different days; one closed. */
describe('a pipeline of ten', () => {
  let fx: Fx;
  // id → [company, role, add flags]; due dates as of Fri 11-20 in the comments.
  const apps: [string, string, string[]][] = [
    ['Acme', 'Dev', ['--date', '2026-11-02']], // 1: email due Mon 11-09
    ['Beta', 'QA', ['--stage', 'interview', '--date', '2026-11-18']], // 2: thank-you due Wed 11-18
    ['Gamma', 'Ops', ['--date', '2026-11-03']], // 3: email due Tue 11-10
    ['Delta', 'SRE', ['--date', '2026-11-02']], // 4: email due Mon 11-09 (tie with 1)
    ['Eps', 'PM', ['--date', '2026-11-19']], // 5: wait until Thu 11-26
    ['Zeta', 'Dev', ['--date', '2026-11-16']], // 6: wait until Mon 11-23
    ['Eta', 'Dev', ['--date', '2026-11-16']], // 7: wait until Mon 11-23 (tie with 6)
    ['Theta', 'Dev', ['--date', '2026-11-20']], // 8: wait until Fri 11-27
    ['Iota', 'Dev', ['--date', '2026-11-02']], // 9: rejected on 11-10
    ['Kappa', 'Dev', ['--date', '2026-11-02']], // 10: email due Mon 11-09 (tie with 1 and 4: by id as a number)
  ];
  const ORDER = ['1', '4', '10', '3', '2', '6', '7', '5', '8'];

  beforeAll(() => {
    fx = fixture();
    for (const [company, role, flags] of apps) fx.add(company, ['--role', role, ...flags]);
    fx.ok(['log', 'iota', 'rejected', '--date', '2026-11-10']);
  });
  afterAll(() => fx.cleanup());

  it('today --json: { asOf, items, pipeline } with every item in the shape of CLI.md', () => {
    const doc = fx.json(['today']);
    expect(Object.keys(doc).sort()).toEqual(['asOf', 'items', 'pipeline', 'upcoming']);
    expect(doc.asOf).toBe('2026-11-20');
    const beta = doc.items.find((i: { id: string }) => i.id === '2');
    expect(beta).toEqual({
      id: '2',
      company: 'Beta',
      role: 'QA',
      stage: 'interview',
      round: 1,
      action: 'email',
      due: '2026-11-18',
      kind: 'thank-you',
      reasons: [{ rule: 'R7', text: expect.any(String) }],
      script: expect.any(String),
    });
    const acme = doc.items.find((i: { id: string }) => i.id === '1');
    expect(acme).toMatchObject({ company: 'Acme', role: 'Dev', stage: 'applied', round: null, action: 'email', due: '2026-11-09', kind: 'follow-up' });
    expect(acme).not.toHaveProperty('then');
    const zeta = doc.items.find((i: { id: string }) => i.id === '6');
    expect(zeta).toMatchObject({ action: 'wait', due: '2026-11-23', then: 'email', kind: 'follow-up' });
    expect(rules(zeta)).toEqual(['R13', 'N4']);
    for (const item of doc.items) {
      expect(['call', 'email', 'wait', 'move-on']).toContain(item.action);
      expect(item.reasons.length).toBeGreaterThan(0);
      for (const r of item.reasons) expect(r).toEqual({ rule: expect.stringMatching(/^[RN]\d+$/), text: expect.any(String) });
      expect('then' in item).toBe(item.action === 'wait');
      expect(item.script).not.toMatch(/status update/i);
    }
    expect(doc.pipeline).toEqual({ active: 9, hint: null });
  });

  it('lists what is due (oldest first) before what waits (soonest first), ties by id, closed ones left out', () => {
    const doc = fx.json(['today']);
    expect(doc.items.map((i: { id: string }) => i.id)).toEqual(ORDER);
    expect(doc.items.map((i: { due: string }) => i.due)).toEqual([
      '2026-11-09', '2026-11-09', '2026-11-09', '2026-11-10', '2026-11-18', '2026-11-23', '2026-11-23', '2026-11-26', '2026-11-27',
    ]);
    expect(doc.items.map((i: { company: string }) => i.company)).not.toContain('Iota');
  });

  it('the human list: "To do now" before "Waiting", the same order, each item naming company, role, stage, action and rule', () => {
    const out = fx.ok(['today']).stdout;
    const todo = out.indexOf('To do now');
    const waiting = out.indexOf('Waiting');
    expect(todo).toBeGreaterThan(-1);
    expect(waiting).toBeGreaterThan(todo);
    expect(out).not.toContain('Iota');
    const lines = out.split('\n');
    const itemLines = lines.map((l, i) => [l, i] as const).filter(([l]) => /^\s+\d+\s+\S/.test(l));
    expect(itemLines.map(([l]) => /^\s+(\d+)\s/.exec(l)![1])).toEqual(ORDER);
    for (const [line, i] of itemLines) {
      const id = /^\s+(\d+)\s/.exec(line)![1]!;
      const [company, role] = apps[Number(id) - 1]!;
      expect(line).toContain(company);
      expect(line).toContain(role);
      expect(line).toMatch(id === '2' ? /interview 1/ : /applied/);
      expect(line).toMatch(/EMAIL|CALL|MOVE ON/i);
      // The due items come before "Waiting", the waiting ones after it.
      expect(out.indexOf(line) < waiting).toBe(ORDER.indexOf(id) < 5);
      expect(lines[i + 1]).toMatch(id === '2' ? /\bR7\b/ : /\bR13\b/);
    }
    expect(out).toContain('Mon 23 Nov');
  });

  it('when piped, every line of `today` fits in 80 columns', () => {
    const out = fx.ok(['today']).stdout;
    for (const line of out.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
  });

  it('status --json: { asOf, applications, counts } with a row per active application', () => {
    const doc = fx.json(['status']);
    expect(doc.asOf).toBe('2026-11-20');
    expect(doc.applications.map((a: { id: string }) => a.id).sort()).toEqual([...ORDER].sort());
    const beta = doc.applications.find((a: { id: string }) => a.id === '2');
    expect(beta).toEqual({
      id: '2',
      company: 'Beta',
      role: 'QA',
      stage: 'interview',
      round: 1,
      lastContact: '2026-11-18',
      next: { action: 'email', due: '2026-11-18', kind: 'thank-you', reasons: [{ rule: 'R7', text: expect.any(String) }], script: expect.any(String) },
    });
    const eps = doc.applications.find((a: { id: string }) => a.id === '5');
    expect(eps).toMatchObject({ stage: 'applied', round: null, lastContact: '2026-11-19', next: { action: 'wait', due: '2026-11-26', kind: 'follow-up' } });
    for (const stage of ALL_STAGES) expect(doc.counts[stage] ?? 0).toBe({ applied: 8, interview: 1 }[stage] ?? 0);
    expect(doc.counts.rejected ?? 0).toBe(0);
  });

  it('status --all adds the closed ones, with next null', () => {
    const doc = fx.json(['status', '--all']);
    expect(doc.applications).toHaveLength(10);
    const iota = doc.applications.find((a: { id: string }) => a.id === '9');
    expect(iota).toMatchObject({ company: 'Iota', stage: 'rejected', round: null, lastContact: '2026-11-10', next: null });
    expect(doc.counts.rejected).toBe(1);
    expect(doc.counts.applied).toBe(8);
  });

  it('the human status: a row per application, counts per stage and the funnel', () => {
    const out = fx.ok(['status']).stdout;
    for (const [company] of apps.filter(([c]) => c !== 'Iota')) expect(out).toContain(company);
    expect(out).not.toContain('Iota');
    const beta = out.split('\n').find((l) => l.includes('Beta'))!;
    expect(beta).toContain('QA');
    expect(beta).toContain('interview 1');
    expect(beta).toMatch(/2d ago|2 days/);
    expect(beta).toMatch(/email/i);
    expect(out).toMatch(/applied\W+8\b/);
    expect(out).toMatch(/interview\W+1\b/);
    // The funnel: applied → interview → final → offer, with how many reached each.
    // The funnel counts the whole search, the rejected Iota too.
    expect(out).toMatch(/applied\D*10\D+interview\D*1\D+final\D*0\D+offer\D*0/);
    const all = fx.ok(['status', '--all']).stdout;
    expect(all).toContain('Iota');
    expect(all).toMatch(/rejected\W+1\b/);
  });
});

describe('pipeline.hint', () => {
  let fx: Fx;
  beforeAll(() => {
    fx = fixture();
  });
  afterAll(() => fx.cleanup());
  const pipe = () => fx.json(['today']).pipeline;

  it('is a string below 3 active or with every active one at final, null otherwise, with no applications and after an accepted offer', () => {
    // No applications at all: no hint (the command line shows how to start instead).
    const empty = pipe();
    expect(empty).toEqual({ active: 0, hint: null });

    fx.add('Acme', ['--date', '2026-11-16']);
    fx.add('Beta', ['--stage', 'final', '--date', '2026-11-16']);
    const two = pipe();
    expect(two.active).toBe(2);
    expect(two.hint).toMatch(/\w/);

    fx.add('Gamma', ['--stage', 'final', '--date', '2026-11-17']);
    expect(pipe()).toEqual({ active: 3, hint: null });

    // Every active one at the final round.
    fx.ok(['log', 'acme', 'final', '--date', '2026-11-18']);
    const finals = pipe();
    expect(finals.active).toBe(3);
    expect(finals.hint).toMatch(/\w/);

    // Closed ones do not count.
    fx.ok(['log', 'acme', 'withdrawn']);
    fx.add('Delta', ['--date', '2026-11-18']);
    expect(pipe()).toEqual({ active: 3, hint: null });
    fx.ok(['log', 'delta', 'rejected']);
    expect(pipe().active).toBe(2);
    expect(pipe().hint).toMatch(/\w/);

    // The hint shows in the human list too.
    // Wrapped to the width: compare with the line breaks and indents folded back into spaces.
    expect(fx.ok(['today']).stdout.replace(/\s+/g, ' ')).toContain(pipe().hint);

    // An accepted offer: no more hint, even with only one active left.
    fx.ok(['log', 'beta', 'offer', '--date', '2026-11-19']);
    fx.ok(['log', 'beta', 'accepted']);
    expect(pipe()).toEqual({ active: 1, hint: null });
  });
});

/** Every line of a command's output, piped (80 columns), fits. */
function expectFits(out: string): void {
  for (const line of out.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
}

/** A test on a data file of its own, cleaned up after. */
function withFixture(now: string, body: (f: Fx) => void): () => void {
  return () => {
    const f = fixture(now);
    try {
      body(f);
    } finally {
      f.cleanup();
    }
  };
}

describe('80 columns', () => {
  let fx: Fx;
  beforeAll(() => {
    fx = fixture('2026-12-28');
  });
  afterAll(() => fx.cleanup());

  it('item lines fit even with long names and a long overdue', () => {
    fx.add('A very long company name that goes on', ['--role', 'Senior Staff Principal Engineer, Platform', '--stage', 'interview', '--date', '2026-06-01']);
    fx.add('Short', ['--date', '2026-12-01']);
    fx.add('Third', ['--date', '2026-12-02']);
    const out = fx.ok(['today']).stdout;
    expect(out).toContain('A very long');
    expectFits(out);
  });

  it('the pipeline hint is wrapped to fit too', withFixture('2026-11-20', (f) => {
    f.add('Solo', ['--date', '2026-11-16']);
    const out = f.ok(['today']).stdout;
    expect(out).toContain('Pipeline');
    expectFits(out);
  }));

  it('status --all fits too: a long role, a "move on from" row, and the counts of all nine stages', withFixture('2026-11-25', (f) => {
    const id = f.add('Quiet Company Incorporated', ['--role', 'Senior Staff Principal Engineer, Platform', '--date', '2026-11-02']);
    f.ok(['log', id, 'email', '--date', '2026-11-09']);
    f.ok(['log', id, 'email', '--date', '2026-11-23']);
    f.add('Gone', ['--date', '2026-11-02']);
    f.ok(['log', 'gone', 'withdrawn', '--date', '2026-11-10']);
    const out = f.ok(['status', '--all']).stdout;
    expect(out).toMatch(/move on from Mon 30 Nov/);
    expect(out.replace(/\s+/g, ' ')).toContain('moved-on 0');
    expectFits(out);
  }));

  // "from Mon 4 Jan 2027 (in 7d)" is the widest "when": the company column gives way to it.
  it('a waiting line due next year fits too', withFixture('2026-12-28', (f) => {
    // Three active: no pipeline hint.
    f.add('Next year', ['--role', 'Backend Engineer', '--date', '2026-12-28']);
    f.add('Other', ['--date', '2026-12-01']);
    f.add('Third', ['--date', '2026-12-02']);
    const out = f.ok(['today']).stdout;
    expect(out).toContain('2027');
    expect(out).not.toContain('Pipeline');
    expectFits(out);
  }));
});

describe('an application whose first event is still ahead (an interview logged in advance)', () => {
  let fx: Fx;
  let id: string;
  beforeAll(() => {
    fx = fixture('2026-11-30');
    id = fx.add('Future', ['--stage', 'interview', '--date', '2026-12-03']);
  });
  afterAll(() => fx.cleanup());

  it('gets no advice before that day: not in today\'s items, not counted as active, listed under upcoming', () => {
    const doc = fx.json(['today']);
    expect(doc.items).toEqual([]);
    expect(doc.pipeline.active).toBe(0);
    expect(doc.upcoming).toEqual([{ id, company: 'Future', role: null, event: 'interview', date: '2026-12-03' }]);
    const out = fx.ok(['today']).stdout;
    expect(out).toContain('Coming up (1)');
    expect(out).toMatch(/Future +interview \(round 1\) on Thu 3 Dec \(in 3d\)/);
    expect(out).not.toContain('To do now');
  });

  it('on the day, the thank-you note is due (R5)', () => {
    const item = fx.advice(id, '2026-12-03');
    expect(item).toMatchObject({ action: 'email', due: '2026-12-03', kind: 'thank-you', stage: 'interview', round: 1 });
    expect(fx.json(['today', '--as-of', '2026-12-03']).upcoming).toEqual([]);
  });

  it('status says when it starts; done and draft refuse with exit 1 and write nothing', () => {
    expect(fx.ok(['status']).stdout).toMatch(/Future .*not started .*starts Thu 3 Dec/);
    const doc = fx.json(['status']);
    expect(doc.applications[0].next).toBeNull();
    expect(Object.values(doc.counts).every((n) => n === 0)).toBe(true);
    const before = readFileSync(fx.db);
    for (const cmd of ['done', 'draft']) {
      const r = fx.run([cmd, id]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^followup: .*Thu 3 Dec/);
    }
    expect(readFileSync(fx.db).equals(before)).toBe(true);
    expect(fx.ok(['show', id]).stdout).toContain('Not started: interview (round 1) on Thu 3 Dec is ahead');
  });
});
