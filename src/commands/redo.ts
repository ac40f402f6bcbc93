// followup redo: puts back what the last undo took back (--dry-run only shows it). No question: it only
// reverses an undo, and undo takes it back again.
import { FailError } from '../errors.js';
import { entryKey, mismatch, readHistory } from '../store/journal.js';
import { readData, updateData } from '../store/store.js';
import { entryJson, entryLine } from '../ui/history.js';
import { printJson } from '../ui/json.js';
import { safe } from '../ui/text.js';
import type { Ctx } from './context.js';

export async function redo(ctx: Ctx, opts: { dryRun?: boolean; json?: boolean }): Promise<void> {
  const history = await readHistory(ctx.file, await readData(ctx.file));
  if (history.problem) throw new FailError(`${history.problem}; redo cannot put anything back (the next change starts a new journal)`);
  const entry = history.redo.at(-1);
  if (!entry) throw new FailError('nothing to redo: undo a change first (a new change empties what can be redone)');
  if (!history.redoFits) throw mismatch(ctx.file, 'redo');
  if (opts.dryRun) {
    ctx.print(opts.json ? printJson({ dryRun: true, redo: entryJson(entry) }) : `Would redo: ${entryLine(entry, ctx.today)}\n`);
    return;
  }
  const done = await updateData({ file: ctx.file, lockTimeoutMs: ctx.lockTimeoutMs }, (d, h) => h.redo(d, entryKey(entry)));
  ctx.print(opts.json ? printJson({ redone: entryJson(done) }) : `Redid: ${safe(done.summary)}\n`);
}
