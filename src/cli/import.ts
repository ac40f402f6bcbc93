// followup import: its flags and help (CLI.md); the work is in commands/import.ts, loaded only when it runs.
import type { Command } from 'commander';
import { context, type Opts } from './context.js';

export function importCommand(program: Command): Command {
  return program
    .command('import')
    .description('add applications from a spreadsheet (CSV with a header row; only company is required)')
    .argument('<file>', 'the CSV file')
    .option('--skip-bad', 'import the good rows and report the bad ones')
    .option('--json', 'print JSON')
    .action(async (file: string, opts: Opts, cmd: Command) => (await import('../commands/import.js')).importCsv(context(cmd), file, opts));
}
