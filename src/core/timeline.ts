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

/** RULES.md "The offer": the first `offer` since the stage became `offer`, with the latest deadline given. */
export interface Offer {
  date: Day;
  deadline?: Day;
  /** The `offer` event that made it (a revision keeps this one). */
  event: AppEvent;
}

export interface State {
  app: Application;
  /** The day the state is derived for. */
  asOf: Day;
  /** The events dated today or before, ordered by date, then by the order they were logged. */
  events: AppEvent[];
  stage: Stage;
  /** The interview round; null outside the `interview` stage. */
  round: number | null;
  closed: boolean;
  /** The event that closed the application, when closed. */
  closedBy?: AppEvent;
  /** The latest interview that took place (today or before). */
  lastInterview?: AppEvent;
  /** The latest of the application, the last interview and the last employer event. */
  anchor?: AppEvent;
  /** The anchor's place in `events` (for "comes after" the anchor). */
  anchorIndex: number;
  /** The date the employer gave with the anchor event. */
  promise?: Day;
  /** Every call and email, in log order. */
  followUps: AppEvent[];
  lastFollowUp?: AppEvent;
  /** The follow-ups that used up an open invitation. */
  usedInvitation: ReadonlySet<AppEvent>;
  /** The earliest open invitation. */
  invitation?: Invitation;
  /** Every open invitation. */
  invitations: Invitation[];
  /** The anchor's cue (RULES.md "Cue"), with the anchor. */
  cue?: { cue: Cue; event: AppEvent };
  /** The offer, while the stage is (or last was) `offer`. */
  offer?: Offer;
  /** The last contact with the employer or by you: the last event that was neither a note nor a moved-on. */
  lastContact?: AppEvent;
  /** When no event is dated today or before, the first event: the application has not started yet. */
  upcoming?: AppEvent;
  /** The earliest interview dated after today (R8), on an application that has started. */
  scheduled?: AppEvent;
}

/** Events in rule order: by date, then by the order they were logged (a stable sort keeps the latter). */
export function orderEvents(events: readonly AppEvent[]): AppEvent[] {
  const ordered = events.slice();
  // Most logs are already in order: sorted only when not.
  for (let i = 1; i < ordered.length; i++) {
    if (ordered[i]!.date < ordered[i - 1]!.date) return ordered.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }
  return ordered;
}

/**
 * A call or email logged with a promise, an invitation or a cue got an answer:
 * it is a follow-up and an employer event (a reply) on its date. A call nobody picked up never is.
 */
