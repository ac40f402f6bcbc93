// CSV in and out: records and the line each starts on, quoting both ways, the formula guard, and an application as a row.
import { describe, expect, it } from 'vitest';
import { adviseAll } from '../../src/core/advise.js';
import { type Application, DEFAULT_SETTINGS } from '../../src/core/model.js';
import { EXPORT_COLUMNS, applicationRow } from '../../src/ui/csv-export.js';
import { CsvSyntaxError, formatCsv, guardFormula, isBlankRecord, parseCsv, unguardFormula } from '../../src/ui/csv.js';

function syntaxError(text: string): CsvSyntaxError {
  try {
    parseCsv(text);
  } catch (e) {
    expect(e).toBeInstanceOf(CsvSyntaxError);
    return e as CsvSyntaxError;
  }
  throw new Error('expected a syntax error');
}

describe('parseCsv', () => {
  it('reads plain records, with or without a final line break', () => {
    expect(parseCsv('a,b\nc,d\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['c', 'd'] },
    ]);
    expect(parseCsv('a,b\nc,d')).toEqual(parseCsv('a,b\nc,d\n'));
    expect(parseCsv('')).toEqual([]);
  });

  it('reads quoted commas, doubled quotes and empty fields', () => {
    expect(parseCsv('"Acme, Inc","say ""hi""",,""\n')[0]!.fields).toEqual(['Acme, Inc', 'say "hi"', '', '']);
  });

  it('reads quoted line breaks, and counts the lines a record spans', () => {
    const records = parseCsv('h1,h2\n"a","one\ntwo\nthree"\nb,"x\ny"\nc,z\n');
    expect(records).toEqual([
      { line: 1, fields: ['h1', 'h2'] },
      { line: 2, fields: ['a', 'one\ntwo\nthree'] },
      { line: 5, fields: ['b', 'x\ny'] },
      { line: 7, fields: ['c', 'z'] },
    ]);
  });

  it('reads CRLF, LF and CR line endings, and keeps a quoted line break exactly as written', () => {
    const crlf = parseCsv('h\r\n"a\r\nb"\r\nc\r\n');
    expect(crlf).toEqual([
      { line: 1, fields: ['h'] },
      { line: 2, fields: ['a\r\nb'] },
      { line: 4, fields: ['c'] },
    ]);
    expect(parseCsv('h\r"a\rb"\rc\r')).toEqual([
      { line: 1, fields: ['h'] },
      { line: 2, fields: ['a\rb'] },
      { line: 4, fields: ['c'] },
    ]);
    // Mixed endings, as a sheet edited on two systems has them.
    expect(parseCsv('h\n"a\r\nb"\r\nc\rd\n').map((r) => [r.line, r.fields[0]])).toEqual([
      [1, 'h'],
      [2, 'a\r\nb'],
      [4, 'c'],
      [5, 'd'],
    ]);
  });

  it('drops a UTF-8 BOM', () => {
    expect(parseCsv('\uFEFFcompany,role\nAcme,Dev\n')[0]!.fields).toEqual(['company', 'role']);
  });

  it('keeps blank lines as blank records, so the lines after them stay right', () => {
    const records = parseCsv('h\n\n  \n,,\nA\n');
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 4, 5]);
    expect(records.map((r) => isBlankRecord(r.fields))).toEqual([false, true, true, true, false]);
  });

  it('keeps rows of any length (the caller checks them against the header)', () => {
    expect(parseCsv('a,b,c\n1\n1,2,3,4\n').map((r) => r.fields.length)).toEqual([3, 1, 4]);
  });

  it('keeps a quote inside an unquoted field as a character', () => {
    expect(parseCsv('5" display,O"Brien\n')[0]!.fields).toEqual(['5" display', 'O"Brien']);
  });

  it('reports an unclosed quote on the line its record starts', () => {
    const e = syntaxError('company,note\nA,ok\nB,"never\nclosed\n');
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/^a quoted field is never closed/);
    expect(syntaxError('"').line).toBe(1);
  });
});

