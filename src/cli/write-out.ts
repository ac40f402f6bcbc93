// Prints a whole answer on stdout (fd 1) with plain writes, without making Node's stdout stream (~2 ms of a kept
// `followup today`). Its failures end the run as guardStdout (report.ts) ends them: a closed pipe quietly, anything
// else with one line and exit 1. A stdout that cannot take it all at once (non-blocking) gets the rest through the
// stream, which waits for it.
import { writeSync } from 'node:fs';
import { reason } from '../store/fs-errors.js';
import { guardStdout } from './report.js';

export function writeOut(text: string): void {
  const bytes = Buffer.from(text);
  let at = 0;
  try {
    while (at < bytes.length) at += writeSync(1, bytes, at);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EAGAIN') {
      guardStdout();
      process.stdout.write(bytes.subarray(at));
      return;
    }
    if (code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`followup: cannot write the output: ${reason(err)}\n`);
    process.exit(1);
  }
}
