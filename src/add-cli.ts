// `followup add`'s own bundle (dist/add-cli.js, one file: see scripts/build.mjs), loaded by quick.ts when add is
// the command: the same program as cli.ts (newProgram, finish) with add as its only command, and add's action,
// the store's write code and the advice in the same file. The full command line loaded two dozen chunks in four
// rounds of import() (the CLI, add's code, the lock, the journal) and set up every command's flags.
import type { Command } from 'commander';
import { addCommand } from './cli/add.js';
import { finish, newProgram, runProgram } from './cli/program.js';

function buildAdd(): Command {
  const program = newProgram();
  addCommand(program);
  return finish(program);
}

export async function main(argv: string[]): Promise<void> {
  await runProgram(buildAdd, argv);
}
