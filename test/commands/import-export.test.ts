// followup import / export (CLI.md): spreadsheets in and out, and the calendar of pending calls and emails.
// Spawns the built bin against temp data files; "today" is Friday 2026-11-20.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { json, run, tempDb } from '../helpers/cli.js';

let t: ReturnType<typeof tempDb>;
beforeEach(() => {
  t = tempDb();
});
afterEach(() => t.cleanup());

function csvFile(name: string, text: string | Buffer): string {
  const path = join(t.dir, name);
  writeFileSync(path, text);
  return path;
}

function ok(args: string[], db = t.db) {
  const r = run(args, { db });
  expect(r.stderr, `followup ${args.join(' ')}`).toBe('');
  expect(r.code, `followup ${args.join(' ')}`).toBe(0);
  return r;
}

function applications(db = t.db): any[] {
  return json(ok(['export'], db)).applications;
}

const HEADER = 'company,role,stage,round,date,expect_by,contact,email,phone,url,note';

describe('import: parsing', () => {
  it('reads columns in any order and any case, quoted commas and quotes, and builds what add would', () => {
    const file = csvFile(
      'apps.csv',
      [
        'NOTE,Company,Stage,ROUND,date,Expect_By,Role,contact,EMAIL,phone,url',
        '"met at a meetup, nice team",Acme,interview,2,2026-11-16,2026-11-19,"Backend Engineer, Platform",Jane Roe,jane@acme.test,+1 555 0100,https://acme.test/jobs/1',
        'she said ""soon"",Globex,,,2026-11-10,,,,,,',
        '',
      ].join('\n'),
    );
    const r = ok(['import', file]);
    expect(r.stdout).toBe('Imported 2 applications (ids 1–2).\n');
    const [acme, globex] = applications();
    expect(acme).toMatchObject({
      id: '1',
      company: 'Acme',
      role: 'Backend Engineer, Platform',
      contact: { name: 'Jane Roe', email: 'jane@acme.test', phone: '+1 555 0100' },
      url: 'https://acme.test/jobs/1',
      noCalls: false,
      events: [{ type: 'interview', round: 2, date: '2026-11-16', expectBy: '2026-11-19', note: 'met at a meetup, nice team' }],
    });
    // A quote inside an unquoted field is a character, as spreadsheets read it; the stage defaults to applied.
    expect(globex).toMatchObject({ id: '2', company: 'Globex', events: [{ type: 'applied', date: '2026-11-10', note: 'she said ""soon""' }] });
    expect(globex.role).toBeUndefined();
  });

  it('reads quoted newlines, CRLF line endings and a UTF-8 BOM, and skips empty lines', () => {
    const text = `\uFEFFCompany,Note\r\n\r\n"Acme","first line\r\nsecond line, with a comma"\r\n,\r\n  \r\nGlobex,plain\r\n`;
    const r = ok(['import', csvFile('crlf.csv', text), '--json']);
    expect(json(r)).toEqual({ imported: ['1', '2'], skipped: [] });
    const apps = applications();
    expect(apps.map((a) => a.company)).toEqual(['Acme', 'Globex']);
    expect(apps[0].events[0].note).toBe('first line\nsecond line, with a comma');
    expect(apps[1].events[0]).toEqual({ type: 'applied', date: '2026-11-20', note: 'plain' });
  });

  it("reads typed dates as add does: the date relative to today, the promise's weekday from that date", () => {
    ok(['import', csvFile('d.csv', 'company,date,expect_by\nAcme,yesterday,next fri\n')]);
    expect(applications()[0].events[0]).toEqual({ type: 'applied', date: '2026-11-19', expectBy: '2026-11-20' });
  });

  it('reads stdin for -', () => {
    const r = run(['import', '-'], { db: t.db, input: 'company\nAcme\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Imported 1 application (id 1).\n');
  });

  it('takes a header with no rows as nothing to import, and writes nothing', () => {
    const r = ok(['import', csvFile('h.csv', `${HEADER}\n`)]);
    expect(r.stdout).toBe(`Imported 0 applications (${join(t.dir, 'h.csv')} has no rows).\n`);
    expect(existsSync(t.db)).toBe(false);
  });

  it('ignores nameless columns while they stay empty', () => {
    ok(['import', csvFile('blank.csv', 'company,,role,\nAcme,,Dev,\n')]);
    expect(applications()[0]).toMatchObject({ company: 'Acme', role: 'Dev' });
  });

  it('continues the ids after what is there', () => {
    ok(['add', '--company', 'First']);
    const r = ok(['import', csvFile('a.csv', 'company\nB\nC\n')]);
    expect(r.stdout).toBe('Imported 2 applications (ids 2–3).\n');
  });
});

describe('import: bad rows', () => {
  const BAD = [
    'company,stage,date,note', // 1
    'Acme,applied,2026-11-10,fine', // 2
    'Globex,intervew,,"a note', // 3: the row spans lines 3 to 5
    'over two',
    'more lines"',
    '', // 6
    ',applied,,', // 7
    'Initech,applied,2026-02-30,', // 8
    'Umbrella,applied,2026-11-10,x,extra', // 9
    'Hooli,applied,,', // 10
  ].join('\n');

  it('lists every bad row by the line it starts on, exits 2 and writes nothing', () => {
    const r = run(['import', csvFile('bad.csv', BAD)], { db: t.db });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      "followup: line 3: stage: 'intervew' is not one of applied, screen, interview, final, offer",
      'line 7: company is empty; every row needs one',
      expect.stringMatching(/^line 8: date: '2026-02-30' is not a real calendar day; use YYYY-MM-DD/),
      'line 9: 5 fields but the header names 4 columns; quote a value that holds a comma ("a, b")',
      `4 bad rows in ${join(t.dir, 'bad.csv')}; nothing was imported: fix them, or pass --skip-bad to import the 2 good rows`,
    ]);
    expect(existsSync(t.db)).toBe(false);
  });

  it('names a row by the physical line also after CRLF and multi-line fields', () => {
    const text = 'company,note\r\nA,"one\r\ntwo\r\nthree"\r\nB,x\r\n,y\r\n';
    const r = run(['import', csvFile('crlf.csv', text)], { db: t.db });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('followup: line 6: company is empty; every row needs one');
  });

  it('leaves an existing data file byte for byte', () => {
    ok(['add', '--company', 'Kept']);
    const before = readFileSync(t.db);
    expect(run(['import', csvFile('bad.csv', BAD)], { db: t.db }).code).toBe(2);
    expect(readFileSync(t.db)).toEqual(before);
  });

  it('speaks of columns, not flags', () => {
    const r = run(['import', csvFile('r.csv', 'company,round,expect_by,date\nAcme,2,,\nGlobex,,2026-11-01,2026-11-10\n')], { db: t.db });
    expect(r.stderr.split('\n').slice(0, 2)).toEqual([
      'followup: line 2: round goes with stage interview, not applied',
      "line 3: expect_by 2026-11-01 is before the event's date 2026-11-10; give a later date",
    ]);
  });

  it('--skip-bad imports the good rows in one go, reports the bad ones on stderr and exits 0', () => {
    const r = run(['import', csvFile('bad.csv', BAD), '--skip-bad'], { db: t.db });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Imported 2 applications (ids 1–2); skipped 4 bad rows (lines 3, 7, 8, 9).\n');
    expect(r.stderr.split('\n')[0]).toBe("followup: line 3: stage: 'intervew' is not one of applied, screen, interview, final, offer");
    expect(r.stderr).toContain('\nline 9: ');
    expect(applications().map((a) => a.company)).toEqual(['Acme', 'Hooli']);
  });

  it('--skip-bad --json lists the imported ids and the skipped lines', () => {
    const r = run(['import', csvFile('bad.csv', BAD), '--skip-bad', '--json'], { db: t.db });
    expect(r.code).toBe(0);
    const out = json(r);
    expect(out.imported).toEqual(['1', '2']);
    expect(out.skipped.map((s: { line: number }) => s.line)).toEqual([3, 7, 8, 9]);
    expect(out.skipped[1]).toEqual({ line: 7, error: 'company is empty; every row needs one' });
  });

  it('--skip-bad with no good row fails (exit 1) and writes nothing', () => {
    const r = run(['import', csvFile('all.csv', 'company,stage\n,applied\nAcme,nope\n'), '--skip-bad'], { db: t.db });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('followup: line 2: company is empty; every row needs one');
    expect(r.stderr).toContain('nothing was imported');
    expect(existsSync(t.db)).toBe(false);
  });
});

