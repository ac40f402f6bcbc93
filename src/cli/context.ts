// What every command's action gets from the process: its context (data file, today, terminal), built once per run.
import type { Command } from 'commander';
import { type Ctx, type GlobalOptions, makeContext } from '../commands/context.js';
import { homeFolder, viewCacheDir } from '../store/paths.js';
import { setUpColour } from '../ui/color.js';
import { terminalColumns } from '../ui/columns.js';

export type Opts = Record<string, unknown>;

export function context(cmd: Command): Promise<Ctx> {
  return contextOf(cmd.optsWithGlobals() as GlobalOptions);
}

/** The context from the global options as parsed (by commander, or by quick.ts for the morning list). */
export async function contextOf(globals: GlobalOptions): Promise<Ctx> {
  await setUpColour({ colorFlag: globals.color, isTTY: Boolean(process.stdout.isTTY), env: process.env });
  const home = await homeFolder(process.env);
  return makeContext(globals, {
    env: process.env,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    columns: terminalColumns(process.stdout, process.env),
    rows: process.stdout.rows,
    print: (text) => process.stdout.write(text),
    now: () => new Date(),
    home,
    viewCacheDir: viewCacheDir(process.env, home),
  });
}
