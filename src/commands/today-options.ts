// What `today`'s answer depends on besides the data, the day and colour: the key of its kept answer
// (commands/cached-view.ts), the same whether the whole list or cli/kept-today.ts makes it.
import type { Day } from '../core/calendar.js';
import type { Ctx } from './context.js';

/** On a terminal the list is cut to the window's height (not with --all); piped, it is never cut. */
export function todayHeight(ctx: Pick<Ctx, 'rows'>, opts: { all?: boolean }): number | undefined {
  return opts.all ? undefined : ctx.rows;
}

export function todayOptions(ctx: Pick<Ctx, 'rows'>, asOf: Day, opts: { json?: boolean; all?: boolean }): unknown[] {
  return [asOf, Boolean(opts.json), todayHeight(ctx, opts) ?? null];
}
