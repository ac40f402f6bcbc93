// advise(): one application's advice as of a day; adviseAll(): every application's, with competing offers;
// pipeline(): the hint to keep exploring (RULES.md "The pipeline").
import { type Day, addDays, humanDay } from './calendar.js';
import type { Advice, AppEvent, Application, NextStep, Reason, Settings } from './model.js';
import { NOTES, RULES, type Proposal, type RuleContext, describeEvent } from './rules.js';
import { scriptFor } from './scripts.js';
import { type State, deriveState } from './timeline.js';

export interface Advised {
  state: State;
  /** null when the application is closed (R1), or has not started yet (no event dated today or before). */
  advice: Advice | null;
}

function lastMeeting(s: State, today: Day): string | undefined {
  const e = s.lastInterview;
  if (!e) return undefined;
  return describeEvent(e, today).replace(/^your /, 'the ').replace(/ on .*$/, '');
}

function script(ctx: RuleContext, p: Proposal): string | null {
  const { state, today } = ctx;
  const app = state.app;
  return scriptFor({
    kind: p.kind,
    channel: p.action === 'move-on' ? 'move-on' : p.action,
    company: app.company,
    role: app.role,
    contactName: app.contact.name,
    lastMeeting: lastMeeting(state, today),
    nextContact: addDays(p.due > today ? p.due : today, ctx.settings.minDaysBetweenFollowUps),
    askAboutAWeek: state.cue?.cue === 'unsure',
    offerDeadline: state.offer?.deadline,
    competingDeadline: ctx.competingOffer?.offer.deadline,
    today,
  });
}

export function advise(ctx: RuleContext): Advice | null {
  // Events after today are not seen: an application whose first event is still ahead has nothing to advise yet.
  if (ctx.state.events.length === 0) return null;
  for (const rule of RULES) {
    const p = rule.advise(ctx);
    if (p === null) continue;
    if (p === 'none') return null;
    const waiting = p.due > ctx.today;
    const action = waiting ? 'wait' : p.action;
    const reasons: Reason[] = [{ rule: rule.id, text: waiting ? `${p.text}; until ${humanDay(p.due, ctx.today)}, wait` : p.text }];
    for (const note of NOTES) {
      const text = note.text(ctx, { rule: rule.id, action, step: p.action });
      if (text !== null) reasons.push({ rule: note.id, text });
    }
    const advice: Advice = { action, due: p.due, kind: p.kind, reasons, script: script(ctx, p) };
    if (waiting) advice.then = p.action as NextStep;
    return advice;
  }
  /* c8 ignore next: R8 always matches */
  throw new Error('no rule matched');
}

/** The earliest offer among the other active applications whose deadline, if any, is today or later. */
export function competingOffer(state: State, all: readonly State[], today: Day): { app: Application; offer: AppEvent } | undefined {
  let best: { app: Application; offer: AppEvent } | undefined;
  for (const other of all) {
    if (other === state || other.closed || other.stage !== 'offer' || !other.offer) continue;
    const offer = other.offer;
    if (offer.deadline !== undefined && offer.deadline < today) continue;
    if (!best || offer.date < best.offer.date) best = { app: other.app, offer };
  }
  return best;
}

export function adviseAll(apps: readonly Application[], settings: Settings, today: Day): Advised[] {
  const states = apps.map((app) => deriveState(app, today));
  return states.map((state) => ({
    state,
    advice: advise({ state, settings, today, competingOffer: competingOffer(state, states, today) }),
  }));
}

export interface Pipeline {
  active: number;
  hint: string | null;
}

export function pipeline(states: readonly State[], settings: Settings): Pipeline {
  const active = states.filter((s) => !s.closed && s.events.length > 0);
  const accepted = states.some((s) => s.stage === 'accepted');
  let hint: string | null = null;
  if (!accepted) {
    if (active.length < settings.pipelineMin) {
      hint = `only ${active.length} active application${active.length === 1 ? '' : 's'} (aim for ${settings.pipelineMin} or more): keep exploring other options until you receive that final offer`;
    } else if (active.length > 0 && active.every((s) => s.stage === 'final' || s.stage === 'offer')) {
      hint = 'every active application is at the final round or an offer: keep exploring other options until you receive that final offer';
    }
  }
  return { active: active.length, hint };
}

/** Orders advice as `today` shows it: what is due (oldest first), then what waits (soonest first); ties by id. */
export function byUrgency(a: { advice: Advice; id: string }, b: { advice: Advice; id: string }): number {
  const wa = a.advice.action === 'wait' ? 1 : 0;
  const wb = b.advice.action === 'wait' ? 1 : 0;
  if (wa !== wb) return wa - wb;
  if (a.advice.due !== b.advice.due) return a.advice.due < b.advice.due ? -1 : 1;
  return Number(a.id) - Number(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
