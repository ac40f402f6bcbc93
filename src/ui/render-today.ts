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

/** A piece of the list: how many lines it takes, how many applications it shows (0 for headings and blanks), and
 * its lines, made only when shown: on a terminal the list is cut to the window, and the rest is never rendered. */
interface Block {
  height: number;
  items: number;
  lines(): string[];
}

const ACTION_WIDTH = 8;
const ACTION_LABELS: Record<string, string> = { call: 'CALL    ', email: 'EMAIL   ', 'move-on': 'MOVE ON ', wait: 'WAIT    ' };

/** A row's texts as shown (escaped), made once. */
interface Labels {
  who: string;
  when: string;
  id: string;
}

export function renderToday(view: TodayView, today: Day, layout: TodayLayout): string {
  const w = Math.max(40, Math.min(layout.columns, 120));
  // Each row's name, date label and widths, made once: they set the columns' widths, then fill them.
  const labels = new Map<Row, Labels>();
  // The id column is as wide as the widest id, so that `done <id>` can always be read off the list.
  let idWidth = 2;
  let whenWidth = 0;
  let widestWho = 12;
  for (const r of view.rows) {
    const l: Labels = { who: `${nameOf(r.state)} · ${stageOf(r.state)}`, when: whenLabel(r.advice, today), id: safe(r.state.app.id) };
    labels.set(r, l);
    idWidth = Math.max(idWidth, width(l.id));
    whenWidth = Math.max(whenWidth, width(l.when));
    widestWho = Math.max(widestWho, width(l.who));
  }
  for (const c of view.coming) idWidth = Math.max(idWidth, width(safe(c.state.app.id)));
  const lead = 2 + idWidth + 1 + ACTION_WIDTH + 1;
  const whoWidth = Math.min(Math.max(8, w - lead - 2 - whenWidth), widestWho);
  const id = (s: State) => chalk.dim(fitTo(safe(s.app.id), idWidth));
  const indent = ' '.repeat(lead);

  const item = (r: Row): string[] => {
    const overdue = r.advice.action !== 'wait' && r.advice.due < today;
    const step = r.advice.action === 'wait' ? (r.advice.then ?? 'wait') : r.advice.action;
    const label = ACTION_LABELS[step] ?? fitTo(step.toUpperCase(), ACTION_WIDTH);
    const action = r.advice.action === 'wait' ? chalk.dim(label) : paintAction(r.advice, label);
    const { who, when, id: shownId } = labels.get(r)!;
    const line1 = `  ${chalk.dim(fitTo(shownId, idWidth))} ${action} ${chalk.bold(fitTo(who, whoWidth))}  ${overdue ? chalk.red(when) : when}`;
    const why = r.advice.reasons[0];
    const line2 = `${indent}${chalk.dim(cutTo(why ? `${why.rule} ${safe(why.text)}` : '', w - lead))}`;
    return [line1.trimEnd(), line2.trimEnd()];
  };
  // Coming up: the names in one column, as wide as the widest (within what the dates leave).
  const whatOf = (c: Coming) => `${eventOn(c.event, today)} (${relative(c.event.date, today)})`;
  const whatWidth = Math.max(0, ...view.coming.map((c) => width(whatOf(c))));
  const nameWidth = Math.min(Math.max(0, ...view.coming.map((c) => width(nameOf(c.state)))), Math.max(8, w - 2 - idWidth - 1 - 2 - whatWidth));
  const comingItem = (c: Coming): string[] => [`  ${id(c.state)} ${chalk.bold(fitTo(nameOf(c.state), nameWidth))}  ${whatOf(c)}`.trimEnd()];

  const blocks: Block[] = [];
  const section = <T>(title: string, list: T[], render: (x: T) => string[], height: number) => {
    if (list.length === 0) return;
    const heading = chalk.bold.underline(`${title} (${list.length})`);
    list.forEach((x, i) => blocks.push({ height: height + (i === 0 ? 1 : 0), items: 1, lines: () => (i === 0 ? [heading, ...render(x)] : render(x)) }));
    blocks.push({ height: 1, items: 0, lines: () => [''] });
  };
  const due = view.rows.filter((r) => r.advice.action !== 'wait');
  section('To do now', due, item, 2);
  section('Waiting', view.rows.filter((r) => r.advice.action === 'wait'), item, 2);
  section('Coming up', view.coming, comingItem, 1);

  const head = [chalk.bold(`followup · ${humanDay(today)} ${today.slice(0, 4)}`), ''];
  const tail: string[] = [];
  if (view.rows.length === 0 && view.coming.length === 0) {
    const none = view.empty ? "Nothing here yet. Record an application with 'followup add'." : "Nothing to follow up. Record an application with 'followup add'.";
    tail.push(...wrap(none, w - 2).split('\n').map((l) => `  ${l}`), '');
  }
  if (view.hint && !view.empty) tail.push(...wrap(`Pipeline: ${view.hint}.`, w, 2).split('\n').map((l) => chalk.yellow(l)), '');
  if (due.length > 0) tail.push(...wrap("When it's done: followup done <id>. The words to use: followup draft <id>.", w).split('\n').map((l) => chalk.dim(l)));

  // The whole list's height, less its trailing blank lines (looked for from the end: the tail, the last blocks).
  const total = head.length + blocks.reduce((n, b) => n + b.height, 0) + tail.length;
  let blank = 0;
  for (const lines of trailingGroups(head, blocks, tail)) {
    let n = 0;
    while (n < lines.length && lines[lines.length - 1 - n] === '') n++;
    blank += n;
    if (n < lines.length) break;
  }
  if (layout.rows === undefined || total - blank <= layout.rows - 1) {
    const all = [...head];
    for (const b of blocks) for (const l of b.lines()) all.push(l);
    for (const l of tail) all.push(l);
    while (all.length > 0 && all.at(-1) === '') all.pop();
    return `${all.join('\n')}\n`;
  }
  return `${cutToHeight(head, blocks, layout.rows - 1, w).join('\n')}\n`;
}

/** The list's groups of lines from the last: the tail, each block, the head. */
function* trailingGroups(head: string[], blocks: Block[], tail: string[]): Generator<string[]> {
  yield tail;
  for (let i = blocks.length - 1; i >= 0; i--) yield blocks[i]!.lines();
  yield head;
}

/** The head and as many whole blocks as fit in `height` lines, then one line saying how many more. */
function cutToHeight(head: string[], blocks: Block[], height: number, columns: number): string[] {
  const budget = Math.max(head.length + 2, height) - 1;
  const out = [...head];
  let shown = 0;
  for (const b of blocks) {
    if (out.length + b.height > budget) break;
    out.push(...b.lines());
    shown++;
  }
  let hidden = 0;
  for (let i = shown; i < blocks.length; i++) hidden += blocks[i]!.items;
  while (out.length > head.length && out.at(-1) === '') out.pop();
  const more = hidden > 0 ? `… ${hidden} more: 'followup today --all' shows them all` : "… the rest: 'followup today --all'";
  out.push(chalk.dim(cutTo(more, columns)));
  return out;
}
