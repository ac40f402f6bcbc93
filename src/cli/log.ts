// followup log: its flags and help (CLI.md); the work is in commands/log.ts, loaded only when it runs.
import type { Command } from 'commander';
import { context, type Opts } from './context.js';
import { CONTACT_FLAGS } from './contact-flags.js';

export function logCommand(program: Command): Command {
  return CONTACT_FLAGS(
    program
      .command('log')
      .description('append an event: applied, screen, interview, final, reply, delay, offer, rejected, thanks, call, email, withdrawn, accepted, moved-on, note')
      .argument('<id>', 'id or company name prefix')
      .argument('<event>', 'what happened')
      .option('--date <date>', 'when (default: today)')
      .option('--round <n>', 'interview round (default: the previous round plus one)'),
  )
    .option('--until <date>', 'a delay: until when')
    .option('--reason <text>', 'a delay: why')
    .option('--deadline <date>', "an offer: its deadline (on an application already at offer, it revises the deadline)")
    .option('--no-answer', 'a call: nobody picked up (a voicemail may have been left)')
    .option('--note <text>', 'a note')
    .option('--force', 'log it even on a closed application')
    .option('--json', 'print the application as JSON')
    .action(async (id: string, event: string, opts: Opts, cmd: Command) => (await import('../commands/log.js')).log(await context(cmd), id, event, opts));
}
