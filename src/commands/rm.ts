// followup rm <id>: delete an application, after asking (or with --yes). The file's .bak keeps it until the next write.
import { UsageError } from '../errors.js';
import { backupPath } from '../store/paths.js';
import { readData, updateData } from '../store/store.js';
import { printJson } from '../ui/json.js';
import type { Ctx } from './context.js';
import { findApplication } from './lookup.js';

export async function rm(ctx: Ctx, ref: string, opts: { yes?: boolean; json?: boolean }): Promise<void> {
  const app = findApplication((await readData(ctx.file)).applications, ref);
  const label = `#${app.id} ${app.company}${app.role ? ` (${app.role})` : ''}`;
  if (!opts.yes) {
    if (!ctx.canPrompt) throw new UsageError(`deleting ${label} needs confirming: pass --yes`);
    const { terminalPrompter } = await import('../ui/prompts.js');
    const sure = await (await terminalPrompter()).confirm({ message: `Delete ${label} and its ${app.events.length} events?`, default: false });
    if (!sure) {
      ctx.print('Nothing deleted.\n');
      return;
    }
  }
  const removed = await updateData({ file: ctx.file, lockTimeoutMs: ctx.lockTimeoutMs }, (d) => {
    const i = d.applications.findIndex((a) => a.id === app.id);
    if (i < 0) throw new UsageError(`${label} is already gone`);
    return d.applications.splice(i, 1)[0]!;
  });
  ctx.print(opts.json ? printJson(removed) : `Deleted ${label}. Until the next change, ${backupPath(ctx.file)} still has it.\n`);
}
