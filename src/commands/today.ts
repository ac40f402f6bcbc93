// followup today: every active application's advice as of today, what is due first, then what waits,
// then what is coming up in the next 14 days.
import { addDays, type Day } from '../core/calendar.js';
import { adviseAll, pipeline, sortByUrgency } from '../core/advise.js';
import { type Advice, type AppEvent, isInterviewEvent } from '../core/model.js';
import { type State, orderEvents } from '../core/timeline.js';
import { type Data, effectiveSettings } from '../store/schema.js';
import { printJson, todayItemJson, upcomingJson } from '../ui/json.js';
import { type Coming, renderToday } from '../ui/render-today.js';
import { printView } from './cached-view.js';
import { type Ctx, parseDateFlag } from './context.js';
import { todayHeight, todayOptions } from './today-options.js';

/** How far ahead "Coming up" looks (CLI.md: from tomorrow to 14 days ahead). */
export const COMING_UP_DAYS = 14;

/**
 * What is ahead from tomorrow to `days` ahead, earliest first (ties by id): the scheduled interviews of open
 * applications, and the first event of those not started yet.
 */
export function comingUp(states: readonly State[], today: Day, days = COMING_UP_DAYS): Coming[] {
  const last = addDays(today, days);
  const out: Coming[] = [];
  for (const state of states) {
    // Most applications have nothing ahead: no need to order their events to find that out.
    if (state.closed || !state.app.events.some((e) => e.date > today)) continue;
    const ahead = orderEvents(state.app.events).filter((e) => e.date > today && e.date <= last);
    const shown: AppEvent[] = state.upcoming ? ahead.slice(0, 1) : ahead.filter((e) => isInterviewEvent(e.type));
    for (const event of shown) out.push({ state, event });
  }
  return out.sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : Number(a.state.app.id) - Number(b.state.app.id)));
}

export async function today(ctx: Ctx, opts: { asOf?: string; json?: boolean; all?: boolean }): Promise<void> {
  const asOf = opts.asOf !== undefined ? parseDateFlag(opts.asOf, '--as-of', ctx.today) : ctx.today;
  printView(ctx, 'today', todayOptions(ctx, asOf, opts), (data) => todayText(data, asOf, Boolean(opts.json), ctx.columns, todayHeight(ctx, opts)));
}

function todayText(data: Data, asOf: Day, json: boolean, columns: number, height: number | undefined): string {
  // No escaped copy of the data (ui/display.ts): the list shows no script, and renderToday escapes each text it
  // shows (ids, names, the first reason) where it prints it. Copying 10,000 applications cost more than the list.
  const settings = effectiveSettings(data);
  const all = adviseAll(data.applications, settings, asOf, { lazyScripts: !json });
  const rows = sortByUrgency(all.filter((r): r is typeof r & { advice: Advice } => r.advice !== null).map((r) => ({ ...r, id: r.state.app.id })));
  const states = all.map((r) => r.state);
  const pipe = pipeline(states, settings);
  const coming = comingUp(states, asOf);
  if (json) {
    return printJson({ asOf, items: rows.map((r) => todayItemJson(r.state, r.advice)), upcoming: coming.map(upcomingJson), pipeline: pipe });
  }
  const view = { rows, coming, hint: pipe.hint, empty: data.applications.length === 0 };
  return renderToday(view, asOf, { columns, rows: height });
}
