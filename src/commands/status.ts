// followup status: the pipeline table, counts per stage, the funnel and the response rate.
import { type Day, daysBetween } from '../core/calendar.js';
import { adviseAll, sortByUrgency } from '../core/advise.js';
import { OPEN_STAGES, CLOSED_STAGES } from '../core/model.js';
import { type State, isFromEmployer } from '../core/timeline.js';
import { type Data, effectiveSettings } from '../store/schema.js';
import { adviceJson, printJson } from '../ui/json.js';
import { type Responses, renderStatus } from '../ui/render-status.js';
import { printView } from './cached-view.js';
import { type Ctx, parseDateFlag } from './context.js';

/** How many applications reached each step: applied → interview → final → offer (of started applications). */
export function funnel(states: readonly State[]): [string, number][] {
  const reached = (types: string[]) => states.filter((s) => s.events.some((e) => types.includes(e.type))).length;
  return [
    ['applied', states.length],
    ['interview', reached(['screen', 'interview', 'final', 'offer', 'accepted'])],
    ['final', reached(['final', 'offer', 'accepted'])],
    ['offer', reached(['offer', 'accepted'])],
  ];
}

/** The share of started applications that got any answer from the employer, and the median days to it. */
export function responses(states: readonly State[]): Responses {
  const started = states.filter((s) => s.events.length > 0);
  const days: number[] = [];
  for (const s of started) {
    const first = s.events[0]!;
    const answer = s.events.find((e) => e !== first && isFromEmployer(e));
    if (answer) days.push(daysBetween(first.date, answer.date));
  }
  days.sort((a, b) => a - b);
  const mid = days.length >> 1;
  const medianDays = days.length === 0 ? null : days.length % 2 ? days[mid]! : Math.round((days[mid - 1]! + days[mid]!) / 2);
  return { answered: days.length, total: started.length, medianDays };
}

export async function status(ctx: Ctx, opts: { all?: boolean; asOf?: string; json?: boolean }): Promise<void> {
  const asOf = opts.asOf !== undefined ? parseDateFlag(opts.asOf, '--as-of', ctx.today) : ctx.today;
  printView(ctx, 'status', [asOf, Boolean(opts.all), Boolean(opts.json)], (data) => statusText(data, asOf, opts, ctx.columns));
}

function statusText(data: Data, asOf: Day, opts: { all?: boolean; json?: boolean }, columns: number): string {
  // No escaped copy of the data (ui/display.ts): the table shows no script, and renderStatus escapes each text
  // it shows (ids, companies, roles) where it prints it.
  const all = adviseAll(data.applications, effectiveSettings(data), asOf, { lazyScripts: !opts.json });
  const listed = all.filter((r) => opts.all || !r.state.closed);
  const open = listed.filter((r) => r.advice !== null).map((r) => ({ state: r.state, advice: r.advice!, id: r.state.app.id }));
  const rows = [...sortByUrgency(open), ...listed.filter((r) => r.advice === null)];
  const counts: Record<string, number> = {};
  for (const stage of opts.all ? [...OPEN_STAGES, ...CLOSED_STAGES] : OPEN_STAGES) counts[stage] = 0;
  // One whose every event is still ahead has no stage yet.
  for (const r of listed) if (!r.state.upcoming) counts[r.state.stage] = (counts[r.state.stage] ?? 0) + 1;
  // The funnel and the response rate are the history of the whole search: closed applications count too.
  const started = all.map((r) => r.state).filter((st) => st.events.length > 0);
  const steps = funnel(started);
  const answers = responses(started);
  if (opts.json) {
    return printJson({
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
      responses: answers,
    });
  }
  return renderStatus({ rows, counts, funnel: steps, responses: answers, total: data.applications.length }, asOf, columns);
}
