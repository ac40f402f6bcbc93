// The morning list (CLI.md `today`): what is due, what waits, what is coming up, the pipeline hint.
// On a terminal a long list is cut to the window's height, with a last line saying how many more.
import { type Day, humanDay } from '../core/calendar.js';
import type { AppEvent } from '../core/model.js';
import type { State } from '../core/timeline.js';
import { chalk } from './color.js';
import { type Row, eventOn, nameOf, paintAction, relative, stageOf, whenLabel } from './render.js';
import { cutTo, fitTo, safe, width, wrap } from './text.js';

/** An interview ahead (or the first event of an application not started yet), within the coming days. */
export interface Coming {
  state: State;
  event: AppEvent;
}

export interface TodayView {
  rows: Row[];
  coming: Coming[];
  hint: string | null;
  /** The data file holds no application at all. */
  empty: boolean;
}

export interface TodayLayout {
  columns: number;
  /** The window's height on a terminal; undefined: never cut (piped output, --all). */
  rows?: number;
}

/** A piece of the list: its lines, and how many applications it shows (0 for headings and blanks). */
interface Block {
  lines: string[];
  items: number;
}

const ACTION_WIDTH = 8;

export function renderToday(view: TodayView, today: Day, layout: TodayLayout): string {
  const w = Math.max(40, Math.min(layout.columns, 120));
  // The id column is as wide as the widest id, so that `done <id>` can always be read off the list.
  const idWidth = Math.max(2, ...view.rows.map((r) => width(safe(r.state.app.id))), ...view.coming.map((c) => width(safe(c.state.app.id))));
  const lead = 2 + idWidth + 1 + ACTION_WIDTH + 1;
  const whenWidth = Math.max(0, ...view.rows.map((r) => width(whenLabel(r.advice, today))));
  const whoOf = (r: Row) => `${nameOf(r.state)} · ${stageOf(r.state)}`;
  const whoWidth = Math.min(Math.max(8, w - lead - 2 - whenWidth), Math.max(12, ...view.rows.map((r) => width(whoOf(r)))));
  const id = (s: State) => chalk.dim(fitTo(safe(s.app.id), idWidth));

  const item = (r: Row): string[] => {
    const overdue = r.advice.action !== 'wait' && r.advice.due < today;
    const step = r.advice.action === 'wait' ? (r.advice.then ?? 'wait') : r.advice.action;
    const label = fitTo(step === 'move-on' ? 'MOVE ON' : step.toUpperCase(), ACTION_WIDTH);
    const action = r.advice.action === 'wait' ? chalk.dim(label) : paintAction(r.advice, label);
    const when = whenLabel(r.advice, today);
    const line1 = `  ${id(r.state)} ${action} ${chalk.bold(fitTo(whoOf(r), whoWidth))}  ${overdue ? chalk.red(when) : when}`;
    const why = r.advice.reasons[0];
    const line2 = `${' '.repeat(lead)}${chalk.dim(cutTo(why ? `${why.rule} ${safe(why.text)}` : '', w - lead))}`;
    return [line1.trimEnd(), line2.trimEnd()];
  };
  // Coming up: the names in one column, as wide as the widest (within what the dates leave).
  const whatOf = (c: Coming) => `${eventOn(c.event, today)} (${relative(c.event.date, today)})`;
  const whatWidth = Math.max(0, ...view.coming.map((c) => width(whatOf(c))));
  const nameWidth = Math.min(Math.max(0, ...view.coming.map((c) => width(nameOf(c.state)))), Math.max(8, w - 2 - idWidth - 1 - 2 - whatWidth));
  const comingItem = (c: Coming): string[] => [`  ${id(c.state)} ${chalk.bold(fitTo(nameOf(c.state), nameWidth))}  ${whatOf(c)}`.trimEnd()];

  const blocks: Block[] = [];
  const section = <T>(title: string, list: T[], render: (x: T) => string[]) => {
    if (list.length === 0) return;
    list.forEach((x, i) => blocks.push({ lines: [...(i === 0 ? [chalk.bold.underline(`${title} (${list.length})`)] : []), ...render(x)], items: 1 }));
    blocks.push({ lines: [''], items: 0 });
  };
  const due = view.rows.filter((r) => r.advice.action !== 'wait');
  section('To do now', due, item);
  section('Waiting', view.rows.filter((r) => r.advice.action === 'wait'), item);
  section('Coming up', view.coming, comingItem);

  const head = [chalk.bold(`followup · ${humanDay(today)} ${today.slice(0, 4)}`), ''];
  const tail: string[] = [];
  if (view.rows.length === 0 && view.coming.length === 0) {
    const none = view.empty ? "Nothing here yet. Record an application with 'followup add'." : "Nothing to follow up. Record an application with 'followup add'.";
    tail.push(...wrap(none, w - 2).split('\n').map((l) => `  ${l}`), '');
  }
  if (view.hint && !view.empty) tail.push(...wrap(`Pipeline: ${view.hint}.`, w, 2).split('\n').map((l) => chalk.yellow(l)), '');
  if (due.length > 0) tail.push(...wrap("When it's done: followup done <id>. The words to use: followup draft <id>.", w).split('\n').map((l) => chalk.dim(l)));

  const all = [...head, ...blocks.flatMap((b) => b.lines), ...tail];
  while (all.length > 0 && all.at(-1) === '') all.pop();
  if (layout.rows === undefined || all.length <= layout.rows - 1) return `${all.join('\n')}\n`;
  return `${cutToHeight(head, blocks, layout.rows - 1, w).join('\n')}\n`;
}

/** The head and as many whole blocks as fit in `height` lines, then one line saying how many more. */
function cutToHeight(head: string[], blocks: Block[], height: number, columns: number): string[] {
  const budget = Math.max(head.length + 2, height) - 1;
  const out = [...head];
  let shown = 0;
  for (const b of blocks) {
    if (out.length + b.lines.length > budget) break;
    out.push(...b.lines);
    shown++;
  }
  const hidden = blocks.slice(shown).reduce((n, b) => n + b.items, 0);
  while (out.length > head.length && out.at(-1) === '') out.pop();
  const more = hidden > 0 ? `… ${hidden} more: 'followup today --all' shows them all` : "… the rest: 'followup today --all'";
  out.push(chalk.dim(cutTo(more, columns)));
  return out;
}
