// iCalendar output (RFC 5545): escaping, folding at 75 octets, the calendar's shape, and which advice becomes an event.
import { describe, expect, it } from 'vitest';
import type { Advice, Application } from '../../src/core/model.js';
import { escapeText, foldLine, followUpEvent, formatIcs, interviewEvents, sequenceAt } from '../../src/ui/ics.js';

describe('escapeText', () => {
  it('escapes backslash, semicolon and comma, and writes line breaks as \\n', () => {
    expect(escapeText('a\\b;c,d')).toBe('a\\\\b\\;c\\,d');
    expect(escapeText('one\ntwo\r\nthree\rfour')).toBe('one\\ntwo\\nthree\\nfour');
    expect(escapeText('C:\\new')).toBe('C:\\\\new');
  });

  it('drops control characters other than tab', () => {
    expect(escapeText('a\u0000b\u0007c\td\u007f')).toBe('abc\td');
  });
});

describe('foldLine', () => {
  const octets = (s: string) => Buffer.byteLength(s, 'utf8');

  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('keeps every physical line within 75 octets, the leading space included, and unfolds to the original', () => {
    const line = `DESCRIPTION:${'abcdefghij'.repeat(30)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBe(5);
    for (const l of physical) expect(octets(l)).toBeLessThanOrEqual(75);
    expect(physical.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(physical.slice(1).every((l) => octets(l) === 75 || l === physical.at(-1))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('never splits a multi-byte character', () => {
    const line = `SUMMARY:${'é✓😀'.repeat(40)}`;
    const folded = foldLine(line);
    for (const l of folded.split('\r\n')) {
      expect(octets(l)).toBeLessThanOrEqual(75);
      expect(l).not.toContain('\uFFFD');
      expect(Buffer.from(l, 'utf8').toString('utf8')).toBe(l);
      expect(/[\uD800-\uDBFF]$/.test(l)).toBe(false); // no lone high surrogate at a line's end
    }
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});

describe('formatIcs', () => {
  const STAMP = new Date('2026-11-20T09:30:15.250Z');
  const event = { uid: 'followup-3-follow-up@followup', date: '2026-11-23', summary: 'Call Acme, Inc (Dev)', description: 'why\n\nwhat to say; then wait' };

  it('writes a VCALENDAR of all-day VEVENTs with CRLF line endings', () => {
    expect(formatIcs([event], STAMP, '1.2.3')).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//followup//followup 1.2.3//EN',
        'CALSCALE:GREGORIAN',
        'BEGIN:VEVENT',
        'UID:followup-3-follow-up@followup',
        'DTSTAMP:20261120T093015Z',
        `SEQUENCE:${sequenceAt(STAMP)}`,
        'DTSTART;VALUE=DATE:20261123',
        'DTEND;VALUE=DATE:20261124',
        'SUMMARY:Call Acme\\, Inc (Dev)',
        'DESCRIPTION:why\\n\\nwhat to say\\; then wait',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('ends an all-day event on the next day, across months and years', () => {
    const text = formatIcs([{ ...event, date: '2026-12-31' }], STAMP, '1');
    expect(text).toContain('DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n');
  });

  it('writes an empty calendar when nothing is pending', () => {
    expect(formatIcs([], STAMP, '1')).toBe('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//followup//followup 1//EN\r\nCALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n');
  });

  it('folds long descriptions', () => {
    const text = formatIcs([{ ...event, description: 'word, '.repeat(50) }], STAMP, '1');
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(text).toContain('\r\n ');
  });
});

describe('followUpEvent', () => {
  const app: Application = {
    id: '7',
    company: 'Acme',
    role: 'Backend Engineer',
    contact: { name: 'Jane Roe', phone: '+1 555 0100' },
    noCalls: false,
    events: [{ type: 'interview', date: '2026-11-16', round: 1 }],
  };
  function advice(over: Partial<Advice>): Advice {
    return { action: 'call', due: '2026-11-23', kind: 'follow-up', reasons: [{ rule: 'R8', text: 'it has been a week' }, { rule: 'N1', text: 'a note' }], script: 'Hello Jane…', ...over };
  }

  it('makes a call or an email due now into an event on its due date', () => {
    expect(followUpEvent(app, advice({}))).toEqual({
      uid: 'followup-7-follow-up@followup',
      date: '2026-11-23',
      summary: 'Call Acme (Backend Engineer)',
      description: 'it has been a week\n\nHello Jane…\n\nContact: Jane Roe, +1 555 0100\n\nWhen it is done: followup done 7',
    });
    expect(followUpEvent({ ...app, role: undefined, contact: {} }, advice({ action: 'email', kind: 'thank-you' }))).toMatchObject({
      summary: 'Email Acme',
      description: 'it has been a week\n\nHello Jane…\n\nWhen it is done: followup done 7',
    });
  });

  it('makes a wait for a call or an email into an event on the day the wait ends, without the waiting words', () => {
    const e = followUpEvent(app, advice({ action: 'wait', then: 'email', due: '2026-11-26', reasons: [{ rule: 'R8', text: 'no date was given; until Thursday, wait' }] }));
    expect(e).toMatchObject({ uid: 'followup-7-follow-up@followup', date: '2026-11-26', summary: 'Email Acme (Backend Engineer)' });
    expect(e!.description.startsWith('no date was given\n\n')).toBe(true);
  });

  it('makes nothing of moving on, waiting to move on, or a closed application', () => {
    expect(followUpEvent(app, advice({ action: 'move-on', kind: 'unanswered', script: null }))).toBeNull();
    expect(followUpEvent(app, advice({ action: 'wait', then: 'move-on', kind: 'unanswered' }))).toBeNull();
    expect(followUpEvent(app, null)).toBeNull();
  });

  it('leaves out a missing script', () => {
    expect(followUpEvent(app, advice({ script: null }))!.description).toBe('it has been a week\n\nContact: Jane Roe, +1 555 0100\n\nWhen it is done: followup done 7');
  });
});

describe('interviewEvents', () => {
  const app: Application = {
    id: '4',
    company: 'Acme',
    role: 'Dev',
    contact: { name: 'Jane Roe' },
    noCalls: false,
    events: [
      { type: 'applied', date: '2026-11-02' },
      { type: 'screen', date: '2026-11-10' },
      { type: 'interview', date: '2026-11-24', round: 2, note: 'bring the portfolio' },
      { type: 'final', date: '2026-12-01' },
    ],
  };

  it('makes each interview after the as-of day an event, with a UID that stays when its date moves', () => {
    const events = interviewEvents(app, false, '2026-11-20');
    expect(events.map((e) => [e.uid, e.date, e.summary])).toEqual([
      ['followup-4-interview-r2@followup', '2026-11-24', 'Interview, round 2: Acme (Dev)'],
      ['followup-4-interview-final@followup', '2026-12-01', 'Final interview: Acme (Dev)'],
    ]);
    expect(events[0]!.description).toBe('bring the portfolio\n\nContact: Jane Roe\n\nAfter it: followup show 4 says what to do next');
    const moved = interviewEvents({ ...app, events: app.events.map((e) => (e.type === 'final' ? { ...e, date: '2026-12-03' } : e)) }, false, '2026-11-20');
    expect(moved[1]!.uid).toBe(events[1]!.uid);
  });

  it('makes none for a closed application or interviews on or before the as-of day', () => {
    expect(interviewEvents(app, true, '2026-11-20')).toEqual([]);
    expect(interviewEvents(app, false, '2026-12-01')).toEqual([]);
  });
});

describe('the SEQUENCE', () => {
  it("is the export's time in seconds since 2020: it only grows, whichever way an event moved (a new event, an undo)", () => {
    expect(sequenceAt(new Date('2020-01-01T00:00:00Z'))).toBe(0);
    expect(sequenceAt(new Date('2026-11-20T00:00:01Z'))).toBe(sequenceAt(new Date('2026-11-20T00:00:00Z')) + 1);
    expect(sequenceAt(new Date('2087-12-31T23:59:59Z'))).toBeLessThan(2 ** 31);
  });
});
