// Issue 9 points 6 and 7 on piped output (the terminal cases are in test/interactive/help-tty.test.ts):
// "Coming up" in today, ids of any length, never cut when piped, status on an empty file and its last
// contact, draft --mailto, and prose wrapped at word boundaries to $COLUMNS. FOLLOWUP_NOW is Fri 2026-11-20.
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloneApplications, patchData } from './data.js';
import { type Fx, fixture } from './support.js';

function withFixture(body: (f: Fx) => void): () => void {
  return () => {
    const f = fixture();
    try {
      body(f);
    } finally {
      f.cleanup();
    }
  };
}

describe('today: coming up, from tomorrow to 14 days ahead', () => {
  let fx: Fx;
  beforeAll(() => {
    fx = fixture();
    const active = fx.add('Active', ['--date', '2026-11-16']);
    fx.ok(['log', active, 'interview', '--date', '2026-11-27']);
    fx.add('Soon', ['--stage', 'interview', '--date', '2026-11-24']);
    fx.add('Edge', ['--stage', 'screen', '--date', '2026-12-04']);
    fx.add('Later', ['--stage', 'interview', '--date', '2026-12-05']);
    fx.add('Today', ['--stage', 'interview', '--date', '2026-11-20']);
  });
  afterAll(() => fx.cleanup());

  it('--json upcoming: scheduled interviews of active applications and not-started ones, earliest first, 14 days at most', () => {
    const doc = fx.json(['today']);
    expect(doc.upcoming).toEqual([
      { id: '2', company: 'Soon', role: null, event: 'interview', date: '2026-11-24' },
      { id: '1', company: 'Active', role: null, event: 'interview', date: '2026-11-27' },
      { id: '3', company: 'Edge', role: null, event: 'screen', date: '2026-12-04' },
    ]);
  });

  it('the list shows them under "Coming up", in the same order', () => {
    const out = fx.ok(['today']).stdout;
    const section = out.slice(out.indexOf('Coming up (3)'));
    expect(section.indexOf('Soon')).toBeLessThan(section.indexOf('Active'));
    expect(section.indexOf('Active')).toBeLessThan(section.indexOf('Edge'));
    expect(section).not.toContain('Later');
    expect(section).toMatch(/Active +interview \(round 1\) on Fri 27 Nov \(in 7d\)/);
  });
});

describe('today with many applications and long ids', () => {
  let fx: Fx;
  beforeAll(() => {
    fx = fixture();
    fx.add('Model', ['--date', '2026-11-02']);
    cloneApplications(fx.db, '1', 60, 1200, (i) => `Company ${i}`);
  });
  afterAll(() => fx.cleanup());

  it('the id column is as wide as the longest id, and `done <id>` takes what it shows', () => {
    const out = fx.ok(['today']).stdout;
    expect(out).not.toContain('12…');
    expect(out).toMatch(/^ {2}1259 +EMAIL +Company 59 /m);
    expect(out).toMatch(/^ {2}1 {4}EMAIL +Model /m);
    expect(fx.json(['done', '1259']).id).toBe('1259');
  });

  it('piped, the list is never cut; --json neither', () => {
    const out = fx.ok(['today']).stdout;
    expect(out).not.toContain('--all');
    for (let i = 0; i < 60; i++) expect(out).toContain(`Company ${i} `);
    expect(fx.json(['today']).items).toHaveLength(61);
  });
});

describe('status', () => {
  it('on an empty file says how to add an application, and nothing else', withFixture((f) => {
    const out = f.ok(['status']).stdout;
    expect(out).toContain("followup add");
    expect(out).not.toMatch(/Funnel|By stage|ID +COMPANY/);
    expect(f.ok(['today']).stdout).not.toContain('Pipeline');
  }));

  it('last contact ignores a note and a moved-on', withFixture((f) => {
    const open = f.add('Open', ['--date', '2026-11-02']);
    f.ok(['log', open, 'note', '--note', 'looked them up', '--date', '2026-11-18']);
    const gone = f.add('Gone', ['--date', '2026-11-02']);
    f.ok(['log', gone, 'email', '--date', '2026-11-09']);
    f.ok(['log', gone, 'moved-on', '--date', '2026-11-19']);
    const doc = f.json(['status', '--all']);
    const last = Object.fromEntries(doc.applications.map((a: { company: string; lastContact: string }) => [a.company, a.lastContact]));
    expect(last).toEqual({ Open: '2026-11-02', Gone: '2026-11-09' });
    expect(f.ok(['status', '--all']).stdout).toMatch(/Gone .* 11d ago /);
  }));

  it('shows the funnel as bars and the response rate', withFixture((f) => {
    f.add('One', ['--date', '2026-11-02']);
    const two = f.add('Two', ['--date', '2026-11-02']);
    f.ok(['log', two, 'interview', '--date', '2026-11-06']);
    const out = f.ok(['status']).stdout;
    expect(out).toMatch(/^ {2}applied +█+ 2$/m);
    expect(out).toMatch(/^ {2}interview +█+ 1$/m);
    expect(out).toContain('Responses: 1 of 2 applications got an answer (50%), after 4 days (median).');
    expect(f.json(['status']).responses).toEqual({ answered: 1, total: 2, medianDays: 4 });
  }));
});

