// `followup add`'s own bundle (dist/add-cli.js, one file: see scripts/build.mjs), loaded by quick.ts when add is
// the command: the same program as cli.ts (newProgram, finish) with add as its only command, and add's action,
// the store's write code and the advice in the same file. The full command line loaded two dozen chunks in four
// rounds of import() (the CLI, add's code, the lock, the journal) and set up every command's flags.
import { setFlagsFromString } from 'node:v8';
import type { Command } from 'commander';
import { addCommand } from './cli/add.js';
import { finish, newProgram, runProgram } from './cli/program.js';

// V8 sends a function to its optimising compiler (Turbofan, on worker threads) once it has run through a budget
// of bytecode, and Node waits for the jobs still running before it exits. An add at 1,000 applications sent ~20
// functions (~60 ms of compiling, mostly done after the loops they were for); with four times the default budget
// (67,584), ~6: ~25 ms less wall and CPU time. At 10,000 the difference was within the noise (±15 ms of ~400).
setFlagsFromString('--interrupt-budget=270336');

function buildAdd(): Command {
  const program = newProgram();
  addCommand(program);
  return finish(program);
}

export async function main(argv: string[]): Promise<void> {
  await runProgram(buildAdd, argv);
}
