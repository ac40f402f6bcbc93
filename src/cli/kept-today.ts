// The morning list read back from the view cache (store/view-cache.ts) without loading the list's own code: at a
// shell's start-up, `followup today` on a file that has not changed since its last run costs little more than
// Node's own start. Anything unusual (no kept answer, --as-of, a bad setting, a file that cannot be read) returns
// false, and the whole list (morning.cjs) answers as always, reporting any problem itself.
import type { GlobalOptions } from '../commands/context.js';
import { todayOptions } from '../commands/today-options.js';
import { viewOptions } from '../commands/view-key.js';
import { readRaw } from '../store/raw-file.js';
import { realFile } from '../store/paths.js';
import { readView, viewEntry } from '../store/view-cache.js';
import { contextOf } from './context.js';
import { writeOut } from './write-out.js';

export async function keptToday(globals: GlobalOptions, opts: { json?: true; all?: true; asOf?: string }): Promise<boolean> {
  if (opts.asOf !== undefined) return false;
  try {
    const ctx = await contextOf(globals);
    if (ctx.viewCacheDir === undefined) return false;
    const raw = readRaw(realFile(ctx.file), ctx.file);
    if (raw === null) return false;
    const entry = viewEntry(ctx.viewCacheDir, 'today', viewOptions(ctx, todayOptions(ctx, ctx.today, opts)), raw);
    const kept = readView(entry);
    if (kept === null) return false;
    writeOut(kept);
    return true;
  } catch {
    return false;
  }
}
