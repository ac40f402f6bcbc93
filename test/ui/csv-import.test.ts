// The pieces of import: column recognition, stage words, and reading dates (order found from the whole file).
import { describe, expect, it } from 'vitest';
import { ColumnError, columnKey, parseMaps, recognise } from '../../src/ui/csv-columns.js';
import { findOrder, readDate } from '../../src/ui/csv-dates.js';
import { NOT_APPLIED, parseStageMaps, readStage } from '../../src/ui/csv-stages.js';

const none = new Map();

describe('columns', () => {
  it('reads one name in any case and spelling', () => {
    expect(['createdAt', 'Created At', 'created_at', ' CREATED-AT '].map(columnKey)).toEqual(Array(4).fill('created at'));
  });

  it("knows followup's own names, the read-only ones aside", () => {
    const header = ['company', 'role', 'stage', 'round', 'date', 'expect_by', 'deadline', 'contact', 'email', 'phone', 'url', 'no_calls', 'note', 'last_contact', 'next_action', 'next_due'];
    const { fields, ignored } = recognise(header, none);
    expect(fields).toEqual([...header.slice(0, 13), null, null, null]);
    expect(ignored).toEqual([]);
  });

  it("reads Huntr's export, with its posting deadline ignored", () => {
    const header = 'id,createdAt,title,salary,location,url,rootDomain,htmlDescription,deadline,color,lastMovedAt,boardId,boardName,listId,listName,companyId,companyName,companyDomain'.split(',');
    const { fields, ignored } = recognise(header, none);
    const by = Object.fromEntries(header.map((h, i) => [h, fields[i]]));
    expect(by).toMatchObject({ createdAt: 'date', title: 'role', url: 'url', listName: 'stage', companyName: 'company', deadline: null, id: null });
    expect(ignored).toContain('deadline');
    expect(ignored).toContain('htmlDescription');
  });

  it('reads Teal-style and LinkedIn sheets', () => {
    expect(recognise(['Company Name', 'Job Title', 'Status', 'Date Applied', 'Job URL', 'Notes'], none).fields).toEqual(['company', 'role', 'stage', 'date', 'url', 'note']);
    const linkedIn = ['Application Date', 'Contact Email', 'Contact Phone Number', 'Company Name', 'Job Title', 'Job Url', 'Resume Name', 'Question And Answers'];
    expect(recognise(linkedIn, none).fields).toEqual(['date', null, null, 'company', 'role', 'url', null, null]);
  });

  it('takes --map, ignore included, and refuses what cannot be read', () => {
    const maps = parseMaps(['Employer Name=company', 'Title=ignore', 'Position = role']);
    expect(recognise(['Employer Name', 'Title', 'Position'], maps).fields).toEqual(['company', null, 'role']);
    expect(() => parseMaps(['Salary=money'])).toThrow(/--map takes "Column name=field"/);
    expect(() => recognise(['company', 'x'], parseMaps(['Nope=role']))).toThrow(/--map names a column 'nope' that is not in the header/);
    expect(() => recognise(['Title', 'Job Title', 'company'], none)).toThrow(/'Title' and 'Job Title' are both read as role; .*--map "Job Title=ignore"/);
    expect(() => recognise(['Name', 'Position'], none)).toThrow(ColumnError);
  });

  it('escapes control characters of header cells in its messages', () => {
    expect(() => recognise(['\u001b[31mName'], none)).toThrow(/'\\e\[31mName'/);
  });
});

describe('stages', () => {
  it('reads the usual words, closed ones included', () => {
    const words: Record<string, string> = {
      Wishlist: NOT_APPLIED,
      Saved: NOT_APPLIED,
      Applied: 'applied',
      'Phone Screen': 'screen',
      Interviewing: 'interview',
      'Final Round': 'final',
      Offer: 'offer',
      Offered: 'offer',
      Rejected: 'rejected',
      Declined: 'rejected',
      Accepted: 'accepted',
      Withdrawn: 'withdrawn',
      Ghosted: 'moved-on',
      'moved-on': 'moved-on',
      'MOVED ON': 'moved-on',
    };
    for (const [word, stage] of Object.entries(words)) expect(readStage(word, none), word).toBe(stage);
    expect(readStage('Pondering', none)).toBeUndefined();
  });

  it('takes --map-stage first', () => {
    const maps = parseStageMaps(['Pondering=skip', 'Offer=accepted', 'Tech Test=interview']);
    expect(readStage('pondering', maps)).toBe(NOT_APPLIED);
    expect(readStage('Offer', maps)).toBe('accepted');
    expect(readStage('tech-test', maps)).toBe('interview');
    expect(() => parseStageMaps(['X=hired'])).toThrow(/--map-stage takes "Word=stage"/);
  });
});

describe('dates', () => {
  const read = (text: string, order?: 'month-first' | 'day-first') => readDate(text, order, '2026-11-20', false);

  it('reads ISO days, date-times and month names', () => {
    expect(read('2026-11-10')).toBe('2026-11-10');
    expect(read('2026-11-10T09:30:00')).toBe('2026-11-10');
    expect(read('2026-11-10 09:30')).toBe('2026-11-10');
    expect(read('Nov 10, 2026')).toBe('2026-11-10');
    expect(read('November 3, 2026')).toBe('2026-11-03');
    expect(read('10 Nov 2026')).toBe('2026-11-10');
    expect(read('10-Nov-2026')).toBe('2026-11-10');
    expect(read('2026/11/3')).toBe('2026-11-03');
    expect(read('yesterday')).toBe('2026-11-19');
  });

  it('reads a date-time with a zone as the day it was here', () => {
    const text = '2026-11-10T12:00:00.000Z';
    const local = new Date(text);
    const day = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
    expect(read(text)).toBe(day);
  });

  it('reads slashed dates in the order given, two-digit years and a time after them included', () => {
    expect(read('11/03/2026', 'month-first')).toBe('2026-11-03');
    expect(read('11/03/2026', 'day-first')).toBe('2026-03-11');
    expect(read('11/3/26, 2:30 PM', 'month-first')).toBe('2026-11-03');
    expect(read('13/03/2026', 'month-first')).toMatch(/is not a real calendar day read month-first/);
    expect(read('11/03/2026')).toMatch(/pass --month-first or --day-first/);
  });

  it('refuses impossible days, years out of range and what is not a date', () => {
    expect(read('2026-02-30')).toMatch(/not a real calendar day/);
    expect(read('1999-12-31')).toMatch(/out of range \(years 2000 to 2999\)/);
    expect(read('3000-01-01')).toMatch(/out of range/);
    expect(read('12/31/1999', 'month-first')).toMatch(/out of range/);
    expect(read('soon')).toMatch(/'soon' is not a date/);
  });

  it('finds the order from the whole file: a part above 12 decides', () => {
    const cells = (...texts: string[]) => texts.map((text, i) => ({ line: i + 2, text }));
    expect(findOrder(cells('2026-11-10', 'Nov 3, 2026'))).toEqual({ kind: 'none' });
    expect(findOrder(cells('03/04/2026', '11/13/2026'))).toEqual({ kind: 'shown', order: 'month-first' });
    expect(findOrder(cells('03/04/2026', '13/11/2026'))).toEqual({ kind: 'shown', order: 'day-first' });
    expect(findOrder(cells('03/04/2026', '05/06/2026'))).toEqual({ kind: 'either', example: { line: 2, text: '03/04/2026' } });
    expect(findOrder(cells('13/04/2026', '04/13/2026'))).toMatchObject({ kind: 'both', dayFirst: { line: 2 }, monthFirst: { line: 3 } });
  });
});
