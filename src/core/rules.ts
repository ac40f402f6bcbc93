// The rulebook (shared/RULES.md) as an ordered table: the first rule that matches gives the advice.
// Each entry has the rulebook's id and source; every number comes from Settings.
import { type Day, addBusinessDays, addDays, humanDay, maxDay, roll, rollBack } from './calendar.js';
import type { AppEvent, Application, Channel, Kind, NextStep, RuleId, Settings } from './model.js';
import { type State, isFirstInterviewStage, isLaterStage } from './timeline.js';

export interface RuleContext {
  state: State;
  settings: Settings;
  today: Day;
  /** The earliest active offer of another application (deadline, if any, today or later). */
  competingOffer?: { app: Application; offer: AppEvent };
}

/** What a rule advises, before the waiting rule turns a future due date into `wait`. */
export interface Proposal {
  action: NextStep;
  due: Day;
  kind: Kind;
  text: string;
}

export interface Rule {
  id: RuleId;
  source: string;
  summary: string;
  /** null: the rule does not apply; 'none': it applies and there is no advice (R1). */
  advise(ctx: RuleContext): Proposal | 'none' | null;
}

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

/** The follow-up date F: after the promise (or a week of business days), and at most once a week. */
export function followUpDate(s: State, settings: Settings, today: Day): { due: Day; why: string } {
  const h = settings.holidays;
  const parts: { due: Day; why: string }[] = [];
  if (s.promise !== undefined) {
    parts.push({
      due: roll(addDays(s.promise, settings.daysAfterPromise), h),
      why: `they said they'd get back to you by ${humanDay(s.promise, today)}`,
    });
  } else if (s.anchor) {
    parts.push({
      // Rolled: with the setting at 0, a weekend or holiday anchor would otherwise be the due date.
      due: roll(addBusinessDays(s.anchor.date, settings.firstFollowUpBusinessDays, h), h),
      why: `no date was given after ${describeEvent(s.anchor, today)}, so allow ${settings.firstFollowUpBusinessDays} business days`,
    });
  }
  if (s.lastFollowUp) {
    parts.push({
      due: roll(addDays(s.lastFollowUp.date, settings.minDaysBetweenFollowUps), h),
      why: `your last follow-up was on ${humanDay(s.lastFollowUp.date, today)}, and once a week is the most`,
    });
  }
  if (parts.length === 0) return { due: roll(today, h), why: 'nothing is logged yet' };
  const due = maxDay(...parts.map((p) => p.due));
  return { due, why: parts.map((p) => p.why).join('; ') };
}

/** R8's channel: email before any interview, call after, but only one call after a first interview unless encouraged. */
export function followUpChannel(s: State): { channel: Channel; why?: string } {
  if (s.app.noCalls) return { channel: 'email', why: 'the posting asked for no phone calls' };
  if (s.stage === 'applied') return { channel: 'email', why: 'no interview yet, so a call would be out of place' };
  if (isFirstInterviewStage(s)) {
    const since = s.lastInterview?.date;
    const called = s.followUps.some((f) => f.type === 'call' && (since === undefined || f.date >= since));
    if (called && s.cue?.cue !== 'encouraging') {
      return { channel: 'email', why: 'you have called once since a first interview: no second call unless encouraged' };
    }
  }
  return { channel: 'call' };
}

function contactChannel(s: State): Channel {
  return s.app.noCalls ? 'email' : 'call';
}

