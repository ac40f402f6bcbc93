// What every kept answer depends on besides its view's own options and the data: today, colour and the terminal's
// width. One list for commands/cached-view.ts and cli/kept-today.ts, so that both make the same key.
import { chalk } from '../ui/color.js';
import type { Ctx } from './context.js';

export function viewOptions(ctx: Pick<Ctx, 'today' | 'columns'>, options: readonly unknown[]): unknown[] {
  return [ctx.today, chalk.level, ctx.columns, ...options];
}
