// One writer at a time: withLock serialises, gives up in about its timeout saying who holds the lock,
// never breaks the lock of a live owner on this host, and takes over dead, ownerless-and-old or broken ones.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FailError } from '../../src/errors.js';
import { inspectLock, withLock } from '../../src/store/lock.js';
import { lockPath } from '../../src/store/paths.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'followup-lock-'));
  file = join(dir, 'followup.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const old = () => new Date(Date.now() - 60_000);

/** A lock folder as another followup would leave it: owner file with pid and host, aged a minute. */
function foreignLock(owner: { pid: number; host?: string }, age = old()): void {
  mkdirSync(lockPath(file));
  writeFileSync(join(lockPath(file), 'owner'), JSON.stringify({ pid: owner.pid, host: owner.host ?? hostname(), token: 'theirs', since: '2026-11-25T09:00:00.000Z' }));
  utimesSync(lockPath(file), age, age);
}

/** A pid that is certainly not running: a child that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((r) => child.on('close', r));
  return child.pid!;
}

describe('withLock', () => {
  it('runs one holder at a time', async () => {
    let inside = 0;
    let most = 0;
    const order: number[] = [];
    await Promise.all(
      [0, 1, 2, 3, 4].map((i) =>
        withLock(file, 5000, async () => {
          inside++;
          most = Math.max(most, inside);
          await sleep(20);
          order.push(i);
          inside--;
        }),
      ),
    );
    expect(most).toBe(1);
    expect(order.sort()).toEqual([0, 1, 2, 3, 4]);
    expect(existsSync(lockPath(file))).toBe(false);
  });

  it('returns what fn returns, and releases the lock when fn throws', async () => {
    expect(await withLock(file, 1000, async () => 42)).toBe(42);
    await expect(withLock(file, 1000, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(existsSync(lockPath(file))).toBe(false);
  });

  it('gives up on a held lock with a FailError after about the timeout', async () => {
    mkdirSync(lockPath(file)); // fresh mtime: held by someone alive
    const start = Date.now();
    const err = await withLock(file, 800, async () => 'got it').catch((e: unknown) => e);
    const took = Date.now() - start;
    expect(err).toBeInstanceOf(FailError);
    expect((err as Error).message).toContain(lockPath(file));
    expect(took).toBeGreaterThanOrEqual(750);
    expect(took).toBeLessThan(3000);
    expect(existsSync(lockPath(file))).toBe(true); // someone else's lock is left alone
  });

  it('takes over a stale lock left by a killed process', async () => {
    mkdirSync(lockPath(file));
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockPath(file), old, old);
    const start = Date.now();
    expect(await withLock(file, 1000, async () => 'got it')).toBe('got it');
    expect(Date.now() - start).toBeLessThan(1000);
    expect(existsSync(lockPath(file))).toBe(false);
  });

  it('fails with a FailError naming the lock when the folder is missing', async () => {
    const err = await withLock(join(dir, 'nope', 'f.json'), 500, async () => 1).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FailError);
    expect((err as Error).message).toContain(lockPath(join(dir, 'nope', 'f.json')));
  });

  it('records its owner (pid, host) in a 0700 folder, 0600 file, whatever the umask', async () => {
    const before = process.umask(0);
    try {
      await withLock(file, 1000, async () => {
        expect(statSync(lockPath(file)).mode & 0o777).toBe(0o700);
        expect(statSync(join(lockPath(file), 'owner')).mode & 0o777).toBe(0o600);
        const owner = JSON.parse(readFileSync(join(lockPath(file), 'owner'), 'utf8'));
        expect(owner).toMatchObject({ pid: process.pid, host: hostname() });
        expect(await inspectLock(file)).toMatchObject({ state: 'held', owner: { pid: process.pid } });
      });
    } finally {
      process.umask(before);
    }
  });

  describe('a lock whose owner is alive on this host', () => {
    let child: ChildProcess;
    beforeEach(() => {
      child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    });
    afterEach(() => {
      child.kill('SIGKILL');
    });

    it('is never taken over, however long untouched (a paused writer): FailError naming the pid, the lock left', async () => {
      foreignLock({ pid: child.pid! });
      const err = await withLock(file, 600, async () => 'got it').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(FailError);
      expect((err as Error).message).toContain(`process ${child.pid} on this computer is running`);
      expect((err as Error).message).toContain(`kill -CONT ${child.pid}`);
      expect((err as Error).message).toContain(lockPath(file));
      expect(JSON.parse(readFileSync(join(lockPath(file), 'owner'), 'utf8')).token).toBe('theirs');
    });
  });

  it('whose owner has ended is taken over at once, even fresh', async () => {
    foreignLock({ pid: await deadPid() }, new Date());
    const start = Date.now();
    expect(await withLock(file, 3000, async () => 'got it')).toBe('got it');
    expect(Date.now() - start).toBeLessThan(1000);
    expect(existsSync(lockPath(file))).toBe(false);
  });

  it('from another host is held while touched, taken over when untouched for the stale time', async () => {
    foreignLock({ pid: 1, host: 'elsewhere.example' }, new Date());
    expect((await withLock(file, 300, async () => 1).catch((e: unknown) => e)) as Error).toBeInstanceOf(FailError);
    const aged = old();
    utimesSync(lockPath(file), aged, aged);
    expect(await withLock(file, 1000, async () => 'got it')).toBe('got it');
  });

  it.each([
    ['an mtime in the future (clock skew)', () => {
      mkdirSync(lockPath(file));
      const future = new Date(Date.now() + 3_600_000);
      utimesSync(lockPath(file), future, future);
    }],
    ['an old lock folder with a stray file in it (.DS_Store)', () => {
      mkdirSync(lockPath(file));
      writeFileSync(join(lockPath(file), '.DS_Store'), 'x');
      utimesSync(lockPath(file), old(), old());
    }],
    ['a plain file at the lock path', () => writeFileSync(lockPath(file), 'not a lock')],
  ])('%s: taken over, not failing for ever', async (_what, make) => {
    make();
    expect((await inspectLock(file))?.state).not.toBe('held');
    expect(await withLock(file, 1000, async () => 'got it')).toBe('got it');
    expect(existsSync(lockPath(file))).toBe(false);
  });

  it('assertHeld throws once the lock is no longer ours, and the other owner keeps it', async () => {
    const err = await withLock(file, 1000, async (assertHeld) => {
      await assertHeld();
      writeFileSync(join(lockPath(file), 'owner'), JSON.stringify({ pid: 4242, host: 'other.example', token: 'x', since: '' }));
      await assertHeld();
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FailError);
    expect((err as Error).message).toMatch(/lost the lock on .*followup\.json \(it is now held by process 4242 on other\.example\); nothing was written/);
    expect(existsSync(lockPath(file))).toBe(true);
  });
});

