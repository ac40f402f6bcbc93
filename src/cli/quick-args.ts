// The plain shapes of a command's arguments, read without commander (quick.ts for today, quick-add.ts for add):
// the global flags, the command's word, then each of its flags once, a value in the next word. Anything else
// (help, `--flag=value`, a value that starts with '-', a repeated or unknown flag, a word of its own) gives null,
// and the full command line answers it as always, with commander's own errors.
import type { GlobalOptions } from '../commands/context.js';

export interface Shape {
  command: string;
  /** Flags without a value: the option each sets, and to what (`--no-calls` sets `calls` to false). */
  switches: Readonly<Record<string, readonly [string, boolean]>>;
  /** Flags with a value, and the option each sets (as commander names it). */
  values: Readonly<Record<string, string>>;
  /** The options before any flag (commander's defaults: `calls` is true unless --no-calls). */
  defaults?: Readonly<Record<string, string | boolean>>;
  /** Whether the global flags may also come after the command's word. */
  globalsAfter: boolean;
  /** A value this path leaves to commander (one outside an option's choices). */
  refuse?: (flag: string, value: string) => boolean;
}

export interface Parsed {
  globals: GlobalOptions;
  opts: Record<string, string | boolean>;
}

export function quickArgs(args: readonly string[], shape: Shape): Parsed | null {
  const globals: GlobalOptions = { color: true, input: true };
  const opts: Parsed['opts'] = { ...shape.defaults };
  const seen = new Set<string>();
  let command = false;
  // A value must be there and must not look like a flag: commander's errors for those are its own.
  const value = (i: number) => (i < args.length && !args[i]!.startsWith('-') ? args[i]! : null);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (seen.has(a)) return null;
    seen.add(a);
    if (!command || shape.globalsAfter) {
      if (a === '--no-color') {
        globals.color = false;
        continue;
      }
      if (a === '--no-input') {
        globals.input = false;
        continue;
      }
      if (a === '--debug') {
        globals.debug = true;
        continue;
      }
      if (a === '--db') {
        const v = value(++i);
        if (v === null) return null;
        globals.db = v;
        continue;
      }
    }
    if (!command) {
      if (a !== shape.command) return null;
      command = true;
    } else if (Object.hasOwn(shape.switches, a)) {
      const [key, to] = shape.switches[a]!;
      opts[key] = to;
    } else if (Object.hasOwn(shape.values, a)) {
      const v = value(++i);
      if (v === null || shape.refuse?.(a, v)) return null;
      opts[shape.values[a]!] = v;
    } else return null;
  }
  return command ? { globals, opts } : null;
}
