// followup doctor: its flags and help (CLI.md); the work is in commands/doctor.ts, loaded only when it runs.
import type { Command } from 'commander';
import { context, type Opts } from './context.js';

export function doctorCommand(program: Command): Command {
  return program
    .command('doctor')
    .description('check the data file, and offer to restore it from its backup when it is damaged')
    .option('-y, --yes', 'restore without asking')
    .option('--json', 'print JSON')
    .action(async (opts: Opts, cmd: Command) => (await import('../commands/doctor.js')).doctor(await context(cmd), opts));
}
