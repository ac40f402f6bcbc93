// followup import / export (CLI.md): spreadsheets in from followup and other trackers, spreadsheets and backups
// out, and the calendar. Spawns the built bin against temp data files; "today" is Friday 2026-11-20.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Fx, expectOneErrorLine, fixture } from '../cli/support.js';
import { BIN } from '../helpers/cli.js';

let fx: Fx;
beforeEach(() => {
  fx = fixture('2026-11-20');
});
afterEach(() => fx.cleanup());

function file(name: string, text: string | Buffer): string {
  const path = join(fx.dir, name);
  writeFileSync(path, text);
  return path;
}

function applications(db = fx.db): any[] {
  return JSON.parse(fx.ok(['export'], { db }).stdout).applications;
}

/** Company, stage as `status --all` derives it, first date, in id order: what an import must get right for every row. */
function summary(db = fx.db): [string, string, string][] {
  const stages = new Map<string, string>(fx.json(['status', '--all'], { db }).applications.map((a: any) => [a.id, a.stage]));
  return applications(db).map((a) => [a.company, stages.get(a.id) ?? '', a.events.map((e: { date: string }) => e.date).sort()[0]]);
}

const OWN = 'company,role,stage,round,date,expect_by,deadline,contact,email,phone,url,no_calls,note,last_contact,next_action,next_due';

describe('import: followup’s own columns', () => {
  it('reads them in any order and case, with quoted commas, quotes and line breaks, CRLF kept inside a note', () => {
    const path = file(
      'own.csv',
      [
        'NOTE,Company,Stage,ROUND,date,Expect_By,Role,contact,EMAIL,phone,url,No Calls',
        '"met at a meetup, nice team\r\nsecond line ",Acme,interview,2,2026-11-16,2026-11-19,"Backend Engineer, Platform",Jane Roe,jane@acme.test,+1 555 0100,https://acme.test/jobs/1,yes',
        'she said ""soon"",Globex,,,2026-11-10,,,,,,,',
        '',
      ].join('\r\n'),
    );
    expect(fx.ok(['import', path]).stdout).toBe('Imported 2 applications (ids 1–2).\n');
    const [acme, globex] = applications();
    expect(acme).toMatchObject({
      id: '1',
      company: 'Acme',
      role: 'Backend Engineer, Platform',
      contact: { name: 'Jane Roe', email: 'jane@acme.test', phone: '+1 555 0100' },
      url: 'https://acme.test/jobs/1',
      noCalls: true,
      notes: 'met at a meetup, nice team\r\nsecond line ',
      events: [{ type: 'interview', round: 2, date: '2026-11-16', expectBy: '2026-11-19' }],
    });
    expect(globex).toMatchObject({ company: 'Globex', notes: 'she said ""soon""', events: [{ type: 'applied', date: '2026-11-10' }] });
  });

  it('reads stdin for -, a BOM, and a header with no rows as nothing to import', () => {
    const r = fx.run(['import', '-'], { input: '\uFEFFcompany\nAcme\n' });
    expect([r.code, r.stdout]).toEqual([0, 'Imported 1 application (id 1).\n']);
    expect(fx.ok(['import', file('h.csv', `${OWN}\n`)]).stdout).toBe('Imported 0 applications.\n');
  });

  it('turns a closed stage into an application closed by the matching event', () => {
    fx.ok(['import', file('c.csv', 'company,stage,date\nA,rejected,2026-11-02\nB,withdrawn,2026-11-03\nC,accepted,2026-11-04\nD,moved-on,2026-11-05\n')]);
    expect(applications().map((a) => a.events)).toEqual([
      [{ type: 'applied', date: '2026-11-02' }, { type: 'rejected', date: '2026-11-02' }],
      [{ type: 'applied', date: '2026-11-03' }, { type: 'withdrawn', date: '2026-11-03' }],
      [{ type: 'applied', date: '2026-11-04' }, { type: 'accepted', date: '2026-11-04' }],
      [{ type: 'applied', date: '2026-11-05' }, { type: 'moved-on', date: '2026-11-05' }],
    ]);
    expect(fx.json(['status']).applications).toEqual([]);
  });
});

