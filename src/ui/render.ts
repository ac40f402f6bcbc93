// What a person sees: the morning list, the pipeline table, one application in full, the advice after a change.
import { type Day, daysBetween, humanDay } from '../core/calendar.js';
import type { Advice, AppEvent, Stage } from '../core/model.js';
import type { Pipeline } from '../core/advise.js';
import { SOURCES } from '../core/rules.js';
import { type State, orderEvents } from '../core/timeline.js';
import { chalk } from './color.js';

export interface Row {
  state: State;
  advice: Advice;
}

/** Pads or cuts to exactly n columns, with an ellipsis when cut. */
export function fit(text: string, n: number): string {
  const chars = [...text];
  if (chars.length <= n) return text + ' '.repeat(n - chars.length);
  return `${chars.slice(0, Math.max(0, n - 1)).join('')}…`;
}

function cut(text: string, n: number): string {
  const chars = [...text];
  return chars.length <= n ? text : `${chars.slice(0, Math.max(0, n - 1)).join('')}…`;
}

export function stageLabel(stage: Stage, round: number | null): string {
  return stage === 'interview' && round !== null ? `interview ${round}` : stage;
}

/** The stage as shown: 'not started' while every event is still ahead. */
function stageOf(state: State): string {
  return state.upcoming ? 'not started' : stageLabel(state.stage, state.round);
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
  if (advice.action === 'wait') return `wait, then ${advice.then === 'move-on' ? 'move on' : advice.then}`;
  return advice.action === 'move-on' ? 'move on' : advice.action;
}

