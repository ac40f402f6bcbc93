// Spawns the built bin (npm test builds it first) against a temp data file and a fixed day.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const BIN = resolve(import.meta.dirname, '../../bin/followup.js');

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  db?: string;
  now?: string;
  env?: NodeJS.ProcessEnv;
  input?: string;
  cwd?: string;
  /** Another copy of the bin (see unprivileged()), and the user to run it as. */
  bin?: string;
  uid?: number;
  gid?: number;
}

// The view cache (store/view-cache.ts) of this test file's runs: its own, not the user's ~/.cache, and shared by its
// runs, so that a view asked twice is read back the second time, as it is for a user.
const VIEW_CACHE = mkdtempSync(join(tmpdir(), 'followup-cache-'));
process.on('exit', () => rmSync(VIEW_CACHE, { recursive: true, force: true }));

function envFor(opts: RunOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FOLLOWUP_NOW: opts.now ?? '2026-11-20', XDG_CACHE_HOME: VIEW_CACHE };
  delete env.FORCE_COLOR;
  if (opts.db) env.FOLLOWUP_DB = opts.db;
  return { ...env, ...opts.env };
}

/** Runs `followup ...args` to completion, stdin closed (not a TTY). */
export function run(args: string[], opts: RunOptions = {}): RunResult {
  const p = spawnSync(process.execPath, [opts.bin ?? BIN, ...args], {
    env: envFor(opts),
    input: opts.input ?? '',
    encoding: 'utf8',
    cwd: opts.cwd,
    timeout: 30_000,
    ...(opts.uid !== undefined ? { uid: opts.uid, gid: opts.gid } : {}),
  });
  return { code: p.status, signal: p.signal, stdout: p.stdout, stderr: p.stderr };
}

/** The same, without blocking: for tests that run many at once. */
export function runAsync(args: string[], opts: RunOptions = {}): Promise<RunResult> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: envFor(opts), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }));
  });
}

/** Parses stdout as JSON, with the output in the error when it is not. */
export function json<T = any>(r: RunResult): T {
  try {
    return JSON.parse(r.stdout) as T;
  } catch {
    throw new Error(`not JSON (exit ${r.code}): ${r.stdout}\n${r.stderr}`);
  }
}

/** A fresh temp folder with a data file path in it; call cleanup() in afterEach. */
export function tempDb(): { dir: string; db: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'followup-test-'));
  return { dir, db: join(dir, 'followup.json'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * For tests that need an ordinary user while the suite runs as root (CI, containers), where file modes do not
 * bind: a copy of the built bin that user can reach (dist/ is one self-contained bundle), and `nobody`'s ids.
 */
export function unprivileged(): { bin: string; uid: number; gid: number; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'followup-bin-'));
  chmodSync(dir, 0o755);
  const root = resolve(import.meta.dirname, '../..');
  for (const part of ['bin', 'dist', 'package.json']) cpSync(join(root, part), join(dir, part), { recursive: true });
  return { bin: join(dir, 'bin', 'followup.js'), uid: 65534, gid: 65534, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
