// The morning list's own bundle (dist/morning.cjs, one file: see scripts/build.mjs), loaded by quick.ts for a
// plain `followup today`: the context, the command and the error report, and nothing of commander.
import type { GlobalOptions } from './commands/context.js';
import { today } from './commands/today.js';
import { contextOf } from './cli/context.js';
import { reportFailure } from './cli/report.js';

export async function morning(globals: GlobalOptions, opts: { json?: true; all?: true; asOf?: string }, debug: boolean): Promise<void> {
  // quick.ts has guarded stdout already (cli/report.ts).
  try {
    await today(await contextOf(globals), opts);
  } catch (err) {
    process.exitCode = reportFailure(err, debug);
  }
}
