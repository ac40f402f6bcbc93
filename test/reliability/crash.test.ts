// A process killed (SIGKILL) at any moment of a write leaves the old file or the new one, whole.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, watch } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { decode } from '../../src/store/datafile.js';
import { BIN, json, run, tempDb } from '../helpers/cli.js';
import { writeSeed } from './fixtures.js';

/** mulberry32: the same "random" moments on every run, so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('killed mid-write', () => {
  const t = tempDb();
  afterAll(() => t.cleanup());
  const env = { ...process.env, NO_COLOR: '1', FOLLOWUP_NOW: '2026-11-20', FOLLOWUP_DB: t.db };

  function addChild(company: string): { child: ChildProcess; closed: Promise<unknown> } {
    const child = spawn(process.execPath, [BIN, 'add', '--no-input', '--company', company, '--role', 'R', '--note', 'y'.repeat(5000)], {
      env,
      stdio: 'ignore',
    });
    return { child, closed: new Promise((r) => child.on('close', r)) };
  }

  /** Kills the child the moment a file whose name matches appears or changes beside the data file (a write under way). */
  async function killWhenCreated(child: ChildProcess, closed: Promise<unknown>, name: RegExp): Promise<void> {
    const watcher = watch(t.dir, (_event, file) => {
      if (file && name.test(file)) child.kill('SIGKILL');
    });
    const fallback = setTimeout(() => child.kill('SIGKILL'), 5000);
    await closed;
    clearTimeout(fallback);
    watcher.close();
  }

  it('15 times, at random moments and as the temp files appear: the file is always the old or the new one, whole', async () => {
    writeSeed(t.db, { count: 30, noteLength: 20_000 });
    // How long one (warm) add takes here, so the timed kills land across its whole life.
    await addChild('Warm').closed;
    const start = Date.now();
    await addChild('Timed').closed;
    const full = Date.now() - start;
    const next = random(7);

    let previous = decode(readFileSync(t.db), t.db).data;
    for (let i = 0; i < 15; i++) {
      const { child, closed } = addChild(`K${i}`);
      if (i % 3 === 0) {
        await killWhenCreated(child, closed, /^followup\.json\.bak(\.tmp-\d+-[0-9a-f]{8})?$/); // keeping the backup
      } else if (i % 3 === 1) {
        // Writing the new file: its temp file appears (or, were the write not atomic, the file itself changes).
        await killWhenCreated(child, closed, /^followup\.json(\.tmp-\d+-[0-9a-f]{8})?$/);
      } else {
        await sleep(full * (0.3 + next() * 0.9)); // anywhere: start-up, lock, read, write, after
        child.kill('SIGKILL');
        await closed;
      }

      const now = decode(readFileSync(t.db), t.db).data; // throws (failing the test) on a torn or invalid file
      if (now.applications.length === previous.applications.length) {
        expect(now).toEqual(previous);
      } else {
        expect(now.applications).toHaveLength(previous.applications.length + 1);
        expect(now.applications.slice(0, -1)).toEqual(previous.applications);
        expect(now.applications.at(-1)!.company).toBe(`K${i}`);
      }
      previous = now;
      // A kill while the lock was held leaves the lock folder; its owner has ended, so the next add takes it
      // over at once.
    }

    const today = run(['today', '--json'], { db: t.db });
    expect(today.stderr).toBe('');
    expect(today.code).toBe(0);
    expect(json(today).items.length).toBe(previous.applications.length);
    const after = run(['add', '--no-input', '--json', '--company', 'After'], { db: t.db });
    expect(after.code).toBe(0);
    expect(Number(json(after).id)).toBe(previous.nextId);
    // The kills that watched for temp files did land mid-write: they left temp files behind. Doctor
    // recognises them by name (and a process that has ended), clears them, and the file is still good.
    const doctor = run(['doctor', '--yes', '--json'], { db: t.db });
    expect(doctor.code).toBe(0);
    expect(json(doctor).status).toBe('ok');
    expect(json(doctor).tempFiles.length).toBeGreaterThan(0);
    expect(json(doctor).removedTempFiles).toEqual(json(doctor).tempFiles);
    expect(run(['doctor', '--json'], { db: t.db }).stdout).toContain('"tempFiles": []');
  });
});
