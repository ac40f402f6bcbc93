// The command line (shared/CLI.md): global options, one line per command, errors mapped to exit codes.
// Each command's code is loaded with import() only when that command runs.
import { Command, CommanderError } from 'commander';
import { UsageError } from './errors.js';
import { guardStdout, reportFailure } from './cli/report.js';
import { addCommand } from './cli/add.js';
import { logCommand } from './cli/log.js';
import { doneCommand } from './cli/done.js';
import { todayCommand } from './cli/today.js';
import { WRITES, optimiseLess } from './cli/tiering.js';
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
import { completionCommand } from './cli/completion.js';
import { context } from './cli/context.js';
import { attachExamples } from './cli/examples.js';
import { nearest } from './cli/suggest.js';
import { terminalColumns } from './ui/columns.js';
import { DATE_FORMS } from './ui/dates.js';
import { safe, wrap } from './ui/text.js';
import pkg from '../package.json' with { type: 'json' };

const helpWidth = () => Math.max(40, Math.min(terminalColumns(process.stdout, process.env), 100));

export function buildProgram(): Command {
  const program = new Command('followup')
    .description('Tells you, for every job application, whether to call, email, wait or move on, by when, and why.')
    .version(pkg.version, '-V, --version')
    .option('--db <path>', 'the data file (default: $FOLLOWUP_DB, else $XDG_DATA_HOME/followup/followup.json)')
    .option('--no-color', 'no colour in the output')
    .option('--no-input', 'never prompt; a missing value is an error')
    .option('--debug', 'show a stack trace on errors')
    .addHelpText('after', () => `\n${wrap(`Dates: ${DATE_FORMS}.`, helpWidth(), 2)}\n${wrap(`FOLLOWUP_NOW=YYYY-MM-DD fixes "today". Data: see 'followup doctor'.`, helpWidth())}`)
    .showSuggestionAfterError(true)
    .helpCommand(false)
    // Commander leaves a description column narrower than 40 unwrapped: wrap it on narrow terminals too.
    .configureHelp({ minWidthToWrap: 20 })
    .exitOverride()
    .configureOutput({ outputError: () => undefined, getOutHelpWidth: helpWidth, getErrHelpWidth: helpWidth });

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
  completionCommand(program);

  return finish(program);
}

/** What every command gets once all are registered: `help`, the examples, the no-command behaviour, errors tagged by command. */
function finish(program: Command): Command {
  program
    .command('help')
    .description('the help of a command, with examples')
    .argument('[command]', 'a command')
    .action((name: string | undefined) => {
      if (name === undefined) return program.outputHelp();
      const found = program.commands.find((c) => c.name() === name || c.aliases().includes(name));
      if (!found) throw unknownCommand(program, name);
      found.outputHelp();
    });
  attachExamples(program, helpWidth);
  // A usage error inside a command names it, so that the error line can point to its help.
  for (const c of program.commands) {
    c.exitOverride((err) => {
      throw Object.assign(err, { command: c.name() });
    });
  }
  // `followup` alone (CLI.md): today on a terminal with data, a getting-started note on one without, the usage elsewhere.
  program.action(async (_opts: unknown, cmd: Command) => {
    if (!process.stdin.isTTY || !process.stdout.isTTY) return program.outputHelp();
    await (await import('./commands/start.js')).start(await context(cmd));
  });
  return program;
}

/** The names a person may type: every visible command and its aliases. */
function commandNames(program: Command): string[] {
  return program.createHelp().visibleCommands(program).flatMap((c) => [c.name(), ...c.aliases()]);
}

function unknownCommand(program: Command, word: string): UsageError {
  const near = nearest(word, commandNames(program));
  return new UsageError(`unknown command '${word}'${near ? ` (did you mean ${near}?)` : ''}; see 'followup help' for the commands`);
}

/** The first word that is not a global option: the command, or undefined when there is none. */
function commandWord(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') return args[i + 1];
    if (a === '--db') i++;
    else if (!a.startsWith('-')) return a;
  }
  return undefined;
}

/** Prints the error and returns the exit code. What it quotes (a company, a typed word) never reaches the terminal raw. */
export function report(err: unknown, debug: boolean): number {
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
    const [whole = '', second] = err.message.replace(/^error: /, '').split('\n');
    // Commander ends some messages with a full stop; ours go on with "; see …".
    let first = whole.replace(/\.$/, '');
    // `followup log acme note "text"`: the text belongs in --note (or --reason), not as a third argument.
    if (err.code === 'commander.excessArguments') first += "; put text in quotes after a flag such as --note";
    // Commander's "(Did you mean --json?)" comes on a second line: keep the error to one.
    const hint = second && /^\(Did you mean/.test(second) ? ` (did you mean${second.slice('(Did you mean'.length)}` : '';
    const command = (err as { command?: string }).command;
    process.stderr.write(`followup: ${safe(first)}${hint}; see 'followup help${command ? ` ${command}` : ''}'\n`);
    return 2;
  }
  return reportFailure(err, debug);
}

/**
 * Node's modules each command loads, loaded before V8's flags change (see tiering.ts), as the command's own code
 * loads them (an import of node:crypto also makes its webcrypto). Commands that write: the hashes, the lock.
 */
const LOADS: Record<string, readonly string[]> = {
  add: WRITES,
  log: WRITES,
  done: WRITES,
  edit: WRITES,
  rm: WRITES,
  undo: WRITES,
  redo: WRITES,
  config: WRITES,
  import: [...WRITES, 'node:fs/promises'],
  doctor: [...WRITES, 'node:fs/promises'],
  completion: ['node:assert'],
  complete: ['node:assert'],
};

export async function main(argv: string[]): Promise<void> {
  // stdout first: it is a stream, of modules of Node's own.
  guardStdout();
  const word = commandWord(argv.slice(2));
  await Promise.all((word !== undefined && Object.hasOwn(LOADS, word) ? LOADS[word]! : []).map((m) => import(m)));
  optimiseLess();
  try {
    const program = buildProgram();
    if (word !== undefined && !program.commands.some((c) => c.name() === word || c.aliases().includes(word))) {
      throw unknownCommand(program, word);
    }
    await program.parseAsync(argv);
  } catch (err) {
    process.exitCode = report(err, argv.includes('--debug'));
  }
}