describe('import: the file', () => {
  it('fails with exit 1 naming a missing file', () => {
    const missing = join(t.dir, 'nope.csv');
    const r = run(['import', missing], { db: t.db });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`followup: cannot read ${missing}: there is no such file; check the path\n`);
  });

  it('fails with exit 1 on a folder', () => {
    const r = run(['import', t.dir], { db: t.db });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${t.dir} is a folder`);
  });

  it('refuses a file without a company column, naming the columns found and the accepted ones (exit 2)', () => {
    const file = csvFile('nc.csv', 'Name,Position\nAcme,Dev\n');
    const r = run(['import', file], { db: t.db });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `followup: ${file} has no company column (columns found: 'Name', 'Position'); the columns are ${HEADER.replaceAll(',', ', ')} (in any order and any case; only company is required)\n`,
    );
  });

  it('says so when the file is separated by semicolons', () => {
    const r = run(['import', csvFile('semi.csv', 'company;role\nAcme;Dev\n')], { db: t.db });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('followup reads comma-separated files');
  });

  it('refuses unknown columns, listing them (exit 2)', () => {
    const file = csvFile('u.csv', 'company,Salary,status\nAcme,1,2\n');
    const r = run(['import', file], { db: t.db });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^followup: ${file}: unknown columns 'salary', 'status'; the columns are company, role,`));
  });

  it('refuses a column given twice, an empty file, an unclosed quote and text that is not UTF-8', () => {
    const cases: [string, string | Buffer, string][] = [
      ['dup.csv', 'company,Role,role\nA,b,c\n', "the column 'role' appears twice"],
      ['empty.csv', '', 'has no header row'],
      ['q.csv', 'company,note\nA,fine\nB,"never closed\nC,x\n', 'line 3: a quoted field is never closed'],
      ['latin1.csv', Buffer.from('company\n\xe9t\xe9\n', 'latin1'), 'is not UTF-8 text'],
    ];
    for (const [name, text, message] of cases) {
      const r = run(['import', csvFile(name, text)], { db: t.db });
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toContain(message);
    }
    expect(existsSync(t.db)).toBe(false);
  });
});

