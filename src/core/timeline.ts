// Folds one application's event log into its current state (RULES.md "Words"). Nothing here is stored.
import type { Day } from './calendar.js';
import {
  type AppEvent,
  type Application,
  type Channel,
  type Cue,
  type Stage,
  isClosedStage,
  isEmployerEvent,
  isFollowUp,
  isInterviewEvent,
} from './model.js';

export interface Invitation {
  date: Day;
  channel: Channel;
}

export interface State {
  app: Application;
  /** The events dated today or before, ordered by date, then by the order they were logged. */
  events: AppEvent[];
  stage: Stage;
  /** The interview round; null outside the `interview` stage. */
  round: number | null;
  closed: boolean;
  /** The event that closed the application, when closed. */
  closedBy?: AppEvent;
  lastInterview?: AppEvent;
  /** The latest of the application, the last interview and the last employer event. */
  anchor?: AppEvent;
  /** The date the employer gave with the anchor event. */
  promise?: Day;
  followUps: AppEvent[];
  lastFollowUp?: AppEvent;
  /** Follow-ups dated after the anchor. */
  unanswered: AppEvent[];
  /** The earliest open invitation. */
  invitation?: Invitation;
  /** The latest cue, with the event that carried it. */
  cue?: { cue: Cue; event: AppEvent };
  /** The latest offer event. */
  offer?: AppEvent;
  /** The last contact with the employer or by you: the last event that was neither a note nor a moved-on. */
  lastContact?: AppEvent;
  /** When every event is dated after today, the first of them: the application has not started yet. */
  upcoming?: AppEvent;
}

/** Events in rule order: by date, then by the order they were logged (a stable sort keeps the latter). */
export function orderEvents(events: readonly AppEvent[]): AppEvent[] {
  return [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * A call or email logged with a promise, an invitation or a cue got an answer:
 * it is a follow-up and an employer event (a reply) on its date.
 */
export function isAnsweredFollowUp(e: AppEvent): boolean {
  return isFollowUp(e.type) && (e.expectBy !== undefined || e.invited !== undefined || e.cue !== undefined);
}

export function isFromEmployer(e: AppEvent): boolean {
  return isEmployerEvent(e.type) || isAnsweredFollowUp(e);
}

function isAnchorEvent(e: AppEvent): boolean {
  return (
    e.type === 'applied' ||
    isInterviewEvent(e.type) ||
    e.type === 'reply' ||
    e.type === 'delay' ||
    e.type === 'offer' ||
    isAnsweredFollowUp(e)
  );
}

export function promiseOf(e: AppEvent): Day | undefined {
  if (e.type === 'delay' && e.until !== undefined) return e.until;
  return e.expectBy;
}

/** The stage an event moves the application to, given the stage and round before it. */
function stageAfter(e: AppEvent, stage: Stage | undefined, round: number | null): [Stage | undefined, number | null] {
  switch (e.type) {
    case 'applied':
      return stage === undefined ? ['applied', null] : [stage, round];
    case 'screen':
    case 'final':
    case 'offer':
    case 'rejected':
    case 'withdrawn':
    case 'accepted':
    case 'moved-on':
      return [e.type, null];
    case 'interview':
      return ['interview', e.round ?? (round ?? 0) + 1];
    default:
      return [stage, round];
  }
}

export function deriveState(app: Application, today: Day): State {
  const events = orderEvents(app.events.filter((e) => e.date <= today));
  let stage: Stage | undefined;
  let round: number | null = null;
  let closedBy: AppEvent | undefined;
  let lastInterview: AppEvent | undefined;
  let anchor: AppEvent | undefined;
  let cue: State['cue'];
  let offer: AppEvent | undefined;
  let lastContact: AppEvent | undefined;
  let invitations: Invitation[] = [];
  const followUps: AppEvent[] = [];

  for (const e of events) {
    [stage, round] = stageAfter(e, stage, round);
    if (isClosedStage(e.type)) closedBy = e;
    else if (stage !== undefined && !isClosedStage(stage)) closedBy = undefined;
    if (isInterviewEvent(e.type)) lastInterview = e;
    if (isAnchorEvent(e)) anchor = e;
    if (e.type === 'offer') offer = e;
    if (e.type !== 'note' && e.type !== 'moved-on') lastContact = e;
    if (isFollowUp(e.type)) {
      followUps.push(e);
      invitations = invitations.filter((inv) => e.date < inv.date);
    }
    if (isFromEmployer(e)) {
      if (e.cue !== undefined) cue = { cue: e.cue, event: e };
      // A newer employer event without an invitation clears the open ones.
      if (e.invited === undefined) invitations = [];
      else if (!(isFollowUp(e.type) && e.date >= e.invited)) invitations.push({ date: e.invited, channel: e.channel ?? 'call' });
    }
  }

  const finalStage: Stage = stage ?? 'applied';
  const anchorDay = anchor?.date;
  const invitation = invitations.reduce<Invitation | undefined>((a, b) => (a === undefined || b.date < a.date ? b : a), undefined);
  return {
    app,
    events,
    stage: finalStage,
    round: finalStage === 'interview' ? round : null,
    closed: isClosedStage(finalStage),
    closedBy,
    lastInterview,
    anchor,
    promise: anchor ? promiseOf(anchor) : undefined,
    followUps,
    lastFollowUp: followUps.at(-1),
    unanswered: followUps.filter((f) => anchorDay === undefined || f.date > anchorDay),
    invitation,
    cue,
    offer,
    lastContact,
    upcoming: events.length === 0 ? orderEvents(app.events)[0] : undefined,
  };
}

/** The first-interview stage: a recruiter screen or interview round 1. */
export function isFirstInterviewStage(s: Pick<State, 'stage' | 'round'>): boolean {
  return s.stage === 'screen' || (s.stage === 'interview' && (s.round ?? 1) <= 1);
}

/** The later stages: interview round 2 and up, and the final round. */
export function isLaterStage(s: Pick<State, 'stage' | 'round'>): boolean {
  return s.stage === 'final' || (s.stage === 'interview' && (s.round ?? 1) >= 2);
}
