// The rulebook (RULES.md version 2, "The rules, first match wins") as an ordered table: the first rule that
// matches gives the advice. Each entry has the rulebook's id, kind and source; every number comes from Settings.
import { type Day, addBusinessDays, addDays, humanDay, maxDay, roll, rollBack } from './calendar.js';
import { followUpChannel, followUpDate, type Tally } from './followups.js';
import type { AppEvent, Application, Channel, Kind, NextStep, RuleId, Settings } from './model.js';
import { NOTES } from './notes.js';
import type { Offer, State } from './timeline.js';
import { isLaterStage } from './timeline.js';
import { describeEvent } from './words.js';

/** What R3 and R6 need from the other applications, computed once for all of them. */
export interface Across {
  /** The earliest held offer (by offer date, then the lowest id). */
  heldOffer?: { app: Application; offer: Offer };
  /** The earliest acceptance of an offer (dated today or before). */
  acceptance?: { app: Application; date: Day };
}

export interface RuleContext {
  state: State;
  settings: Settings;
  today: Day;
  across: Across;
  tally: Tally;
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
  kind: Kind | null;
  source: string;
  summary: string;
  /** null: the rule does not apply; 'none': it applies and there is no advice (R1). */
  advise(ctx: RuleContext): Proposal | 'none' | null;
}

const NOTHING_TO_SEND = 'nothing to send: put your energy into your other applications; if they get in touch, log it and the advice picks up again';

function contactChannel(s: State): Channel {
  return s.app.noCalls ? 'email' : 'call';
}

/** R2's rejection, while its reply is still due: the rejection event, or undefined. */
export function freshRejection({ state, settings, today }: Pick<RuleContext, 'state' | 'settings' | 'today'>): AppEvent | undefined {
  const rejection = state.closedBy;
  if (state.stage !== 'rejected' || !rejection || !settings.rejectionReply) return undefined;
  if (today > addBusinessDays(rejection.date, settings.rejectionReplyBusinessDays, settings.holidays)) return undefined;
  if (state.followUps.some((f) => f.date >= rejection.date)) return undefined;
  return rejection;
}

/** The last call, email or thanks dated on or after `day`. */
function lastContactSince(s: State, day: Day): AppEvent | undefined {
  return s.events.filter((e) => (e.type === 'call' || e.type === 'email' || e.type === 'thanks') && e.date >= day).at(-1);
}

