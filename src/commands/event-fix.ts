// Correcting or removing one event of the timeline (edit/rm <id> --event N): N as `show` numbers the
// events, and a corrected event goes through the same checks as a logged one (commands/event-input.ts).
import { type Day, humanDay } from '../core/calendar.js';
import { type AppEvent, type Application, EVENT_TYPES, type EventType, isInterviewEvent } from '../core/model.js';
import { orderEvents } from '../core/timeline.js';
import { FailError, UsageError } from '../errors.js';
import { describeEventChange } from '../store/summary.js';
import { safe } from '../ui/text.js';
import { oneOf } from './context.js';
import { type EventFlags, buildEvent } from './event-input.js';

/** What edit --event may change: the event's flags (as log takes them, but --no-answer), its type and its note. */
export type FixFlags = Omit<EventFlags, 'answer'> & { type?: string };

export const FIX_FLAGS: (keyof FixFlags)[] = ['type', 'date', 'round', 'expectBy', 'invited', 'channel', 'cue', 'until', 'reason', 'deadline', 'note'];

/** The fields an event carries over to its corrected self, as flag values. */
const CARRIED = ['round', 'expectBy', 'invited', 'channel', 'cue', 'until', 'reason', 'deadline'] as const;

/** '#2 Acme', escaped for the terminal. */
export function appLabel(app: Application): string {
  return `#${app.id} ${safe(app.company)}`;
}

/** 'interview (round 1) on Thu 19 Nov'. */
export function eventWords(e: AppEvent, today: Day): string {
  return `${e.type}${e.type === 'interview' && e.round ? ` (round ${e.round})` : ''} on ${humanDay(e.date, today)}`;
}

export function parseEventNumber(text: string): number {
  if (!/^\s*\d+\s*$/.test(text)) throw new UsageError(`--event: '${safe(text)}' is not an event number; give N as 'followup show' numbers the timeline`);
  return Number(text);
}

/** The N-th event as `show` numbers them (date order, then the order logged; from 1). */
export function eventAt(app: Application, n: number): AppEvent {
  const events = orderEvents(app.events);
  const event = events[n - 1];
  if (n < 1 || !event) {
    const range = events.length === 1 ? 'it has only event 1' : `its events are 1 to ${events.length}`;
    throw new UsageError(`${appLabel(app)} has no event ${n}; ${range} (see 'followup show ${app.id}')`);
  }
  return event;
}

/** The number `show` gives the event now. */
export function numberOf(app: Application, event: AppEvent): number {
  return orderEvents(app.events).indexOf(event) + 1;
}

/** The same event in a fresh read of the application, or an error when it changed meanwhile. */
export function sameEventAt(app: Application, n: number, seen: AppEvent): AppEvent {
  const event = orderEvents(app.events)[n - 1];
  if (!event || JSON.stringify(event) !== JSON.stringify(seen)) {
    throw new FailError(`event ${n} of ${appLabel(app)} changed meanwhile (another followup wrote); look again with 'followup show ${app.id}'`);
  }
  return event;
}

/** Whether `type` takes `field`, asked of buildEvent itself so that the rules live in one place. */
function takes(type: EventType, field: (typeof CARRIED)[number], value: string, invited: string | undefined): boolean {
  try {
    buildEvent(type, { date: '2000-01-01', [field]: value, ...(field === 'channel' ? { invited } : {}) }, '2000-01-01', 1);
    return true;
  } catch (err) {
    if (err instanceof UsageError) return false;
    throw err;
  }
}

const cleared = (v: string | undefined) => v !== undefined && (v.trim() === '' || v.trim().toLowerCase() === 'none');

/**
 * The corrected event: the old one's fields that go with its (new) type, then the flags given over them.
 * A flag given as '' (or 'none', for all but --note) clears that field.
 */
export function correctEvent(app: Application, old: AppEvent, flags: FixFlags, today: Day): AppEvent {
  const type = flags.type !== undefined ? (oneOf(flags.type, EVENT_TYPES, '--type') as EventType) : old.type;
  const merged: EventFlags = { date: flags.date ?? old.date };
  for (const field of CARRIED) {
    const value = old[field];
    if (value !== undefined && takes(type, field, String(value), old.invited)) merged[field] = String(value);
  }
  if (old.note !== undefined) merged.note = old.note;
  for (const field of FIX_FLAGS) {
    if (field === 'type' || field === 'date') continue;
    const value = flags[field];
    if (value === undefined) continue;
    if (cleared(value) && !(field === 'note' && value.trim() !== '')) delete merged[field];
    else merged[field] = value;
  }
  if (merged.channel !== undefined && merged.invited === undefined) delete merged.channel;
  const others = app.events.filter((e) => e !== old && e.type === 'interview' && e.date <= (merged.date ?? old.date));
  const event = buildEvent(type, merged, today, Math.max(0, ...others.map((e) => e.round ?? 1)) + 1);
  if (old.noAnswer && type === 'call') {
    if (event.cue || event.expectBy || event.invited) {
      throw new UsageError(`this call is recorded as not answered; --cue, --expect-by and --invited say somebody answered: log the answer as a new event`);
    }
    event.noAnswer = true;
  }
  if (event.date > today && !isInterviewEvent(event.type)) {
    throw new UsageError(`only a screen, interview or final can be dated after today (${humanDay(today)}); give --date today or earlier`);
  }
  if (!describeEventChange(old, event)) throw new UsageError(`that is what event ${numberOf(app, old)} of ${appLabel(app)} already says; nothing to change`);
  return event;
}
