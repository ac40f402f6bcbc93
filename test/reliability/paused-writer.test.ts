// A writer paused while it holds the lock (Ctrl+Z, SIGSTOP) keeps it, however long: the next writer waits,
// then fails (exit 1) saying who holds the lock, and never writes over the paused one. "Exit 0" means written.
// The lock folder is 0700 even under umask 000.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decode } from '../../src/store/datafile.js';
import { BIN, run, tempDb } from '../helpers/cli.js';
import { bytes, mode, writeSeed } from './fixtures.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let t: ReturnType<typeof tempDb>;
let child: ChildProcess | undefined;
beforeEach(() => {
  t = tempDb();
});
afterEach(() => {
  child?.kill('SIGKILL');
  t.cleanup();
});

describe('a paused writer', () => {
  it('keeps its lock past the stale time; the next writer fails naming it; nothing is lost', async () => {
    // A big file, so that the paused writer is caught inside its locked read-change-write.
    writeSeed(t.db, { count: 2500, noteLength: 2000 });
    const lock = `${t.db}.lock`;
    // Under umask 000, to see that the lock it holds is private all the same.
    const a = spawn('bash', ['-c', 'umask 000; exec "$0" "$@"', process.execPath, BIN, 'add', '--no-input', '--company', 'Paused'], {
      env: { ...process.env, NO_COLOR: '1', FOLLOWUP_NOW: '2026-11-20', FOLLOWUP_DB: t.db },
      stdio: 'ignore',
    });
    child = a;
    const aDone = new Promise<number | null>((r) => a.on('close', (code) => r(code)));
    const start = Date.now();
    // Stopped once it holds the lock with its owner recorded (a lock folder without an owner is taken over
    // after 5 s untouched, and its maker, on resuming, finds it is not its own and tries again).
    while (!existsSync(join(lock, 'owner')) && Date.now() - start < 20_000) await sleep(1);
    a.kill('SIGSTOP');
    expect(existsSync(lock)).toBe(true); // stopped while holding it
    expect(mode(lock)).toBe(0o700);

    await sleep(6500); // longer than the 5 s after which an untouched lock used to be taken over
    const b = run(['add', '--no-input', '--company', 'Next'], { db: t.db, env: { FOLLOWUP_LOCK_TIMEOUT_MS: '1500' } });

    a.kill('SIGCONT');
    const aCode = await aDone;
    child = undefined;

    const companies = decode(bytes(t.db)!, t.db).data.applications.map((x) => x.company);
    // Exit 0 means written, for both.
    if (aCode === 0) expect(companies).toContain('Paused');
    if (b.code === 0) expect(companies).toContain('Next');
    expect(aCode).toBe(0);
    expect(b.code).toBe(1);
    expect(b.stderr).toContain(`process ${a.pid} on this computer is running`);
    expect(b.stderr).toContain(`kill -CONT ${a.pid}`);
    expect(b.stderr.trim().split('\n')).toHaveLength(1);
    expect(companies).not.toContain('Next');
    expect(existsSync(lock)).toBe(false);
  });
});
