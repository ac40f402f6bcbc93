// followup rm: its flags and help (CLI.md); the work is in commands/rm.ts, loaded only when it runs.
import type { Command } from 'commander';
import { context, type Opts } from './context.js';

export function rmCommand(program: Command): Command {
  return program
    .command('rm')
    .description('delete an application (asks first)')
    .argument('<id>', 'id or company name prefix')
    .option('-y, --yes', 'do not ask')
    .option('--json', 'print the removed application as JSON')
    .action(async (id: string, opts: Opts, cmd: Command) => (await import('../commands/rm.js')).rm(context(cmd), id, opts));
}
