// How a run ends when something went wrong, for the full command line (cli.ts) and the quick path (quick.ts)
// alike: one line on stderr and an exit code (CLI.md "errors", "exit codes"). Commander's own errors are cli.ts's.
import { FailError, UsageError } from '../errors.js';
import { reason } from '../store/fs-errors.js';
import { safeLines } from '../ui/text.js';

function isPromptExit(err: unknown): boolean {
  return err instanceof Error && (err.name === 'ExitPromptError' || err.name === 'AbortPromptError');
}

/** Prints the error and returns the exit code. What it quotes (a company, a typed word) never reaches the terminal raw. */
export function reportFailure(err: unknown, debug: boolean): number {
  if (debug && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  if (isPromptExit(err)) {
    process.stderr.write('followup: interrupted; nothing was written\n');
    return 130;
  }
  if (err instanceof UsageError || err instanceof FailError) {
    // Some failures list one problem a line (import's bad rows): keep the lines, escape everything else.
    process.stderr.write(`followup: ${safeLines(err.message)}\n`);
    return err.exitCode;
  }
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`followup: ${safeLines(message)}${debug ? '' : ' (run with --debug for details)'}\n`);
  return 1;
}

/**
 * `followup today | head -1`: a closed stdout is not an error. Any other failure to print (a full disk,
 * `> /dev/full`) is one line and exit 1, for every command; whatever the command wrote to the data file
 * before printing stays written.
 */
export function guardStdout(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`followup: cannot write the output: ${reason(err)}\n`);
    process.exit(1);
  });
}
