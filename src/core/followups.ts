// RULES.md "The follow-up date F" and "Counted and early follow-ups": when the next nudge is due, and which
// of the nudges so far count toward moving on. Both are folds over one application's events and the settings.
import { type Day, addBusinessDays, addDays, humanDay, roll } from './calendar.js';
import type { AppEvent, Channel, Settings } from './model.js';
import { type State, isFirstInterviewStage, isLaterStage } from './timeline.js';
import { describeEvent } from './words.js';

/** F, and which of its two parts decided it. */
export interface FollowUpDate {
  due: Day;
  /** The part that decided F: the base (promise, delay or a week after the anchor) or the weekly limit. */
  decidedBy: 'base' | 'weekly-limit';
  /** Why, in words: only the deciding part. */
  why: string;
}

/** F's base: after the promise, three weeks after an open-ended delay, or a working week after the anchor. */
export function baseDate(s: State, settings: Settings): { due: Day; why: string } {
  const h = settings.holidays;
  const today = s.asOf;
  if (s.promise !== undefined) {
    return { due: roll(addDays(s.promise, settings.daysAfterPromise), h), why: `they said they'd get back to you by ${humanDay(s.promise, today)}` };
  }
  const anchor = s.anchor;
  if (anchor?.type === 'delay') {
    return {
      due: roll(addDays(anchor.date, settings.delayCheckInDays), h),
      why: `they told you of a delay on ${humanDay(anchor.date, today)} without a date: check in after ${settings.delayCheckInDays} days`,
    };
  }
  // No anchor (a log of only notes, thanks or unanswered nudges): its first event stands for the application date.
  const from = anchor ?? s.events[0];
  if (!from) return { due: roll(today, h), why: 'nothing is logged yet' };
  const what = anchor ? describeEvent(anchor, today) : `your first entry on ${humanDay(from.date, today)}`;
  return {
    // Rolled: with the setting at 0, a weekend anchor would otherwise be the due date.
    due: roll(addBusinessDays(from.date, settings.firstFollowUpBusinessDays, h), h),
    why: `no date was given after ${what}, so allow ${settings.firstFollowUpBusinessDays} business days`,
  };
}

/** The weekly limit after a follow-up: once a week at most. */
export function weeklyLimit(last: AppEvent, settings: Settings): Day {
  return roll(addDays(last.date, settings.minDaysBetweenFollowUps), settings.holidays);
}

/** F: the later of the base and the weekly limit after the last follow-up of any kind. */
export function followUpDate(s: State, settings: Settings): FollowUpDate {
  const base = baseDate(s, settings);
  const last = s.lastFollowUp;
  if (last) {
    const weekly = weeklyLimit(last, settings);
    if (weekly > base.due) {
      return {
        due: weekly,
        decidedBy: 'weekly-limit',
        why: `your last follow-up was on ${humanDay(last.date, s.asOf)}, and once a week is the most`,
      };
    }
  }
  return { due: base.due, decidedBy: 'base', why: base.why };
}

export interface Tally {
  /** Follow-ups after the anchor that count toward moving on. */
  counted: AppEvent[];
  /** Follow-ups after the anchor sent before F (and using up no invitation): they count for nothing. */
  early: AppEvent[];
  /** Emails that answered an unanswered call (R11): part of that call's follow-up. */
  afterCall: AppEvent[];
  /** M: the most unanswered follow-ups before moving on, at this stage. */
  limit: number;
}

/** Whether `email` answers the unanswered call just before it (R11's window), as part of that call. */
export function answersCall(email: AppEvent, previous: AppEvent | undefined, settings: Settings): boolean {
  return (
    email.type === 'email' &&
    previous?.type === 'call' &&
    previous.noAnswer === true &&
    email.date <= addBusinessDays(previous.date, 1, settings.holidays)
  );
}

export function unansweredLimit(s: Pick<State, 'stage' | 'round'>, settings: Settings): number {
  return isLaterStage(s) ? settings.maxUnansweredLate : settings.maxUnansweredEarly;
}

/**
 * Walks the follow-ups dated after the anchor: each is counted when dated on or after the F that stood just
 * before it, or when it used up an invitation; else it is early. An email that answers an unanswered call is
 * never counted on its own. Every one of them sets the weekly limit for the next.
 */
export function tally(s: State, settings: Settings): Tally {
  const out: Tally = { counted: [], early: [], afterCall: [], limit: unansweredLimit(s, settings) };
  const anchorDay = s.anchor?.date;
  const base = baseDate(s, settings).due;
  let previous: AppEvent | undefined;
  for (const f of s.followUps) {
    if (anchorDay === undefined || f.date > anchorDay) {
      const standing = previous && weeklyLimit(previous, settings) > base ? weeklyLimit(previous, settings) : base;
      if (answersCall(f, previous, settings)) out.afterCall.push(f);
      else if (f.date >= standing || s.usedInvitation.has(f)) out.counted.push(f);
      else out.early.push(f);
    }
    previous = f;
  }
  return out;
}

/** R13's channel (RULES.md "Channel for R13"), with why when it is not the stage's usual one. */
export function followUpChannel(s: State, settings: Settings): { channel: Channel; why?: string } {
  if (s.app.noCalls) return { channel: 'email', why: 'the posting asked for no phone calls' };
  if (s.stage === 'applied') return { channel: 'email', why: 'no interview yet, so a call would be out of place' };
  if (isFirstInterviewStage(s)) {
    const since = s.lastInterview?.date;
    const calls = s.followUps.filter((f) => f.type === 'call' && (since === undefined || f.date >= since)).length;
    const encouraged = s.cue?.cue === 'encouraging';
    const max = encouraged ? settings.maxCallsEncouraged : settings.maxCallsFirstInterview;
    if (calls >= max) {
      return {
        channel: 'email',
        why: `you have called ${calls === 1 ? 'once' : `${calls} times`} since the interview: ${
          encouraged ? 'enough, even when encouraged' : 'no more calls at the first-interview stage unless encouraged'
        }`,
      };
    }
    return { channel: 'call' };
  }
  if (isLaterStage(s)) {
    const anchorDay = s.anchor?.date;
    if (s.followUps.some((f) => f.type === 'call' && anchorDay !== undefined && f.date > anchorDay)) {
      return { channel: 'email', why: 'your call since then went unanswered: never two calls in a row' };
    }
  }
  return { channel: 'call' };
}
