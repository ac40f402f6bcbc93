// Gathers, for one advice, the facts its script may use (RULES.md "Scripts"): the application's data, the
// employer's own dates, and the day the next follow-up would be due if this one went unanswered.
import { type Day, maxDay } from './calendar.js';
import { baseDate, weeklyLimit, followUpDate } from './followups.js';
import type { Reason, RuleId, Settings } from './model.js';
import type { Proposal, RuleContext } from './rules.js';
import { thankYouOpen } from './rules.js';
import { type ScriptFacts, scriptFor } from './scripts.js';

/** The next follow-up's day if one sent on `sendDay` went unanswered: F after it. */
function nextAfter(ctx: RuleContext, sendDay: Day): Day {
  const { state, settings } = ctx;
  return maxDay(baseDate(state, settings).due, weeklyLimit({ type: 'email', date: sendDay }, settings));
}

function checkBack(ctx: RuleContext, p: Proposal, sendDay: Day, last: boolean): Day | undefined {
  const s = ctx.state;
  // Promise no follow-up the rules will not advise: none while an interview is booked (R8), after a negative
  // cue (R9: move on), while an invitation stays open (R10 comes next), or when this is the last one. A follow-up
  // uses up the invitations due by the day it is sent; a thank-you uses up none.
  const stillInvited = s.invitations.some((inv) => p.kind === 'thank-you' || inv.date > sendDay);
  if (s.scheduled || last || s.cue?.cue === 'negative' || stillInvited) return undefined;
  if (p.kind === 'thank-you') {
    const f = followUpDate(ctx.state, ctx.settings).due;
    return f > sendDay ? f : undefined;
  }
  if (p.kind === 'follow-up' || p.kind === 'invited') return nextAfter(ctx, sendDay);
  return undefined;
}

function thanksFirst(ctx: RuleContext, p: Proposal, settings: Settings): boolean {
  const interview = ctx.state.lastInterview;
  return p.kind === 'follow-up' && settings.thankYou && interview !== undefined && thankYouOpen(ctx.state, interview);
}

/** The script for a call or email advice (also while waiting for it); null for moving on and a scheduled interview. */
export function scriptForAdvice(ctx: RuleContext, rule: RuleId, p: Proposal, reasons: readonly Reason[]): string | null {
  if (p.action === 'move-on' || p.kind === 'scheduled') return null;
  const { state, settings, today, tally, across } = ctx;
  const app = state.app;
  const sendDay = p.due > today ? p.due : today;
  const last = (p.kind === 'follow-up' || p.kind === 'invited') && tally.counted.length + 1 >= tally.limit;
  const facts: ScriptFacts = {
    kind: p.kind,
    channel: p.action,
    company: app.company,
    role: app.role,
    contactName: app.contact.name,
    contactEmail: app.contact.email,
    contactPhone: app.contact.phone,
    sendDay,
    applied: state.stage === 'applied',
    interview: state.lastInterview,
    promise: state.promise,
    invitedFor: state.invitation?.date,
    offer: p.kind === 'offer' && state.offer ? { deadline: state.offer.deadline, acknowledge: rule === 'R4' } : undefined,
    competingDeadline: p.kind === 'competing-offer' ? across.heldOffer?.offer.deadline : undefined,
    checkBack: checkBack(ctx, p, sendDay, last),
    lastBeforeMovingOn: p.kind === 'follow-up' && last,
    thanksFirst: thanksFirst(ctx, p, settings),
    askAboutAWeek: reasons.some((r) => r.rule === 'N3'),
    missedCallDay: p.kind === 'after-call' ? state.lastFollowUp?.date : undefined,
    name: settings.name,
    signature: settings.signature,
  };
  return scriptFor(facts);
}
