// CSV in and out: records and the line each starts on, quoting both ways, and an application as a row.
import { describe, expect, it } from 'vitest';
import type { Application } from '../../src/core/model.js';
import { CSV_COLUMNS, CsvSyntaxError, applicationRow, columnName, formatCsv, isBlankRecord, parseCsv } from '../../src/ui/csv.js';

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

  it('reads CRLF and CR line endings, also inside quotes (as \\n)', () => {
    const crlf = parseCsv('h\r\n"a\r\nb"\r\nc\r\n');
    expect(crlf).toEqual([
      { line: 1, fields: ['h'] },
      { line: 2, fields: ['a\nb'] },
      { line: 4, fields: ['c'] },
    ]);
    expect(parseCsv('h\r"a\rb"\rc\r')).toEqual(crlf);
    expect(parseCsv('h\n"a\r\nb"\r\nc\n')).toEqual(crlf);
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

describe('columnName', () => {
  it('ignores case and surrounding spaces, and reads expect by / expect-by as expect_by', () => {
    expect(columnName(' Company ')).toBe('company');
    expect(columnName('EXPECT_BY')).toBe('expect_by');
    expect(columnName('Expect By')).toBe('expect_by');
    expect(columnName('expect-by')).toBe('expect_by');
    expect(columnName('')).toBe('');
  });
});

describe('formatCsv', () => {
  it('quotes a field only when it holds a comma, a quote or a line break', () => {
    expect(formatCsv([['plain', 'a, b', 'say "hi"', 'two\nlines', 'cr\rhere', '', ' spaced ']])).toBe(
      'plain,"a, b","say ""hi""","two\nlines","cr\rhere",, spaced \n',
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

describe('applicationRow', () => {
  const base: Application = { id: '1', company: 'Acme', contact: {}, noCalls: false, events: [] };

  it('writes every column, in the order of CSV_COLUMNS', () => {
    const app: Application = {
      ...base,
      role: 'Dev',
      contact: { name: 'Jane', email: 'j@acme.test', phone: '555' },
      url: 'https://acme.test',
      events: [
        { type: 'interview', date: '2026-11-16', round: 2, expectBy: '2026-11-19', note: 'went well' },
        { type: 'final', date: '2026-11-18', note: 'not in the CSV' },
      ],
    };
    const row = applicationRow(app);
    expect(Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, row[i]]))).toEqual({
      company: 'Acme',
      role: 'Dev',
      stage: 'interview',
      round: '2',
      date: '2026-11-16',
      expect_by: '2026-11-19',
      contact: 'Jane',
      email: 'j@acme.test',
      phone: '555',
      url: 'https://acme.test',
      note: 'went well',
    });
  });

  it('writes the round for interviews only, and leaves what is missing empty', () => {
    expect(applicationRow({ ...base, events: [{ type: 'applied', date: '2026-11-10' }] })).toEqual([
      'Acme', '', 'applied', '', '2026-11-10', '', '', '', '', '', '',
    ]);
    expect(applicationRow({ ...base, events: [{ type: 'screen', date: '2026-11-10', round: 1 }] })[3]).toBe('');
  });

  it('takes the first event of an open stage, should the log start with something else', () => {
    const row = applicationRow({
      ...base,
      events: [
        { type: 'note', date: '2026-11-01', note: 'an old note' },
        { type: 'applied', date: '2026-11-02', note: 'applied online' },
      ],
    });
    expect([row[2], row[4], row[10]]).toEqual(['applied', '2026-11-02', 'applied online']);
  });
});