describe('import: other trackers', () => {
  it("reads Huntr's export: HTML descriptions full of commas, quotes and newlines, listName stages, createdAt date-times", () => {
    const html = (n: number) => `"<p>We are <b>hiring</b>, ""fast"", and\n<ul>\n<li>remote, hybrid</li>\n</ul> #${n}</p>"`;
    const header = 'id,createdAt,title,salary,location,url,rootDomain,htmlDescription,deadline,color,lastMovedAt,boardId,boardName,listId,listName,companyId,companyName,companyDomain';
    const rows = [
      `h1,2026-11-02T09:15:00.000,Backend Engineer,"$120,000",Berlin,https://acme.test/1,acme.test,${html(1)},2026-12-01,#ff0000,2026-11-02T09:15:00.000,b1,Job Search,l2,Applied,c1,Acme,acme.test`,
      `h2,2026-11-03T14:00:00,Data Analyst,,"Paris, FR",https://globex.test/2,globex.test,${html(2)},,#00ff00,2026-11-10T10:00:00,b1,Job Search,l3,Interview,c2,Globex,globex.test`,
      `h3,2026-11-04T08:00:00,QA,,,,,${html(3)},,,2026-11-04T08:00:00,b1,Job Search,l1,Wishlist,c3,Initech,initech.test`,
      `h4,2026-10-20T11:30:00,PM,,,,,${html(4)},,,2026-11-12T10:00:00,b1,Job Search,l4,Offer,c4,Hooli,hooli.test`,
      `h5,2026-10-01T16:45:00,Dev,,,,,${html(5)},,,2026-10-15T10:00:00,b1,Job Search,l5,Rejected,c5,Umbrella,umbrella.test`,
    ];
    const r = fx.ok(['import', file('huntr.csv', [header, ...rows].join('\n'))]);
    expect(r.stdout).toContain('Imported 4 applications (ids 1–4); skipped 1 not applied yet.\n');
    expect(r.stdout).toMatch(/^Ignored columns \(pass --map "Column=field" to read one\): id, salary, location, rootDomain, htmlDescription, deadline, color, lastMovedAt, boardId, boardName, listId, companyId, companyDomain\n/);
    expect(summary()).toEqual([
      ['Acme', 'applied', '2026-11-02'],
      ['Globex', 'interview', '2026-11-03'],
      ['Hooli', 'offer', '2026-10-20'],
      ['Umbrella', 'rejected', '2026-10-01'],
    ]);
    expect(applications()[0]).toMatchObject({ role: 'Backend Engineer', url: 'https://acme.test/1' });
  });

  it('reads a sheet with US dates (month first, as 11/13 shows) and the usual stage words', () => {
    const sheet = [
      'Company Name,Job Title,Status,Date Applied,Job URL,Notes',
      'Acme,Dev,Applied,11/13/2026,https://acme.test,"first, ""real"" one"',
      'Globex,QA,Phone Screen,11/02/2026,,',
      'Initech,PM,Interviewing,10/05/2026,,',
      'Hooli,SRE,Final Round,11/09/2026,,',
      'Umbrella,Dev,Offered,11/10/2026,,',
      'Stark,Dev,Declined,09/01/2026,,',
      'Wayne,Dev,Ghosted,08/03/2026,,',
      'Wonka,Dev,Withdrawn,10/12/2026,,',
      'Tyrell,Dev,Accepted,10/11/2026,,',
      'Cyberdyne,Dev,Saved,11/12/2026,,',
    ].join('\n');
    expect(fx.ok(['import', file('teal.csv', sheet)]).stdout).toBe('Imported 9 applications (ids 1–9); skipped 1 not applied yet.\n');
    expect(summary()).toEqual([
      ['Acme', 'applied', '2026-11-13'],
      ['Globex', 'screen', '2026-11-02'],
      ['Initech', 'interview', '2026-10-05'],
      ['Hooli', 'final', '2026-11-09'],
      ['Umbrella', 'offer', '2026-11-10'],
      ['Stark', 'rejected', '2026-09-01'],
      ['Wayne', 'moved-on', '2026-08-03'],
      ['Wonka', 'withdrawn', '2026-10-12'],
      ['Tyrell', 'accepted', '2026-10-11'],
    ]);
    expect(applications()[0].notes).toBe('first, "real" one');
  });

  it('reads a hand-made sheet with day-first dates (25/10 shows it)', () => {
    const sheet = 'Employer,Position,Status,Applied On,Link\nAcme,Dev,applied,03/11/2026,\nGlobex,QA,interview,25/10/2026,\nInitech,PM,applied,1/11/2026,\n';
    fx.ok(['import', file('uk.csv', sheet)]);
    expect(summary()).toEqual([
      ['Acme', 'applied', '2026-11-03'],
      ['Globex', 'interview', '2026-10-25'],
      ['Initech', 'applied', '2026-11-01'],
    ]);
  });

  it("reads LinkedIn's applied-jobs list, leaving out the applicant's own contact columns", () => {
    const list = [
      'Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers',
      '"11/13/26, 9:05 AM",me@example.test,+1 555 0199,Acme,Backend Engineer,https://www.linkedin.com/jobs/view/1,cv.pdf,',
      '"11/3/26, 4:41 PM",me@example.test,+1 555 0199,Globex,Data Engineer,https://www.linkedin.com/jobs/view/2,cv.pdf,"Years of experience?: 5"',
    ].join('\n');
    fx.ok(['import', file('linkedin.csv', list)]);
    expect(summary()).toEqual([
      ['Acme', 'applied', '2026-11-13'],
      ['Globex', 'applied', '2026-11-03'],
    ]);
    expect(applications()[0]).toMatchObject({ role: 'Backend Engineer', contact: {}, url: 'https://www.linkedin.com/jobs/view/1' });
  });

  it('takes --map and --map-stage for anything else', () => {
    const sheet = 'Org,Gig,Where Am I,When\nAcme,Dev,Tech Test,2026-11-10\nGlobex,QA,Pondering,2026-11-11\n';
    const r = fx.ok(['import', file('m.csv', sheet), '--map', 'Org=company', '--map', 'gig=role', '--map', 'Where Am I=stage', '--map', 'When=date', '--map-stage', 'Tech Test=interview', '--map-stage', 'pondering=skip']);
    expect(r.stdout).toBe('Imported 1 application (id 1); skipped 1 not applied yet.\n');
    expect(summary()).toEqual([['Acme', 'interview', '2026-11-10']]);
  });
});

