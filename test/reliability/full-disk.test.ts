// A write that cannot be finished (a nearly full disk, a file-size limit) fails with exit 1 and one line,
// and leaves the data file and its backup whole: the last good version survives, the next `today` works.
import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdtempSync, openSync, readdirSync, rmdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { decode } from '../../src/store/datafile.js';
import { BIN, type RunResult, json, run, tempDb } from '../helpers/cli.js';
import { bytes, isRoot, writeSeed } from './fixtures.js';

const SEED = { count: 30, noteLength: 2000 }; // about 65 kB
const BIG_NOTE = 'y'.repeat(5000);

/** Runs followup under `ulimit -f` (kB): a write past the limit is cut short, then fails with EFBIG. */
function runLimited(limitKb: number, args: string[], db: string): RunResult {
  const p = spawnSync('bash', ['-c', `ulimit -f ${limitKb}; exec "$0" "$@"`, process.execPath, BIN, ...args], {
    env: { ...process.env, NO_COLOR: '1', FOLLOWUP_NOW: '2026-11-20', FOLLOWUP_DB: db },
    input: '',
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: p.status, signal: p.signal, stdout: p.stdout, stderr: p.stderr };
}

/** After a failed write: exit 1, one line, the file and its backup whole and as before, no temp file, today works. */
function expectNothingLost(r: RunResult, dir: string, db: string, before: Buffer, says: RegExp): void {
  expect(r.stderr).toMatch(says);
  expect(r.code).toBe(1);
  expect(r.stderr.startsWith('followup: ')).toBe(true);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(bytes(db)!.equals(before)).toBe(true);
  const backup = bytes(`${db}.bak`);
  if (backup) {
    expect(() => decode(backup, `${db}.bak`)).not.toThrow();
    // A file of its own, not a second name for the data file that a later change in place would damage too.
    expect(statSync(`${db}.bak`).ino).not.toBe(statSync(db).ino);
  }
  expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  const today = run(['today', '--json'], { db });
  expect(today.stderr).toBe('');
  expect(today.code).toBe(0);
  expect(json(today).items).toHaveLength(decode(before, db).data.applications.length);
}

describe('a file-size limit (ulimit -f) cuts the write short', () => {
  let t: ReturnType<typeof tempDb>;
  beforeEach(() => {
    t = tempDb();
  });
  afterEach(() => t.cleanup());

  it('add: exit 1 naming the cause; the file, and the backup of the last good version, whole', () => {
    const before = writeSeed(t.db, SEED);
    const r = runLimited(32, ['add', '--no-input', '--company', 'Cut', '--note', BIG_NOTE], t.db);
    expectNothingLost(r, t.dir, t.db, before, /cannot write .*followup\.json: the file is too big for this disk or for your file-size limit \(EFBIG\); nothing was changed/);
  });

  it('after a good write, a failing one leaves the file and its backup (the version before) as they were, two files', () => {
    const seed = writeSeed(t.db, SEED);
    expect(run(['add', '--no-input', '--company', 'Good'], { db: t.db }).code).toBe(0);
    const good = bytes(t.db)!;
    expect(bytes(`${t.db}.bak`)!.equals(seed)).toBe(true);
    const r = runLimited(32, ['log', '1', 'note', '--note', BIG_NOTE], t.db);
    expect(r.code).toBe(1);
    expect(bytes(t.db)!.equals(good)).toBe(true);
    expect(bytes(`${t.db}.bak`)!.equals(seed)).toBe(true);
    expect(statSync(`${t.db}.bak`).ino).not.toBe(statSync(t.db).ino);
  });
});

/** Mounting a small tmpfs needs root (and CAP_SYS_ADMIN); elsewhere these tests are skipped, saying why. */
function tmpfsProbe(): { ok: boolean; why: string } {
  if (!isRoot) return { ok: false, why: 'needs root to mount a tmpfs' };
  const dir = mkdtempSync(join(tmpdir(), 'followup-probe-'));
  const p = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { encoding: 'utf8' });
  if (p.status === 0) spawnSync('umount', [dir]);
  rmdirSync(dir);
  return p.status === 0 ? { ok: true, why: '' } : { ok: false, why: `cannot mount a tmpfs here: ${(p.stderr || String(p.error)).trim()}` };
}
const TMPFS = tmpfsProbe();

describe.skipIf(!TMPFS.ok)(`a nearly full disk (a 512 kB tmpfs)${TMPFS.ok ? '' : ` — SKIPPED: ${TMPFS.why}`}`, () => {
  let dir: string;
  let db: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'followup-full-'));
    const p = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=512k,mode=0700', 'tmpfs', dir], { encoding: 'utf8' });
    expect(p.status, p.stderr).toBe(0);
    db = join(dir, 'followup.json');
  });
  afterAll(() => {
    spawnSync('umount', [dir]);
    rmSync(dir, { recursive: true, force: true });
  });

  /** Fills the disk, then frees `room` bytes: less than the next write needs. */
  function fillLeaving(room: number): void {
    const filler = join(dir, 'filler');
    const fd = openSync(filler, 'w');
    const block = Buffer.alloc(4096, 1);
    let size = 0;
    try {
      for (;;) size += writeSync(fd, block);
    } catch {
      /* ENOSPC: full */
    }
    ftruncateSync(fd, Math.max(0, size - room));
    closeSync(fd);
  }

  it('add: exit 1, "the disk is full"; the file and the backup whole; the next today works', () => {
    const before = writeSeed(db, SEED);
    expect(run(['add', '--no-input', '--company', 'Fits'], { db }).code).toBe(0); // a backup exists
    const last = bytes(db)!;
    fillLeaving(16 * 1024);
    // Bigger than the room left plus the old backup that the new one replaces (and so frees).
    const huge = 'z'.repeat(120_000); // one argument stays under Linux's 128 kB limit
    const r = run(['add', '--no-input', '--company', 'Cut', '--note', huge], { db });
    expectNothingLost(r, dir, db, last, /cannot write .*followup\.json: the disk is full; free some space \(ENOSPC\); nothing was changed/);
    expect(before.length).toBeGreaterThan(16 * 1024);
    rmSync(join(dir, 'filler'));
    // With room again, the same add goes through.
    expect(run(['add', '--no-input', '--company', 'Cut', '--note', huge], { db }).code).toBe(0);
  });
});
