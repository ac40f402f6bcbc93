// followup edit: its flags and help (CLI.md); the work is in commands/edit.ts, loaded only when it runs.
import type { Command } from 'commander';
import { context, type Opts } from './context.js';

export function editCommand(program: Command): Command {
  return program
    .command('edit')
    .description('change company, role, contact, url, no-calls or notes (asks on a terminal when no flag is given)')
    .argument('<id>', 'id or company name prefix')
    .option('--company <name>')
    .option('--role <title>')
    .option('--contact <name>')
    .option('--email <address>')
    .option('--phone <number>')
    .option('--url <url>')
    .option('--no-calls', 'the posting said no phone calls')
    .option('--calls', 'phone calls are fine')
    .option('--notes <text>')
    .option('--json', 'print the application as JSON')
    .action(async (id: string, opts: Opts, cmd: Command) => (await import('../commands/edit.js')).edit(context(cmd), id, opts, cmd));
}
