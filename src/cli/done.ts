// followup done: its flags and help (CLI.md); the work is in commands/done.ts, loaded only when it runs.
import type { Command } from 'commander';
import { context, type Opts } from './context.js';

export function doneCommand(program: Command): Command {
  return program
    .command('done')
    .description('I did what it said: logs the advised call, email or thank-you, a withdrawal, or closes as moved-on')
    .argument('<id>', 'id or company name prefix')
    .option('--date <date>', 'when you did it (default: today)')
    .option('--no-answer', 'the advised call: nobody picked up')
    .option('--note <text>', 'a note')
    .option('--json', 'print the application as JSON')
    .action(async (id: string, opts: Opts, cmd: Command) => (await import('../commands/done.js')).done(await context(cmd), id, opts));
}
