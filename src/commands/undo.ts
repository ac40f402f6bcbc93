// followup undo: takes back the last recorded change, after showing it and asking (--yes, --dry-run);
// --list shows what it can take back. The work is a store transaction (store/journal.ts).
import { FailError, UsageError } from '../errors.js';
import { entryKey, mismatch, readHistory } from '../store/journal.js';
import { readData, updateData } from '../store/store.js';
import { entryJson, entryLine, historyJson, renderHistory } from '../ui/history.js';
import { printJson } from '../ui/json.js';
import { safe } from '../ui/text.js';
import type { Ctx } from './context.js';

interface UndoFlags {
  yes?: boolean;
  dryRun?: boolean;
  list?: boolean;
  json?: boolean;
}

export async function undo(ctx: Ctx, opts: UndoFlags): Promise<void> {
  const history = await readHistory(ctx.file, await readData(ctx.file));
  if (opts.list) {
    ctx.print(opts.json ? printJson(historyJson(history)) : renderHistory(history, ctx.file, ctx.today));
    return;
  }
  if (history.problem) throw new FailError(`${history.problem}; undo cannot take anything back (the next change starts a new journal)`);
  const entry = history.undo.at(-1);
  if (!entry) throw new FailError(`nothing to undo: no change to ${ctx.file} is recorded`);
  if (!history.undoFits) throw mismatch(ctx.file, 'undo');
  if (opts.dryRun) {
    ctx.print(opts.json ? printJson({ dryRun: true, undo: entryJson(entry) }) : `Would undo: ${entryLine(entry, ctx.today)}\n`);
    return;
  }
  if (!opts.yes) {
    if (!ctx.canPrompt) throw new UsageError(`undo asks before taking back "${safe(entry.summary)}": pass --yes (or --dry-run to only see it)`);
    ctx.print(`Last change: ${entryLine(entry, ctx.today)}\n`);
    const { terminalPrompter } = await import('../ui/prompts.js');
    if (!(await (await terminalPrompter()).confirm({ message: 'Undo it?', default: false }))) {
      ctx.print('Nothing undone.\n');
      return;
    }
  }
  const done = await updateData({ file: ctx.file, lockTimeoutMs: ctx.lockTimeoutMs }, (d, h) => h.undo(d, entryKey(entry)));
  ctx.print(opts.json ? printJson({ undone: entryJson(done) }) : `Undid: ${safe(done.summary)}\n`);
}
