// Events in plain words, for the reasons ("your interview on Mon 16 Nov") and the scripts ("the phone screen").
import { type Day, daysBetween, humanDay } from './calendar.js';
import type { AppEvent } from './model.js';

export function describeEvent(e: AppEvent, today: Day): string {
  const on = humanDay(e.date, today);
  switch (e.type) {
    case 'applied':
      return `you applied on ${on}`;
    case 'screen':
      return `your screen on ${on}`;
    case 'interview':
      return `your interview${e.round && e.round > 1 ? ` (round ${e.round})` : ''} on ${on}`;
    case 'final':
      return `your final interview on ${on}`;
    case 'reply':
      return `their reply on ${on}`;
    case 'delay':
      return `their news of a delay on ${on}`;
    case 'offer':
      return `the offer on ${on}`;
    case 'call':
      return `your call on ${on}`;
    case 'email':
      return `your email on ${on}`;
    default:
      return `${e.type} on ${on}`;
  }
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** An interview's kind, as a seeker says it: "the phone screen", "the second-round interview". */
export function interviewKind(e: AppEvent): string {
  if (e.type === 'screen') return 'the phone screen';
  if (e.type === 'final') return 'the final interview';
  const round = e.round ?? 1;
  if (round <= 1) return 'the interview';
  return `the ${ORDINALS[round - 1] ?? `round ${round}`}${ORDINALS[round - 1] ? '-round' : ''} interview`;
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A past day as said on `onDay`: "today", "yesterday", "on Monday" within the week, else "on Mon 16 Nov". */
export function spokenDay(day: Day, onDay: Day): string {
  const ago = daysBetween(day, onDay);
  if (ago === 0) return 'today';
  if (ago === 1) return 'yesterday';
  if (ago > 1 && ago < 7) return `on ${WEEKDAY_NAMES[new Date(`${day}T12:00:00Z`).getUTCDay()]}`;
  return `on ${humanDay(day, onDay)}`;
}

/** The first word of a contact's name. */
export function firstName(name: string | undefined): string | undefined {
  const first = name?.trim().split(/\s+/)[0];
  return first ? first : undefined;
}
