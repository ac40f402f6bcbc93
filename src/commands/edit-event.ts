// followup edit <id> --event N [flags]: correct one event. Like edit with flags, it does not ask (the flags
// say exactly what to change); it says what changed, and undo takes it back.
import { UsageError } from '../errors.js';
import { readData, updateData } from '../store/store.js';
import { describeEventChange } from '../store/summary.js';
import { safe } from '../ui/text.js';
import type { Ctx } from './context.js';
import { FIX_FLAGS, type FixFlags, appLabel, correctEvent, eventAt, numberOf, parseEventNumber, sameEventAt } from './event-fix.js';
import { findApplication } from './lookup.js';
import { printApplication, sayRecorded } from './shared.js';

export async function editEvent(ctx: Ctx, ref: string, eventText: string, flags: FixFlags & { json?: boolean }): Promise<void> {
  const n = parseEventNumber(eventText);
  const current = findApplication((await readData(ctx.file)).applications, ref);
  const seen = eventAt(current, n);
  if (!FIX_FLAGS.some((f) => flags[f] !== undefined)) {
    throw new UsageError(
      `say what to correct in event ${n} of ${appLabel(current)}: --date, --type, --expect-by, --invited, --cue, --deadline, --until, --note (or --round, --channel, --reason)`,
    );
  }
  // Checked against what is on disk first, so that bad input never locks or writes the file.
  const change = describeEventChange(seen, correctEvent(current, seen, flags, ctx.today));
  const label = `Corrected event ${n} of #${current.id} ${current.company}: ${change}`;
  const { data, app, now } = await updateData({ file: ctx.file, lockTimeoutMs: ctx.lockTimeoutMs, label }, (d) => {
    const target = findApplication(d.applications, current.id);
    const old = sameEventAt(target, n, seen);
    const fixed = correctEvent(target, old, flags, ctx.today);
    target.events[target.events.indexOf(old)] = fixed;
    return { data: d, app: target, now: numberOf(target, fixed) };
  });
  if (!flags.json) sayRecorded(ctx, `Event ${n} of ${appLabel(app)}: ${change}${now !== n ? ` (now event ${now})` : ''}`);
  printApplication(ctx, data, app, Boolean(flags.json));
}