describe('formatCsv', () => {
  it('quotes a field only when it holds a comma, a quote, a line break or spaces at an end', () => {
    expect(formatCsv([['plain', 'a, b', 'say "hi"', 'two\nlines', 'cr\rhere', '', ' spaced ', 'in side']])).toBe(
      'plain,"a, b","say ""hi""","two\nlines","cr\rhere",," spaced ",in side\n',
    );
  });

  it('reads back what it writes', () => {
    const rows = [
      ['company', 'note'],
      ['Acme, Inc', 'line one\nline two, "quoted"'],
      ['ünïcödé ✓', ''],
      ['"', ','],
    ];
    expect(parseCsv(formatCsv(rows)).map((r) => r.fields)).toEqual(rows);
  });
});

describe('the formula guard', () => {
  it("writes a leading ' before =, +, -, @, tab and carriage return, and reads it away", () => {
    for (const cell of ['=SUM(A1:A9)', '+1 555 0100', '-2', '@here', '\tx', '\ry']) {
      expect(guardFormula(cell)).toBe(`'${cell}`);
      expect(unguardFormula(guardFormula(cell))).toBe(cell);
    }
    for (const cell of ['plain', '', ' =not first', "it's", "'quoted"]) {
      expect(guardFormula(cell)).toBe(cell);
      expect(unguardFormula(cell)).toBe(cell);
    }
  });

  it("round-trips cells that already start with ' before a formula character", () => {
    for (const cell of ["'=x", "''+1", "'"]) expect(unguardFormula(guardFormula(cell))).toBe(cell);
  });

  it('guards in formatCsv, quoting a guarded carriage return', () => {
    expect(formatCsv([['=1+1', '\rb', 'ok']])).toBe(`'=1+1,"'\rb",ok\n`);
    expect(parseCsv(formatCsv([['\rb', '=x']]))[0]!.fields.map(unguardFormula)).toEqual(['\rb', '=x']);
  });
});

describe('applicationRow', () => {
  const base: Application = { id: '1', company: 'Acme', contact: {}, noCalls: false, events: [] };
  const TODAY = '2026-11-20';
  function row(app: Application): Record<string, string> {
    const [advised] = adviseAll([app], { ...DEFAULT_SETTINGS }, TODAY);
    const cells = applicationRow(advised!);
    return Object.fromEntries(EXPORT_COLUMNS.map((c, i) => [c, cells[i] ?? '']));
  }

  it('writes the current stage and round, the first date, the current promise and the read-only columns', () => {
    const app: Application = {
      ...base,
      role: 'Dev',
      contact: { name: 'Jane', email: 'j@acme.test', phone: '555' },
      url: 'https://acme.test',
      noCalls: true,
      notes: 'kept\r\nas is ',
      events: [
        { type: 'applied', date: '2026-11-02' },
        { type: 'interview', date: '2026-11-16', round: 2, expectBy: '2026-11-19', note: 'went well' },
      ],
    };
    expect(row(app)).toMatchObject({
      company: 'Acme',
      role: 'Dev',
      stage: 'interview',
      round: '2',
      date: '2026-11-02',
      expect_by: '2026-11-19',
      deadline: '',
      contact: 'Jane',
      email: 'j@acme.test',
      phone: '555',
      url: 'https://acme.test',
      no_calls: 'yes',
      note: 'kept\r\nas is ',
      last_contact: '2026-11-16',
    });
    expect(row(app).next_action).toMatch(/^(email|call|wait, then email)$/);
  });

  it('writes a closed stage, and the deadline of a current offer', () => {
    expect(row({ ...base, events: [{ type: 'applied', date: '2026-11-02' }, { type: 'rejected', date: '2026-11-10' }] })).toMatchObject({ stage: 'rejected', date: '2026-11-02', next_action: '' });
    expect(row({ ...base, events: [{ type: 'offer', date: '2026-11-18', deadline: '2026-11-27' }] })).toMatchObject({ stage: 'offer', deadline: '2026-11-27' });
  });

  it("falls back to the first event's note (what add --note wrote)", () => {
    expect(row({ ...base, events: [{ type: 'applied', date: '2026-11-02', note: 'from add' }] }).note).toBe('from add');
  });
});
