// The view cache (src/store/view-cache.ts): `today` and `status` keep their last answer in the cache folder and
// give it again only while every byte of the data file, the day, the options and the build are the same.
// To see which way an answer came, a test rewrites the kept answer (keeping its key): a run that prints the
// rewritten text read it back; a run that prints the real list worked it out.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run, tempDb, unprivileged } from '../helpers/cli.js';

let t: ReturnType<typeof tempDb>;
let cache: string;
let env: NodeJS.ProcessEnv;
const kept = (view: string) => join(cache, 'followup', view);
const today = (args: string[] = [], extra: NodeJS.ProcessEnv = {}) => run(['today', ...args], { db: t.db, env: { ...env, ...extra } });

/** Replaces the kept answer's text, keeping what it was made from: the next hit prints `text`. */
function tamper(view: string, text: string): void {
  const file = readFileSync(kept(view));
  const eol = file.indexOf(10);
  const head = JSON.parse(file.toString('utf8', 0, eol));
  const made = file.subarray(0, eol + 1 + head.data);
  writeFileSync(kept(view), Buffer.concat([Buffer.from(`${JSON.stringify({ ...head, answer: Buffer.byteLength(text) })}\n`), made.subarray(eol + 1), Buffer.from(text)]), { mode: 0o600 });
}

beforeEach(() => {
  t = tempDb();
  cache = mkdtempSync(join(tmpdir(), 'followup-viewcache-'));
  env = { XDG_CACHE_HOME: cache };
  expect(run(['add', '--no-input', '--company', 'Acme', '--date', '2026-11-10'], { db: t.db, env }).code).toBe(0);
});
afterEach(() => {
  t.cleanup();
  rmSync(cache, { recursive: true, force: true });
});

