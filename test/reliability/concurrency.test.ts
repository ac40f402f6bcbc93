// Many processes writing at once lose nothing; a held lock fails cleanly; a stale one is taken over.
import { existsSync, mkdirSync, utimesSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { json, run, runAsync, tempDb } from '../helpers/cli.js';
import { bytes, writeSeed } from './fixtures.js';

let t: ReturnType<typeof tempDb>;
beforeEach(() => {
  t = tempDb();
});
afterEach(() => t.cleanup());

// The machines running the suite are small and shared: give the crowd of processes more than the
// default 5 s to get their turn. What is tested here is that nothing is lost, not the default wait.
const CROWD = { FOLLOWUP_LOCK_TIMEOUT_MS: '30000' };

describe('concurrent writers', () => {
  it('20 processes adding at once keep 20 applications with distinct ids', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        runAsync(['add', '--no-input', '--json', '--company', `Co${i}`, '--role', 'R', '--date', '2026-11-16'], { db: t.db, env: CROWD }),
      ),
    );
    expect(results.map((r) => r.code)).toEqual(Array(20).fill(0));
    const printed = results.map((r) => json(r).id as string);
    expect(new Set(printed).size).toBe(20);
    const status = json(run(['status', '--all', '--json'], { db: t.db }));
    const apps = status.applications as { id: string; company: string }[];
    expect(apps).toHaveLength(20);
    expect(new Set(apps.map((a) => a.id)).size).toBe(20);
    expect(apps.map((a) => a.company).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `Co${i}`).sort());
    expect(apps.map((a) => a.id).sort()).toEqual(printed.sort());
  });

  it('10 processes logging to one application keep all 10 events', async () => {
    writeSeed(t.db, { count: 2 });
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => runAsync(['log', '1', 'note', '--note', `n${i}`, '--date', '2026-11-17'], { db: t.db, env: CROWD })),
    );
    expect(results.map((r) => r.code)).toEqual(Array(10).fill(0));
    const app = json(run(['show', '1', '--json'], { db: t.db }));
    const notes = (app.events as { type: string; note?: string }[]).filter((e) => e.type === 'note').map((e) => e.note);
    expect(notes.sort()).toEqual(Array.from({ length: 10 }, (_, i) => `n${i}`).sort());
  });
});

describe('the lock', () => {
  it('held by another process: exit 1 after the timeout, naming the lock, the file unchanged', () => {
    writeSeed(t.db, { count: 1 });
    const before = bytes(t.db);
    mkdirSync(`${t.db}.lock`); // fresh: a live writer
    const start = Date.now();
    const r = run(['add', '--no-input', '--company', 'Late'], { db: t.db, env: { FOLLOWUP_LOCK_TIMEOUT_MS: '1500' } });
    const took = Date.now() - start;
    expect(r.code).toBe(1);
    expect(r.stderr.startsWith('followup: ')).toBe(true);
    expect(r.stderr).toContain(`${t.db}.lock`);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toContain('    at ');
    expect(took).toBeGreaterThanOrEqual(1400);
    expect(took).toBeLessThan(4500);
    expect(bytes(t.db)!.equals(before!)).toBe(true);
    expect(existsSync(`${t.db}.bak`)).toBe(false);
    expect(existsSync(`${t.db}.lock`)).toBe(true);
  });

  it('left stale by a killed process (60 s old): taken over, the add succeeds', () => {
    writeSeed(t.db, { count: 1 });
    mkdirSync(`${t.db}.lock`);
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${t.db}.lock`, old, old);
    const start = Date.now();
    const r = run(['add', '--no-input', '--json', '--company', 'Late'], { db: t.db, env: { FOLLOWUP_LOCK_TIMEOUT_MS: '1500' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(json(r).id).toBe('2');
    expect(Date.now() - start).toBeLessThan(1500);
    expect(existsSync(`${t.db}.lock`)).toBe(false);
  });
});
