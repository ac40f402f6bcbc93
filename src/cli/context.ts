// What every command's action gets from the process: its context (data file, today, terminal), built once per run.
import { isatty } from 'node:tty';
import type { Command } from 'commander';
import { type Ctx, type GlobalOptions, makeContext } from '../commands/context.js';
import { cacheDir, homeFolder } from '../store/paths.js';
import { setUpColour } from '../ui/color.js';
import { terminalColumns } from '../ui/columns.js';

export type Opts = Record<string, unknown>;

export function context(cmd: Command): Promise<Ctx> {
  return contextOf(cmd.optsWithGlobals() as GlobalOptions);
}

/** The context from the global options as parsed (by commander, or by quick.ts for the morning list). */
export async function contextOf(globals: GlobalOptions): Promise<Ctx> {
  // isatty, not process.stdout.isTTY: asking the streams makes them (~3 ms), and a kept list never needs them.
  const stdoutIsTTY = isatty(1);
  await setUpColour({ colorFlag: globals.color, isTTY: stdoutIsTTY, env: process.env });
  const home = await homeFolder(process.env);
  return makeContext(globals, {
    env: process.env,
    stdinIsTTY: isatty(0),
    stdoutIsTTY,
    columns: terminalColumns(stdoutIsTTY ? process.stdout : {}, process.env),
    rows: stdoutIsTTY ? process.stdout.rows : undefined,
    print: (text) => process.stdout.write(text),
    now: () => new Date(),
    home,
    viewCacheDir: cacheDir(process.env, home),
  });
}
