// Node compiles its own modules from a code cache that V8 rejects once its flags change (cli/tiering.ts sets one):
// a module of Node's loaded after that is compiled from source (node:crypto took 3.3 ms instead of 1.3). The quick
// paths load what they need of Node's before (src/quick.ts): this holds them to it, for add and the morning list.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';

let dir: string;
const HOOK = `
const v8 = require('node:v8');
const set = v8.setFlagsFromString;
let from = -1;
v8.setFlagsFromString = (flags) => { if (from < 0) from = process.moduleLoadList.length; set(flags); };
process.on('exit', () => {
  const late = from < 0 ? null : process.moduleLoadList.slice(from).filter((m) => m.startsWith('NativeModule '));
  require('node:fs').writeFileSync(process.env.LATE_OUT, JSON.stringify(late));
});
`;

/** Node's modules loaded after V8's flags changed (null: they never changed). */
function loadedLate(args: string[], db: string): string[] | null {
  const out = join(dir, 'late.json');
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: `--require ${join(dir, 'hook.cjs')}`, LATE_OUT: out, FOLLOWUP_DB: db, FOLLOWUP_NOW: '2026-11-20', XDG_CACHE_HOME: join(dir, 'cache'), NO_COLOR: '1' };
  delete env.FOLLOWUP_NO_CACHE;
  const r = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(readFileSync(out, 'utf8')) as string[] | null;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'followup-builtins-'));
  writeFileSync(join(dir, 'hook.cjs'), HOOK);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("Node's own modules, loaded before V8's flags change", () => {
  it.each([
    ['log', '1', 'call', '--date', '2026-11-18'],
    ['done', '2'],
    ['status'],
    ['status', '--json'],
    ['show', '1'],
    ['export'],
    ['export', '--format', 'csv'],
    ['undo', '--yes'],
    ['redo'],
    ['edit', '1', '--role', 'Dev'],
    ['edit', '1', '--event', '1', '--date', '2026-11-03'],
    ['config'],
    ['config', 'name', 'Ann'],
    ['doctor'],
    ['draft', '1'],
    ['rm', '3', '--yes'],
    ['help'],
    ['completion', 'bash'],
    ['complete', '--', 'followup', 'st'],
  ])('by the full command line: %s', (...args) => {
    const db = join(dir, 'cli.json');
    if (args[0] === 'log') for (const company of ['Acme', 'Beta', 'Gamma']) loadedLate(['add', '--no-input', '--company', company, '--date', '2026-11-02'], db);
    expect(loadedLate(args, db)).toEqual([]);
  });

  it('by an import', () => {
    const csv = join(dir, 'sheet.csv');
    writeFileSync(csv, 'Company,Date Applied\nDelta,2026-11-02\n');
    expect(loadedLate(['import', csv], join(dir, 'import.json'))).toEqual([]);
  });

  it('by a plain add, the first time and with its compiled code kept', () => {
    const db = join(dir, 'add.json');
    for (const company of ['Acme', 'Beta']) expect(loadedLate(['add', '--no-input', '--company', company], db)).toEqual([]);
  });

  it('by the morning list worked out (its kept answer forgotten)', () => {
    const db = join(dir, 'today.json');
    loadedLate(['add', '--no-input', '--company', 'Acme', '--date', '2026-11-02'], db);
    expect(loadedLate(['today'], db)).toEqual([]);
    rmSync(join(dir, 'cache', 'followup', 'today'));
    expect(loadedLate(['today', '--json'], db)).toEqual([]);
  });
});