export const RULES: readonly Rule[] = [
  {
    id: 'R1',
    source: '—',
    summary: 'the application is closed: no advice',
    advise: ({ state }) => (state.closed ? 'none' : null),
  },
  {
    id: 'R2',
    source: '002 "In the end… move on"',
    summary: 'the latest cue is negative: move on',
    advise: ({ state, settings, today }) => {
      if (state.cue?.cue !== 'negative') return null;
      return {
        action: 'move-on',
        due: roll(state.cue.event.date, settings.holidays),
        kind: 'negative-cue',
        text: `the cue on ${humanDay(state.cue.event.date, today)} was negative: without an outright rejection, take it as one and put your energy elsewhere`,
      };
    },
  },
  {
    id: 'R3',
    source: 'etiquette',
    summary: 'an offer: answer it, or ask for the time you need',
    advise: ({ state, settings, today }) => {
      if (state.stage !== 'offer' || !state.offer) return null;
      const h = settings.holidays;
      const offer = state.offer;
      const deadline = offer.deadline;
      const contacted = state.followUps.filter((f) => f.date >= offer.date).at(-1);
      const action = contactChannel(state);
      if (contacted && deadline !== undefined) {
        return { action, due: rollBack(deadline, h), kind: 'offer', text: `you have been in touch since the offer: give your answer by its deadline, ${humanDay(deadline, today)}` };
      }
      if (contacted) {
        const due = roll(addDays(contacted.date, settings.minDaysBetweenFollowUps), h);
        return { action, due, kind: 'offer', text: `the offer has no deadline and you were last in touch on ${humanDay(contacted.date, today)}: settle it within a week` };
      }
      if (deadline !== undefined) {
        return {
          action,
          due: addBusinessDays(deadline, -1, h),
          kind: 'offer',
          text: `the offer of ${humanDay(offer.date, today)} runs until ${humanDay(deadline, today)}: answer it, or ask for the time you need, a business day before`,
        };
      }
      return {
        action,
        due: roll(addBusinessDays(offer.date, 2, h), h),
        kind: 'offer',
        text: `the offer of ${humanDay(offer.date, today)} has no deadline: answer it, or ask for the time you need, within 2 business days`,
      };
    },
  },
  {
    id: 'R4',
    source: '002 "if you have other opportunities that you are trying to manage"',
    summary: 'another application has an offer: tell this one, at a later stage, about it',
    advise: ({ state, settings, today, competingOffer }) => {
      if (!competingOffer || !isLaterStage(state)) return null;
      const offerDay = competingOffer.offer.date;
      if (state.followUps.some((f) => f.date >= offerDay)) return null;
      const base = state.anchor ? maxDay(offerDay, state.anchor.date) : offerDay;
      const deadline = competingOffer.offer.deadline;
      return {
        action: contactChannel(state),
        due: roll(base, settings.holidays),
        kind: 'competing-offer',
        text: `${competingOffer.app.company} made you an offer on ${humanDay(offerDay, today)}${
          deadline ? ` (deadline ${humanDay(deadline, today)})` : ''
        }: tell ${state.app.company} you have an offer and a deadline`,
      };
    },
  },
  {
    id: 'R5',
    source: 'etiquette (within 24 hours)',
    summary: 'an interview took place and no thank-you note followed',
    advise: ({ state, settings, today }) => {
      const interview = state.lastInterview;
      if (!settings.thankYou || !interview) return null;
      const answered = state.events.some(
        (e) => (e.type === 'thanks' || e.type === 'email' || e.type === 'call') && e.date >= interview.date,
      );
      if (answered) return null;
      return {
        action: 'email',
        due: roll(interview.date, settings.holidays),
        kind: 'thank-you',
        text: `send a thank-you note for ${describeEvent(interview, today)}, within 24 hours`,
      };
    },
  },
  {
    id: 'R6',
    source: '002 "Unless invited"; 000 "set up your follow-up call during each contact"',
    summary: 'they asked you to get in touch on a given day',
    advise: ({ state, today }) => {
      const inv = state.invitation;
      if (!inv) return null;
      return {
        action: inv.channel,
        due: inv.date,
        kind: 'invited',
        text: `they asked you to ${inv.channel === 'call' ? 'call' : 'email'} on ${humanDay(inv.date, today)}`,
      };
    },
  },
  {
    id: 'R7',
    source: '002 "If you don\'t receive [positive] cues, but not an outright rejection, move on"; etiquette',
    summary: 'too many follow-ups went unanswered: move on',
    advise: ({ state, settings, today }) => {
      const limit = isLaterStage(state) ? settings.maxUnansweredLate : settings.maxUnansweredEarly;
      const last = state.lastFollowUp;
      if (state.unanswered.length < limit || !last) return null;
      return {
        action: 'move-on',
        due: roll(addDays(last.date, settings.minDaysBetweenFollowUps), settings.holidays),
        kind: 'unanswered',
        text: `${state.unanswered.length} follow-ups have gone unanswered (${limit} is the limit at this stage): give the last one a week, then move on`,
      };
    },
  },
  {
    id: 'R8',
    source: '002 "Degree of follow-up", "Timing"',
    summary: 'follow up, after the promised date and at most once a week',
    advise: ({ state, settings, today }) => {
      const f = followUpDate(state, settings, today);
      const { channel, why } = followUpChannel(state);
      return { action: channel, due: f.due, kind: 'follow-up', text: `${f.why}${why ? `; ${channel} because ${why}` : ''}` };
    },
  },
];

/** The reasons that add to the advice (N1–N4): they never change the action. */
export interface Note {
  id: RuleId;
  source: string;
  /** The text to add, or null when the note does not apply. */
  text(ctx: RuleContext, advice: { rule: RuleId; action: NextStep | 'wait'; step: NextStep }): string | null;
}

export const NOTES: readonly Note[] = [
  {
    id: 'N1',
    source: '002 "2nd+ Choice"',
    text: ({ state, today }) =>
      state.stage === 'final' && state.anchor?.type === 'final' && state.promise !== undefined && state.promise < today
        ? 'a delay after a short-list interview often means someone else got the first offer: hang in there, and keep other options going'
        : null,
  },
  {
    id: 'N2',
    source: '002 "Changing Priorities"',
    text: ({ state, today }, advice) => {
      if (advice.action !== 'wait' || state.anchor?.type !== 'delay') return null;
      const until = state.anchor.until;
      const why = state.anchor.reason ? ` (${state.anchor.reason})` : '';
      // Still a wait after the delay's day (the weekly limit): say it ran out rather than "nothing before" a past day.
      if (until !== undefined && until < today) {
        return `they had a business reason for the delay${why}, until ${humanDay(until, today)}: it has run out, but not your weekly limit`;
      }
      return `they have a business reason for the delay${why}: nothing you can do before ${until ? humanDay(until, today) : 'they said'}`;
    },
  },
  {
    id: 'N3',
    source: '002 "If you aren\'t sure, ask"',
    // It adds to the call or email script: a move-on has none to ask in.
    text: ({ state }, advice) =>
      state.cue?.cue === 'unsure' && advice.step !== 'move-on' ? 'the last contact left you unsure: ask "Shall I follow up in a week?", and read the answer and its tone' : null,
  },
  {
    id: 'N4',
    source: '002 "Timing"',
    text: ({ state }, advice) =>
      advice.action === 'wait' && advice.rule === 'R8' && isFirstInterviewStage(state)
        ? 'early candidates often wait longer: keep searching meanwhile'
        : null,
  },
];

export const SOURCES: Readonly<Record<RuleId, string>> = Object.fromEntries(
  [...RULES, ...NOTES].map((r) => [r.id, r.source]),
) as Record<RuleId, string>;
