// Turns flag values into one event, deliberately: each event takes only the flags that mean something for it.
import type { Day } from '../core/calendar.js';
import { type AppEvent, CHANNELS, CUES, type EventType } from '../core/model.js';
import { UsageError } from '../errors.js';
import { oneOf, parseDateFlag, parseRound } from './context.js';
import { multiLine, oneLine } from './input-text.js';

/** Flag values as typed (commander gives strings). */
export interface EventFlags {
  date?: string;
  round?: string;
  expectBy?: string;
  invited?: string;
  channel?: string;
  cue?: string;
  until?: string;
  reason?: string;
  deadline?: string;
  note?: string;
}

type Field = Exclude<keyof EventFlags, 'date' | 'note'>;

const FLAG_NAMES: Record<Field, string> = {
  round: '--round',
  expectBy: '--expect-by',
  invited: '--invited',
  channel: '--channel',
  cue: '--cue',
  until: '--until',
  reason: '--reason',
  deadline: '--deadline',
};

/** What an employer contact can carry: a promised date, an invitation to get in touch, and how it felt. */
const CONTACT: Field[] = ['expectBy', 'invited', 'channel', 'cue'];

const ALLOWED: Record<EventType, Field[]> = {
  applied: ['expectBy'],
  screen: CONTACT,
  interview: ['round', ...CONTACT],
  final: CONTACT,
  reply: CONTACT,
  delay: ['until', 'reason', ...CONTACT],
  offer: ['deadline', ...CONTACT],
  rejected: [],
  // A follow-up that got an answer carries what the answer said.
  call: CONTACT,
  email: CONTACT,
  thanks: [],
  withdrawn: [],
  accepted: [],
  'moved-on': [],
  note: [],
};

export function buildEvent(type: EventType, flags: EventFlags, today: Day, defaultRound: number): AppEvent {
  for (const field of Object.keys(FLAG_NAMES) as Field[]) {
    if (flags[field] !== undefined && !ALLOWED[type].includes(field)) {
      const takes = ALLOWED[type].map((f) => FLAG_NAMES[f]);
      throw new UsageError(
        `${FLAG_NAMES[field]} does not go with '${type}' (${takes.length ? `it takes ${takes.join(', ')}` : 'it takes only --date and --note'})`,
      );
    }
  }
  if (flags.channel !== undefined && flags.invited === undefined) {
    throw new UsageError('--channel says how they asked you to get in touch: it goes with --invited DATE');
  }
  const event: AppEvent = { type, date: flags.date !== undefined ? parseDateFlag(flags.date, '--date', today) : today };
  if (type === 'interview') event.round = flags.round !== undefined ? parseRound(flags.round) : defaultRound;
  if (flags.expectBy !== undefined) event.expectBy = parseDateFlag(flags.expectBy, '--expect-by', today);
  if (flags.invited !== undefined) event.invited = parseDateFlag(flags.invited, '--invited', today);
  if (flags.channel !== undefined) event.channel = oneOf(flags.channel, CHANNELS, '--channel');
  if (flags.cue !== undefined) event.cue = oneOf(flags.cue, CUES, '--cue');
  if (flags.until !== undefined) event.until = parseDateFlag(flags.until, '--until', today);
  if (flags.reason !== undefined) event.reason = nonEmpty(oneLine(flags.reason, '--reason'), '--reason');
  if (flags.deadline !== undefined) event.deadline = parseDateFlag(flags.deadline, '--deadline', today);
  if (flags.note !== undefined) event.note = nonEmpty(multiLine(flags.note, '--note'), '--note');
  for (const [field, flag] of [['expectBy', '--expect-by'], ['invited', '--invited'], ['until', '--until'], ['deadline', '--deadline']] as const) {
    const value = event[field];
    if (value !== undefined && value < event.date) {
      throw new UsageError(`${flag} ${value} is before the event's date ${event.date}; give a later date`);
    }
  }
  return event;
}

function nonEmpty(value: string, flag: string): string {
  if (value.trim() === '') throw new UsageError(`${flag} is empty; give some text or leave the flag out`);
  return value;
}
