// A read-only view's answer, read back from the cache when this build has already worked it out for these very
// bytes of the data file and these options (store/view-cache.ts), else worked out and kept for next time.
import type { Data } from '../store/schema.js';
import { readSnapshot } from '../store/store.js';
import { forgetViews, readView, saveView, viewEntry } from '../store/view-cache.js';
import type { Ctx } from './context.js';
import { viewOptions } from './view-key.js';

/**
 * Prints the answer of `view` with `options` (everything it depends on besides the data and view-key.ts's list;
 * cli/kept-today.ts makes the same key for `today`).
 * A missing data file is never kept (the answer for no data is quick to make, and says how to start), and
 * forgets what was kept for an earlier one.
 */
export function printView(ctx: Ctx, view: string, options: readonly unknown[], work: (data: Data) => string): void {
  const snapshot = readSnapshot(ctx.file);
  // No data file (deleted, moved, never made): no copy of an earlier one stays in the cache.
  if (snapshot.raw === null && ctx.viewCacheDir !== undefined) forgetViews(ctx.viewCacheDir);
  const entry =
    ctx.viewCacheDir !== undefined && snapshot.raw !== null
      ? viewEntry(ctx.viewCacheDir, view, viewOptions(ctx, options), snapshot.raw)
      : null;
  const kept = entry && readView(entry);
  if (typeof kept === 'string') {
    ctx.print(kept);
    return;
  }
  const answer = work(snapshot.data());
  ctx.print(answer);
  if (entry) saveView(entry, answer);
}