describe('import: slashed dates that read either way', () => {
  const EITHER = 'company,date\nAcme,03/04/2026\nGlobex,05/06/2026\n';

  it('refuses a file whose every slashed date reads either way, naming both flags and an example row (exit 2, nothing imported)', () => {
    const r = fx.usage(['import', file('either.csv', EITHER)]);
    expect(r.stderr).toContain("every slashed date reads month-first or day-first (line 2: '03/04/2026'); pass --month-first or --day-first; nothing was imported");
    expect(existsSync(fx.db)).toBe(false);
  });

  it('reads it as told', () => {
    fx.ok(['import', file('either.csv', EITHER), '--day-first']);
    expect(summary().map((s) => s[2])).toEqual(['2026-04-03', '2026-06-05']);
    const other = join(fx.dir, 'other.json');
    fx.ok(['import', file('either.csv', EITHER), '--month-first'], { db: other });
    expect(summary(other).map((s) => s[2])).toEqual(['2026-03-04', '2026-05-06']);
  });

  it('refuses a file that shows both orders', () => {
    const r = fx.usage(['import', file('both.csv', 'company,date\nA,13/04/2026\nB,04/13/2026\n')]);
    expect(r.stderr).toContain("shows both orders of slashed dates (line 2: '13/04/2026' is day-first, line 3: '04/13/2026' month-first)");
    expect(existsSync(fx.db)).toBe(false);
  });
});

