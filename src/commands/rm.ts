// followup rm <id>: delete an application, after asking (or with --yes); with --event N, remove one event.
// Both say what they removed; undo brings it back.
import { UsageError } from '../errors.js';
import { readData, updateData } from '../store/store.js';
import { deriveState } from '../core/timeline.js';
import { applicationJson, printJson } from '../ui/json.js';
import { plural, safe } from '../ui/text.js';
import type { Ctx } from './context.js';
import { appLabel, eventAt, eventWords, parseEventNumber, sameEventAt } from './event-fix.js';
import { findApplication } from './lookup.js';
import { printApplication, sayRecorded } from './shared.js';

interface RmFlags {
  yes?: boolean;
  json?: boolean;
  event?: string;
}

/** Asks on a terminal; without one, --yes is required. False: the user said no. */
async function confirmed(ctx: Ctx, opts: RmFlags, question: string, what: string): Promise<boolean> {
  if (opts.yes) return true;
  if (!ctx.canPrompt) throw new UsageError(`${what} needs confirming: pass --yes`);
  const { terminalPrompter } = await import('../ui/prompts.js');
  return (await terminalPrompter()).confirm({ message: question, default: false });
}


export async function rm(ctx: Ctx, ref: string, opts: RmFlags): Promise<void> {
  if (opts.event !== undefined) return rmEvent(ctx, ref, parseEventNumber(opts.event), opts);
  const app = findApplication((await readData(ctx.file)).applications, ref);
  const label = `${appLabel(app)}${app.role ? ` (${safe(app.role)})` : ''}`;
  if (!(await confirmed(ctx, opts, `Delete ${label} and its ${plural(app.events.length, 'event')}?`, `deleting ${label}`))) {
    ctx.print('Nothing deleted.\n');
    return;
  }
  const removed = await updateData({ file: ctx.file, lockTimeoutMs: ctx.lockTimeoutMs }, (d) => {
    const i = d.applications.findIndex((a) => a.id === app.id);
    if (i < 0) throw new UsageError(`${label} is already gone`);
    return d.applications.splice(i, 1)[0]!;
  });
  if (opts.json) ctx.print(printJson(applicationJson(deriveState(removed, ctx.today), null)));
  else sayRecorded(ctx, `Deleted ${label} and its ${plural(removed.events.length, 'event')}; 'followup undo' brings it back.`);
}

async function rmEvent(ctx: Ctx, ref: string, n: number, opts: RmFlags): Promise<void> {
  const current = findApplication((await readData(ctx.file)).applications, ref);
  const seen = eventAt(current, n);
  if (current.events.length === 1) {
    throw new UsageError(`event 1 is the only event of ${appLabel(current)}; delete the application instead (followup rm ${current.id})`);
  }
  const words = eventWords(seen, ctx.today);
  if (!(await confirmed(ctx, opts, `Remove event ${n} of ${appLabel(current)}: ${words}?`, `removing event ${n} of ${appLabel(current)}`))) {
    ctx.print('Nothing removed.\n');
    return;
  }
  const label = `Removed event ${n} of #${current.id} ${current.company}: ${eventWords(seen, seen.date)}`;
  const { data, app } = await updateData({ file: ctx.file, lockTimeoutMs: ctx.lockTimeoutMs, label }, (d) => {
    const target = findApplication(d.applications, current.id);
    target.events.splice(target.events.indexOf(sameEventAt(target, n, seen)), 1);
    return { data: d, app: target };
  });
  if (!opts.json) sayRecorded(ctx, `Removed event ${n} of ${appLabel(app)}: ${words}`);
  printApplication(ctx, data, app, Boolean(opts.json));
}
