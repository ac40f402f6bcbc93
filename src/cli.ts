// The command line (shared/CLI.md): global options, one line per command, errors mapped to exit codes.
// Each command's code is loaded with import() only when that command runs.
import { Command, CommanderError, Option } from 'commander';
import { FailError, UsageError } from './errors.js';
import { type Ctx, type GlobalOptions, makeContext } from './commands/context.js';
import { setUpColour } from './ui/color.js';
import { DATE_FORMS } from './ui/dates.js';
import pkg from '../package.json' with { type: 'json' };

type Opts = Record<string, unknown>;

function context(cmd: Command): Ctx {
  const globals = cmd.optsWithGlobals() as GlobalOptions;
  setUpColour({ colorFlag: globals.color, isTTY: Boolean(process.stdout.isTTY), env: process.env });
  return makeContext(globals, {
    env: process.env,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    columns: process.stdout.columns,
    print: (text) => process.stdout.write(text),
    now: () => new Date(),
  });
}

const CONTACT_FLAGS = (c: Command) =>
  c
    .option('--expect-by <date>', "when they said they'd get back to you")
    .option('--invited <date>', 'the day they asked you to get in touch')
    .addOption(new Option('--channel <how>', 'how they asked you to get in touch (with --invited)').choices(['call', 'email']))
    .option('--cue <feel>', 'how it felt: encouraging, neutral, unsure, negative');

