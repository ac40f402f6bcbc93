// followup import: its flags and help (CLI.md); the work is in commands/import.ts, loaded only when it runs.
import type { Command } from 'commander';
import { context, type Opts } from './context.js';

const collect = (value: string, all: string[] = []) => [...all, value];

export function importCommand(program: Command): Command {
  return program
    .command('import')
    .description("add applications from a spreadsheet: followup's own CSV, Huntr, Teal, LinkedIn or a hand-made sheet (a header row; a company column)")
    .argument('<file>', 'the CSV file (- for stdin)')
    .option('--map <column=field>', 'read a column as a field: company, role, stage, round, date, expect_by, deadline, contact, email, phone, url, no_calls, note, or ignore (repeatable)', collect)
    .option('--map-stage <word=stage>', 'read a stage word as a stage, or skip (repeatable)', collect)
    .option('--month-first', 'read slashed dates as month/day/year')
    .option('--day-first', 'read slashed dates as day/month/year')
    .option('--dry-run', 'show what would be imported; write nothing')
    .option('--skip-bad', 'import the good rows and report the bad ones')
    .option('--json', 'print JSON')
    .action(async (file: string, opts: Opts, cmd: Command) => (await import('../commands/import.js')).importCsv(await context(cmd), file, opts));
}
