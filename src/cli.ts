// The command line (shared/CLI.md): global options, one line per command, errors mapped to exit codes.
// Each command's code is loaded with import() only when that command runs.
import { Command, CommanderError } from 'commander';
import { FailError, UsageError } from './errors.js';
import { reason } from './store/fs-errors.js';
import { addCommand } from './cli/add.js';
import { logCommand } from './cli/log.js';
import { doneCommand } from './cli/done.js';
import { todayCommand } from './cli/today.js';
import { statusCommand } from './cli/status.js';
import { showCommand } from './cli/show.js';
import { draftCommand } from './cli/draft.js';
import { editCommand } from './cli/edit.js';
import { rmCommand } from './cli/rm.js';
import { configCommand } from './cli/config.js';
import { importCommand } from './cli/import.js';
import { exportCommand } from './cli/export.js';
import { doctorCommand } from './cli/doctor.js';
import { undoCommand } from './cli/undo.js';
import { redoCommand } from './cli/redo.js';
import { DATE_FORMS } from './ui/dates.js';
import pkg from '../package.json' with { type: 'json' };

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

  addCommand(program);
  logCommand(program);
  doneCommand(program);
  todayCommand(program);
  statusCommand(program);
  showCommand(program);
  draftCommand(program);
  editCommand(program);
  rmCommand(program);
  configCommand(program);
  importCommand(program);
  exportCommand(program);
  doctorCommand(program);
  undoCommand(program);
  redoCommand(program);

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
  // `followup today | head -1`: a closed stdout is not an error. Any other failure to print (a full disk,
  // `> /dev/full`) is one line and exit 1, for every command; whatever the command wrote to the data file
  // before printing stays written.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`followup: cannot write the output: ${reason(err)}\n`);
    process.exit(1);
  });
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    process.exitCode = report(err, argv.includes('--debug'));
  }
}