describe('import: dry run and re-import', () => {
  const SHEET = 'Company,Role,Status,Date\nAcme,Dev,Applied,2026-11-10\nGlobex,QA,Wishlist,2026-11-11\nInitech,PM,Interviewing,2026-11-12\n';

  it('--dry-run shows what would be imported as a table and writes nothing', () => {
    const r = fx.ok(['import', file('s.csv', SHEET), '--dry-run']);
    expect(r.stdout.split('\n')).toEqual([
      expect.stringMatching(/^LINE +COMPANY +ROLE +STAGE +DATE +WHAT$/),
      expect.stringMatching(/^2 +Acme +Dev +applied +2026-11-10 +import$/),
      expect.stringMatching(/^3 +Globex +QA +Wishlist +2026-11-11 +not applied yet$/),
      expect.stringMatching(/^4 +Initech +PM +interview +2026-11-12 +import$/),
      'Would import 2 applications; skipped 1 not applied yet; nothing was written (--dry-run).',
      '',
    ]);
    expect(existsSync(fx.db)).toBe(false);
  });

  it('importing the same file twice adds nothing, and says so', () => {
    const path = file('s.csv', SHEET);
    fx.ok(['import', path]);
    const before = readFileSync(fx.db);
    expect(fx.ok(['import', path]).stdout).toBe('Imported 0 applications; skipped 2 already there, 1 not applied yet.\n');
    expect(applications()).toHaveLength(2);
    expect(readFileSync(fx.db, 'utf8')).toBe(before.toString());
    // Same company, role and date, whatever the case and the spaces; a row twice in one file counts once.
    const again = fx.ok(['import', file('t.csv', 'company,role,date\n ACME ,dev,2026-11-10\nNew,,2026-11-01\nNew,,2026-11-01\n')]);
    expect(again.stdout).toBe('Imported 1 application (id 3); skipped 2 already there.\n');
  });

  it('a row without a date is already there when its company and role are, on a later day too', () => {
    const path = file('nodate.csv', 'company,role\nAcme,Dev\nGlobex,\n');
    fx.ok(['import', path]);
    expect(fx.ok(['import', path], { now: '2026-11-23' }).stdout).toBe('Imported 0 applications; skipped 2 already there.\n');
    expect(fx.ok(['import', file('other.csv', 'company,role\nAcme,QA\n')]).stdout).toBe('Imported 1 application (id 3).\n');
  });

  it('--dry-run --json lists each row and its fate', () => {
    const doc = fx.json(['import', file('s.csv', SHEET), '--dry-run']);
    expect(doc.dryRun).toBe(true);
    expect(doc.imported).toEqual([]);
    expect(doc.rows.map((r: any) => [r.line, r.fate])).toEqual([
      [2, 'import'],
      [3, 'not applied yet'],
      [4, 'import'],
    ]);
  });

  it('shows no progress bar when stderr is not a terminal, even for a large file', () => {
    const rows = Array.from({ length: 600 }, (_, i) => `Company ${i},Dev,Applied,2026-11-10`);
    const r = fx.ok(['import', file('big.csv', ['company,role,stage,date', ...rows].join('\n'))]);
    expect(r.stdout).toBe('Imported 600 applications (ids 1–600).\n');
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
    'Hooli,applied,1999-01-04,', // 10
    'Wayne,applied,,', // 11
  ].join('\n');

  it('names the first bad row by its line, counts the rest, exits 2 and writes nothing', () => {
    const r = fx.usage(['import', file('bad.csv', BAD)]);
    expect(r.stderr).toBe(
      `followup: ${join(fx.dir, 'bad.csv')}: line 3: stage: 'intervew' is not a stage followup knows; pass --map-stage "intervew=STAGE" (applied, screen, interview, final, offer, rejected, withdrawn, accepted, moved-on, or skip); 4 more bad rows (lines 7, 8, 9, 10); nothing was imported: fix them (--dry-run lists them all), or pass --skip-bad to import the 2 other rows\n`,
    );
    expect(existsSync(fx.db)).toBe(false);
  });

  it('--dry-run lists every bad row with why', () => {
    const out = fx.ok(['import', file('bad.csv', BAD), '--dry-run', '--json']).stdout;
    const rows = JSON.parse(out).rows.filter((r: any) => r.fate === 'bad');
    expect(rows.map((r: any) => [r.line, r.detail])).toEqual([
      [3, expect.stringContaining("'intervew' is not a stage")],
      [7, 'company is empty; every row needs one'],
      [8, "date: '2026-02-30' is not a real calendar day"],
      [9, '5 fields but the header names 4 columns; quote a value that holds a comma ("a, b")'],
      [10, "date: '1999-01-04' is out of range (years 2000 to 2999)"],
    ]);
  });

  it('--skip-bad imports the good rows in one go and reports the bad ones', () => {
    const r = fx.run(['import', file('bad.csv', BAD), '--skip-bad']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Imported 2 applications (ids 1–2); skipped 5 bad rows (lines 3, 7, 8, 9, 10).\n');
    expect(r.stderr.split('\n')[1]).toBe('followup: skipped line 7: company is empty; every row needs one');
    expect(applications().map((a) => a.company)).toEqual(['Acme', 'Wayne']);
  });

  it('--skip-bad with no good row fails (exit 1) and writes nothing', () => {
    const r = fx.run(['import', file('all.csv', 'company,stage\n,applied\nAcme,nope\n'), '--skip-bad']);
    expect(r.code).toBe(1);
    expectOneErrorLine(r.stderr);
    expect(existsSync(fx.db)).toBe(false);
  });

  it('never prints a cell raw: control characters are escaped in its messages', () => {
    const r = fx.usage(['import', file('esc.csv', 'company,stage\n"Acme\u001b[2J",applied\nGlobex,"\u0007bell"\n')]);
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(r.stderr).toContain("company 'Acme\\e[2J' holds a control character; remove it");
  });

  it('names a row by the physical line also after CRLF and multi-line fields', () => {
    const r = fx.usage(['import', file('crlf.csv', 'company,note\r\nA,"one\r\ntwo\r\nthree"\r\nB,x\r\n,y\r\n')]);
    expect(r.stderr).toMatch(/: line 6: company is empty/);
  });

  it('refuses a header without a company, a column read twice, an unclosed quote and text that is not UTF-8', () => {
    const cases: [string, string | Buffer, string][] = [
      ['nc.csv', 'Name,Job\nAcme,Dev\n', `no column names the company (columns found: 'Name', 'Job'); name one company, or pass --map "Your column=company"`],
      ['dup.csv', 'company,Title,Job Title\nA,b,c\n', `the columns 'Title' and 'Job Title' are both read as role`],
      ['empty.csv', '', 'has no header row'],
      ['q.csv', 'company,note\nA,fine\nB,"never closed\nC,x\n', 'line 3: a quoted field is never closed'],
      ['latin1.csv', Buffer.from('company\n\xe9t\xe9\n', 'latin1'), 'is not UTF-8 text'],
      ['semi.csv', 'company;role\nAcme;Dev\n', 'followup reads comma-separated files'],
    ];
    for (const [name, text, message] of cases) expect(fx.usage(['import', file(name, text)]).stderr, name).toContain(message);
    expect(existsSync(fx.db)).toBe(false);
  });
});

describe('export --format csv', () => {
  it('writes one row per application with its current stage, closed ones included, and the read-only columns', () => {
    fx.add('Acme, Inc', ['--role', 'Dev', '--date', '2026-11-02', '--contact', 'Jane', '--email', 'j@acme.test', '--phone', '555', '--url', 'https://acme.test', '--note', 'said "soon"']);
    fx.ok(['log', '1', 'interview', '--round', '2', '--date', '2026-11-16', '--expect-by', '2026-11-19']);
    fx.add('Globex', ['--date', '2026-11-01', '--no-calls']);
    fx.ok(['log', '2', 'offer', '--date', '2026-11-18', '--deadline', '2026-11-27']);
    fx.add('Initech', ['--date', '2026-10-01']);
    fx.ok(['log', '3', 'rejected', '--date', '2026-10-20']);
    const lines = fx.ok(['export', '--format', 'csv']).stdout.split('\n');
    expect(lines[0]).toBe(OWN);
    expect(lines[1]).toMatch(/^"Acme, Inc",Dev,interview,2,2026-11-02,2026-11-19,,Jane,j@acme\.test,555,https:\/\/acme\.test,,"said ""soon""",2026-11-16,[a-z, -]+,2026-11-\d\d$/);
    expect(lines[2]).toMatch(/^Globex,,offer,,2026-11-01,,2026-11-27,,,,,yes,,2026-11-18,/);
    expect(lines[3]).toBe('Initech,,rejected,,2026-10-01,,,,,,,,,2026-10-20,,');
  });

  it("guards formula-like cells with a leading ' that import removes", () => {
    fx.add('=HYPERLINK("http://evil.test","x")', ['--role', '+SUM(1)', '--phone', '+1 555 0100', '--contact', '@boss']);
    fx.ok(['edit', '1', '--notes', '-note\tand tab']);
    const out = fx.ok(['export', '--format', 'csv']).stdout;
    const row = out.split('\n')[1]!;
    expect(row.startsWith(`"'=HYPERLINK(""http://evil.test"",""x"")",'+SUM(1),applied,,2026-11-20,,,'@boss,,'+1 555 0100,,,'-note\tand tab,`)).toBe(true);
    const fresh = join(fx.dir, 'fresh.json');
    fx.ok(['import', file('guarded.csv', out)], { db: fresh });
    expect(applications(fresh)[0]).toMatchObject({ company: '=HYPERLINK("http://evil.test","x")', role: '+SUM(1)', contact: { name: '@boss', phone: '+1 555 0100' }, notes: '-note\tand tab' });
  });

  it('export, import into an empty file, export again gives the same CSV (notes byte for byte)', () => {
    const source = file(
      'source.csv',
      [
        OWN,
        '"Acme, Inc",Backend Engineer,interview,3,2026-11-16,2026-11-19,,"Roe, Jane",jane@acme.test,+1 555 0100,https://acme.test/?a=1&b=2,yes,"  two\r\nlines, ""quoted""  ",,,',
        'Globex,,applied,,2026-11-10,,,,,,,,,,,',
        'Initech,QA,screen,,2026-11-18,,,,,,,,über; ünïcödé ✓,,,',
        'Hooli,,final,,2026-11-12,2026-11-30,,,,,,,,,,',
        'Pied Piper,CEO,offer,,2026-11-19,,2026-11-30,,,,,,=1+1,,,',
        'Stark,,rejected,,2026-10-01,,,,,,,,,,,',
        'Wayne,,moved-on,,2026-09-01,,,,,,,,,,,',
        'Future,,interview,,2026-11-25,,,,,,,,,,,',
      ].join('\n'),
    );
    fx.ok(['import', source]);
    const first = fx.ok(['export', '--format', 'csv']).stdout;
    const fresh = join(fx.dir, 'fresh.json');
    fx.ok(['import', file('export.csv', first)], { db: fresh });
    const second = fx.ok(['export', '--format', 'csv'], { db: fresh }).stdout;
    expect(second).toBe(first);
    expect(applications(fresh)).toEqual(applications());
    expect(applications()[0].notes).toBe('  two\r\nlines, "quoted"  ');
    expect(first).toContain('"  two\r\nlines, ""quoted""  "');
  });

  it('round-trips what add and log made, the writable columns exactly', () => {
    fx.add('Acme', ['--role', 'Dev', '--date', '2026-11-02', '--email', 'a@acme.test']);
    fx.ok(['log', '1', 'screen', '--date', '2026-11-05']);
    fx.ok(['log', '1', 'interview', '--date', '2026-11-12', '--expect-by', '2026-11-24']);
    fx.add('Globex', ['--date', '2026-10-01']);
    fx.ok(['log', '2', 'withdrawn', '--date', '2026-10-09']);
    const first = fx.ok(['export', '--format', 'csv']).stdout;
    const fresh = join(fx.dir, 'fresh.json');
    fx.ok(['import', file('e.csv', first)], { db: fresh });
    const writable = (csv: string) => csv.split('\n').map((l) => l.split(',').slice(0, 13).join(','));
    expect(writable(fx.ok(['export', '--format', 'csv'], { db: fresh }).stdout)).toEqual(writable(first));
  });
});

describe('export --output', () => {
  it('writes the file with mode 0600 whatever the umask, and prints nothing', () => {
    fx.add('Acme');
    const out = join(fx.dir, 'apps.csv');
    const r = fx.run(['export', '--format', 'csv', '--output', out]);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '']);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(out, 'utf8')).toBe(fx.ok(['export', '--format', 'csv']).stdout);
    // Under umask 000 (which would leave a plain write world-readable), and over an existing 0644 file.
    const loose = file('loose.json', 'old');
    chmodSync(loose, 0o644);
    const p = spawnSync('sh', ['-c', `umask 000 && exec "${process.execPath}" "${BIN}" export --output "${loose}"`], {
      env: { ...process.env, FOLLOWUP_DB: fx.db, FOLLOWUP_NOW: '2026-11-20' },
      encoding: 'utf8',
    });
    expect(p.status).toBe(0);
    expect(statSync(loose).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(loose, 'utf8')).applications).toHaveLength(1);
  });

  it('replaces a symlink at FILE with the file, never writing through it', () => {
    fx.add('Acme');
    const target = file('target.txt', 'keep me\n');
    const link = join(fx.dir, 'link.ics');
    symlinkSync(target, link);
    fx.ok(['export', '--format', 'ics', '--output', link]);
    expect(readFileSync(target, 'utf8')).toBe('keep me\n');
    expect(lstatSync(link).isSymbolicLink()).toBe(false);
    expect(readFileSync(link, 'utf8').startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  });

  it('refuses a folder and an empty path', () => {
    expect(fx.run(['export', '--output', fx.dir]).code).toBe(1);
    fx.usage(['export', '--output', '']);
  });
});

