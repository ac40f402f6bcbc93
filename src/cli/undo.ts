// followup undo: its flags and help (CLI.md); the work is in commands/undo.ts, loaded only when it runs.
import type { Command } from 'commander';
import { context, type Opts } from './context.js';

export function undoCommand(program: Command): Command {
  return program
    .command('undo')
    .description('take back the last change to the data file (asks first); again for the one before, back to 50 or more')
    .option('-y, --yes', 'do not ask')
    .option('--dry-run', 'only show what it would take back')
    .option('--list', 'show the changes it can take back, newest first')
    .option('--json', 'print what was taken back (or the list) as JSON')
    .action(async (opts: Opts, cmd: Command) => (await import('../commands/undo.js')).undo(await context(cmd), opts));
}