describe('export', () => {
  it('csv: the columns in order, the first event of each application', () => {
    ok(['add', '--company', 'Acme, Inc', '--role', 'Dev', '--stage', 'interview', '--round', '2', '--date', '2026-11-16', '--expect-by', '2026-11-19', '--contact', 'Jane', '--email', 'j@acme.test', '--phone', '555', '--url', 'https://acme.test', '--note', 'said "soon"']);
    ok(['log', '1', 'final', '--date', '2026-11-18', '--note', 'later events stay in the JSON']);
    ok(['add', '--company', 'Globex']);
    const r = ok(['export', '--format', 'csv']);
    expect(r.stdout).toBe(
      `${HEADER}\n"Acme, Inc",Dev,interview,2,2026-11-16,2026-11-19,Jane,j@acme.test,555,https://acme.test,"said ""soon"""\nGlobex,,applied,,2026-11-20,,,,,,\n`,
    );
  });

  it('csv: export, import into a fresh file, export again is byte-identical', () => {
    const source = csvFile(
      'source.csv',
      [
        'company,role,stage,round,date,expect_by,contact,email,phone,url,note',
        '"Acme, Inc","Backend Engineer",interview,3,2026-11-16,2026-11-19,"Roe, Jane",jane@acme.test,+1 555 0100,https://acme.test/?a=1&b=2,"two\nlines, ""quoted"""',
        'Globex,,applied,,2026-11-10,,,,,,',
        'Initech,QA,screen,,2026-11-18,,,,,,über; ünïcödé ✓',
        'Hooli,,final,,2026-11-12,2026-11-30,,,,,',
        'Pied Piper,CEO,offer,,2026-11-19,,,,,,',
      ].join('\r\n'),
    );
    ok(['import', source]);
    const first = ok(['export', '--format', 'csv']).stdout;
    const fresh = join(t.dir, 'fresh.json');
    ok(['import', csvFile('export.csv', first)], fresh);
    const second = ok(['export', '--format', 'csv'], fresh).stdout;
    expect(second).toBe(first);
    expect(first.split('\n')[0]).toBe(HEADER);
    // The events too: import creates exactly what the first import created.
    expect(applications(fresh).map((a) => a.events)).toEqual(applications().map((a) => a.events));
  });

  it('json: the whole data as a readable backup', () => {
    ok(['add', '--company', 'Acme', '--date', '2026-11-10']);
    ok(['config', 'pipelineMin', '5']);
    const out = json(ok(['export', '--format', 'json']));
    expect(Object.keys(out)).toEqual(['schemaVersion', 'exportedAt', 'nextId', 'settings', 'applications']);
    expect(out).toMatchObject({ schemaVersion: 3, exportedAt: '2026-11-20', nextId: 2, settings: { pipelineMin: 5 } });
    expect(out.applications).toEqual(JSON.parse(readFileSync(t.db, 'utf8')).applications);
    // json is the default format
    expect(ok(['export']).stdout).toBe(ok(['export', '--format', 'json']).stdout);
  });

  it('never creates the data file', () => {
    for (const format of ['json', 'csv', 'ics']) {
      const r = ok(['export', '--format', format]);
      expect(r.stdout.length).toBeGreaterThan(0);
    }
    expect(existsSync(t.db)).toBe(false);
    expect(json(ok(['export']))).toEqual({ schemaVersion: 3, exportedAt: '2026-11-20', nextId: 1, settings: {}, applications: [] });
    expect(ok(['export', '--format', 'csv']).stdout).toBe(`${HEADER}\n`);
  });

  it('--as-of goes with ics only; a bad format is a usage error', () => {
    const r = run(['export', '--format', 'csv', '--as-of', '2026-11-01'], { db: t.db });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--as-of goes with --format ics');
    expect(run(['export', '--format', 'xml'], { db: t.db }).code).toBe(2);
    expect(run(['export', '--format', 'ics', '--as-of', 'someday'], { db: t.db }).code).toBe(2);
  });
});