/** Waits until the clock has moved past a whole second (the SEQUENCE is the export's time in seconds). */
function sleepPast(seconds: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, seconds * 1000 + 50);
}

describe('export --format ics', () => {
  function calendar(text: string): any[] {
    const comp = new ICAL.Component(ICAL.parse(text));
    return comp.getAllSubcomponents('vevent').map((v: any) => new ICAL.Event(v));
  }

  function seed(): void {
    fx.add('Alpha', ['--role', 'Backend Engineer', '--stage', 'interview', '--date', '2026-11-09', '--phone', '+1 555 0100']);
    fx.ok(['log', 'Alpha', 'thanks', '--date', '2026-11-09']);
    fx.add('Beta; Gamma, Ltd', ['--date', '2026-11-10']);
    fx.add('Delta', ['--date', '2026-11-02']);
    fx.ok(['log', 'Delta', 'interview', '--date', '2026-11-26']); // scheduled
    fx.add('Zeta', ['--date', '2026-11-01']);
    fx.ok(['log', 'Zeta', 'rejected', '--date', '2026-11-02']);
  }

  it('is valid iCalendar (ical.js) with CRLF line endings, folded lines, and one UID per application and kind', () => {
    seed();
    const text = fx.ok(['export', '--format', 'ics']).stdout;
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const events = calendar(text);
    const rows = events.map((e) => [e.uid, e.startDate.toString(), e.startDate.isDate, e.summary]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['followup-1-follow-up@followup', '2026-11-16', true, 'Call Alpha (Backend Engineer)'],
        ['followup-2-follow-up@followup', '2026-11-17', true, 'Email Beta; Gamma, Ltd'],
        ['followup-3-interview-r1@followup', '2026-11-26', true, 'Interview: Delta'],
      ]),
    );
    // Delta's follow-up may be due too (whatever its kind, one UID for it); Zeta is closed: nothing.
    expect(rows.every((r) => /^followup-[123]-/.test(r[0]))).toBe(true);
    expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
    const alpha = events.find((e) => e.uid === 'followup-1-follow-up@followup');
    expect(alpha.endDate.toString()).toBe('2026-11-17');
    const advice = fx.json(['today']).items.find((i: { id: string }) => i.id === '1');
    expect(alpha.description).toBe(`${advice.reasons[0].text}\n\n${advice.script}\n\nContact: +1 555 0100\n\nWhen it is done: followup done 1`);
    // DTSTAMP is the export's own time, in UTC; SEQUENCE its seconds since 2020.
    for (const e of events) {
      const stamp = e.component.getFirstPropertyValue('dtstamp');
      expect(stamp.zone.tzid).toBe('UTC');
      expect(Math.abs(stamp.toJSDate().getTime() - Date.now())).toBeLessThan(120_000);
      expect(e.sequence).toBe(Math.floor((stamp.toJSDate().getTime() - Date.UTC(2020, 0, 1)) / 1000));
    }
  });

  it('keeps the UID and raises the SEQUENCE when a newer export moves the event', () => {
    fx.add('Acme', ['--date', '2026-11-10']);
    fx.add('Globex', ['--date', '2026-11-02']);
    fx.ok(['log', 'Globex', 'screen', '--date', '2026-11-24']);
    const before = calendar(fx.ok(['export', '--format', 'ics']).stdout);
    fx.ok(['log', 'Acme', 'email', '--date', '2026-11-17']);
    sleepPast(1);
    const after = calendar(fx.ok(['export', '--format', 'ics'], { now: '2026-11-21' }).stdout);
    const byUid = (events: any[]) => new Map(events.map((e) => [e.uid, e]));
    const [b, a] = [byUid(before), byUid(after)];
    expect([...a.keys()]).toEqual([...b.keys()]);
    const moved = 'followup-1-follow-up@followup';
    expect(a.get(moved).startDate.compare(b.get(moved).startDate)).toBe(1);
    expect(a.get(moved).sequence).toBeGreaterThan(b.get(moved).sequence);
    // The interview did not move: a newer export is still the newer version of it (higher SEQUENCE and DTSTAMP).
    const still = 'followup-2-interview-screen@followup';
    expect(a.get(still).sequence).toBeGreaterThan(b.get(still).sequence);
    expect(a.get(still).component.getFirstPropertyValue('dtstamp').compare(b.get(still).component.getFirstPropertyValue('dtstamp'))).toBe(1);
  });

  it('raises the SEQUENCE after an undo too, which moves the event back earlier', () => {
    fx.add('Acme', ['--date', '2026-11-10']);
    fx.ok(['log', 'Acme', 'email', '--date', '2026-11-17']);
    const before = calendar(fx.ok(['export', '--format', 'ics']).stdout)[0];
    fx.ok(['undo', '--yes']);
    sleepPast(1);
    const after = calendar(fx.ok(['export', '--format', 'ics']).stdout)[0];
    expect(after.uid).toBe(before.uid);
    expect(after.startDate.compare(before.startDate)).toBe(-1);
    expect(after.sequence).toBeGreaterThan(before.sequence);
  });

  it('follows --as-of, and never creates the data file', () => {
    expect(calendar(fx.ok(['export', '--format', 'ics']).stdout)).toEqual([]);
    expect(existsSync(fx.db)).toBe(false);
    fx.usage(['export', '--format', 'csv', '--as-of', '2026-11-01']);
    fx.add('Acme', ['--date', '2026-11-10']);
    fx.ok(['log', 'Acme', 'screen', '--date', '2026-11-24']);
    expect(calendar(fx.ok(['export', '--format', 'ics', '--as-of', '2026-11-25']).stdout).map((e) => e.uid)).not.toContain('followup-1-interview-screen@followup');
  });
});

describe('export --format json', () => {
  it('is the whole data as a complete backup, and the default', () => {
    fx.add('Acme', ['--date', '2026-11-10']);
    const out = JSON.parse(fx.ok(['export']).stdout);
    expect(Object.keys(out)).toEqual(['schemaVersion', 'exportedAt', 'nextId', 'settings', 'applications']);
    expect(out.applications).toEqual(JSON.parse(readFileSync(fx.db, 'utf8')).applications);
    expect(fx.ok(['export', '--format', 'json']).stdout).toBe(fx.ok(['export']).stdout);
  });
});
