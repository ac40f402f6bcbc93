// followup add: its flags and help (CLI.md); the work is in commands/add.ts, loaded only when it runs.
import type { Command } from 'commander';
import { context, type Opts } from './context.js';
import { CONTACT_FLAGS } from './contact-flags.js';

export function addCommand(program: Command): Command {
  return CONTACT_FLAGS(
    program
      .command('add')
      .description('record an application, or an interview you just had (asks on a terminal)')
      .option('--company <name>', 'the company (required)')
      .option('--role <title>', 'the role')
      .option('--stage <stage>', 'applied, screen, interview, final or offer (default: applied)')
      .option('--round <n>', 'the interview round (default 1)')
      .option('--date <date>', 'of the application or interview (default: today; an interview may be ahead: scheduled)'),
  )
    .option('--deadline <date>', "the offer's deadline")
    .option('--thanked', 'you sent a thank-you note the same day as the interview')
    .option('--contact <name>', 'the contact person')
    .option('--email <address>', "the contact's email")
    .option('--phone <number>', "the contact's phone")
    .option('--url <url>', 'the job posting')
    .option('--no-calls', 'the posting said no phone calls')
    .option('--note <text>', 'a note')
    .option('--json', 'print the new application as JSON')
    .action(async (opts: Opts, cmd: Command) => (await import('../commands/add.js')).add(await context(cmd), opts));
}
