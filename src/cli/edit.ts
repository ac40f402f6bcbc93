// followup edit: its flags and help (CLI.md); the work is in commands/edit.ts, loaded only when it runs.
import type { Command } from 'commander';
import { context, type Opts } from './context.js';

export function editCommand(program: Command): Command {
  return program
    .command('edit')
    .description('change company, role, contact, url, no-calls or notes (asks on a terminal when no flag is given), or with --event N correct one event')
    .argument('<id>', 'id or company name prefix')
    .option('--company <name>')
    .option('--role <title>')
    .option('--contact <name>')
    .option('--email <address>')
    .option('--phone <number>')
    .option('--url <url>')
    .option('--no-calls', 'the posting said no phone calls')
    .option('--calls', 'phone calls are fine')
    .option('--notes <text>')
    .option('--event <n>', "correct event N, as 'followup show' numbers them, with the flags below ('' or none clears one)")
    .option('--type <event>', 'what the event was (applied, screen, interview, call, …)')
    .option('--date <date>', 'when it happened')
    .option('--round <n>', 'interview round')
    .option('--expect-by <date>', 'when they said they would get back to you')
    .option('--invited <date>', 'the day they asked you to get in touch')
    .option('--channel <how>', 'call or email (with --invited)')
    .option('--cue <cue>', 'encouraging, neutral, unsure or negative')
    .option('--until <date>', 'a delay: until when')
    .option('--reason <text>', 'a delay: why')
    .option('--deadline <date>', "an offer's deadline")
    .option('--note <text>', "the event's note")
    .option('--json', 'print the application as JSON')
    .action(async (id: string, opts: Opts, cmd: Command) => (await import('../commands/edit.js')).edit(await context(cmd), id, opts, cmd));
}
