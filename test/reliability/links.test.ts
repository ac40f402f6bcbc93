// Paths that are not plain: one file reached through a symlink and its real path shares one lock and one
// backup; a symlinked backup is replaced, never written through; a folder, FIFO, socket or device is refused.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decode } from '../../src/store/datafile.js';
import { json, run, runAsync, tempDb } from '../helpers/cli.js';
import { bytes, mode, writeSeed } from './fixtures.js';

let t: ReturnType<typeof tempDb>;
beforeEach(() => {
  t = tempDb();
});
afterEach(() => t.cleanup());

const add = (db: string, company: string, env: NodeJS.ProcessEnv = {}) => run(['add', '--no-input', '--company', company], { db, env });
const companies = (db: string) => decode(bytes(db)!, db).data.applications.map((a) => a.company);

describe('one file, two paths', () => {
  let link: string;
  beforeEach(() => {
    writeSeed(t.db, { count: 1 });
    link = join(t.dir, 'link.json');
    symlinkSync(t.db, link);
  });

  it('a write through the symlink takes the real file\'s lock', () => {
    mkdirSync(`${t.db}.lock`); // fresh: someone is writing through the real path
    const r = add(link, 'Via link', { FOLLOWUP_LOCK_TIMEOUT_MS: '800' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${t.db}.lock`);
    expect(existsSync(`${link}.lock`)).toBe(false);
    expect(companies(t.db)).toEqual(['Seed 1']);
  });

  it('writes the real file and its backup; the symlink stays a symlink', () => {
    expect(add(link, 'Via link').code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(companies(t.db)).toEqual(['Seed 1', 'Via link']);
    expect(existsSync(`${t.db}.bak`)).toBe(true);
    expect(existsSync(`${link}.bak`)).toBe(false);
    expect(mode(t.db)).toBe(0o600);
  });

  it('writers through both paths at once lose nothing', async () => {
    const env = { FOLLOWUP_LOCK_TIMEOUT_MS: '30000' };
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => runAsync(['add', '--no-input', '--company', `Co${i}`], { db: i % 2 ? link : t.db, env })),
    );
    expect(results.map((r) => r.code)).toEqual(Array(12).fill(0));
    expect(companies(t.db).sort()).toEqual(['Seed 1', ...Array.from({ length: 12 }, (_, i) => `Co${i}`)].sort());
  });

  it('a symlink to a file not made yet: the file is made there, 0600, the link kept', () => {
    const fresh = join(t.dir, 'later.json');
    const dangling = join(t.dir, 'dangling.json');
    symlinkSync(fresh, dangling);
    expect(add(dangling, 'First').code).toBe(0);
    expect(lstatSync(dangling).isSymbolicLink()).toBe(true);
    expect(companies(fresh)).toEqual(['First']);
    expect(mode(fresh)).toBe(0o600);
  });
});

describe('the backup', () => {
  it('a symlink at followup.json.bak is replaced, its target never written', () => {
    writeSeed(t.db, { count: 1 });
    const victim = join(t.dir, 'victim.txt');
    writeFileSync(victim, 'precious', { mode: 0o644 });
    symlinkSync(victim, `${t.db}.bak`);
    expect(add(t.db, 'Acme').code).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(mode(victim)).toBe(0o644);
    expect(lstatSync(`${t.db}.bak`).isFile()).toBe(true);
    expect(companies(`${t.db}.bak`)).toEqual(['Seed 1']);
  });

  it('a folder at followup.json.bak: exit 1, one line saying what to move, nothing written', () => {
    const before = writeSeed(t.db, { count: 1 });
    mkdirSync(`${t.db}.bak`);
    const r = add(t.db, 'Acme');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`followup: cannot keep the backup: ${t.db}.bak is a folder, not a file; move it away, then try again (nothing was changed)\n`);
    expect(bytes(t.db)!.equals(before)).toBe(true);
    expect(readdirSync(t.dir).sort()).toEqual(['followup.json', 'followup.json.bak']);
  });
});

describe('not a regular file', () => {
  /** Each must be refused at once (no hang: run() gives up after 30 s), exit 1, the path and the kind named. */
  function expectRefused(db: string, kind: string, commands: string[][]) {
    for (const args of commands) {
      const r = run(args, { db });
      expect(r.signal, `${args.join(' ')} hung`).toBeNull();
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(db);
      // doctor says what the file is on stdout (naming the real path), then fails in one line
      expect(args[0] === 'doctor' ? r.stdout : r.stderr).toContain(`is ${kind}, not a data file`);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  }
  const READERS = [['today'], ['status', '--json'], ['export'], ['doctor']];

  it('a FIFO: today, status, export, doctor and add refuse it at once', () => {
    const fifo = join(t.dir, 'pipe.json');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expectRefused(fifo, 'a named pipe (FIFO)', [...READERS, ['add', '--no-input', '--company', 'X']]);
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(existsSync(`${fifo}.lock`)).toBe(false);
  });

  it('a socket', async () => {
    const sock = join(t.dir, 'sock.json');
    const server = createServer().listen(sock);
    await new Promise((r) => server.once('listening', r));
    try {
      expectRefused(sock, 'a socket', [['today'], ['doctor']]);
    } finally {
      server.close();
    }
  });

  it('a device (through a symlink to /dev/zero)', () => {
    const dev = join(t.dir, 'zero.json');
    symlinkSync('/dev/zero', dev);
    expectRefused(dev, 'a device', READERS);
  });

  it('a folder', () => {
    mkdirSync(join(t.dir, 'box'));
    expectRefused(join(t.dir, 'box'), 'a folder', [['today'], ['add', '--no-input', '--company', 'X']]);
  });
});

describe('the path given', () => {
  it.each([
    ['FOLLOWUP_DB with a trailing slash', (dir: string) => ({ env: { FOLLOWUP_DB: `${dir}/sub/` }, args: [] as string[] }), /FOLLOWUP_DB '.*\/sub\/' names a folder; give a file path, e\.g\. .*\/sub\/followup\.json/],
    ['--db with a trailing slash', (dir: string) => ({ env: {}, args: ['--db', `${dir}/sub/`] }), /--db '.*\/sub\/' names a folder/],
    ['--db \'\'', () => ({ env: {}, args: ['--db', ''] }), /--db is empty; give the data file's path/],
    ['FOLLOWUP_DB=\'\'', () => ({ env: { FOLLOWUP_DB: '' }, args: [] as string[] }), /FOLLOWUP_DB is empty/],
    ['an escape sequence in --db', (dir: string) => ({ env: {}, args: ['--db', `${dir}/a\u001b[2J.json`] }), /--db contains a control character \(.*\/a\\e\[2J\.json\); give a plain file path/],
  ])('%s: exit 2, nothing created anywhere', (_what, make, says) => {
    const home = join(t.dir, 'home');
    mkdirSync(home);
    const { env, args } = make(t.dir);
    const r = run([...args, 'add', '--no-input', '--company', 'X'], { env: { HOME: home, XDG_DATA_HOME: '', FOLLOWUP_DB: join(t.dir, 'real.json'), ...env } });
    expect(r.stderr).toMatch(says);
    expect(r.code).toBe(2);
    expect(readdirSync(t.dir).sort()).toEqual(['home']);
    expect(readdirSync(home)).toEqual([]);
  });

  it('--db and FOLLOWUP_DB naming files work as before', () => {
    expect(json(run(['add', '--no-input', '--json', '--company', 'X', '--db', join(t.dir, 'a.json')])).company).toBe('X');
    expect(existsSync(join(t.dir, 'a.json'))).toBe(true);
  });
});
