// store/view-cache.ts on real files: a kept answer comes back only for the same build, view, options and bytes.
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readView, saveView, viewEntry } from '../../src/store/view-cache.js';

let dir: string;
beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'followup-views-')), 'followup');
});
afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

const raw = Buffer.from('{"schemaVersion":3,"applications":[]}\n');

describe('the view cache', () => {
  it('gives back what it kept, byte for byte, also past 1 MiB with a surrogate pair on the boundary', () => {
    const answer = `${'x'.repeat((1 << 20) - 1)}😀 é ${'y'.repeat(1 << 20)}\n`;
    saveView(viewEntry(dir, 'today', ['2026-11-20', 0, 80], raw), answer);
    expect(readView(viewEntry(dir, 'today', ['2026-11-20', 0, 80], Buffer.from(raw)))).toBe(answer);
    expect(statSync(join(dir, 'today')).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['today']);
  });

  it('gives nothing back for other options, another view, or other bytes of the same length', () => {
    saveView(viewEntry(dir, 'today', ['2026-11-20'], raw), 'kept\n');
    expect(readView(viewEntry(dir, 'today', ['2026-11-21'], raw))).toBeNull();
    expect(readView(viewEntry(dir, 'status', ['2026-11-20'], raw))).toBeNull();
    const other = Buffer.from(raw);
    other[other.length - 3] = 0x7b;
    expect(readView(viewEntry(dir, 'today', ['2026-11-20'], other))).toBeNull();
    expect(readView(viewEntry(dir, 'today', ['2026-11-20'], raw.subarray(1)))).toBeNull();
    expect(readView(viewEntry(dir, 'today', ['2026-11-20'], raw))).toBe('kept\n');
  });

  it('ignores a kept answer others may write to, and never fails when it cannot keep one', () => {
    saveView(viewEntry(dir, 'today', [], raw), 'kept\n');
    chmodSync(join(dir, 'today'), 0o620);
    expect(readView(viewEntry(dir, 'today', [], raw))).toBeNull();
    rmSync(dir, { recursive: true });
    writeFileSync(dir, 'a file where the folder goes');
    expect(() => saveView(viewEntry(join(dir, 'inside'), 'today', [], raw), 'kept\n')).not.toThrow();
    expect(readView(viewEntry(join(dir, 'inside'), 'today', [], raw))).toBeNull();
  });
});
