// The rulebook cross-checked by an independent implementation: oracle.py was written in Python from the
// rulebook's text alone (without reading src/), and compare.py plays hand-written and random job searches
// through the built bin (`today --json --as-of`) and through the oracle, comparing action, due date, kind,
// `then`, rule ids, the pipeline and the coming-up list, and checking every script (no blanks, no banned
// phrases, at most 120 words, no date past an offer's deadline). Needs python3; npm test builds the bin first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const HERE = import.meta.dirname;
const BIN = resolve(HERE, '../../bin/followup.js');
const hasPython = spawnSync('python3', ['--version']).status === 0;

describe.skipIf(!hasPython)('the rulebook against an independent oracle', () => {
  it("the oracle itself gives the rulebook's six worked examples", () => {
    const r = spawnSync('python3', [join(HERE, 'selftest.py')], { encoding: 'utf8' });
    expect(r.stdout, r.stderr).toContain('FAILS: 0');
    expect(r.status).toBe(0);
  });

  it('the build and the oracle agree on every hand-written case and 150 random job searches', () => {
    const out = mkdtempSync(join(tmpdir(), 'followup-oracle-'));
    try {
      const r = spawnSync('python3', [join(HERE, 'compare.py'), BIN, '--random', '150', '--seed', '11', '--jobs', '2', '--out', out, '--no-md'], {
        encoding: 'utf8',
        timeout: 300_000,
        // The advice itself is compared: each job search worked out, none read back from the view cache.
        env: { ...process.env, FOLLOWUP_NO_CACHE: '1' },
      });
      expect(r.status, r.stderr).toBe(0);
      const { summary, groups } = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
      expect(summary.comparisons).toBeGreaterThan(1000);
      expect(summary.diffs, JSON.stringify(groups, null, 1).slice(0, 4000)).toBe(0);
      // Only informational groups may appear among the script checks.
      expect(Object.keys(summary.scriptProblems).filter((k) => !k.includes('(info)'))).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 300_000);
});
