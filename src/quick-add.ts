// `followup add` without commander, as quick.ts does for today: commander, and setting up add's two dozen flags,
// cost ~5 ms of an add (~4 of CPU). Only the plain shapes are taken here (cli/quick-args.ts). Commander reads the
// global flags anywhere, also after `add` (`followup add --no-input --company X`), and so does this.
//   followup [--db PATH] [--no-color] [--no-input] [--debug] add [--company NAME …] [--thanked] [--no-calls] [--json]
import { type Parsed, type Shape, quickArgs } from './cli/quick-args.js';

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
export const SWITCHES: Record<string, readonly [string, boolean]> = { '--thanked': ['thanked', true], '--no-calls': ['calls', false], '--json': ['json', true] };
/** Commander checks --channel against its choices itself: any other value is left to it. */
const CHANNELS = ['call', 'email'];

const ADD: Shape = {
  command: 'add',
  switches: SWITCHES,
  values: VALUE_FLAGS,
  defaults: { calls: true },
  globalsAfter: true,
  refuse: (flag, value) => flag === '--channel' && !CHANNELS.includes(value),
};

/** The parsed arguments when they are a plain `add` (`opts`: what commander would pass add's action), else null. */
export function quickAdd(args: readonly string[]): Parsed | null {
  return quickArgs(args, ADD);
}