function paintAction(advice: Advice, text: string): string {
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

/** Word-wraps text to lines of at most `width` columns, the later ones indented by `indent`. */
export function wrap(text: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : `${lines.length ? indent : ''}${word}`;
    if ([...candidate].length > width && line) {
      lines.push(line);
      line = `${indent}${word}`;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** Columns before the company: two spaces, the id, the action. */
const LEAD = 2 + 3 + 1 + 8 + 1;

function whoText(r: Row): string {
  const app = r.state.app;
  return `${app.company}${app.role ? ` · ${app.role}` : ''} · ${stageOf(r.state)}`;
}

function todayLine(r: Row, today: Day, whoWidth: number, width: number): string[] {
  const app = r.state.app;
  const overdue = r.advice.action !== 'wait' && r.advice.due < today;
  const step = r.advice.action === 'wait' ? r.advice.then! : r.advice.action;
  const label = fit(step === 'move-on' ? 'MOVE ON' : step.toUpperCase(), 8);
  const action = r.advice.action === 'wait' ? chalk.dim(label) : paintAction(r.advice, label);
  const when = whenLabel(r.advice, today);
  const who = fit(whoText(r), whoWidth);
  const line1 = `  ${chalk.dim(fit(app.id, 3))} ${action} ${chalk.bold(who)}  ${overdue ? chalk.red(when) : when}`;
  const why = r.advice.reasons[0];
  const line2 = `${' '.repeat(LEAD)}${chalk.dim(cut(`${why?.rule ?? ''} ${why?.text ?? ''}`, width - LEAD))}`;
  return [line1.trimEnd(), line2];
}

export function renderToday(rows: Row[], upcoming: State[], pipe: Pipeline, today: Day, width: number): string {
  const w = Math.max(60, Math.min(width, 120));
  // The "when" column is as wide as its longest entry; the company column takes the rest, up to what it needs.
  const whenWidth = Math.max(0, ...rows.map((r) => [...whenLabel(r.advice, today)].length));
  const whoWidth = Math.min(Math.max(12, w - LEAD - 2 - whenWidth), Math.max(24, ...rows.map((r) => [...whoText(r)].length)));
  const due = rows.filter((r) => r.advice.action !== 'wait');
  const waiting = rows.filter((r) => r.advice.action === 'wait');
  const out: string[] = [chalk.bold(`followup · ${humanDay(today)} ${today.slice(0, 4)}`), ''];
  if (rows.length === 0 && upcoming.length === 0) out.push("  Nothing to follow up. Record an application with 'followup add'.", '');
  if (due.length > 0) {
    out.push(chalk.bold.underline(`To do now (${due.length})`));
    for (const r of due) out.push(...todayLine(r, today, whoWidth, w));
    out.push('');
  }
  if (waiting.length > 0) {
    out.push(chalk.bold.underline(`Waiting (${waiting.length})`));
    for (const r of waiting) out.push(...todayLine(r, today, whoWidth, w));
    out.push('');
  }
  if (upcoming.length > 0) {
    out.push(chalk.bold.underline(`Coming up (${upcoming.length})`));
    for (const s of upcoming) {
      const first = s.upcoming!;
      const what = `${firstEvent(first, today)} (${relative(first.date, today)})`;
      const name = `${s.app.company}${s.app.role ? ` · ${s.app.role}` : ''}`;
      const who = fit(name, Math.min([...name].length, Math.max(12, w - 6 - 2 - [...what].length)));
      out.push(`  ${chalk.dim(fit(s.app.id, 3))} ${chalk.bold(who)}  ${what}`.trimEnd());
    }
    out.push('');
  }
  if (pipe.hint) out.push(...wrap(`Pipeline: ${pipe.hint}.`, w, '  ').map((l) => chalk.yellow(l)), '');
  if (due.length > 0) out.push(chalk.dim("When it's done: followup done <id>. The words to use: followup draft <id>."));
  return `${out.join('\n').trimEnd()}\n`;
}

export interface StatusRow {
  state: State;
  advice: Advice | null;
}

function statusNext(state: State, advice: Advice | null, today: Day): string {
  if (!advice) return state.upcoming ? `starts ${humanDay(state.upcoming.date, today)}` : 'closed';
  const when =
    advice.action === 'wait' ? `from ${humanDay(advice.due, today)}` : advice.due < today ? `overdue ${daysBetween(advice.due, today)}d` : 'today';
  return `${actionLabel(advice).replace('wait, then ', '')} ${when}`;
}

export function renderStatus(rows: StatusRow[], counts: Record<string, number>, funnel: [string, number][], today: Day, width: number): string {
  const w = Math.max(70, Math.min(width, 140));
  const nexts = rows.map(({ state, advice }) => statusNext(state, advice, today));
  // ID, COMPANY, STAGE and LAST are fixed; ROLE takes what NEXT leaves of the width.
  const roleWidth = Math.max(10, w - (3 + 1 + 16 + 1 + 1 + 12 + 1 + 9 + 1) - Math.max(4, ...nexts.map((n) => [...n].length)));
  const header = `${fit('ID', 3)} ${fit('COMPANY', 16)} ${fit('ROLE', roleWidth)} ${fit('STAGE', 12)} ${fit('LAST', 9)} NEXT`;
  const out: string[] = [chalk.bold(header)];
  rows.forEach(({ state, advice }, i) => {
    const app = state.app;
    const last = state.lastContact ? relative(state.lastContact.date, today) : '—';
    const stage = stageOf(state);
    const next = advice ? paintAction(advice, nexts[i]!) : chalk.dim(nexts[i]!);
    out.push(`${chalk.dim(fit(app.id, 3))} ${fit(app.company, 16)} ${fit(app.role ?? '', roleWidth)} ${fit(stage, 12)} ${fit(last, 9)} ${next}`.trimEnd());
  });
  if (rows.length === 0) out.push(chalk.dim("No applications yet: 'followup add' records one."));
  out.push('');
  const countLine = Object.entries(counts)
    .map(([stage, n]) => `${stage} ${n}`)
    .join(' · ');
  out.push(...wrap(`By stage: ${countLine || 'none'}`, w, '          '));
  out.push(`Funnel:   ${funnel.map(([stage, n]) => `${stage} ${n}`).join(' → ')}`);
  return `${out.join('\n')}\n`;
}

export function describeLoggedEvent(e: AppEvent, today: Day): string {
  const parts: string[] = [];
  if (e.type === 'interview') parts.push(`interview${e.round ? ` (round ${e.round})` : ''}`);
  else parts.push(e.type);
  if (e.expectBy) parts.push(`they'll get back by ${humanDay(e.expectBy, today)}`);
  if (e.until) parts.push(`until ${humanDay(e.until, today)}`);
  if (e.reason) parts.push(e.reason);
  if (e.deadline) parts.push(`deadline ${humanDay(e.deadline, today)}`);
  if (e.invited) parts.push(`asked you to ${e.channel ?? 'call'} on ${humanDay(e.invited, today)}`);
  if (e.cue) parts.push(`felt ${e.cue}`);
  if (e.note) parts.push(`“${e.note}”`);
  return parts.join(' · ');
}

/** 'interview (round 1) on Thu 3 Dec': the event that will start an application. */
function firstEvent(e: AppEvent, today: Day): string {
  return `${describeLoggedEvent({ type: e.type, date: e.date, round: e.round }, today)} on ${humanDay(e.date, today)}`;
}

/** Why an application has no advice: it is closed, or its first event is still ahead. */
function noAdviceLabel(state: State, today: Day): string {
  if (state.upcoming) return `Not started: ${firstEvent(state.upcoming, today)} is ahead, nothing to do before it.`;
  return 'Closed: nothing more to do here.';
}

export function renderAdvice(state: State, advice: Advice | null, today: Day, opts: { sources: boolean }): string[] {
  if (!advice) return [chalk.dim(noAdviceLabel(state, today))];
  const out = [`${paintAction(advice, actionLabel(advice).toUpperCase())} ${whenLabel(advice, today)}`];
  for (const r of advice.reasons) {
    out.push(`  ${chalk.bold(r.rule)}  ${r.text}${opts.sources ? chalk.dim(` [${SOURCES[r.rule]}]`) : ''}`);
  }
  return out;
}

export function renderShow(state: State, advice: Advice | null, today: Day): string {
  const app = state.app;
  const out: string[] = [chalk.bold(`#${app.id} ${app.company}${app.role ? ` · ${app.role}` : ''}`)];
  out.push(`Stage:   ${stageOf(state)}${app.noCalls ? ' · no phone calls' : ''}`);
  const contact = [app.contact.name, app.contact.email && `<${app.contact.email}>`, app.contact.phone].filter(Boolean).join(' ');
  if (contact) out.push(`Contact: ${contact}`);
  if (app.url) out.push(`Posting: ${app.url}`);
  if (app.notes) out.push(`Notes:   ${app.notes}`);
  out.push('', chalk.bold.underline('Timeline'));
  // Numbered as edit/rm --event N take them: date order, from 1.
  for (const [i, e] of orderEvents(app.events).entries()) {
    const upcoming = e.date > today ? chalk.yellow(' (upcoming)') : '';
    out.push(`  ${String(i + 1).padStart(2)}. ${fit(`${humanDay(e.date, today)} ${e.date.slice(0, 4)}`, 16)} ${describeLoggedEvent(e, today)}${upcoming}`);
  }
  out.push('', chalk.bold.underline('Next'), ...renderAdvice(state, advice, today, { sources: true }));
  if (advice?.script) out.push('', chalk.bold.underline('Script'), ...advice.script.split('\n').map((l) => `  ${l}`));
  return `${out.join('\n')}\n`;
}

/** The few lines printed after add, log and done. */
export function renderNext(state: State, advice: Advice | null, today: Day): string {
  const app = state.app;
  const head = `${chalk.bold(`#${app.id} ${app.company}`)}${app.role ? ` · ${app.role}` : ''} · ${stageOf(state)}`;
  return `${[head, ...renderAdvice(state, advice, today, { sources: false })].join('\n')}\n`;
}