describe('export --format ics', () => {
  // Friday 2026-11-20: one of each kind of advice, in a data file the tests here share (they only read it).
  let shared: ReturnType<typeof tempDb>;
  afterAll(() => shared.cleanup());
  beforeAll(() => {
    shared = tempDb();
    const steps = [
      ['add', '--company', 'Alpha', '--role', 'Backend Engineer', '--stage', 'interview', '--date', '2026-11-09', '--phone', '+1 555 0100'],
      ['log', 'Alpha', 'thanks', '--date', '2026-11-09'], // 1: call, due Mon 16 Nov (overdue)
      ['add', '--company', 'Beta; Gamma, Ltd', '--date', '2026-11-10'], // 2: email, due Tue 17 Nov
      ['add', '--company', 'Delta', '--date', '2026-11-19'], // 3: wait, then email on Thu 26 Nov
      ['add', '--company', 'Epsilon', '--date', '2026-10-01'],
      ['log', 'Epsilon', 'email', '--date', '2026-11-10'],
      ['log', 'Epsilon', 'email', '--date', '2026-11-17'], // 4: wait, then move on: no event
      ['add', '--company', 'Zeta', '--date', '2026-11-01'],
      ['log', 'Zeta', 'rejected', '--date', '2026-11-12'], // 5: closed: no event
      ['add', '--company', 'Eta', '--stage', 'screen', '--date', '2026-11-18', '--invited', '2026-11-25', '--channel', 'call'],
      ['log', 'Eta', 'thanks', '--date', '2026-11-18'], // 6: wait, then call on Wed 25 Nov
      ['add', '--company', 'Theta', '--date', '2026-09-22'],
      ['log', 'Theta', 'email', '--date', '2026-10-01'],
      ['log', 'Theta', 'email', '--date', '2026-10-09'], // 7: move on now: no event
    ];
    for (const s of steps) ok(s, shared.db);
  });

  function ics(args: string[] = []) {
    return ok(['export', '--format', 'ics', ...args], shared.db).stdout;
  }

  /** The content lines, unfolded. */
  function unfold(text: string): string[] {
    return text.replace(/\r\n /g, '').split('\r\n').slice(0, -1);
  }

  it('is one VCALENDAR with CRLF line endings and lines of at most 75 octets', () => {
    const text = ics();
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//followup//followup ')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const physical = text.split('\r\n').slice(0, -1);
    for (const line of physical) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(physical.some((l) => l.startsWith(' '))).toBe(true); // the descriptions are folded
    expect(text.match(/^BEGIN:VEVENT\r$/gm)?.length).toBe(text.match(/^END:VEVENT\r$/gm)?.length);
  });

  it('has one all-day VEVENT per pending call or email, on its due date, and none for moving on or closed ones', () => {
    const lines = unfold(ics());
    const uids = lines.filter((l) => l.startsWith('UID:'));
    expect(uids).toEqual([
      'UID:followup-1-2026-11-16@followup',
      'UID:followup-2-2026-11-17@followup',
      'UID:followup-6-2026-11-25@followup',
      'UID:followup-3-2026-11-26@followup',
    ]);
    expect(lines.filter((l) => l.startsWith('SUMMARY:'))).toEqual([
      'SUMMARY:Call Alpha (Backend Engineer)',
      'SUMMARY:Email Beta\\; Gamma\\, Ltd',
      'SUMMARY:Call Eta',
      'SUMMARY:Email Delta',
    ]);
    expect(lines.filter((l) => l.startsWith('DTSTART'))).toEqual([
      'DTSTART;VALUE=DATE:20261116',
      'DTSTART;VALUE=DATE:20261117',
      'DTSTART;VALUE=DATE:20261125',
      'DTSTART;VALUE=DATE:20261126',
    ]);
    expect(lines.filter((l) => l.startsWith('DTEND'))[0]).toBe('DTEND;VALUE=DATE:20261117');
    expect(lines.filter((l) => l === 'DTSTAMP:20261120T000000Z')).toHaveLength(4);
  });

  it('describes each event with the first reason and the script, escaped', () => {
    const lines = unfold(ics());
    const alpha = lines.find((l) => l.startsWith('DESCRIPTION:'))!;
    expect(alpha).toMatch(/^DESCRIPTION:.+\\n\\n.+\\n\\nContact: \+1 555 0100\\n\\nWhen it is done: followup done 1$/);
    expect(alpha).not.toMatch(/[^\\][,;]/); // every comma and semicolon is escaped
    const advice = json(ok(['today', '--json'], shared.db)).items.find((i: { id: string }) => i.id === '1');
    const unescape = (s: string) => s.replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1');
    const text = unescape(alpha.slice('DESCRIPTION:'.length));
    expect(text.startsWith(`${advice.reasons[0].text}\n\n${advice.script}\n\n`)).toBe(true);
    // A waiting one reads as the day it is due: no "until …, wait".
    const delta = lines.filter((l) => l.startsWith('DESCRIPTION:'))[3]!;
    expect(delta).not.toMatch(/wait/);
  });

  it('follows --as-of', () => {
    // By Mon 30 Nov, Delta's email is due, Eta's call too, and Epsilon is past its week: it moves on.
    const lines = unfold(ics(['--as-of', '2026-11-30']));
    expect(lines.filter((l) => l.startsWith('UID:'))).toContain('UID:followup-3-2026-11-26@followup');
    expect(lines.filter((l) => l.startsWith('UID:')).some((l) => l.startsWith('UID:followup-4-'))).toBe(false);
    expect(lines).toContain('DTSTAMP:20261120T000000Z');
  });
});
