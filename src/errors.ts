// The two ways a command fails (CLI.md "exit codes"): the user's words are off (2), or the command could not do its work (1).

/** Bad input: an unknown flag or id, a bad date, a missing value. Exit 2, nothing written. */
export class UsageError extends Error {
  readonly exitCode = 2;
}

/** The command failed: an unreadable or invalid data file, a lock not obtained, nothing to do. Exit 1. */
export class FailError extends Error {
  readonly exitCode = 1;
}
