// `followup today | head -1`: a reader that goes away early is no error: exit 0, nothing on stderr.
// A stdout that cannot be written (`> /dev/full`) is one line on stderr and exit 1, never a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, run, tempDb } from '../helpers/cli.js';
import { writeSeed } from './fixtures.js';

const t = tempDb();
afterAll(() => t.cleanup());

const PIPE_BUFFER = 64 * 1024;

/**
 * Runs `followup ARGS | head -n 1` through bash, so that the pipe is a real pipe (Node's own 'pipe' stdio
 * is a socket pair with a bigger buffer) and the reader is a real `head`: it takes the first line and exits
 * while followup is still writing. Returns followup's exit status (PIPESTATUS) and its stderr.
 */
function pipeToHead(args: string[]): Promise<{ code: number | null; stderr: string; line: string }> {
  return new Promise((done) => {
    const child = spawn('bash', ['-c', '"$0" "$@" | head -n 1; exit "${PIPESTATUS[0]}"', process.execPath, BIN, ...args], {
      env: { ...process.env, NO_COLOR: '1', FOLLOWUP_NOW: '2026-11-20', FOLLOWUP_DB: t.db, XDG_CACHE_HOME: join(t.dir, 'cache') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let line = '';
    let stderr = '';
    child.stdout.on('data', (d) => (line += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stderr, line }));
  });
}

describe('a closed stdout', () => {
  beforeAll(() => {
    // Enough applications that every output below is bigger than a pipe buffer: followup cannot
    // write it all before head exits, so it really meets the closed pipe.
    writeSeed(t.db, { count: 600, company: (i) => `Company number ${i} with a long name` });
  });

  it.each([['today'], ['today', '--json'], ['status', '--all', '--json']])('followup %s | head -1: exit 0, quiet', async (...args) => {
    const full = run(args, { db: t.db });
    expect(full.code).toBe(0);
    expect(Buffer.byteLength(full.stdout)).toBeGreaterThan(PIPE_BUFFER);
    // Twice: the first works the answer out, the second prints the kept one (cli/write-out.ts).
    for (let i = 0; i < 2; i++) {
      const r = await pipeToHead(args);
      expect(r.line).toBe(`${full.stdout.split('\n')[0]}\n`);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
  });
});

describe.skipIf(!existsSync('/dev/full'))('a full stdout (> /dev/full)', () => {
  it.each([['export'], ['export', '--format', 'csv'], ['today'], ['today', '--json'], ['status'], ['doctor'], ['add', '--no-input', '--company', 'Full']])(
    'followup %s > /dev/full: exit 1, one clear line',
    (...args) => {
      // Twice for the views: the first works the answer out, the second prints the kept one (cli/write-out.ts).
      for (let i = 0; i < 2; i++) {
        const p = spawnSync('bash', ['-c', '"$0" "$@" > /dev/full', process.execPath, BIN, ...args], {
          env: { ...process.env, NO_COLOR: '1', FOLLOWUP_NOW: '2026-11-20', FOLLOWUP_DB: t.db, XDG_CACHE_HOME: join(t.dir, 'cache') },
          encoding: 'utf8',
        });
        expect(p.stderr).toBe('followup: cannot write the output: the disk is full; free some space (ENOSPC)\n');
        expect(p.status).toBe(1);
      }
    },
  );
});
