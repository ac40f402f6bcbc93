// iCalendar (RFC 5545) for `followup export --format ics`: each pending call or email, and each scheduled
// interview, as an all-day event. One UID per application and kind, so a newer export moves the event in a
// calendar that imported an older one instead of adding a second.
import { type Day, addDays } from '../core/calendar.js';
import { type Advice, type AppEvent, type Application, isInterviewEvent } from '../core/model.js';

export interface CalendarEvent {
  uid: string;
  /** The all-day event's day. */
  date: Day;
  summary: string;
  description: string;
}

/**
 * Nothing is stored between exports, and an event can move either way (a new event, an undo, a corrected
 * date), so the SEQUENCE is the export's own time: seconds since 2020, which only grows (below 2^31 until 2088).
 * A calendar re-importing a newer export then takes every event of it as the newer version.
 */
export function sequenceAt(stamp: Date): number {
  return Math.max(0, Math.floor((stamp.getTime() - Date.UTC(2020, 0, 1)) / 1000));
}

/** RFC 5545 DATE-TIME in UTC, to the second: 20261120T093015Z. */
function utcStamp(stamp: Date): string {
  return stamp.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** RFC 5545 3.3.11 TEXT: backslash, semicolon and comma escaped, line breaks as \n, other control characters dropped. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n?|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, '');
}

/**
 * RFC 5545 3.1: a content line longer than 75 octets is split with CRLF and one space; the space counts
 * toward the next line's 75. Never splits a UTF-8 character (nor a surrogate pair).
 */
export function foldLine(line: string): string {
  let out = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > 75) {
      out += '\r\n ';
      octets = 1;
    }
    out += ch;
    octets += size;
  }
  return out;
}

function basicDate(day: Day): string {
  return day.replaceAll('-', '');
}

/**
 * The calendar event for an application's advice, or null when the advice is not a call or an email
 * (now or, for `wait`, next): nothing to put in a calendar for moving on or a closed application.
 */
export function followUpEvent(app: Application, advice: Advice | null): CalendarEvent | null {
  if (!advice) return null;
  const step = advice.action === 'wait' ? advice.then : advice.action;
  if (step !== 'call' && step !== 'email') return null;
  const who = app.role ? `${app.company} (${app.role})` : app.company;
  // On the day itself the waiting is over: "…; until Friday, wait" would only confuse.
  const why = advice.reasons[0]?.text.replace(/; until [^;]*, wait$/, '');
  const contact = [app.contact.name, app.contact.email, app.contact.phone].filter(Boolean).join(', ');
  const parts = [
    why,
    advice.script,
    contact ? `Contact: ${contact}` : undefined,
    `When it is done: followup done ${app.id}`,
  ];
  return {
    uid: `followup-${app.id}-${advice.kind}@followup`,
    date: advice.due,
    summary: `${step === 'call' ? 'Call' : 'Email'} ${who}`,
    description: parts.filter((p): p is string => Boolean(p)).join('\n\n'),
  };
}

function interviewName(e: AppEvent): string {
  if (e.type === 'screen') return 'Screen';
  if (e.type === 'final') return 'Final interview';
  return e.round && e.round > 1 ? `Interview, round ${e.round}` : 'Interview';
}

/** Which interview: its type and round, so that moving its date keeps its UID. */
function interviewId(e: AppEvent): string {
  return e.type === 'interview' ? `interview-r${e.round ?? 1}` : `interview-${e.type}`;
}

/** The interviews of an open application dated after `asOf`, each an all-day event on its day. */
export function interviewEvents(app: Application, closed: boolean, asOf: Day): CalendarEvent[] {
  if (closed) return [];
  const who = app.role ? `${app.company} (${app.role})` : app.company;
  const contact = [app.contact.name, app.contact.email, app.contact.phone].filter(Boolean).join(', ');
  return app.events
    .filter((e) => isInterviewEvent(e.type) && e.date > asOf)
    .map((e) => ({
      uid: `followup-${app.id}-${interviewId(e)}@followup`,
      date: e.date,
      summary: `${interviewName(e)}: ${who}`,
      description: [e.note, contact ? `Contact: ${contact}` : undefined, `After it: followup show ${app.id} says what to do next`]
        .filter((p): p is string => Boolean(p))
        .join('\n\n'),
    }));
}

/** A whole VCALENDAR, CRLF line endings, lines folded; `stamp` is the time of the export (DTSTAMP and SEQUENCE). */
export function formatIcs(events: readonly CalendarEvent[], stamp: Date, version: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//followup//followup ${version}//EN`, 'CALSCALE:GREGORIAN'];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${utcStamp(stamp)}`,
      `SEQUENCE:${sequenceAt(stamp)}`,
      `DTSTART;VALUE=DATE:${basicDate(e.date)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(e.date, 1))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map((l) => `${foldLine(l)}\r\n`).join('');
}
