// The terminal's width, on its own so that the start-up path does not load string-width to learn it.

/** stdout's columns on a terminal, else $COLUMNS when set, else 80. */
export function terminalColumns(stdout: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv): number {
  if (stdout.isTTY && stdout.columns && stdout.columns > 0) return stdout.columns;
  const fromEnv = Number(env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80;
}
