// followup rm: its flags and help (CLI.md); the work is in commands/rm.ts, loaded only when it runs.
import type { Command } from 'commander';
import { context, type Opts } from './context.js';

export function rmCommand(program: Command): Command {
  return program
    .command('rm')
    .description('delete an application, or with --event N one event of its timeline (asks first; undo brings it back)')
    .argument('<id>', 'id or company name prefix')
    .option('--event <n>', "remove only event N, as 'followup show' numbers them")
    .option('-y, --yes', 'do not ask')
    .option('--json', 'print the removed application (with --event: the application) as JSON')
    .action(async (id: string, opts: Opts, cmd: Command) => (await import('../commands/rm.js')).rm(await context(cmd), id, opts));
}
