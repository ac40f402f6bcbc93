// followup status: the pipeline table, counts per stage, and the funnel.
import { adviseAll, byUrgency } from '../core/advise.js';
import { OPEN_STAGES, CLOSED_STAGES } from '../core/model.js';
import type { State } from '../core/timeline.js';
import { readData } from '../store/store.js';
import { effectiveSettings } from '../store/schema.js';
import { adviceJson, printJson } from '../ui/json.js';
import { renderStatus } from '../ui/render.js';
import { type Ctx, parseDateFlag } from './context.js';

/** How many applications reached each step: applied → interview → final → offer. */
export function funnel(states: readonly State[]): [string, number][] {
  const reached = (types: string[]) => states.filter((s) => s.events.some((e) => types.includes(e.type))).length;
  return [
    ['applied', states.length],
    ['interview', reached(['screen', 'interview', 'final', 'offer', 'accepted'])],
    ['final', reached(['final', 'offer', 'accepted'])],
    ['offer', reached(['offer', 'accepted'])],
  ];
}

export async function status(ctx: Ctx, opts: { all?: boolean; asOf?: string; json?: boolean }): Promise<void> {
  const asOf = opts.asOf !== undefined ? parseDateFlag(opts.asOf, '--as-of', ctx.today) : ctx.today;
  const data = await readData(ctx.file);
  const all = adviseAll(data.applications, effectiveSettings(data), asOf);
  const listed = all.filter((r) => opts.all || !r.state.closed);
  const open = listed.filter((r) => r.advice !== null).map((r) => ({ state: r.state, advice: r.advice!, id: r.state.app.id }));
  const rows = [...open.sort(byUrgency), ...listed.filter((r) => r.advice === null)];
  const counts: Record<string, number> = {};
  for (const stage of opts.all ? [...OPEN_STAGES, ...CLOSED_STAGES] : OPEN_STAGES) counts[stage] = 0;
  // One whose every event is still ahead has no stage yet.
  for (const r of listed) if (!r.state.upcoming) counts[r.state.stage] = (counts[r.state.stage] ?? 0) + 1;
  const steps = funnel(listed.map((r) => r.state));
  if (opts.json) {
    ctx.print(
      printJson({
        asOf,
        applications: rows.map(({ state, advice }) => ({
          id: state.app.id,
          company: state.app.company,
          role: state.app.role ?? null,
          stage: state.stage,
          round: state.round,
          lastContact: state.lastContact?.date ?? null,
          next: adviceJson(advice),
        })),
        counts,
        funnel: Object.fromEntries(steps),
      }),
    );
  } else {
    ctx.print(renderStatus(rows, counts, steps, asOf, ctx.columns));
  }
}
