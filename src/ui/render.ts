// What a person sees, the pieces every view shares: labels, relative dates, the advice with its reasons,
// and the few lines printed after a change. The morning list, the pipeline table and one application in
// full are in render-today.ts, render-status.ts and render-show.ts.
// Every text that came from the user is escaped before it gets here (ui/display.ts) and escaped again where
// it is printed (safe is idempotent), and measured by terminal width (ui/text.ts).
import { type Day, daysBetween, humanDay } from '../core/calendar.js';
import type { Advice, AppEvent, Stage } from '../core/model.js';
import { SOURCES } from '../core/rules.js';
import type { State } from '../core/timeline.js';
import { chalk } from './color.js';
import { safe, wrap, wrapAfter } from './text.js';

export interface Row {
  state: State;
  advice: Advice;
}

export function stageLabel(stage: Stage, round: number | null): string {
  return stage === 'interview' && round !== null ? `interview ${round}` : stage;
}

/** The stage as shown: 'not started' while every event is still ahead. */
export function stageOf(state: State): string {
  return state.upcoming ? 'not started' : stageLabel(state.stage, state.round);
}

/** 'Acme · Backend Engineer', escaped. */
export function nameOf(state: State): string {
  const app = state.app;
  return `${safe(app.company)}${app.role ? ` · ${safe(app.role)}` : ''}`;
}

/** 'today', 'tomorrow', 'in 3d', '2d ago'. */
export function relative(day: Day, today: Day): string {
  const n = daysBetween(today, day);
  if (n === 0) return 'today';
  if (n === 1) return 'tomorrow';
  if (n === -1) return 'yesterday';
  return n > 0 ? `in ${n}d` : `${-n}d ago`;
}

export function actionLabel(advice: Advice): string {
  if (advice.action === 'wait') return `wait, then ${advice.then === 'move-on' ? 'move on' : (advice.then ?? 'act')}`;
  return advice.action === 'move-on' ? 'move on' : advice.action;
}

export function paintAction(advice: Advice, text: string): string {
  switch (advice.action) {
    case 'call':
      return chalk.bold.green(text);
    case 'email':
      return chalk.bold.cyan(text);
    case 'move-on':
      return chalk.bold.magenta(text);
    default:
      return chalk.dim(text);
  }
}

/** When the advice is due, as read at a glance. */
export function whenLabel(advice: Advice, today: Day): string {
  const n = daysBetween(today, advice.due);
  if (advice.action === 'wait') return `from ${humanDay(advice.due, today)} (${relative(advice.due, today)})`;
  if (n < 0) return `overdue ${-n}d (${humanDay(advice.due, today)})`;
  return n === 0 ? 'today' : `by ${humanDay(advice.due, today)}`;
}

export function describeLoggedEvent(e: AppEvent, today: Day): string {
  const parts: string[] = [];
  if (e.type === 'interview') parts.push(`interview${e.round ? ` (round ${e.round})` : ''}`);
  else parts.push(e.type === 'call' && e.noAnswer ? 'call (no answer)' : e.type);
  if (e.expectBy) parts.push(`they'll get back by ${humanDay(e.expectBy, today)}`);
  if (e.until) parts.push(`until ${humanDay(e.until, today)}`);
  if (e.reason) parts.push(safe(e.reason));
  if (e.deadline) parts.push(`deadline ${humanDay(e.deadline, today)}`);
  if (e.invited) parts.push(`asked you to ${e.channel ?? 'call'} on ${humanDay(e.invited, today)}`);
  if (e.cue) parts.push(`felt ${e.cue}`);
  if (e.note) parts.push(`“${safe(e.note)}”`);
  return parts.join(' · ');
}

/** 'interview (round 1) on Thu 3 Dec'. */
export function eventOn(e: AppEvent, today: Day): string {
  return `${describeLoggedEvent({ type: e.type, date: e.date, round: e.round }, today)} on ${humanDay(e.date, today)}`;
}

/** Why an application has no advice: it is closed, or its first event is still ahead. */
function noAdviceLabel(state: State, today: Day): string {
  if (state.upcoming) return `Not started: ${eventOn(state.upcoming, today)} is ahead, nothing to do before it.`;
  return 'Closed: nothing more to do here.';
}

/** The advice, then each reason wrapped under its own text: `  R8  they said …`. */
export function renderAdvice(state: State, advice: Advice | null, today: Day, opts: { sources: boolean; columns: number }): string[] {
  if (!advice) return wrap(noAdviceLabel(state, today), opts.columns).split('\n').map((l) => chalk.dim(l));
  const out = [`${paintAction(advice, actionLabel(advice).toUpperCase())} ${whenLabel(advice, today)}`];
  for (const r of advice.reasons) {
    const source = opts.sources && SOURCES[r.rule] ? ` [${SOURCES[r.rule]}]` : '';
    const lines = wrapAfter(`  ${r.rule}  `, `${safe(r.text)}${source}`, opts.columns);
    lines[0] = lines[0]!.replace(r.rule, chalk.bold(r.rule));
    out.push(...lines);
  }
  return out;
}

/** The few lines printed after add, log, done and edit. */
export function renderNext(state: State, advice: Advice | null, today: Day, columns = 80): string {
  const head = wrap(`#${safe(state.app.id)} ${nameOf(state)} · ${stageOf(state)}`, columns, 2);
  return `${[chalk.bold(head), ...renderAdvice(state, advice, today, { sources: false, columns })].join('\n')}\n`;
}
