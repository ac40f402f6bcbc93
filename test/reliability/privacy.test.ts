// Privacy: the data file 0600 and its folder 0700 (also after a rewrite, and the backups); no child
// processes and no network in the source, so nothing typed reaches a shell and nothing leaves the machine.
import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, json, run, tempDb } from '../helpers/cli.js';
import { mode } from './fixtures.js';

let t: ReturnType<typeof tempDb>;
beforeEach(() => {
  t = tempDb();
});
afterEach(() => t.cleanup());

const add = (db: string, company: string) => run(['add', '--no-input', '--company', company], { db });

describe('file modes', () => {
  it('a new data file is 0600 in folders made 0700', () => {
    const db = join(t.dir, 'a', 'b', 'followup.json');
    expect(add(db, 'Acme').code).toBe(0);
    expect(mode(db)).toBe(0o600);
    expect(mode(join(t.dir, 'a', 'b'))).toBe(0o700);
    expect(mode(join(t.dir, 'a'))).toBe(0o700);
  });

  it('the backup is 0600, and both go back to 0600 after a rewrite', () => {
    expect(add(t.db, 'Acme').code).toBe(0);
    expect(add(t.db, 'Globex').code).toBe(0);
    expect(mode(`${t.db}.bak`)).toBe(0o600);
    chmodSync(t.db, 0o644);
    chmodSync(`${t.db}.bak`, 0o644);
    expect(run(['log', '1', 'note', '--note', 'x'], { db: t.db }).code).toBe(0);
    expect(mode(t.db)).toBe(0o600);
    expect(mode(`${t.db}.bak`)).toBe(0o600);
    expect(json(run(['status', '--json'], { db: t.db })).applications).toHaveLength(2);
  });

  it('the copy kept by a schema upgrade is 0600', () => {
    writeFileSync(t.db, JSON.stringify({ schemaVersion: 1, applications: [] }), { mode: 0o644 });
    expect(add(t.db, 'Acme').code).toBe(0);
    for (const f of [t.db, `${t.db}.bak`, `${t.db}.v1.bak`]) expect(mode(f)).toBe(0o600);
  });
});

describe('under umask 000', () => {
  /** followup run from a shell whose umask is 000: every file and folder it makes must still be private. */
  const runUmask0 = (db: string, args: string[]) =>
    spawnSync('bash', ['-c', 'umask 000; exec "$0" "$@"', process.execPath, BIN, ...args], {
      env: { ...process.env, NO_COLOR: '1', FOLLOWUP_NOW: '2026-11-20', FOLLOWUP_DB: db },
      encoding: 'utf8',
    });

  it('the folders 0700, the data file, its backups and a schema-upgrade copy 0600', () => {
    const db = join(t.dir, 'new', 'deeper', 'followup.json');
    expect(runUmask0(db, ['add', '--no-input', '--company', 'Acme']).status).toBe(0);
    expect(runUmask0(db, ['add', '--no-input', '--company', 'Globex']).status).toBe(0);
    expect(mode(join(t.dir, 'new'))).toBe(0o700);
    expect(mode(join(t.dir, 'new', 'deeper'))).toBe(0o700);
    expect(mode(db)).toBe(0o600);
    expect(mode(`${db}.bak`)).toBe(0o600);
    writeFileSync(t.db, JSON.stringify({ schemaVersion: 1, applications: [] }), { mode: 0o666 });
    chmodSync(t.db, 0o666);
    expect(runUmask0(t.db, ['add', '--no-input', '--company', 'Acme']).status).toBe(0);
    for (const f of [t.db, `${t.db}.bak`, `${t.db}.v1.bak`]) expect(mode(f)).toBe(0o600);
  });

  it('the damaged copy doctor keeps is 0600', () => {
    writeFileSync(t.db, '{"broken', { mode: 0o600 });
    writeFileSync(`${t.db}.bak`, JSON.stringify({ schemaVersion: 3, nextId: 1, settings: {}, applications: [] }), { mode: 0o600 });
    const r = runUmask0(t.db, ['doctor', '--yes', '--json']);
    expect(r.status).toBe(0);
    expect(mode(JSON.parse(r.stdout).damagedCopy)).toBe(0o600);
    expect(mode(t.db)).toBe(0o600);
  });
});

describe('the source', () => {
  const SRC = resolve(import.meta.dirname, '../../src');
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

  // The brief's `grep -r "child_process\|exec(\|spawn(" src/`, except that RegExp#exec (`/re/.exec(s)`,
  // `PATTERN.exec(s)`) is allowed: with no child_process import, a `.exec(` can only be a regex.
  const FORBIDDEN: [string, RegExp][] = [
    ['child processes', /child_process/],
    ['spawn()', /\bspawn(Sync)?\s*\(/],
    ['exec()', /(?<![.\w])exec(Sync|File|FileSync)?\s*\(/],
    ['fork()', /(?<![.\w])fork\s*\(/],
    ['eval', /(?<![.\w])eval\s*\(|new Function\s*\(/],
    ['the network', /['"](node:)?(http|https|http2|net|dgram|tls|dns)['"]|\bfetch\s*\(|XMLHttpRequest|WebSocket/],
  ];

  it('the patterns catch what they are meant to catch', () => {
    const sample = "import { exec, spawn } from 'node:child_process'; exec(cmd); spawn('sh'); fork(mod); eval(x); await fetch(url); import http from 'node:http';";
    for (const [, re] of FORBIDDEN) expect(sample).toMatch(re);
    expect('const m = ISO_DAY.exec(text);').not.toMatch(FORBIDDEN[2]![1]);
  });

  it('starts no process, evaluates no code and opens no connection', () => {
    const all = files(SRC);
    expect(all.length).toBeGreaterThan(20);
    const hits: string[] = [];
    for (const f of all) {
      const lines = readFileSync(f, 'utf8').split('\n');
      lines.forEach((line, i) => {
        for (const [what, re] of FORBIDDEN) if (re.test(line)) hits.push(`${relative(SRC, f)}:${i + 1}: ${what}: ${line.trim()}`);
      });
    }
    expect(hits).toEqual([]);
  });
});

describe('nothing typed reaches a shell', () => {
  it('shell syntax in values is stored as text, and runs nothing', () => {
    const marker = join(t.dir, 'pwned');
    const evil = `$(touch ${marker}); \`touch ${marker}\` | touch ${marker} && rm -rf /`;
    const r = run(['add', '--no-input', '--json', '--company', evil, '--note', evil], { db: t.db });
    expect(r.code).toBe(0);
    expect(json(r).company).toBe(evil);
    expect(readdirSync(t.dir)).not.toContain('pwned');
    expect(statSync(t.db).isFile()).toBe(true);
  });
});