describe('the view cache', () => {
  it('keeps the answer of today, private, and gives it again byte for byte', () => {
    const first = today();
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Acme');
    expect(statSync(join(cache, 'followup')).mode & 0o777).toBe(0o700);
    expect(statSync(kept('today')).mode & 0o777).toBe(0o600);
    expect(today()).toEqual(first);
    tamper('today', 'KEPT\n');
    expect(today().stdout).toBe('KEPT\n');
    // The full command line (here for --as-of) makes the same key as the quick path for the same list.
    expect(today(['--as-of', '2026-11-20']).stdout).toBe('KEPT\n');
    expect(run(['--db', t.db, 'today', '--as-of', '2026-11-20'], { env }).stdout).toBe('KEPT\n');
  });

  it('works the list out again after any change to the file: by followup, by an undo, or by hand (same size)', () => {
    today();
    tamper('today', 'KEPT\n');
    expect(run(['log', '1', 'email'], { db: t.db, env }).code).toBe(0);
    expect(today().stdout).toContain('Acme');

    tamper('today', 'KEPT\n');
    expect(run(['undo', '--yes'], { db: t.db, env }).code).toBe(0);
    expect(today().stdout).toContain('Acme');

    tamper('today', 'KEPT\n');
    const text = readFileSync(t.db, 'utf8');
    writeFileSync(t.db, text.replace('"Acme"', '"Acmf"'));
    expect(today().stdout).toContain('Acmf');
  });

  it('keys on the day, the options, the width and colour', () => {
    today();
    tamper('today', 'KEPT\n');
    expect(today([], { FOLLOWUP_NOW: '2026-11-23' }).stdout).toContain('Mon 23 Nov');
    tamper('today', 'KEPT\n');
    expect(today(['--json']).stdout).toContain('"asOf"');
    tamper('today', 'KEPT\n');
    expect(today(['--as-of', '2026-11-19']).stdout).toContain('Thu 19 Nov');
    tamper('today', 'KEPT\n');
    expect(today([], { COLUMNS: '200' }).stdout).not.toBe('KEPT\n');
    tamper('today', 'KEPT\n');
    expect(today([], { FORCE_COLOR: '1', NO_COLOR: '' }).stdout).toContain('\u001b[');
  });

  it('a file followup cannot read is refused as before, whatever is kept', () => {
    today();
    writeFileSync(t.db, '{"schemaVersion": 3, "nextId": 1');
    const r = today();
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not valid JSON/);
    expect(r.stdout).toBe('');
  });

  it('status keeps its answers too, apart from today', () => {
    const first = run(['status', '--json'], { db: t.db, env });
    expect(first.code).toBe(0);
    tamper('status', '{"kept": true}\n');
    expect(run(['status', '--json'], { db: t.db, env }).stdout).toBe('{"kept": true}\n');
    expect(run(['status'], { db: t.db, env }).stdout).toContain('Acme');
    expect(today().stdout).toContain('Acme');
  });

  it('ignores a kept answer cut short, writable by others, or not a regular file', () => {
    today();
    const whole = readFileSync(kept('today'), 'utf8');
    writeFileSync(kept('today'), whole.slice(0, -10));
    expect(today().stdout).toContain('Acme');

    tamper('today', 'KEPT\n');
    chmodSync(kept('today'), 0o666);
    expect(today().stdout).toContain('Acme');

    rmSync(kept('today'));
    mkdirSync(kept('today'));
    const r = today();
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Acme');
  });

  it('a cache folder that cannot be written costs nothing but the time: exit 0, the list, nothing on stderr', () => {
    rmSync(join(cache, 'followup'), { recursive: true, force: true });
    writeFileSync(join(cache, 'followup'), 'not a folder');
    const r = today();
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('Acme');
  });

  it('FOLLOWUP_NO_CACHE turns it off; a missing data file is never kept', () => {
    rmSync(join(cache, 'followup'), { recursive: true, force: true });
    const r = today([], { FOLLOWUP_NO_CACHE: '1' });
    expect(r.stdout).toContain('Acme');
    // Nor is the list's code kept (cli/code-cache.ts).
    expect(existsSync(join(cache, 'followup'))).toBe(false);
    const none = run(['today'], { db: join(t.dir, 'none.json'), env });
    expect(none.stdout).toContain('Nothing here yet');
    expect(existsSync(join(cache, 'followup', 'today'))).toBe(false);
  });

  it('a run with no data file forgets what was kept (and its copy of the data), leaving other files alone', () => {
    today();
    run(['status'], { db: t.db, env });
    writeFileSync(join(cache, 'followup', '.today.999999.tmp'), 'left by a killed run');
    writeFileSync(join(cache, 'followup', 'notes.txt'), 'not followup\'s');
    rmSync(t.db);
    expect(today().stdout).toContain('Nothing here yet');
    // The compiled code (cli/code-cache.ts) holds nothing of the data: it stays.
    expect(readdirSync(join(cache, 'followup')).sort()).toEqual(['code.add-main.cjs', 'code.morning.cjs', 'notes.txt']);
  });

  it('leaves no temporary file behind', () => {
    today();
    run(['status'], { db: t.db, env });
    expect(readdirSync(join(cache, 'followup')).sort()).toEqual(['code.add-main.cjs', 'code.morning.cjs', 'status', 'today']);
  });

  // Containers often run a user with no account entry and no $HOME: the home folder cannot be found at all.
  it.skipIf(process.getuid?.() !== 0)('with no home folder at all (no $HOME, no account): no cache, and the command works', () => {
    const bin = unprivileged();
    try {
      chmodSync(t.dir, 0o777);
      chmodSync(t.db, 0o666);
      const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, NO_COLOR: '1', FOLLOWUP_NOW: '2026-11-20', FOLLOWUP_DB: t.db };
      const r = spawnSync(process.execPath, [bin.bin, 'today'], { env, uid: 12345, gid: 12345, encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('Acme');
      const s = spawnSync(process.execPath, [bin.bin, '--db', t.db, 'status'], { env, uid: 12345, gid: 12345, encoding: 'utf8' });
      expect([s.status, s.stderr]).toEqual([0, '']);
    } finally {
      bin.cleanup();
    }
  });
});
