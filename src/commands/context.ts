// What every command gets: the data file, today, whether it may prompt, and how to print.
import { type Day, dayOf, isDay } from '../core/calendar.js';
import { UsageError } from '../errors.js';
import { dataFilePath } from '../store/paths.js';
import { DateInputError, type DateDirection, dayProblem, parseUserDate } from '../ui/dates.js';
import { safe } from '../ui/text.js';

export interface GlobalOptions {
  db?: string;
  color: boolean;
  input: boolean;
  debug?: boolean;
}

export interface Ctx {
  file: string;
  today: Day;
  /** stdin and stdout are terminals and --no-input is absent. */
  canPrompt: boolean;
  lockTimeoutMs: number;
  columns: number;
  /** The window's height when stdout is a terminal; undefined when piped. */
  rows?: number;
  print(text: string): void;
  /** The clock, for what needs the time of day (an export's DTSTAMP); "today" is `today`. */
  now(): Date;
  /** Where read-only views keep their last answer (store/view-cache.ts); none: always worked out. */
  viewCacheDir?: string;
}

export interface Io {
  env: NodeJS.ProcessEnv;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  columns: number | undefined;
  rows?: number;
  print(text: string): void;
  now(): Date;
  /** $HOME, or the account's home folder, looked up when asked (store/paths.ts homeFolder). */
  home: () => string;
  viewCacheDir?: string;
}

export function makeContext(globals: GlobalOptions, io: Io): Ctx {
  const fixed = io.env.FOLLOWUP_NOW;
  if (fixed !== undefined && fixed !== '' && !isDay(fixed)) {
    throw new UsageError(`FOLLOWUP_NOW='${safe(fixed)}' ${dayProblem(fixed) ?? 'is not a date'}; set it as YYYY-MM-DD, or unset it`);
  }
  const timeout = Number(io.env.FOLLOWUP_LOCK_TIMEOUT_MS);
  return {
    file: dataFilePath(globals.db, io.env, io.home),
    today: fixed ? fixed : dayOf(io.now()),
    canPrompt: io.stdinIsTTY && io.stdoutIsTTY && globals.input,
    lockTimeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : 5000,
    columns: io.columns && io.columns > 0 ? io.columns : 80,
    rows: io.stdoutIsTTY && io.rows && io.rows > 0 ? io.rows : undefined,
    print: io.print,
    now: io.now,
    viewCacheDir: io.viewCacheDir,
  };
}

/** Directions of the date flags: --date looks back, the others forward (CLI.md "dates the user types"). */
const DIRECTION: Record<string, DateDirection> = {
  '--date': 'past',
  '--as-of': 'past',
  '--expect-by': 'future',
  '--invited': 'future',
  '--until': 'future',
  '--deadline': 'future',
};

export function parseDateFlag(text: string, flag: string, today: Day): Day {
  try {
    return parseUserDate(text, { today, flag, direction: DIRECTION[flag] ?? 'past' });
  } catch (err) {
    if (err instanceof DateInputError) throw new UsageError(err.message);
    throw err;
  }
}

/** A value from a fixed list, or a usage error naming the flag and the accepted values. */
export function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  const v = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new UsageError(`${flag}: '${value}' is not one of ${allowed.join(', ')}`);
}

export function parseRound(value: string, flag = '--round'): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isInteger(n) || n < 1 || n > 99) {
    throw new UsageError(`${flag}: '${value}' is not a round number; use a whole number from 1 to 99`);
  }
  return n;
}
