// `followup today` without commander: the morning list runs at every shell start-up, and loading and setting up
// the whole command line (commander, every command's flags and help) took as long as the list itself. Only the
// plain shapes are taken here; anything else (help, another spelling, an unknown flag, a repeated one, another
// command) returns false and goes to the full command line in cli.ts, which answers it as always.
// Built as dist/quick.cjs (CommonJS, see scripts/build.mjs): the list kept from the run before (cli/kept-today.ts)
// is printed from here; else dist/morning.cjs, one file, works it out: one module to load instead of two dozen
// chunks, which cost ~10 ms more.
//   followup [--db PATH] [--no-color] [--no-input] [--debug] today [--json] [--all] [--as-of DATE]
// A plain `followup add` goes the same way (quick-add.ts, dist/add-main.cjs).
import { join } from 'node:path';
import { requireCached } from './cli/code-cache.js';
import { keptToday } from './cli/kept-today.js';
import { guardStdout } from './cli/report.js';
import { type Shape, quickArgs } from './cli/quick-args.js';
import type { GlobalOptions } from './commands/context.js';
import { WRITES, optimiseLess } from './cli/tiering.js';
import { cacheDir, homeFolder } from './store/paths.js';
import { quickAdd } from './quick-add.js';

export interface QuickToday {
  globals: GlobalOptions;
  opts: { json?: true; all?: true; asOf?: string };
}

/** What add loads of Node's own: for the hashes and the lock (see tiering.ts). */
export const ADD_BUILTINS = WRITES;

const TODAY: Shape = { command: 'today', switches: { '--json': ['json', true], '--all': ['all', true] }, values: { '--as-of': 'asOf' }, globalsAfter: false };

/** The parsed arguments when they are a plain `today`, else null. */
export function quickToday(args: readonly string[]): QuickToday | null {
  return quickArgs(args, TODAY) as QuickToday | null;
}

/**
 * One of the bundles beside this file, compiled with the code cache (cli/code-cache.ts), V8's flags set first.
 * `builtins`: Node's modules the bundle loads, loaded before the flags change (see tiering.ts).
 */
async function bundle(name: string, builtins: readonly string[] = []): Promise<unknown> {
  for (const b of builtins) require(b);
  optimiseLess();
  const home = await homeFolder(process.env);
  return requireCached(join(__dirname, name), cacheDir(process.env, home));
}

/**
 * Runs `today` or `add` when the arguments are a plain one and returns true; false: the full command line must answer.
 * The morning list and add each run from a one-file bundle beside this file in dist/ (morning.cjs, add-main.cjs: see
 * scripts/build.mjs), CommonJS like this one: Node's ES module loader never starts for them.
 */
export async function quick(argv: readonly string[]): Promise<boolean> {
  const parsed = quickToday(argv.slice(2));
  if (parsed) {
    if (await keptToday(parsed.globals, parsed.opts)) return true;
    guardStdout();
    const { morning } = (await bundle('morning.cjs')) as typeof import('./morning.js');
    await morning(parsed.globals, parsed.opts, argv.includes('--debug'));
    return true;
  }
  const adding = quickAdd(argv.slice(2));
  if (!adding) return false;
  // Its stdout too, which is a stream of modules of its own.
  guardStdout();
  const { addMain } = (await bundle('add-main.cjs', ADD_BUILTINS)) as typeof import('./add-main.js');
  await addMain(adding.globals, adding.opts, argv.includes('--debug'));
  return true;
}
