// Which command the arguments ask for, read without commander (the bin's router, quick.ts, needs it too).

/** The first word that is not a global option: the command, or undefined when there is none. */
export function commandWord(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') return args[i + 1];
    if (a === '--db') i++;
    else if (!a.startsWith('-')) return a;
  }
  return undefined;
}