export const RULES: readonly Rule[] = [
  {
    id: 'R1',
    kind: null,
    source: '—',
    summary: 'the application is closed: no advice',
    advise: (ctx) => (ctx.state.closed && !freshRejection(ctx) ? 'none' : null),
  },
  {
    id: 'R2',
    kind: 'rejection-reply',
    source: 'etiquette',
    summary: 'a fresh rejection: one gracious reply',
    advise: (ctx) => {
      const rejection = freshRejection(ctx);
      if (!rejection) return null;
      const until = addBusinessDays(rejection.date, ctx.settings.rejectionReplyBusinessDays, ctx.settings.holidays);
      return {
        action: 'email',
        due: rejection.date,
        kind: 'rejection-reply',
        text: `they turned you down on ${humanDay(rejection.date, ctx.today)}: a short, gracious reply (by ${humanDay(until, ctx.today)}) keeps the door open`,
      };
    },
  },
  {
    id: 'R3',
    kind: 'withdraw',
    source: 'etiquette; 002 "until you receive that final offer"',
    summary: 'you accepted another offer: withdraw, graciously',
    advise: ({ state, settings, today, across }) => {
      const acc = across.acceptance;
      if (!acc || acc.app === state.app || state.closed) return null;
      return {
        action: 'email',
        due: roll(acc.date, settings.holidays),
        kind: 'withdraw',
        text: `you accepted ${acc.app.company}'s offer on ${humanDay(acc.date, today)}: withdraw from ${state.app.company}, graciously; they are still waiting on you`,
      };
    },
  },
  {
    id: 'R4',
    kind: 'offer',
    source: 'etiquette (acknowledge at once)',
    summary: 'an offer: acknowledge it at once',
    advise: ({ state, settings, today }) => {
      const offer = state.offer;
      if (state.stage !== 'offer' || !offer || lastContactSince(state, offer.date)) return null;
      return {
        action: contactChannel(state),
        due: roll(offer.date, settings.holidays),
        kind: 'offer',
        text: `they made you an offer on ${humanDay(offer.date, today)}: thank them, ask for it in writing and confirm the deadline${
          offer.deadline ? ` (${humanDay(offer.deadline, today)})` : ''
        }`,
      };
    },
  },
  {
    id: 'R5',
    kind: 'offer',
    source: 'etiquette',
    summary: 'an offer you acknowledged: give your answer before the deadline',
    advise: ({ state, settings, today }) => {
      const offer = state.offer;
      if (state.stage !== 'offer' || !offer) return null;
      const h = settings.holidays;
      const last = lastContactSince(state, offer.date);
      if (!last) return null;
      if (offer.deadline === undefined) {
        return {
          action: contactChannel(state),
          due: roll(addDays(last.date, settings.minDaysBetweenFollowUps), h),
          kind: 'offer',
          text: `the offer has no deadline and you were last in touch on ${humanDay(last.date, today)}: give your answer, or settle the open points, within a week`,
        };
      }
      const latest = rollBack(offer.deadline, h);
      const wanted = maxDay(addBusinessDays(offer.deadline, -1, h), addBusinessDays(last.date, 1, h));
      const due = wanted > latest ? latest : wanted;
      const text =
        today > offer.deadline
          ? `the offer's deadline, ${humanDay(offer.deadline, today)}, has passed: call to give your answer or ask whether the offer still stands`
          : `the offer runs until ${humanDay(offer.deadline, today)}: give your answer, or settle the open points, before then`;
      return { action: contactChannel(state), due, kind: 'offer', text };
    },
  },
  {
    id: 'R6',
    kind: 'competing-offer',
    source: '002 "if you have other opportunities that you are trying to manage"',
    summary: 'another application has an offer: tell this one, at a later stage, about it',
    advise: ({ state, settings, today, across }) => {
      const held = across.heldOffer;
      if (!held || held.app === state.app || !isLaterStage(state)) return null;
      const offerDay = held.offer.date;
      if (state.followUps.some((f) => f.date >= offerDay)) return null;
      const deadline = held.offer.deadline;
      return {
        action: contactChannel(state),
        due: roll(state.anchor ? maxDay(offerDay, state.anchor.date) : offerDay, settings.holidays),
        kind: 'competing-offer',
        text: `${held.app.company} made you an offer on ${humanDay(offerDay, today)}${
          deadline ? ` (deadline ${humanDay(deadline, today)})` : ''
        }: tell ${state.app.company} and ask whether their timeline can fit`,
      };
    },
  },
  {
    id: 'R7',
    kind: 'thank-you',
    source: 'etiquette (within a day)',
    summary: 'an interview took place: a thank-you note',
    advise: ({ state, settings, today }) => {
      const interview = state.lastInterview;
      if (!settings.thankYou || !interview || !thankYouOpen(state, interview)) return null;
      const until = addBusinessDays(interview.date, settings.thankYouWindowBusinessDays, settings.holidays);
      if (today > until) return null;
      return {
        action: 'email',
        due: interview.date,
        kind: 'thank-you',
        text: `send a thank-you note for ${describeEvent(interview, today)} (by ${humanDay(until, today)} at the latest)`,
      };
    },
  },
  {
    id: 'R8',
    kind: 'scheduled',
    source: '000 "set up your follow-up call during each contact"',
    summary: 'an interview is scheduled: no follow-up before it',
    advise: ({ state, today }) => {
      const next = state.scheduled;
      if (!next) return null;
      return {
        action: 'email',
        due: next.date,
        kind: 'scheduled',
        text: `${describeEvent(next, today).replace(/^your /, 'your next ')} is booked: nothing to send before it; prepare, and send a thank-you after it`,
      };
    },
  },
  {
    id: 'R9',
    kind: 'negative-cue',
    source: '002 "In the end… move on"',
    summary: 'the cue is negative: move on',
    advise: ({ state, settings, today }) => {
      const cue = state.cue;
      if (cue?.cue !== 'negative') return null;
      const last = lastContactSince(state, cue.event.date);
      return {
        action: 'move-on',
        due: roll(last ? maxDay(cue.event.date, last.date) : cue.event.date, settings.holidays),
        kind: 'negative-cue',
        text: `the cue on ${humanDay(cue.event.date, today)} was negative: without an outright rejection, take it as one; ${NOTHING_TO_SEND}`,
      };
    },
  },
  {
    id: 'R10',
    kind: 'invited',
    source: '002 "Unless invited"; 000 "set up your follow-up call during each contact"',
    summary: 'they asked you to get in touch on a given day',
    advise: ({ state, today }) => {
      const inv = state.invitation;
      if (!inv) return null;
      return { action: inv.channel, due: inv.date, kind: 'invited', text: `they asked you to ${inv.channel} on ${humanDay(inv.date, today)}` };
    },
  },
  {
    id: 'R11',
    kind: 'after-call',
    source: '002 "An email can be another way to touch-base"',
    summary: 'nobody picked up: put it in writing the same day',
    advise: ({ state, settings, today }) => {
      const call = state.lastFollowUp;
      if (call?.type !== 'call' || !call.noAnswer) return null;
      if (state.followUps.some((f) => f.type === 'email' && f.date >= call.date)) return null;
      if (today > addBusinessDays(call.date, 1, settings.holidays)) return null;
      return {
        action: 'email',
        due: call.date,
        kind: 'after-call',
        text: `nobody picked up your call on ${humanDay(call.date, today)}: put the message in writing the same day (it does not count as another follow-up)`,
      };
    },
  },
  {
    id: 'R12',
    kind: 'unanswered',
    source: '002 "If you don\'t receive [positive] cues, but not an outright rejection, move on"; etiquette',
    summary: 'too many follow-ups went unanswered: move on',
    advise: ({ settings, tally }) => {
      const last = tally.counted.at(-1);
      if (tally.counted.length < tally.limit || !last) return null;
      return {
        action: 'move-on',
        due: roll(addDays(last.date, settings.minDaysBetweenFollowUps), settings.holidays),
        kind: 'unanswered',
        text: `${tally.counted.length} follow-ups have gone unanswered (${tally.limit} is the most at this stage): give the last one a week, then move on; ${NOTHING_TO_SEND}`,
      };
    },
  },
  {
    id: 'R13',
    kind: 'follow-up',
    source: '002 "Degree of follow-up", "Timing"',
    summary: 'follow up, after the promised date and at most once a week',
    advise: ({ state, settings }) => {
      const f = followUpDate(state, settings);
      const { channel, why } = followUpChannel(state, settings);
      return { action: channel, due: f.due, kind: 'follow-up', text: `${f.why}${why ? `; ${channel} because ${why}` : ''}` };
    },
  },
];

/** R7's condition besides the window: no thanks, call or email dated on or after the interview. */
export function thankYouOpen(s: State, interview: AppEvent): boolean {
  return !s.events.some((e) => (e.type === 'thanks' || e.type === 'email' || e.type === 'call') && e.date >= interview.date);
}

export const SOURCES: Readonly<Record<RuleId, string>> = Object.fromEntries(
  [...RULES, ...NOTES].map((r) => [r.id, r.source]),
) as Record<RuleId, string>;
