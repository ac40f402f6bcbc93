// followup draft: its flags and help (CLI.md); the work is in commands/draft.ts, loaded only when it runs.
import type { Command } from 'commander';
import { context, type Opts } from './context.js';

export function draftCommand(program: Command): Command {
  return program
    .command('draft')
    .description('the email or call script for the current advice')
    .argument('<id>', 'id or company name prefix')
    .option('--mailto', 'print the email as a mailto: link (address, subject and body)')
    .option('--json', 'print JSON')
    .action(async (id: string, opts: Opts, cmd: Command) => (await import('../commands/draft.js')).draft(await context(cmd), id, opts));
}
