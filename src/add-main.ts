// add's own bundle (dist/add-main.js, one file: see scripts/build.mjs), loaded by quick.ts for a plain
// `followup add`: the context, the command, the store's write code and the advice, and nothing of commander.
import { setFlagsFromString } from 'node:v8';
import type { GlobalOptions } from './commands/context.js';
import { add } from './commands/add.js';
import { contextOf } from './cli/context.js';
import { guardStdout, reportFailure } from './cli/report.js';

// V8 sends a function to its optimising compiler (Turbofan, on worker threads) once it has run through a budget
// of bytecode, and Node waits for the jobs still running before it exits. An add at 1,000 applications sent ~20
// functions (~60 ms of compiling, mostly done after the loops they were for); with four times the default budget
// (67,584), ~6: ~25 ms less wall and CPU time. At 10,000 the difference was within the noise (±15 ms of ~400).
setFlagsFromString('--interrupt-budget=270336');

export async function addMain(globals: GlobalOptions, opts: Record<string, string | boolean>, debug: boolean): Promise<void> {
  guardStdout();
  try {
    await add(await contextOf(globals), opts);
  } catch (err) {
    process.exitCode = reportFailure(err, debug);
  }
}
