// The command line (shared/CLI.md): global options, one line per command, errors mapped to exit codes.
// Each command's code is loaded with import() only when that command runs.
import type { Command } from 'commander';
import { finish, newProgram, runProgram } from './cli/program.js';
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
import { completionCommand } from './cli/completion.js';
import { context } from './cli/context.js';

export function buildProgram(): Command {
  const program = newProgram();
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
  finish(program);
  // `followup` alone (CLI.md): today on a terminal with data, a getting-started note on one without, the usage elsewhere.
  program.action(async (_opts: unknown, cmd: Command) => {
    if (!process.stdin.isTTY || !process.stdout.isTTY) return program.outputHelp();
    await (await import('./commands/start.js')).start(await context(cmd));
  });
  return program;
}

export async function main(argv: string[]): Promise<void> {
  await runProgram(buildProgram, argv);
}
