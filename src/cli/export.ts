// followup export: its flags and help (CLI.md); the work is in commands/export.ts, loaded only when it runs.
import { type Command, Option } from 'commander';
import { context, type Opts } from './context.js';

export function exportCommand(program: Command): Command {
  return program
    .command('export')
    .description('print every application as JSON (a backup), CSV (import reads it back) or a calendar (ICS) of calls, emails and interviews')
    .addOption(new Option('--format <format>', 'json, csv or ics').choices(['json', 'csv', 'ics']).default('json'))
    .option('--output <file>', 'write to FILE (mode 0600, replaced atomically) instead of stdout')
    .option('--as-of <date>', 'the advice of another day (ics)')
    .action(async (opts: Opts, cmd: Command) => (await import('../commands/export.js')).exportData(await context(cmd), opts));
}
