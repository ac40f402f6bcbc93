// `followup add` without commander, as quick.ts does for today: commander, and setting up add's two dozen flags,
// cost ~5 ms of an add (~4 of CPU). Only the plain shapes are taken here, each flag once with its value in the next
// word; anything else (help, `--flag=value`, a value that starts with '-', a repeated or unknown flag, a word of
// its own) returns null and goes to the full command line, which answers it as always. Commander reads the global
// flags anywhere, also after `add` (`followup add --no-input --company X`), and so does this.
//   followup [--db PATH] [--no-color] [--no-input] [--debug] add [--company NAME …] [--thanked] [--no-calls] [--json]
import type { GlobalOptions } from './commands/context.js';

/** add's flags that take a value, as commander names them in the options it passes (CLI.md; src/cli/add.ts). */
export const VALUE_FLAGS: Record<string, string> = {
  '--company': 'company',
  '--role': 'role',
  '--stage': 'stage',
  '--round': 'round',
  '--date': 'date',
  '--expect-by': 'expectBy',
  '--invited': 'invited',
  '--channel': 'channel',
  '--cue': 'cue',
  '--deadline': 'deadline',
  '--contact': 'contact',
  '--email': 'email',
  '--phone': 'phone',
  '--url': 'url',
  '--note': 'note',
};
/** add's switches (test/cli/quick.test.ts holds both lists to src/cli/add.ts). */
export const SWITCHES = ['--thanked', '--no-calls', '--json'];
/** Commander checks --channel against its choices itself: any other value is left to it. */
const CHANNELS = ['call', 'email'];

export interface QuickAdd {
  globals: GlobalOptions;
  /** What commander would pass add's action: the values given, and `calls` (true unless --no-calls). */
  opts: Record<string, string | boolean>;
}

/** The parsed arguments when they are a plain `add`, else null. */
export function quickAdd(args: readonly string[]): QuickAdd | null {
  const globals: GlobalOptions = { color: true, input: true };
  const opts: QuickAdd['opts'] = { calls: true };
  const seen = new Set<string>();
  let command = false;
  const value = (i: number) => (i < args.length && !args[i]!.startsWith('-') ? args[i]! : null);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (seen.has(a)) return null;
    seen.add(a);
    if (a === '--no-color') globals.color = false;
    else if (a === '--no-input') globals.input = false;
    else if (a === '--debug') globals.debug = true;
    else if (a === '--db') {
      const v = value(++i);
      if (v === null) return null;
      globals.db = v;
    } else if (!command) {
      if (a !== 'add') return null;
      command = true;
    } else if (a === '--thanked') opts.thanked = true;
    else if (a === '--no-calls') opts.calls = false;
    else if (a === '--json') opts.json = true;
    else if (Object.hasOwn(VALUE_FLAGS, a)) {
      const v = value(++i);
      if (v === null || (a === '--channel' && !CHANNELS.includes(v))) return null;
      opts[VALUE_FLAGS[a]!] = v;
    } else return null;
  }
  return command ? { globals, opts } : null;
}
