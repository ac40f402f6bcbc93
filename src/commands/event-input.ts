// Turns flag values into one event, deliberately: each event takes only the flags that mean something for it.
import { type Day, daysBetween, humanDay } from '../core/calendar.js';
import { type AppEvent, CHANNELS, CUES, type EventType, isInterviewEvent } from '../core/model.js';
import { UsageError } from '../errors.js';
import { DateInputError, isBareWeekday, parseUserDate } from '../ui/dates.js';
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
  /** false with --no-answer (a call nobody picked up); commander's default is true. */
  answer?: boolean;
}

type Field = Exclude<keyof EventFlags, 'date' | 'note' | 'answer'>;

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

/** The future flags: weekdays and offsets count from the event's own date, not from today (CLI.md). */
const FUTURE: ['expectBy' | 'invited' | 'until' | 'deadline', string][] = [
  ['expectBy', '--expect-by'],
  ['invited', '--invited'],
  ['until', '--until'],
  ['deadline', '--deadline'],
];

/** A typed date more than this many days back is probably a slip (a wrong year, month or week): said, not refused. */
const SLIP_DAYS = 60;
const SLIP_WEEKDAY_DAYS = 6;

function futureFlag(text: string, flag: string, today: Day, from: Day): Day {
  try {
    return parseUserDate(text, { today, flag, direction: 'future', from });
  } catch (err) {
    if (err instanceof DateInputError) throw new UsageError(err.message);
    throw err;
  }
}

/** One line when a typed date looks like a slip; the date is still recorded. */
export function slip(typed: string, flag: string, day: Day, today: Day): string | null {
  const back = daysBetween(day, today);
  if (isBareWeekday(typed) && back > SLIP_WEEKDAY_DAYS) {
    return `warning: ${flag} ${typed.trim()} is ${humanDay(day, today)}, ${back} days ago; if you meant another week, give the date (followup edit corrects a recorded one)`;
  }
  if (back > SLIP_DAYS) {
    return `warning: ${flag} ${humanDay(day, today)} is ${back} days ago; if that is a slip, followup edit corrects it`;
  }
  return null;
}

/**
 * The event the flags describe, or a UsageError saying why it makes no sense. Warnings about dates that look
 * like slips go to `warnings` (they do not stop anything).
 */
export function buildEvent(type: EventType, flags: EventFlags, today: Day, defaultRound: number, warnings: string[] = []): AppEvent {
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
  const noAnswer = flags.answer === false;
  if (noAnswer) {
    if (type !== 'call') throw new UsageError(`--no-answer says nobody picked up a call: it goes with 'call', not '${type}'`);
    const said = (['cue', 'expectBy', 'invited'] as const).find((f) => flags[f] !== undefined);
    if (said) throw new UsageError(`--no-answer says nobody picked up, ${FLAG_NAMES[said]} says somebody answered: give one or the other`);
  }
  const date = flags.date !== undefined ? parseDateFlag(flags.date, '--date', today) : today;
  if (date > today && !isInterviewEvent(type)) {
    throw new UsageError(
      `--date ${humanDay(date, today)} is after today: only an interview (screen, interview, final) can be dated ahead; log '${type}' on the day it happens`,
    );
  }
  const event: AppEvent = { type, date };
  if (flags.date !== undefined) pushSlip(warnings, slip(flags.date, '--date', date, today));
  if (type === 'interview') event.round = flags.round !== undefined ? parseRound(flags.round) : defaultRound;
  for (const [field, flag] of FUTURE) {
    const typed = flags[field];
    if (typed === undefined) continue;
    const day = futureFlag(typed, flag, today, date);
    if (day < date) throw new UsageError(`${flag} ${day} is before the event's date ${date}; give a later date`);
    event[field] = day;
    pushSlip(warnings, slip(typed, flag, day, today));
  }
  if (flags.channel !== undefined) event.channel = oneOf(flags.channel, CHANNELS, '--channel');
  if (flags.cue !== undefined) event.cue = oneOf(flags.cue, CUES, '--cue');
  if (flags.reason !== undefined) event.reason = nonEmpty(oneLine(flags.reason, '--reason'), '--reason');
  if (flags.note !== undefined) event.note = nonEmpty(multiLine(flags.note, '--note'), '--note');
  if (noAnswer) event.noAnswer = true;
  return orderedFields(event);
}

function pushSlip(warnings: string[], line: string | null): void {
  if (line !== null && !warnings.includes(line)) warnings.push(line);
}

/** The event's fields in one order (type, date, round, …, note last), as the data file has always had them. */
function orderedFields(e: AppEvent): AppEvent {
  const order: (keyof AppEvent)[] = ['type', 'date', 'round', 'expectBy', 'invited', 'channel', 'cue', 'until', 'reason', 'deadline', 'noAnswer', 'note'];
  const out: Record<string, unknown> = {};
  for (const k of order) if (e[k] !== undefined) out[k] = e[k];
  return out as unknown as AppEvent;
}

function nonEmpty(value: string, flag: string): string {
  if (value.trim() === '') throw new UsageError(`${flag} is empty; give some text or leave the flag out`);
  return value;
}