export function buildProgram(): Command {
  const program = new Command('followup')
    .description('Tells you, for every job application, whether to call, email, wait or move on, by when, and why.')
    .version(pkg.version, '-V, --version')
    .option('--db <path>', 'the data file (default: $FOLLOWUP_DB, else $XDG_DATA_HOME/followup/followup.json)')
    .option('--no-color', 'no colour in the output')
    .option('--no-input', 'never prompt; a missing value is an error')
    .option('--debug', 'show a stack trace on errors')
    .addHelpText('after', `\nDates: ${DATE_FORMS}.\nFOLLOWUP_NOW=YYYY-MM-DD fixes "today". Data: see 'followup doctor'.`)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: () => undefined });

  CONTACT_FLAGS(
    program
      .command('add')
      .description('record an application, or an interview you just had (asks on a terminal)')
      .option('--company <name>', 'the company (required)')
      .option('--role <title>', 'the role')
      .option('--stage <stage>', 'applied, screen, interview, final or offer (default: applied)')
      .option('--round <n>', 'the interview round (default 1)')
      .option('--date <date>', 'of the application or interview (default: today)'),
  )
    .option('--deadline <date>', "the offer's deadline")
    .option('--contact <name>', 'the contact person')
    .option('--email <address>', "the contact's email")
    .option('--phone <number>', "the contact's phone")
    .option('--url <url>', 'the job posting')
    .option('--no-calls', 'the posting said no phone calls')
    .option('--note <text>', 'a note')
    .option('--json', 'print the new application as JSON')
    .action(async (opts: Opts, cmd: Command) => (await import('./commands/add.js')).add(context(cmd), opts));

  CONTACT_FLAGS(
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
    .option('--deadline <date>', "an offer: its deadline")
    .option('--note <text>', 'a note')
    .option('--force', 'log it even on a closed application')
    .option('--json', 'print the application as JSON')
    .action(async (id: string, event: string, opts: Opts, cmd: Command) => (await import('./commands/log.js')).log(context(cmd), id, event, opts));

  program
    .command('done')
    .description('I did what it said: logs the advised call, email or thank-you, or closes as moved-on')
    .argument('<id>', 'id or company name prefix')
    .option('--date <date>', 'when you did it (default: today)')
    .option('--note <text>', 'a note')
    .option('--json', 'print the application as JSON')
    .action(async (id: string, opts: Opts, cmd: Command) => (await import('./commands/done.js')).done(context(cmd), id, opts));

  program
    .command('today')
    .description("the morning list: what to do now, what is waiting, and the pipeline")
    .option('--as-of <date>', 'the advice of another day')
    .option('--json', 'print JSON')
    .action(async (opts: Opts, cmd: Command) => (await import('./commands/today.js')).today(context(cmd), opts));

  program
    .command('status')
    .description('the pipeline: every active application, counts per stage, the funnel')
    .option('--all', 'include closed applications')
    .option('--as-of <date>', 'as of another day')
    .option('--json', 'print JSON')
    .action(async (opts: Opts, cmd: Command) => (await import('./commands/status.js')).status(context(cmd), opts));

  program
    .command('show')
    .description('one application: contacts, timeline, and the advice with every reason')
    .argument('<id>', 'id or company name prefix')
    .option('--json', 'print JSON')
    .action(async (id: string, opts: Opts, cmd: Command) => (await import('./commands/show.js')).show(context(cmd), id, opts));

  program
    .command('draft')
    .description('the email or call script for the current advice')
    .argument('<id>', 'id or company name prefix')
    .option('--json', 'print JSON')
    .action(async (id: string, opts: Opts, cmd: Command) => (await import('./commands/draft.js')).draft(context(cmd), id, opts));

  program
    .command('edit')
    .description('change company, role, contact, url, no-calls or notes (asks on a terminal when no flag is given)')
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
    .option('--json', 'print the application as JSON')
    .action(async (id: string, opts: Opts, cmd: Command) => (await import('./commands/edit.js')).edit(context(cmd), id, opts, cmd));

  program
    .command('rm')
    .description('delete an application (asks first)')
    .argument('<id>', 'id or company name prefix')
    .option('-y, --yes', 'do not ask')
    .option('--json', 'print the removed application as JSON')
    .action(async (id: string, opts: Opts, cmd: Command) => (await import('./commands/rm.js')).rm(context(cmd), id, opts));

  program
    .command('config')
    .description('read and set the rule settings (followup config holidays 2026-11-26,2026-11-27)')
    .argument('[key]', 'a setting')
    .argument('[value]', 'its new value')
    .option('--reset <key>', 'restore a default')
    .option('--json', 'print JSON')
    .action(async (key: string | undefined, value: string | undefined, opts: Opts, cmd: Command) =>
      (await import('./commands/config.js')).config(context(cmd), key, value, opts),
    );

  program
    .command('import')
    .description('add applications from a spreadsheet (CSV with a header row; only company is required)')
    .argument('<file>', 'the CSV file')
    .option('--skip-bad', 'import the good rows and report the bad ones')
    .option('--json', 'print JSON')
    .action(async (file: string, opts: Opts, cmd: Command) => (await import('./commands/import.js')).importCsv(context(cmd), file, opts));

  program
    .command('export')
    .description('print every application as JSON, CSV (import round-trips it) or an iCalendar of pending calls and emails')
    .addOption(new Option('--format <format>', 'json, csv or ics').choices(['json', 'csv', 'ics']).default('json'))
    .option('--as-of <date>', 'the advice of another day (ics)')
    .action(async (opts: Opts, cmd: Command) => (await import('./commands/export.js')).exportData(context(cmd), opts));

  program
    .command('doctor')
    .description('check the data file, and offer to restore it from its backup when it is damaged')
    .option('-y, --yes', 'restore without asking')
    .option('--json', 'print JSON')
    .action(async (opts: Opts, cmd: Command) => (await import('./commands/doctor.js')).doctor(context(cmd), opts));

  return program;
}

function isPromptExit(err: unknown): boolean {
  return err instanceof Error && (err.name === 'ExitPromptError' || err.name === 'AbortPromptError');
}

/** Prints one line for the error and returns the exit code. */
export function report(err: unknown, debug: boolean): number {
  if (debug && err instanceof Error && !(err instanceof CommanderError)) process.stderr.write(`${err.stack}\n`);
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
    const message = err.message.replace(/^error: /, '').split('\n')[0];
    process.stderr.write(`followup: ${message}; see 'followup --help'\n`);
    return 2;
  }
  if (isPromptExit(err)) {
    process.stderr.write('followup: interrupted; nothing was written\n');
    return 130;
  }
  if (err instanceof UsageError || err instanceof FailError) {
    process.stderr.write(`followup: ${err.message}\n`);
    return err.exitCode;
  }
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`followup: ${message}${debug ? '' : ' (run with --debug for details)'}\n`);
  return 1;
}

export async function main(argv: string[]): Promise<void> {
  // `followup today | head -1`: a closed stdout is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    process.exitCode = report(err, argv.includes('--debug'));
  }
}
