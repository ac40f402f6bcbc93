// Shared by the CLI tests: a temp data file with a fixed day, and short ways to run commands against it.
// Every helper spawns the built bin (npm run build first) through test/helpers/cli.ts.
import { expect } from 'vitest';
import { type RunOptions, type RunResult, json as parseJson, run, runAsync, tempDb } from '../helpers/cli.js';

export interface Fx {
  dir: string;
  db: string;
  /** Runs a command against this data file; `now` defaults to the fixture's day. */
  run(args: string[], opts?: RunOptions): RunResult;
  runAsync(args: string[], opts?: RunOptions): Promise<RunResult>;
  /** Runs it and expects exit 0 and a quiet stderr. */
  ok(args: string[], opts?: RunOptions): RunResult;
  /** Runs it and expects exit 0 with nothing on stderr but `followup: warning:` lines (an early follow-up, a date that looks like a slip). */
  okWarned(args: string[], opts?: RunOptions): RunResult;
  /** Runs it with --json appended, expects exit 0, returns the parsed document. */
  json<T = any>(args: string[], opts?: RunOptions): T;
  /** Runs it and expects a usage error (exit 2) with one `followup: ` line on stderr. */
  usage(args: string[], opts?: RunOptions): RunResult;
  /** `today --json --as-of DAY`, the item for `id` (undefined when not listed). */
  advice(id: string, asOf: string): any;
  /** `add --company NAME ...rest --json`, returns the new application's id. */
  add(company: string, rest?: string[], opts?: RunOptions): string;
  cleanup(): void;
}

export function describeRun(args: string[], r: RunResult): string {
  return `followup ${args.join(' ')} → exit ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`;
}

export function fixture(now = '2026-11-20'): Fx {
  const t = tempDb();
  const go = (args: string[], opts: RunOptions = {}) => run(args, { db: t.db, now, ...opts });
  const fx: Fx = {
    dir: t.dir,
    db: t.db,
    run: go,
    runAsync: (args, opts = {}) => runAsync(args, { db: t.db, now, ...opts }),
    ok(args, opts) {
      const r = go(args, opts);
      expect(r.code, describeRun(args, r)).toBe(0);
      expect(r.stderr, describeRun(args, r)).toBe('');
      return r;
    },
    okWarned(args, opts) {
      const r = go(args, opts);
      expect(r.code, describeRun(args, r)).toBe(0);
      for (const line of r.stderr.split('\n').filter(Boolean)) expect(line, describeRun(args, r)).toMatch(/^followup: warning: /);
      return r;
    },
    json(args, opts) {
      const full = [...args, '--json'];
      const r = go(full, opts);
      expect(r.code, describeRun(full, r)).toBe(0);
      return parseJson(r);
    },
    usage(args, opts) {
      const r = go(args, opts);
      expect(r.code, describeRun(args, r)).toBe(2);
      expectOneErrorLine(r.stderr);
      return r;
    },
    advice(id, asOf) {
      const doc = fx.json(['today', '--as-of', asOf]);
      expect(doc.asOf).toBe(asOf);
      return doc.items.find((i: { id: string }) => i.id === id);
    },
    add(company, rest = [], opts) {
      return fx.json(['add', '--company', company, ...rest], opts).id;
    },
    cleanup: t.cleanup,
  };
  return fx;
}

/** One line on stderr, `followup: …`, and no stack trace. */
export function expectOneErrorLine(stderr: string): void {
  expect(stderr).toMatch(/^followup: [^\n]+\n$/);
  expect(stderr).not.toMatch(/\n\s+at /);
}

/** Any ANSI escape sequence. */
export const ESC = /\u001b\[/;

/** The rule ids of an advice's reasons, in order. */
export function rules(advice: { reasons: { rule: string }[] }): string[] {
  return advice.reasons.map((r) => r.rule);
}
