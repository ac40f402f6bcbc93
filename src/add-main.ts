// add's own bundle (dist/add-main.cjs, one file: see scripts/build.mjs), loaded by quick.ts for a plain
// `followup add`: the context, the command, the store's write code and the advice, and nothing of commander.
import type { GlobalOptions } from './commands/context.js';
import { add } from './commands/add.js';
import { contextOf } from './cli/context.js';
import { reportFailure } from './cli/report.js';

/** quick.ts guards stdout before it loads this bundle. */
export async function addMain(globals: GlobalOptions, opts: Record<string, string | boolean>, debug: boolean): Promise<void> {
  try {
    await add(await contextOf(globals), opts);
  } catch (err) {
    process.exitCode = reportFailure(err, debug);
  }
}
