// followup config: its flags and help (CLI.md); the work is in commands/config.ts, loaded only when it runs.
import type { Command } from 'commander';
import { context, type Opts } from './context.js';

export function configCommand(program: Command): Command {
  return program
    .command('config')
    .description('read and set the rule settings (followup config holidays 2026-11-26,2026-11-27)')
    .argument('[key]', 'a setting')
    .argument('[value]', 'its new value')
    .option('--reset <key>', 'restore a default')
    .option('--json', 'print JSON')
    .action(async (key: string | undefined, value: string | undefined, opts: Opts, cmd: Command) =>
      (await import('../commands/config.js')).config(await context(cmd), key, value, opts),
    );
}
