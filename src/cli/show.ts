// followup show: its flags and help (CLI.md); the work is in commands/show.ts, loaded only when it runs.
import type { Command } from 'commander';
import { context, type Opts } from './context.js';

export function showCommand(program: Command): Command {
  return program
    .command('show')
    .description('one application: contacts, timeline, and the advice with every reason')
    .argument('<id>', 'id or company name prefix')
    .option('--json', 'print JSON')
    .action(async (id: string, opts: Opts, cmd: Command) => (await import('../commands/show.js')).show(await context(cmd), id, opts));
}
