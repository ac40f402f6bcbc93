// RULES.md "Reasons that add to the advice" (N1–N4): they add a reason (N3 also a question in the script),
// and never change the action.
import { humanDay } from './calendar.js';
import type { Kind, NextStep, RuleId } from './model.js';
import type { RuleContext } from './rules.js';
import { isFirstInterviewStage } from './timeline.js';

export interface NoteAdvice {
  rule: RuleId;
  action: NextStep | 'wait';
  kind: Kind;
}

export interface Note {
  id: RuleId;
  source: string;
  /** The text to add, or null when the note does not apply. */
  text(ctx: RuleContext, advice: NoteAdvice): string | null;
}

/** N1 and N2 add to whatever R9–R13 advise. */
const LATE_RULES: readonly RuleId[] = ['R9', 'R10', 'R11', 'R12', 'R13'];

/** The kinds whose script is about the next contact, where N3's question belongs. */
const ASKING_KINDS: readonly Kind[] = ['thank-you', 'follow-up', 'invited', 'after-call'];

/** N3: the anchor left the seeker unsure, and no thanks, call or email came after it (the question not yet asked). */
export function shouldAskAboutAWeek({ state }: Pick<RuleContext, 'state'>): boolean {
  if (state.cue?.cue !== 'unsure') return false;
  return !state.events.some((e, i) => i > state.anchorIndex && (e.type === 'thanks' || e.type === 'call' || e.type === 'email'));
}

function weeks(days: number): string {
  return days % 7 === 0 ? `${days / 7} week${days === 7 ? '' : 's'}` : `${days} days`;
}

export const NOTES: readonly Note[] = [
  {
    id: 'N1',
    source: '002 "2nd+ Choice"',
    text: ({ state, tally }, advice) =>
      LATE_RULES.includes(advice.rule) && state.stage === 'final' && state.anchor?.type === 'final' && tally.counted.length >= 1
        ? 'a delay after a short-list interview often means someone else got the first offer and they are waiting on that: hang in there, and keep other options going'
        : null,
  },
  {
    id: 'N2',
    source: '002 "Changing Priorities"',
    text: ({ state, settings, today }, advice) => {
      const delay = state.anchor;
      if (!LATE_RULES.includes(advice.rule) || delay?.type !== 'delay') return null;
      const why = delay.reason ? ` (${delay.reason})` : '';
      if (delay.until === undefined) {
        return `they have a business reason for the delay${why}: check in after ${weeks(settings.delayCheckInDays)}, and keep other options going`;
      }
      if (delay.until > today) return `they have a business reason for the delay${why}: nothing you can do about it before ${humanDay(delay.until, today)}`;
      return `the delay they gave ran until ${humanDay(delay.until, today)}`;
    },
  },
  {
    id: 'N3',
    source: '002 "If you aren\'t sure, ask"',
    text: (ctx, advice) =>
      advice.action !== 'move-on' && ASKING_KINDS.includes(advice.kind) && shouldAskAboutAWeek(ctx)
        ? 'the last contact left you unsure: the script asks "Shall I follow up in a week?"; read the answer and its tone'
        : null,
  },
  {
    id: 'N4',
    source: '002 "Timing"',
    text: ({ state }, advice) =>
      advice.action === 'wait' &&
      advice.rule === 'R13' &&
      (state.stage === 'applied' || isFirstInterviewStage(state)) &&
      state.cue?.cue !== 'encouraging'
        ? 'candidates who get in early often wait longer: keep searching meanwhile'
        : null,
  },
];
