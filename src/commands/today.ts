// followup today: every active application's advice as of today, what is due first, then what waits.
import { adviseAll, byUrgency, pipeline } from '../core/advise.js';
import type { Advice } from '../core/model.js';
import { readData } from '../store/store.js';
import { effectiveSettings } from '../store/schema.js';
import { printJson, todayItemJson, upcomingJson } from '../ui/json.js';
import { renderToday } from '../ui/render.js';
import { type Ctx, parseDateFlag } from './context.js';

export async function today(ctx: Ctx, opts: { asOf?: string; json?: boolean }): Promise<void> {
  const asOf = opts.asOf !== undefined ? parseDateFlag(opts.asOf, '--as-of', ctx.today) : ctx.today;
  const data = await readData(ctx.file);
  const settings = effectiveSettings(data);
  const all = adviseAll(data.applications, settings, asOf);
  const rows = all
    .filter((r): r is typeof r & { advice: Advice } => r.advice !== null)
    .map((r) => ({ ...r, id: r.state.app.id }))
    .sort(byUrgency);
  const states = all.map((r) => r.state);
  const pipe = pipeline(states, settings);
  // Applications whose first event is still ahead (an interview logged in advance): no advice before it.
  const upcoming = states.filter((s) => s.upcoming !== undefined);
  if (opts.json) {
    ctx.print(printJson({ asOf, items: rows.map((r) => todayItemJson(r.state, r.advice)), pipeline: pipe, upcoming: upcoming.map(upcomingJson) }));
  } else {
    ctx.print(renderToday(rows, upcoming, pipe, asOf, ctx.columns));
  }
}