export function isAnsweredFollowUp(e: AppEvent): boolean {
  return isFollowUp(e.type) && !e.noAnswer && (e.expectBy !== undefined || e.invited !== undefined || e.cue !== undefined);
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

/** The stage an event moves the application to, given the stage before it. */
function stageAfter(e: AppEvent, stage: Stage | undefined): Stage | undefined {
  switch (e.type) {
    case 'applied':
      return stage ?? 'applied';
    case 'screen':
    case 'final':
    case 'offer':
    case 'rejected':
    case 'withdrawn':
    case 'accepted':
    case 'moved-on':
    case 'interview':
      return e.type;
    default:
      return stage;
  }
}

/** The interview round after an event, given the round before it: only an interview counts, and any other stage ends the rounds. */
function roundAfter(e: AppEvent, stage: Stage | undefined, round: number | null): number | null {
  if (e.type === 'interview') return e.round ?? (round ?? 0) + 1;
  return stageAfter(e, stage) === stage ? round : null;
}

/** The stage, the round, the event that closed the application and the offer: deriveState's first fold. */
interface Course {
  stage: Stage | undefined;
  round: number | null;
  closedBy: AppEvent | undefined;
  offer: Offer | undefined;
}

/** The course after one more event. */
function advance(c: Course, e: AppEvent): void {
  const before = c.stage;
  c.round = roundAfter(e, before, c.round);
  c.stage = stageAfter(e, before);
  if (isClosedStage(e.type)) c.closedBy = e;
  else if (c.stage !== undefined && !isClosedStage(c.stage)) c.closedBy = undefined;
  if (e.type === 'offer') {
    // At stage `offer` already, an offer revises the deadline of the same offer (its date stays).
    if (before === 'offer' && c.offer) c.offer = { ...c.offer, deadline: e.deadline ?? c.offer.deadline };
    else c.offer = { date: e.date, deadline: e.deadline, event: e };
  }
}

/** Where an application stands: the part of its state R3 and R6 look at across applications (advise.ts). */
export type Standing = Pick<State, 'app' | 'asOf' | 'stage' | 'closed' | 'closedBy' | 'offer'>;

/** An application's standing, as deriveState derives it, without the rest of its state. */
export function standing(app: Application, today: Day): Standing {
  const ordered = orderEvents(app.events);
  const c: Course = { stage: undefined, round: null, closedBy: undefined, offer: undefined };
  for (let i = 0; i < ordered.length && ordered[i]!.date <= today; i++) advance(c, ordered[i]!);
  const stage = c.stage ?? 'applied';
  return { app, asOf: today, stage, closed: isClosedStage(stage), closedBy: c.closedBy, offer: stage === 'offer' ? c.offer : undefined };
}

export function deriveState(app: Application, today: Day): State {
  const ordered = orderEvents(app.events);
  let past = 0;
  while (past < ordered.length && ordered[past]!.date <= today) past++;
  const events = ordered.slice(0, past);
  const c: Course = { stage: undefined, round: null, closedBy: undefined, offer: undefined };
  let lastInterview: AppEvent | undefined;
  let anchor: AppEvent | undefined;
  let anchorIndex = -1;
  let lastContact: AppEvent | undefined;
  let invitations: Invitation[] = [];
  const followUps: AppEvent[] = [];
  const usedInvitation = new Set<AppEvent>();

  // Plain loops: this runs for every application of a file, in code V8 seldom optimises (cli/tiering.ts).
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    advance(c, e);
    if (isInterviewEvent(e.type)) lastInterview = e;
    if (isAnchorEvent(e)) {
      anchor = e;
      anchorIndex = i;
    }
    if (e.type !== 'note' && e.type !== 'moved-on') lastContact = e;
    if (isFollowUp(e.type)) {
      followUps.push(e);
      if (invitations.some((inv) => inv.date <= e.date)) usedInvitation.add(e);
      invitations = invitations.filter((inv) => inv.date > e.date);
    }
    // An answered follow-up is first a follow-up (above: it uses up the invitations open before it), then word
    // from the employer: an invitation it brings back ("call me back later today") stays open, even for its own day.
    if (isFromEmployer(e)) {
      // A newer employer event without an invitation clears the open ones.
      if (e.invited === undefined) invitations = [];
      else invitations.push({ date: e.invited, channel: e.channel ?? 'call' });
    }
  }

  const finalStage: Stage = c.stage ?? 'applied';
  // The earliest day counts; on the same day, the newest (the employer's latest word on how to reach them).
  const invitation = invitations.reduce<Invitation | undefined>((a, b) => (a === undefined || b.date <= a.date ? b : a), undefined);
  // The cue that counts is the anchor's; an `applied` cannot carry one.
  const anchorEvent = anchor as AppEvent | undefined;
  const cue = anchorEvent?.cue !== undefined && isFromEmployer(anchorEvent) ? { cue: anchorEvent.cue, event: anchorEvent } : undefined;
  const scheduled = events.length > 0 ? ordered.find((e) => e.date > today && isInterviewEvent(e.type)) : undefined;
  return {
    app,
    asOf: today,
    events,
    stage: finalStage,
    round: finalStage === 'interview' ? c.round : null,
    closed: isClosedStage(finalStage),
    closedBy: c.closedBy,
    lastInterview,
    anchor: anchorEvent,
    anchorIndex,
    promise: anchorEvent ? promiseOf(anchorEvent) : undefined,
    followUps,
    lastFollowUp: followUps.at(-1),
    usedInvitation,
    invitation,
    invitations,
    cue,
    offer: finalStage === 'offer' ? c.offer : undefined,
    lastContact,
    upcoming: events.length === 0 ? ordered[0] : undefined,
    scheduled,
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
