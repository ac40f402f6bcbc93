// followup redo: its flags and help (CLI.md); the work is in commands/redo.ts, loaded only when it runs.
import type { Command } from 'commander';
import { context, type Opts } from './context.js';

export function redoCommand(program: Command): Command {
  return program
    .command('redo')
    .description('put back what the last undo took back (until a new change is made)')
    .option('--dry-run', 'only show what it would put back')
    .option('--json', 'print what was put back as JSON')
    .action(async (opts: Opts, cmd: Command) => (await import('../commands/redo.js')).redo(await context(cmd), opts));
}
