// The pipeline (CLI.md `status`): one row per application, counts per stage, the funnel as a small bar
// chart, and the response rate. Columns are measured by terminal width, so CJK and emoji align.
import { type Day, daysBetween, humanDay } from '../core/calendar.js';
import type { Advice } from '../core/model.js';
import type { State } from '../core/timeline.js';
import { chalk } from './color.js';
import { actionLabel, paintAction, relative, stageOf } from './render.js';
import { fitTo, safe, width, wrap } from './text.js';

export interface StatusRow {
  state: State;
  advice: Advice | null;
}

export interface Responses {
  /** Applications that got any answer from the employer. */
  answered: number;
  total: number;
  /** Median days from the application to its first answer; null with no answer yet. */
  medianDays: number | null;
}

export interface StatusView {
  rows: StatusRow[];
  counts: Record<string, number>;
  funnel: [string, number][];
  responses: Responses;
  /** Applications in the file, listed or not. */
  total: number;
}

function nextLabel(state: State, advice: Advice | null, today: Day): string {
  if (!advice) return state.upcoming ? `starts ${humanDay(state.upcoming.date, today)}` : 'closed';
  const when =
    advice.action === 'wait' ? `from ${humanDay(advice.due, today)}` : advice.due < today ? `overdue ${daysBetween(advice.due, today)}d` : 'today';
  return `${actionLabel(advice).replace('wait, then ', '')} ${when}`;
}

function table(rows: StatusRow[], today: Day, w: number): string[] {
  const nexts = rows.map(({ state, advice }) => nextLabel(state, advice, today));
  const ids = rows.map((r) => safe(r.state.app.id));
  const idW = Math.max(2, ...ids.map(width));
  const stageW = Math.max(5, ...rows.map((r) => width(stageOf(r.state))));
  const lastW = 9;
  const nextW = Math.max(4, ...nexts.map(width));
  const room = w - (idW + 1 + stageW + 1 + lastW + 1 + nextW);
  // The company takes up to 16 columns and the role the rest; on a narrow terminal the role goes first.
  const withRole = room >= 16 + 1 + 10 + 1;
  const companyW = withRole ? 16 : Math.max(8, room - 1);
  const roleW = withRole ? room - companyW - 2 : 0;
  const cells = (id: string, company: string, role: string, stage: string, last: string) =>
    [fitTo(id, idW), fitTo(company, companyW), ...(withRole ? [fitTo(role, roleW)] : []), fitTo(stage, stageW), fitTo(last, lastW)].join(' ');
  const out = [chalk.bold(`${cells('ID', 'COMPANY', 'ROLE', 'STAGE', 'LAST')} NEXT`)];
  rows.forEach(({ state, advice }, i) => {
    const app = state.app;
    const last = state.lastContact ? relative(state.lastContact.date, today) : '—';
    const next = advice ? paintAction(advice, nexts[i]!) : chalk.dim(nexts[i]!);
    out.push(`${cells(ids[i]!, safe(app.company), safe(app.role ?? ''), stageOf(state), last)} ${next}`.trimEnd());
  });
  return out;
}

function funnelChart(funnel: [string, number][], w: number): string[] {
  const max = Math.max(1, ...funnel.map(([, n]) => n));
  const labelW = Math.max(...funnel.map(([s]) => width(s)));
  const barMax = Math.max(5, Math.min(30, w - labelW - 10));
  return funnel.map(([stage, n]) => {
    const bar = '█'.repeat(n === 0 ? 0 : Math.max(1, Math.round((n / max) * barMax)));
    return `  ${fitTo(stage, labelW)}  ${chalk.cyan(bar)}${bar ? ' ' : ''}${n}`;
  });
}

function responsesLine(r: Responses): string {
  if (r.total === 0) return 'Responses: none yet.';
  const share = Math.round((r.answered / r.total) * 100);
  const median = r.medianDays === null ? '' : `, after ${r.medianDays} day${r.medianDays === 1 ? '' : 's'} (median)`;
  return `Responses: ${r.answered} of ${r.total} applications got an answer (${share}%)${median}.`;
}

export function renderStatus(view: StatusView, today: Day, columns: number): string {
  const w = Math.max(40, Math.min(columns, 140));
  if (view.total === 0) {
    const how = "No applications yet. Record one with 'followup add' (on a terminal it asks), or 'followup add --company NAME'; 'followup help add' shows more.";
    return `${wrap(how, w)}\n`;
  }
  const out: string[] = [];
  if (view.rows.length > 0) out.push(...table(view.rows, today, w));
  else out.push(...wrap("No active applications: 'followup status --all' shows the closed ones; 'followup add' records a new one.", w).split('\n'));
  out.push('');
  const countLine = Object.entries(view.counts)
    .map(([stage, n]) => `${stage} ${n}`)
    .join(' · ');
  out.push(...wrap(`By stage: ${countLine || 'none'}`, w, 10).split('\n'));
  out.push('', chalk.bold('Funnel'), ...funnelChart(view.funnel, w), '');
  out.push(...wrap(responsesLine(view.responses), w).split('\n'));
  return `${out.join('\n')}\n`;
}
