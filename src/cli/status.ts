// followup status: its flags and help (CLI.md); the work is in commands/status.ts, loaded only when it runs.
import type { Command } from 'commander';
import { context, type Opts } from './context.js';

export function statusCommand(program: Command): Command {
  return program
    .command('status')
    .description('the pipeline: every active application, counts per stage, the funnel')
    .option('--all', 'include closed applications')
    .option('--as-of <date>', 'as of another day')
    .option('--json', 'print JSON')
    .action(async (opts: Opts, cmd: Command) => (await import('../commands/status.js')).status(await context(cmd), opts));
}
