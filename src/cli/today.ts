// followup today: its flags and help (CLI.md); the work is in commands/today.ts, loaded only when it runs.
import type { Command } from 'commander';
import { context, type Opts } from './context.js';

export function todayCommand(program: Command): Command {
  return program
    .command('today')
    .description('the morning list: what to do now, what is waiting, what is coming up, and the pipeline')
    .option('--as-of <date>', 'the advice of another day')
    .option('--all', 'never cut the list to the window\'s height')
    .option('--json', 'print JSON')
    .action(async (opts: Opts, cmd: Command) => (await import('../commands/today.js')).today(await context(cmd), opts));
}
