// V8 sends a function to its optimising compiler (Turbofan, on worker threads) once it has run through a budget of
// bytecode, and Node waits for the jobs still running before it exits. A command runs once and ends: its loops gain
// little from optimised code compiled as they finish. With sixteen times the default budget (67,584), measured
// against the default on the first run after a change: today at 1,000 applications 101 ms instead of 149, at 10,000
// 352 instead of 412 (four times: 107 and 370; no optimising at all: 385); status --json at 10,000 376 instead of
// 405; show 99 instead of 120; add at 1,000 ~25 ms less. node:v8 warns that flags set after start-up may behave
// unpredictably; this one only moves when V8 optimises, and every test runs with it.
// V8's flags are part of what its code cache is checked against (see code-cache.ts): set them before compiling.
// --verify-snapshot-checksum: a code cache whose bytes were damaged on disk is rejected, not run (V8 crashes).
// node:v8 is required here, not imported: loading it loads Node's streams (~1 ms), which a kept list never needs.
// Changing a flag has a cost of its own: Node compiles its own modules from a code cache that V8 checks against its
// flags, so a module of Node's loaded after the change is compiled from source (node:crypto: 3.3 ms instead of 1.3).
// So each command loads those it needs first, then calls this (test/cli/builtins.test.ts holds the lists to the
// commands).
/** Node's modules a command that writes loads: for the hashes and the lock. */
export const WRITES: readonly string[] = ['node:crypto', 'node:os'];

export function optimiseLess(): void {
  (require('node:v8') as typeof import('node:v8')).setFlagsFromString('--interrupt-budget=1081344 --verify-snapshot-checksum');
}
