// Bad data files are refused by every command (exit 1, the path and the problem named, the file left byte
// for byte), and `followup doctor` restores them from the backup when asked to.
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type RunOptions, json, run, tempDb, unprivileged } from '../helpers/cli.js';
import { isRoot, mode, seedDoc, seedText, writeSeed } from './fixtures.js';

let t: ReturnType<typeof tempDb>;
beforeEach(() => {
  t = tempDb();
});
afterEach(() => {
  for (const f of readdirSync(t.dir)) chmodSync(join(t.dir, f), 0o700);
  t.cleanup();
});

/** Every file in the folder with its bytes: "nothing changed" means this stays the same. */
function snapshot(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(t.dir).sort()) {
    out[f] = statSync(join(t.dir, f)).isDirectory() ? 'a folder' : readFileSync(join(t.dir, f)).toString('base64');
  }
  return out;
}

const GOOD = seedText({ count: 3 });
const BACKUP = seedText({ count: 2 });

const KINDS: { kind: string; text: string; problem: RegExp; status: 'damaged' | 'newer' }[] = [
  { kind: 'truncated JSON', text: GOOD.slice(0, Math.floor(GOOD.length / 2)), problem: /is not valid JSON/, status: 'damaged' },
  { kind: 'valid JSON of the wrong shape', text: '{"schemaVersion": 2, "nextId": 1, "settings": {}, "applications": "none"}\n', problem: /not a valid followup data file \(applications: /, status: 'damaged' },
  { kind: 'an empty file', text: '', problem: /is empty/, status: 'damaged' },
  { kind: 'a file from a newer version', text: JSON.stringify({ ...seedDoc({ count: 3 }), schemaVersion: 99 }), problem: /newer followup \(schema version 99/, status: 'newer' },
];

function expectRefused(r: ReturnType<typeof run>, db: string, problem: RegExp) {
  expect(r.code).toBe(1);
  expect(r.stderr.startsWith('followup: ')).toBe(true);
  expect(r.stderr).toContain(db);
  expect(r.stderr).toMatch(problem);
  expect(r.stderr).not.toContain('    at ');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
}

describe.each(KINDS)('$kind', ({ text, problem, status }) => {
  beforeEach(() => {
    writeFileSync(`${t.db}.bak`, BACKUP, { mode: 0o600 });
    writeFileSync(t.db, text, { mode: 0o600 });
  });

  it('today and add refuse it with exit 1, naming the path and the problem; nothing changes', () => {
    const before = snapshot();
    expectRefused(run(['today'], { db: t.db }), t.db, problem);
    expectRefused(run(['add', '--no-input', '--company', 'Other'], { db: t.db }), t.db, problem);
    expectRefused(run(['log', '1', 'note', '--note', 'x'], { db: t.db }), t.db, problem);
    expect(snapshot()).toEqual(before);
  });

  it('doctor without --yes and without a terminal: exit 1, nothing changed', () => {
    const before = snapshot();
    const r = run(['doctor'], { db: t.db });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(t.db);
    expect(r.stdout).toMatch(problem);
    expect(r.stdout).not.toContain("run 'followup doctor'"); // no advice to run what is running
    expect(r.stderr.startsWith('followup: ')).toBe(true);
    if (status === 'damaged') expect(r.stdout).toContain(`Would restore ${t.db} from ${t.db}.bak (2 applications`);
    else expect(r.stdout).not.toContain('restore');
    expect(snapshot()).toEqual(before);
  });

  it('doctor --json reports it', () => {
    const before = snapshot();
    const r = run(['doctor', '--json'], { db: t.db });
    expect(r.code).toBe(1);
    const report = json(r);
    expect(report.file).toBe(t.db);
    expect(report.status).toBe(status);
    expect(report.problem).toMatch(problem);
    expect(report.backup).toMatchObject({ present: true, ok: true, applications: 2 });
    if (status === 'damaged') expect(report.restored).toBe(false);
    else expect(report).not.toHaveProperty('restored');
    expect(snapshot()).toEqual(before);
  });

  if (status === 'damaged') {
    it('doctor --yes restores the backup, keeping the damaged file (0600); then the tool works', () => {
      const r = run(['doctor', '--yes', '--json'], { db: t.db });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const report = json(r);
      expect(report.restored).toBe(true);
      expect(readFileSync(t.db, 'utf8')).toBe(BACKUP);
      expect(mode(t.db)).toBe(0o600);
      expect(report.damagedCopy).toMatch(new RegExp(`^${t.db.replace(/[.]/g, '\\.')}\\.damaged-\\d{8}T\\d{6}Z$`));
      expect(readFileSync(report.damagedCopy, 'utf8')).toBe(text);
      expect(mode(report.damagedCopy)).toBe(0o600);
      expect(readFileSync(`${t.db}.bak`, 'utf8')).toBe(BACKUP);
      expect(existsSync(`${t.db}.lock`)).toBe(false);
      const today = run(['today', '--json'], { db: t.db });
      expect(today.code).toBe(0);
      expect(json(today).items).toHaveLength(2);
    });
  } else {
    it('doctor --yes does not restore over a newer file: exit 1, nothing changed', () => {
      const before = snapshot();
      const r = run(['doctor', '--yes'], { db: t.db });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('NEWER');
      expect(r.stderr).toContain('upgrade followup');
      expect(snapshot()).toEqual(before);
    });
  }
});

// Root reads any file whatever its mode: as root, the commands run as `nobody`, who owns the folder and files.
describe('an unreadable file (chmod 000)', () => {
  let as: RunOptions = {};
  let user: ReturnType<typeof unprivileged> | undefined;
  beforeAll(() => {
    if (isRoot) {
      user = unprivileged();
      as = { bin: user.bin, uid: user.uid, gid: user.gid };
    }
  });
  afterAll(() => user?.cleanup());
  beforeEach(() => {
    writeFileSync(`${t.db}.bak`, BACKUP, { mode: 0o600 });
    writeFileSync(t.db, GOOD, { mode: 0o600 });
    if (user) for (const p of [t.dir, t.db, `${t.db}.bak`]) chownSync(p, user.uid, user.gid);
    chmodSync(t.db, 0o000);
  });

  it('today and add refuse it with exit 1, naming the path; doctor --yes does not restore over it', () => {
    const go = (args: string[]) => run(args, { db: t.db, ...as });
    expectRefused(go(['today']), t.db, /permission denied/);
    expectRefused(go(['add', '--no-input', '--company', 'Other']), t.db, /permission denied/);
    const r = go(['doctor', '--yes', '--json']);
    expect(r.code).toBe(1);
    expect(json(r).problem).toMatch(/permission denied/);
    expect(json(r)).not.toHaveProperty('restored');
    expect(go(['doctor']).stdout).toContain('UNREADABLE: cannot read');
    chmodSync(t.db, 0o600);
    expect(readFileSync(t.db, 'utf8')).toBe(GOOD);
    expect(readdirSync(t.dir).sort()).toEqual(['followup.json', 'followup.json.bak']);
  });
});

describe('doctor', () => {
  it('on a missing file: "no data yet", exit 0, creates nothing', () => {
    const db = join(t.dir, 'sub', 'followup.json');
    const r = run(['doctor'], { db });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No data yet');
    expect(json(run(['doctor', '--json'], { db }))).toMatchObject({ file: db, status: 'missing', backup: { present: false, ok: false } });
    expect(existsSync(join(t.dir, 'sub'))).toBe(false);
  });

  it('on a good file: the counts, the version, the size and the backup, exit 0, nothing changed', () => {
    writeSeed(t.db, { count: 3 });
    run(['log', '1', 'note', '--note', 'hello'], { db: t.db });
    const before = snapshot();
    const r = run(['doctor', '--json'], { db: t.db });
    expect(r.code).toBe(0);
    expect(json(r)).toMatchObject({
      file: t.db,
      status: 'ok',
      applications: 3,
      events: 4,
      schemaVersion: 3,
      size: readFileSync(t.db).length,
      backup: { present: true, ok: true, applications: 3, events: 3 },
      lock: null,
      tempFiles: [],
    });
    const human = run(['doctor'], { db: t.db });
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('OK: 3 applications, 4 events, schema version 3');
    expect(snapshot()).toEqual(before);
  });

  it('on a version-1 file: ok, says it is upgraded on the next change, leaves it as it is', () => {
    writeFileSync(t.db, JSON.stringify({ schemaVersion: 1, applications: [{ id: 4, company: 'Acme', events: [{ type: 'applied', date: '2026-11-02' }] }] }));
    const before = snapshot();
    const r = run(['doctor'], { db: t.db });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('schema version 1');
    expect(r.stdout).toContain(`${t.db}.v1.bak`);
    expect(snapshot()).toEqual(before);
  });

  it('on a damaged file with no backup, or a damaged backup: exit 1, nothing to restore, nothing changed', () => {
    writeFileSync(t.db, '{"schemaVersion": 2, "appl');
    let before = snapshot();
    let r = run(['doctor', '--yes'], { db: t.db });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('no usable backup');
    expect(r.stderr).toContain('no usable backup');
    expect(snapshot()).toEqual(before);

    writeFileSync(`${t.db}.bak`, '[]');
    before = snapshot();
    r = run(['doctor', '--yes', '--json'], { db: t.db });
    expect(r.code).toBe(1);
    expect(json(r).backup).toMatchObject({ present: true, ok: false });
    expect(json(r).backup.problem).toMatch(/expected a JSON object/);
    expect(snapshot()).toEqual(before);
  });

  it('reports a leftover lock, stale or held', () => {
    writeSeed(t.db, { count: 1 });
    mkdirSync(`${t.db}.lock`);
    expect(json(run(['doctor', '--json'], { db: t.db })).lock).toMatchObject({ path: `${t.db}.lock`, stale: false });
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${t.db}.lock`, old, old);
    const r = run(['doctor'], { db: t.db });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Lock: .*followup\.json\.lock was left by a followup that stopped/);
  });

  describe('locks that would never clear', () => {
    const lock = () => `${t.db}.lock`;
    const owner = (pid: number, host = hostname()) =>
      writeFileSync(join(lock(), 'owner'), JSON.stringify({ pid, host, token: 't', since: '2026-11-25T09:00:00.000Z' }));
    const aged = () => {
      const old = new Date(Date.now() - 60_000);
      utimesSync(lock(), old, old);
    };

    it.each([
      ['an mtime in the future (clock skew)', () => {
        mkdirSync(lock());
        const future = new Date(Date.now() + 3_600_000);
        utimesSync(lock(), future, future);
      }, /was left by a followup that stopped \(no owner recorded, and its time is in the future/],
      ['an old lock folder with a .DS_Store in it', () => {
        mkdirSync(lock());
        writeFileSync(join(lock(), '.DS_Store'), 'x');
        aged();
      }, /was left by a followup that stopped \(no owner recorded, untouched for \d+ s\)/],
      ['a plain file at the lock path', () => writeFileSync(lock(), ''), /is broken \(it is a file, not a lock folder\)/],
      ['a lock whose process has ended', () => {
        mkdirSync(lock());
        owner(999_999_999);
      }, /was left by a followup that stopped \(process 999999999 that took it has ended\)/],
    ])('%s: doctor says so, --yes clears it, and writes work again', (_what, make, says) => {
      writeSeed(t.db, { count: 1 });
      make();
      const look = run(['doctor'], { db: t.db });
      expect(look.code).toBe(0);
      expect(look.stdout).toMatch(says);
      expect(look.stdout).not.toMatch(/is held/);
      const fix = run(['doctor', '--yes', '--json'], { db: t.db });
      expect(fix.code).toBe(0);
      expect(json(fix).lock).toMatchObject({ stale: true, cleared: true });
      expect(existsSync(lock())).toBe(false);
      expect(run(['add', '--no-input', '--company', 'After'], { db: t.db, env: { FOLLOWUP_LOCK_TIMEOUT_MS: '1000' } }).code).toBe(0);
    });

    it('a lock whose owner is alive here is held, however old; --yes leaves it', async () => {
      writeSeed(t.db, { count: 1 });
      const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
      try {
        mkdirSync(lock());
        owner(sleeper.pid!);
        aged();
        const r = run(['doctor', '--yes', '--json'], { db: t.db });
        expect(r.code).toBe(0);
        expect(json(r).lock).toMatchObject({ state: 'held', stale: false, owner: { pid: sleeper.pid, host: hostname() } });
        expect(json(r).lock.cleared).toBeUndefined();
        expect(run(['doctor'], { db: t.db }).stdout).toContain(`is held (process ${sleeper.pid} on this computer is running`);
        expect(existsSync(join(lock(), 'owner'))).toBe(true);
      } finally {
        sleeper.kill('SIGKILL');
      }
    });
  });

  it('lists the temp files of interrupted writes, and removes them with --yes (nothing else, not the user\'s own files)', () => {
    writeSeed(t.db, { count: 1 });
    writeFileSync(`${t.db}.bak`, BACKUP);
    // Names followup gives its temp files, left by a process that has ended (no pid is this high).
    const temps = [`${t.db}.tmp-999999999-0a1b2c3d`, `${t.db}.bak.tmp-999999999-00ff00ff`, `${t.db}.v1.bak.tmp-999999998-12345678`];
    for (const f of temps) writeFileSync(f, 'partial');
    mkdirSync(`${t.db}.lock.stale-999999999-abcdef01`);
    // Not ours: the user's own files, whatever they look like, and a temp file of a write still running.
    const mine = ['followup.json.1', 'followup.json.20261120', 'followup.json.bak.2', 'followup.json.123456789', 'followup.json.notes', 'followup.json.tmp-1-zzzzzzzz'];
    for (const f of mine) writeFileSync(join(t.dir, f), 'mine');
    const running = `${t.db}.tmp-${process.pid}-0a1b2c3d`;
    writeFileSync(running, 'being written');
    const before = snapshot();
    const look = run(['doctor', '--json'], { db: t.db });
    expect(look.code).toBe(0);
    expect(json(look).tempFiles).toEqual([...temps, `${t.db}.lock.stale-999999999-abcdef01`].sort());
    expect(snapshot()).toEqual(before);

    const fix = run(['doctor', '--yes'], { db: t.db });
    expect(fix.code).toBe(0);
    expect(fix.stdout).toContain('Removed 4 leftover temp files');
    expect(readdirSync(t.dir).sort()).toEqual(['followup.json', 'followup.json.bak', ...mine, running.slice(t.dir.length + 1)].sort());
  });

});