describe('draft --mailto', () => {
  it('an email advice: a mailto: link with the address, the subject and the body, URL-encoded (RFC 6068)', withFixture((f) => {
    const id = f.add('Acme', ['--role', 'Backend Engineer', '--date', '2026-11-02', '--contact', 'Jane Roe', '--email', 'jane@acme.example']);
    const script: string = f.json(['draft', id]).script;
    const link = f.ok(['draft', id, '--mailto']).stdout.trim();
    expect(link).toMatch(/^mailto:jane@acme\.example\?subject=[^&\s]+&body=[^&\s]+$/);
    const params = new URLSearchParams(link.slice(link.indexOf('?') + 1).replace(/\+/g, '%2B'));
    const subject = /^Subject: (.*)$/m.exec(script)![1];
    expect(params.get('subject')).toBe(subject);
    const body = script.split('\n').filter((l) => !/^(To|Subject):/.test(l)).join('\n').trim();
    expect(params.get('body')).toBe(body.replace(/\n/g, '\r\n'));
    expect(link).toContain('%0D%0A');
  }));

  it('a call advice: exit 1, one line, nothing to mail', withFixture((f) => {
    const id = f.add('Ring', ['--date', '2026-11-16']);
    f.ok(['log', id, 'reply', '--date', '2026-11-18', '--invited', '2026-11-20', '--channel', 'call']);
    expect(f.json(['draft', id]).action).toBe('call');
    const r = f.run(['draft', id, '--mailto']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^followup: #\d+ Ring: the advice is to call, not to email, so there is nothing to mail; [^\n]+\n$/);
    expect(r.stdout).toBe('');
  }));
});

describe('prose wraps at word boundaries to the terminal (COLUMNS=60 when piped)', () => {
  let fx: Fx;
  let id: string;
  beforeAll(() => {
    fx = fixture();
    id = fx.add('Acme Incorporated International');
    patchData(fx.db, (doc) => {
      doc.applications[0].role = 'Senior Staff Principal Engineer, Platform and Infrastructure';
      doc.applications[0].notes = 'Met their lead at a meetup; she said the team is growing fast and wants someone who has run large migrations before.';
      doc.applications[0].contact = { name: 'Jane Roe', email: 'jane@acme.example' };
      doc.applications[0].events[0].date = '2026-11-02';
    });
  });
  afterAll(() => fx.cleanup());

  const sixty = { env: { COLUMNS: '60' } };
  const words = (text: string) => text.split(/\s+/).filter(Boolean);

  it.each([['show'], ['draft'], ['today'], ['status'], ['help']])('%s: no line wider than 60', (cmd) => {
    const args = cmd === 'today' || cmd === 'status' ? [cmd] : cmd === 'help' ? ['help', 'log'] : [cmd, id];
    const out = fx.ok(args, sixty).stdout;
    for (const line of out.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(60);
  });

  it('draft: the same words as the script, in the same order (none broken)', () => {
    const script: string = fx.json(['draft', id]).script;
    expect(words(fx.ok(['draft', id], sixty).stdout)).toEqual(words(script));
  });

  it('show: the reasons and the notes keep every word whole', () => {
    const doc = fx.json(['show', id]);
    const out = words(fx.ok(['show', id], sixty).stdout).join(' ');
    for (const r of doc.next.reasons) expect(out).toContain(words(r.text).join(' '));
    expect(out).toContain(words(doc.notes).join(' '));
  });

  it('the lines after a change (log, done) wrap too', () => {
    const out = fx.ok(['log', id, 'note', '--note', 'checked'], sixty).stdout;
    for (const line of out.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(60);
  });
});
