// One writer at a time: withLock serialises, gives up in about its timeout, and takes over a stale lock.
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FailError } from '../../src/errors.js';
import { withLock } from '../../src/store/lock.js';
import { lockPath } from '../../src/store/paths.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'followup-lock-'));
  file = join(dir, 'followup.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

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
});
